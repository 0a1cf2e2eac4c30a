"""Query results (Rows) as a terminal table, JSON or CSV."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from typing import Any, TextIO

from realpolitik.store.db import Rows

ROW_FORMATS = ("table", "json", "csv")


def plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO strings, tuples as lists."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def cell(value: Any) -> str:
    """One CSV or table cell: empty for None, lists joined with ';'."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(plain(value))


def write_rows(rows: Rows, fmt: str, out: TextIO) -> None:
    """Write ``rows`` to ``out`` as ``fmt`` (one of ROW_FORMATS)."""
    if fmt == "json":
        json.dump([plain(r) for r in rows.dicts()], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(rows.columns)
        writer.writerows([cell(v) for v in row] for row in rows.rows)
    elif fmt == "table":
        _write_table(rows, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(ROW_FORMATS)}")


def _write_table(rows: Rows, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*rows.columns, show_lines=False, caption=f"{len(rows.rows)} row(s)")
    for row in rows.rows:
        table.add_row(*(cell(v) for v in row))
    Console(file=out, width=None if out.isatty() else 200).print(table)
