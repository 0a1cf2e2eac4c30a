"""Options several commands share: dates, the knowledge base, the corpus database."""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(value: str) -> date:
    """An argparse type: a YYYY-MM-DD date, or a usage error naming the value."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_kb_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kb", action="append", dest="kb_files", metavar="FILE",
                   help="a YAML file of actors that adds to or overrides the knowledge base")


def add_db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE",
                   help="the corpus database (default: settings, else corpus.duckdb in the user's data folder)")


def add_window_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help="first day (inclusive)")
    p.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help="last day (inclusive)")


def open_for_reading(args: argparse.Namespace):
    """The store named by ``--db`` (else the settings, else the default), read-only."""
    from realpolitik.settings import load_settings
    from realpolitik.store import open_store, resolve_db_path

    return open_store(resolve_db_path(args.db, load_settings(args.config)), read_only=True)
