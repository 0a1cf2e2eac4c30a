"""`realpolitik resolve TEXT`: the actor a string names (id, name, kind, country, sector)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from realpolitik.cli.options import add_kb_argument, iso_date
from realpolitik.errors import InputError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("resolve", help="name the actor a string refers to",
                       description="Resolve an actor string to an id, name, kind, country and sector.")
    p.add_argument("text", nargs="?", help="the words that name the actor")
    p.add_argument("--context", help="the sentence around TEXT (helps with surnames)")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="resolve roles as of this day")
    p.add_argument("--batch", type=Path, metavar="FILE.jsonl",
                   help='resolve many: one {"id", "text", "context", "date"} object a line')
    p.add_argument("--format", choices=("json", "jsonl"), default="json", help="output format (default: json)")
    add_kb_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.actors import load_knowledge_base
    from realpolitik.actors.resolve import resolve_actor
    from realpolitik.settings import load_settings

    if (args.text is None) == (args.batch is None):
        raise InputError("resolve", "give either TEXT or --batch FILE.jsonl")
    kb = load_knowledge_base(load_settings(args.config).with_options(kb_files=args.kb_files))
    if args.text is not None:
        record = resolve_actor(args.text, kb, context=args.context, on=args.date).to_dict()
        print(json.dumps(record, ensure_ascii=False, indent=2 if args.format == "json" else None))
        return 0
    failed = 0
    for line_id, request in _requests(args.batch):
        if isinstance(request, str):
            failed += 1
            print(f"realpolitik: {request}", file=sys.stderr)
            out = {"id": line_id, "error": request}
        else:
            actor = resolve_actor(request["text"], kb, context=request.get("context"),
                                  on=request.get("date")).to_dict()
            # "id" echoes the input line's id (SPEC); the actor's own id is "actor_id" and in "actor".
            out = {**actor, "id": line_id, "actor_id": actor["id"], "actor": actor}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _requests(path: Path) -> Iterator[tuple[object, dict | str]]:
    """(id, request) per line; the request is an error message for a bad line."""
    if not path.is_file():
        raise InputError(str(path), "file not found")
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                yield _request(line, f"{path}:{number}")


def _request(line: str, where: str) -> tuple[object, dict | str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"{where}: malformed JSON ({exc.msg})"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return (record.get("id") if isinstance(record, dict) else None), f"{where}: a record needs a 'text'"
    try:
        record["date"] = date.fromisoformat(record["date"]) if record.get("date") else None
    except (TypeError, ValueError):
        return record.get("id"), f"{where}: 'date' is not YYYY-MM-DD"
    return record.get("id"), record
