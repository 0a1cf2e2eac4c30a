"""`realpolitik export --format parquet|gdelt-csv|polecat-csv|graphml|gexf --out DIR`."""

from __future__ import annotations

import argparse
from pathlib import Path

from realpolitik.cli.options import add_db_argument, add_window_arguments, open_for_reading
from realpolitik.errors import InputError

FORMATS = ("parquet", "gdelt-csv", "polecat-csv", "graphml", "gexf")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the store: Parquet, GDELT/POLECAT-like CSV, GraphML or GEXF",
                       description="Write the corpus store's tables (Parquet), its events in GDELT-like or "
                                   "POLECAT-like CSV, or its relation graph (GraphML, GEXF) into a folder.")
    add_db_argument(p)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into")
    add_window_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.export.graph import export_graph
    from realpolitik.export.tables import export_gdelt_csv, export_parquet, export_polecat_csv
    from realpolitik.store.queries import Filters

    if args.format not in ("graphml", "gexf") and (args.start or args.end):
        raise InputError("export", "--from/--to apply to the graph formats only; tables are exported whole")
    with open_for_reading(args) as store:
        if args.format in ("graphml", "gexf"):
            written = export_graph(store, args.out, args.format, Filters(start=args.start, end=args.end))
        else:
            export = {"parquet": export_parquet, "gdelt-csv": export_gdelt_csv,
                      "polecat-csv": export_polecat_csv}[args.format]
            written = export(store, args.out)
    for path in written:
        print(path)
    return 0
