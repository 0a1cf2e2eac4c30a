"""`realpolitik failures`: the inputs an ingest could not store, with the reason."""

from __future__ import annotations

import argparse
import sys

from realpolitik.cli.options import add_db_argument, open_for_reading


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("failures", help="list the inputs the last ingest could not store, and why",
                       description="List recorded ingest failures: the latest run's, one run's, or all.")
    add_db_argument(p)
    p.add_argument("--run", dest="run_id", metavar="ID", help="this run's failures instead of the latest run's")
    p.add_argument("--all", dest="every_run", action="store_true", help="the failures of every run")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help="default: table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.export.tabular import write_rows
    from realpolitik.store.queries import list_failures

    with open_for_reading(args) as store:
        rows = list_failures(store, run_id=args.run_id, every_run=args.every_run)
    write_rows(rows, args.format, sys.stdout)
    return 0
