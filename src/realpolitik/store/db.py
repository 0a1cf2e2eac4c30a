"""The corpus database: one DuckDB file, its schema and migrations, and the one writer.

All writes go through ``Store.write_batch`` (one transaction per batch, so a
killed process loses at most the batch it was writing); reads are the named
queries of ``realpolitik.store.queries``. DuckDB lets one process write a file
at a time; open with ``read_only=True`` to only read.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from realpolitik import __version__
from realpolitik.errors import StoreError
from realpolitik.model import Analysis, Failure
from realpolitik.settings import Settings
from realpolitik.store.rows import COLUMNS, FACT_TABLES, analysis_from_rows, analysis_rows, content_hash

MEMORY = ":memory:"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


def default_db_path() -> Path:
    """The corpus file in the user's data folder (platformdirs), used when no --db is given."""
    from platformdirs import user_data_path

    return user_data_path("realpolitik", appauthor=False) / "corpus.duckdb"


def resolve_db_path(given: str | Path | None, settings: Settings | None = None) -> str:
    """``given``, else the settings' ``db``, else the default path."""
    chosen = given or (settings.db if settings else "") or default_db_path()
    return str(chosen)


@dataclass(frozen=True, slots=True)
class Rows:
    """A query result: column names and rows of plain Python values."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, SQL) of schema.sql (version 1) and every migrations/NNN_name.sql, in order."""
    package = resources.files("realpolitik.store")
    found = [(1, "schema", package.joinpath("schema.sql").read_text(encoding="utf-8"))]
    for entry in package.joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations are not numbered 1..n without gaps: {versions}")
    return found


class Store:
    """An open corpus database. Use as a context manager, or call ``close``."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str):
        self.connection = connection
        self.path = path

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def fetch(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Rows:
        """Run a read query; the result as Rows."""
        try:
            cursor = self.connection.execute(sql, params)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from None
        columns = tuple(d[0] for d in cursor.description or ())
        return Rows(columns, tuple(cursor.fetchall()))

    def schema_version(self) -> int:
        """The highest migration applied; 0 for a new file."""
        tables = self.fetch("SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_migrations'")
        if not tables.rows:
            return 0
        return int(self.fetch("SELECT coalesce(max(version), 0) FROM schema_migrations").rows[0][0])

    def migrate(self) -> list[int]:
        """Apply the migrations this file lacks, each in its own transaction; the versions applied."""
        self.connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                                " name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
        current = self.schema_version()
        applied = []
        for version, name, sql in migrations():
            if version > current:
                with self._transaction():
                    self.connection.execute(sql)
                    self.connection.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                            [version, name, _now()])
                applied.append(version)
        return applied

    def start_run(self, *, settings: Settings, paths: Iterable[str]) -> str:
        """Record the start of an ingest run; its id."""
        run_id = uuid.uuid4().hex
        with self._transaction():
            self.connection.execute(
                "INSERT INTO runs (run_id, started_at, version, settings, paths) VALUES (?, ?, ?, ?, ?)",
                [run_id, _now(), __version__, json.dumps(asdict(settings)), [str(p) for p in paths]])
        return run_id

    def finish_run(self, run_id: str) -> None:
        with self._transaction():
            self.connection.execute("UPDATE runs SET finished_at = ? WHERE run_id = ?", [_now(), run_id])

    def write_batch(self, analyses: Sequence[Analysis], failures: Sequence[Failure], run_id: str) -> int:
        """Store ``analyses`` and ``failures`` in one transaction: all of them, or none.

        An analysis whose text (content hash) is already stored is skipped, so
        writing the same batch twice adds nothing. Raises StoreError, having
        written nothing, when an article id is already stored with a different
        text or an analysis cannot be stored (an event date that is not ISO, a
        value of the wrong type). The number of articles written.
        """
        fresh = self._unstored(analyses)
        tables: dict[str, list] = {table: [] for table in COLUMNS}
        for analysis in fresh:
            try:
                flat = analysis_rows(analysis, run_id)
            except (ValueError, TypeError) as exc:
                raise StoreError(f"{analysis.article.origin}: cannot store the analysis: {exc}") from None
            for table, rows in flat.items():
                tables[table].extend(rows)
        with self._transaction():
            for table, rows in tables.items():
                self._insert(table, rows)
            if failures:
                self.connection.executemany(
                    "INSERT INTO failures (run_id, article_id, origin, error) VALUES (?, ?, ?, ?)",
                    [[run_id, f.article_id, f.origin, f.error] for f in failures])
        return len(fresh)

    def _unstored(self, analyses: Sequence[Analysis]) -> list[Analysis]:
        """The analyses whose text is new, first of each; refuses an id reused for another text."""
        hashes = [content_hash(a.article.text) for a in analyses]
        seen = self.stored_hashes(hashes)
        fresh = []
        for h, analysis in zip(hashes, analyses, strict=True):
            if h not in seen:
                seen.add(h)
                fresh.append(analysis)
        ids = [a.article.id for a in fresh]
        if len(set(ids)) < len(ids) or self.fetch(
                "SELECT 1 FROM articles WHERE list_contains(?, article_id) LIMIT 1", [ids]).rows:
            raise StoreError(f"{self.path}: an article id is already stored with a different text")
        return fresh

    def stored_hashes(self, hashes: Iterable[str] | None = None) -> set[str]:
        """The content hashes already stored (of ``hashes`` only, when given)."""
        if hashes is None:
            return {row[0] for row in self.fetch("SELECT content_hash FROM articles").rows}
        wanted = list(hashes)
        sql = "SELECT content_hash FROM articles WHERE list_contains(?, content_hash)"
        return {row[0] for row in self.fetch(sql, [wanted]).rows} if wanted else set()

    def stored_ids(self) -> set[str]:
        return {row[0] for row in self.fetch("SELECT article_id FROM articles").rows}

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored Analysis of one article, equal to the one written; None when not stored."""
        rows = {"articles": self.fetch("SELECT * FROM articles WHERE article_id = ?", [article_id]).dicts()}
        if not rows["articles"]:
            return None
        for table in FACT_TABLES:
            order = "actor_seq, seq" if table == "mentions" else (
                "event_seq, seq" if table == "event_mentions" else "seq")
            sql = f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}"
            rows[table] = self.fetch(sql, [article_id]).dicts()
        return analysis_from_rows(rows)

    def _insert(self, table: str, rows: list) -> None:
        if not rows:
            return
        columns = COLUMNS[table]
        by_column = zip(*rows, strict=True)
        data = pa.table({name: list(values) for name, values in zip(columns, by_column, strict=True)})
        view = f"_batch_{table}"
        self.connection.register(view, data)
        try:
            self.connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")
        finally:
            self.connection.unregister(view)

    def _transaction(self) -> _Transaction:
        return _Transaction(self)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK and StoreError on any database error."""

    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> None:
        self.store.connection.begin()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if kind is None:
            self.store.connection.commit()
            return False
        self.store.connection.rollback()
        if isinstance(exc, duckdb.Error | pa.ArrowException):
            raise StoreError(f"{self.store.path}: write failed, nothing written: {exc}") from None
        return False


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when needed) the corpus at ``path``; ":memory:" for a scratch store.

    ``None`` means the default file in the user's data folder. A read-only open
    refuses a file that does not exist or lacks migrations.
    """
    target = str(path or default_db_path())
    if target != MEMORY:
        if read_only and not Path(target).is_file():
            raise StoreError(f"{target}: no corpus here (run `realpolitik ingest` first)")
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = duckdb.connect(target, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{target}: cannot open the corpus: {exc}") from None
    store = Store(connection, target)
    if read_only:
        if store.schema_version() < len(migrations()):
            store.close()
            raise StoreError(f"{target}: the corpus needs migrating; open it once for writing")
    else:
        store.migrate()
    return store


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
