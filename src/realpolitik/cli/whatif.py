"""`realpolitik whatif SOURCE --set A:B=SIGN`: the system with some relations changed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from realpolitik.cli.balance import add_limit_options, describe_triad
from realpolitik.model import Relation
from realpolitik.system.analyze import system_to_record
from realpolitik.system.edges import read_analysis_relations, read_edges
from realpolitik.system.whatif import WhatIf, compare_systems, parse_change, what_if


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "whatif",
        help="recompute the system with some relations changed or added",
        description="Recompute triads, patterns, pivots, blocs and frustration with the given "
        "relations changed or added, and print what changed. SOURCE is an analysis record "
        "(JSON, as `analyze --format json` prints) or a signed edge list (CSV).",
    )
    parser.add_argument("source", metavar="SOURCE", help="an analysis JSON file or an edges CSV")
    parser.add_argument("--set", dest="changes", action="append", required=True, metavar="A:B=SIGN",
                        help="set the relation of A and B to -1, 0 or 1 (repeatable)")
    parser.add_argument("--year", type=int, help="for an edges CSV: keep edges of this year")
    parser.add_argument("--format", choices=("json", "report"), default="report")
    add_limit_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    changes = [parse_change(text) for text in args.changes]
    result = what_if(read_source(args.source, year=args.year), changes,
                     exact_limit=args.exact_limit, time_limit=args.time_limit)
    if args.format == "json":
        record = {
            "changes": [{"source": c.source, "target": c.target, "sign": c.sign} for c in result.changes],
            "diff": compare_systems(result.before, result.after),
            "before": system_to_record(result.before),
            "after": system_to_record(result.after),
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(format_report(result))
    return 0


def read_source(path: str, *, year: int | None) -> tuple[Relation, ...]:
    """Relations from an analysis record (.json, .jsonl) or an edge list (anything else)."""
    if Path(path).suffix.lower() in (".json", ".jsonl"):
        return read_analysis_relations(path)
    return read_edges(path, year=year)


def format_report(result: WhatIf) -> str:
    """What changed, in plain text; "no change" lines when nothing did."""
    diff = compare_systems(result.before, result.after)
    lines = ["what if " + ", ".join(f"{c.source}:{c.target}={c.sign:+d}" for c in result.changes)]
    for key in ("frustration", "triangle_index", "triad_counts"):
        if key in diff:
            lines.append(f"{key}: {diff[key]['before']} -> {diff[key]['after']}")
    if "blocs" in diff:
        lines.append("blocs: " + _blocs(diff["blocs"]["before"]) + " -> " + _blocs(diff["blocs"]["after"]))
    old = {t.actors: t for t in result.before.triads}
    new = {t.actors: t for t in result.after.triads}
    for k in sorted(old.keys() | new.keys()):
        if k not in new:
            lines.append(f"triad gone: {describe_triad(old[k])}")
        elif k not in old:
            lines.append(f"new triad: {describe_triad(new[k])}")
        elif old[k].signs != new[k].signs:
            lines.append(f"triad was: {describe_triad(old[k])}")
            lines.append(f"      now: {describe_triad(new[k])}")
    if len(lines) == 1:
        lines.append("no change to triads, blocs or balance")
    return "\n".join(lines)


def _blocs(blocs: list[list[str]]) -> str:
    return " | ".join(" ".join(b) for b in blocs)
