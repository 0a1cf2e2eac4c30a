"""The one place spaCy is loaded. Everything else receives parsed Docs."""

from realpolitik.nlp.loader import load_pipeline, parse

__all__ = ["load_pipeline", "parse"]
