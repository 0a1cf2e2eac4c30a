"""The corpus store: DuckDB schema, migrations, the one writer and named read queries."""

from realpolitik.store.db import Rows, Store, default_db_path, open_store, resolve_db_path

__all__ = ["Rows", "Store", "default_db_path", "open_store", "resolve_db_path"]
