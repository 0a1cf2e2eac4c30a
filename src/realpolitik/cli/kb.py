"""`realpolitik kb import-wikidata DUMP`: people and organisations from a Wikidata dump."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kb", help="extend the knowledge base (import from Wikidata)",
                       description="Tools for the actor knowledge base.")
    tools = p.add_subparsers(dest="kb_command", required=True, metavar="TOOL")
    w = tools.add_parser("import-wikidata", help="stream a Wikidata JSON dump (.json, .gz, .bz2) into a KB file",
                         description="Write the humans (citizenship, positions held with dates) and "
                                     "organisations (country) of a Wikidata dump as a YAML file for --kb.")
    w.add_argument("dump", type=Path, metavar="DUMP", help="Wikidata JSON dump: plain, .gz or .bz2")
    w.add_argument("--out", type=Path, metavar="FILE.yaml", help="write here instead of stdout")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.actors import load_knowledge_base
    from realpolitik.actors.wikidata import import_wikidata

    kb = load_knowledge_base()
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        count = import_wikidata(args.dump, out, kb)
    finally:
        if args.out:
            out.close()
    log.info("imported %d actors from %s", count, args.dump)
    return 0
