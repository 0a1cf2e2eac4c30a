"""`realpolitik system --db FILE --from --to`: the signed system of a corpus over a time window."""

from __future__ import annotations

import argparse
import json
import sys

from realpolitik.cli.options import add_db_argument, add_window_arguments, open_for_reading


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("system", help="triads, blocs and frustration of the stored relations over a window",
                       description="Merge the stored relations of the articles published in the window into "
                                   "one signed relation per dyad, and analyse the system they form.")
    add_db_argument(p)
    add_window_arguments(p)
    p.add_argument("--format", choices=("json",), default="json", help="default: json")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.export.tabular import plain
    from realpolitik.output.records import relation_record, system_record
    from realpolitik.store.queries import Filters, window_relations
    from realpolitik.system import analyze_system

    with open_for_reading(args) as store:
        relations = window_relations(store, Filters(start=args.start, end=args.end))
    record = {"window": {"from": args.start, "to": args.end},
              "relations": [relation_record(r) for r in relations],
              "system": system_record(analyze_system(relations))}
    json.dump(plain(record), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
