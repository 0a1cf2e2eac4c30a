"""Corpus exports: Parquet tables, GDELT- and POLECAT-like CSV, GraphML and GEXF, and query output."""
