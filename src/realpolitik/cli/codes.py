"""`realpolitik codes`: the CAMEO and PLOVER tables the project codes events with."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from realpolitik.codebooks import CameoCode, find_cameo_codes, plover_intensity, plover_types

COLUMNS = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "intensity")


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "codes",
        help="the CAMEO codes with Goldstein scores, QuadClass and PLOVER mapping",
        description="Print every CAMEO event code the project uses with its name, GDELT Goldstein "
        "score, QuadClass, PLOVER type and mode, and PLOVER intensity.",
    )
    parser.add_argument("--plover", metavar="TYPE", help="only codes of this PLOVER type (e.g. ASSAULT)")
    parser.add_argument("--cameo", metavar="PREFIX", help="only codes starting with PREFIX (e.g. 19)")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.plover and args.plover.strip().upper() not in plover_types():
        print(f"realpolitik: unknown PLOVER type {args.plover!r}; one of {', '.join(plover_types())}",
              file=sys.stderr)
        return 2
    rows = [code_row(code) for code in find_cameo_codes(plover_type=args.plover, prefix=args.cameo)]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        print(format_table(rows))
    return 0


def code_row(code: CameoCode) -> dict[str, object]:
    intensity = plover_intensity(code.plover_type, code.plover_mode) if code.plover_type else None
    return {"code": code.code, "name": code.name, "goldstein": code.goldstein, "quad_class": code.quad_class,
            "plover_type": code.plover_type, "plover_mode": code.plover_mode, "intensity": intensity}


def format_table(rows: list[dict[str, object]]) -> str:
    """Aligned plain-text columns; empty cells for missing values."""
    cells = [list(COLUMNS)] + [["" if row[c] is None else str(row[c]) for c in COLUMNS] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
                     for line in cells)
