"""`realpolitik timeline A B --by week|month`: a dyad's Goldstein series and where it shifts."""

from __future__ import annotations

import argparse
import json
import sys

from realpolitik.cli.options import add_db_argument, add_window_arguments, open_for_reading


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("timeline", help="a dyad's Goldstein series by week or month, with change points",
                       description="The mean Goldstein score of the events between two actors (either way "
                                   "round) per week or month, and the periods where the series shifts.")
    p.add_argument("a", metavar="A", help="an actor id (e.g. CHN)")
    p.add_argument("b", metavar="B", help="another actor id (e.g. RUS)")
    add_db_argument(p)
    add_window_arguments(p)
    p.add_argument("--by", choices=("week", "month"), default="month", help="default: month")
    p.add_argument("--penalty", type=float, help="change-point penalty (default: estimated from the noise)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help="default: table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.export.tabular import plain, write_rows
    from realpolitik.store.db import Rows
    from realpolitik.store.queries import Filters
    from realpolitik.store.timeline import dyad_timeline

    with open_for_reading(args) as store:
        timeline = dyad_timeline(store, args.a, args.b, by=args.by, f=Filters(start=args.start, end=args.end),
                                 penalty=args.penalty)
    if args.format == "json":
        json.dump(plain({"a": timeline.a, "b": timeline.b, "by": timeline.by,
                         "periods": [{"start": p.start, "events": p.events, "goldstein": p.goldstein,
                                      "goldstein_sum": p.goldstein_sum} for p in timeline.periods],
                         "change_points": list(timeline.change_points)}), sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    shifts = set(timeline.change_points)
    rows = Rows(("period", "events", "goldstein", "goldstein_sum", "shift"),
                tuple((p.start, p.events, p.goldstein, p.goldstein_sum, "shift" if p.start in shifts else "")
                      for p in timeline.periods))
    write_rows(rows, args.format, sys.stdout)
    return 0
