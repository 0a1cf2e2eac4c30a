"""`realpolitik query actors|events|quotes|relations|dyad A B`: read the corpus store."""

from __future__ import annotations

import argparse
import sys

from realpolitik.cli.options import add_db_argument, add_window_arguments, open_for_reading
from realpolitik.errors import InputError

KINDS = ("actors", "events", "quotes", "relations", "dyad")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="list actors, events, quotes, relations or a dyad's events from the store",
                       description="Query the corpus store. Dates filter on when a fact happened.")
    p.add_argument("kind", choices=KINDS, help="what to list")
    p.add_argument("pair", nargs="*", metavar="ACTOR", help="for dyad: the two actor ids (e.g. CHN RUS)")
    add_db_argument(p)
    add_window_arguments(p)
    p.add_argument("--actor", help="only facts involving this actor id (actors: id or part of the name)")
    p.add_argument("--type", help="event type (events, dyad), actor kind, quote kind or relation kind")
    p.add_argument("--speaker", help="quotes: only those of this speaker id")
    p.add_argument("--merged", action="store_true",
                   help="events: one row per real-world event merged across articles")
    p.add_argument("--window", type=int, default=3, metavar="DAYS",
                   help="with --merged: days between reports of the same event (default: 3)")
    p.add_argument("--limit", type=int, help="at most this many rows")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help="default: table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.export.tabular import write_rows
    from realpolitik.store import queries

    if (args.kind == "dyad") != bool(args.pair) or (args.pair and len(args.pair) != 2):
        raise InputError("query", "give two actor ids after `dyad`, and only after `dyad`")
    f = queries.Filters(start=args.start, end=args.end, actor=args.actor, type=args.type,
                        speaker=args.speaker, limit=args.limit)
    with open_for_reading(args) as store:
        if args.kind == "dyad":
            rows = queries.query_dyad(store, args.pair[0], args.pair[1], f)
        elif args.kind == "events" and args.merged:
            rows = queries.query_merged_events(store, f, window_days=args.window)
        else:
            rows = getattr(queries, f"query_{args.kind}")(store, f)
    write_rows(rows, args.format, sys.stdout)
    return 0
