"""`realpolitik balance EDGES.csv`: the balance analysis of any signed network."""

from __future__ import annotations

import argparse
import json

from realpolitik.model import System
from realpolitik.system import analyze_system, system_to_record
from realpolitik.system.edges import read_edges
from realpolitik.system.frustration import EXACT_LIMIT, TIME_LIMIT


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "balance",
        help="triads, blocs and frustration of a signed edge list",
        description="Read a signed edge list (a,b,sign[,weight][,year]; header optional) "
        "and print its system: closed triads and their patterns, blocs, triangle index "
        "and frustration index.",
    )
    parser.add_argument("edges", metavar="EDGES.csv", help="the signed edge list")
    parser.add_argument("--year", type=int, help="keep edges of this year (and edges without a year)")
    parser.add_argument("--format", choices=("json", "report"), default="json")
    add_limit_options(parser)
    parser.set_defaults(run=run)


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    """Options shared with `whatif`: where the exact frustration index gives way to the heuristic."""
    parser.add_argument("--exact-limit", type=int, default=EXACT_LIMIT, metavar="EDGES",
                        help=f"largest block solved exactly (default {EXACT_LIMIT} edges)")
    parser.add_argument("--time-limit", type=float, default=TIME_LIMIT, metavar="SECONDS",
                        help=f"time for the exact solver per block (default {TIME_LIMIT:.0f})")


def run(args: argparse.Namespace) -> int:
    relations = read_edges(args.edges, year=args.year)
    system = analyze_system(relations, exact_limit=args.exact_limit, time_limit=args.time_limit)
    if args.format == "json":
        print(json.dumps(system_to_record(system), ensure_ascii=False, indent=2))
    else:
        print(format_report(system))
    return 0


def format_report(system: System) -> str:
    """A short plain-text account of a system."""
    counts = ", ".join(f"{k} {v}" for k, v in system.triad_counts)
    index = "n/a" if system.triangle_index is None else f"{system.triangle_index:.3f}"
    lines = [
        f"frustration index: {system.frustration} ({system.frustration_method})",
        f"triangle index: {index} of {len(system.triads)} closed triads ({counts})",
        f"blocs ({len(system.blocs)}):",
        *(f"  {' '.join(b)}" for b in system.blocs),
        "triads:",
        *(f"  {describe_triad(t)}" for t in system.triads),
    ]
    return "\n".join(lines)


def describe_triad(t) -> str:
    signs = " ".join(f"{a}-{b} {'+' if s > 0 else '-'}" for (a, b), s in
                     zip(((t.actors[0], t.actors[1]), (t.actors[1], t.actors[2]), (t.actors[0], t.actors[2])),
                         t.signs, strict=True))
    state = "balanced" if t.balanced else "unbalanced"
    pivot = f", pivot {t.pivot}" if t.pivot else ""
    return f"{' '.join(t.actors)}: {signs}: {t.pattern}, {state}{pivot}"
