"""Inputs -> Article records: text and HTML files, folders, JSONL corpora, stdin."""

from realpolitik.ingest.readers import parse_published, read_inputs, text_id

__all__ = ["parse_published", "read_inputs", "text_id"]
