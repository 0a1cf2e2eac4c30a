"""Quotes: cue -> content -> speaker -> resolution (after BBC Citron's decomposition)."""

from realpolitik.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
