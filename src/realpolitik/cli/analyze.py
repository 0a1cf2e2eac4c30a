"""`realpolitik analyze PATH...`: the analysis record of each article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from realpolitik.cli.options import add_kb_argument, iso_date
from realpolitik.errors import InputError
from realpolitik.model import Analysis, Failure

FORMATS = ("json", "jsonl", "report", "html")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse articles: actors, quotes, events, relations, system",
                       description="Analyse .txt/.html files, folders of them, JSONL corpora or stdin ('-').")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, .jsonl corpus, or - for stdin")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date of inputs that carry none of their own")
    p.add_argument("--format", choices=FORMATS, default="report", help="output format (default: report)")
    p.add_argument("--out", type=Path,
                   help="write to this file instead of stdout; with --format html, an existing folder "
                        "gets one page per article (ID.html)")
    p.add_argument("--workers", type=int, help="processes that parse in parallel (default: settings)")
    p.add_argument("--pipeline", help="spaCy pipeline package to load (default: settings)")
    add_kb_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.ingest import read_inputs
    from realpolitik.pipeline import analyze_stream
    from realpolitik.settings import load_settings

    settings = load_settings(args.config).with_options(
        workers=args.workers, pipeline=args.pipeline, kb_files=args.kb_files)
    if settings.workers < 1:
        raise InputError("--workers", "must be at least 1")
    results = analyze_stream(read_inputs(args.paths, published=args.published), settings)
    if args.format == "html" and args.out and args.out.is_dir():
        return 1 if _write_pages(results, args.out) else 0
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        failed = _write(results, args.format, out)
    finally:
        if args.out:
            out.close()
    return 1 if failed else 0


def _write(results, fmt: str, out) -> int:
    from realpolitik.output.records import dumps, failure_record, to_record

    failed = 0
    for result in results:
        if isinstance(result, Failure):
            failed += 1
            print(f"realpolitik: {result.error}", file=sys.stderr)
            if fmt in ("json", "jsonl"):
                out.write(dumps(failure_record(result), indent=2 if fmt == "json" else None) + "\n")
            continue
        out.write(_render(result, fmt, to_record, dumps, color=out.isatty()))
        out.flush()
    return failed


def _write_pages(results, folder: Path) -> int:
    from realpolitik.output.html import render_html

    failed = 0
    for result in results:
        if isinstance(result, Failure):
            failed += 1
            print(f"realpolitik: {result.error}", file=sys.stderr)
            continue
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in result.article.id)[:100]
        (folder / f"{safe}.html").write_text(render_html(result), encoding="utf-8")
    return failed


def _render(analysis: Analysis, fmt: str, to_record, dumps, *, color: bool) -> str:
    if fmt == "jsonl":
        return dumps(to_record(analysis)) + "\n"
    if fmt == "json":
        return dumps(to_record(analysis), indent=2) + "\n"
    if fmt == "html":
        from realpolitik.output.html import render_html

        return render_html(analysis)
    from realpolitik.output.report import render_report

    return render_report(analysis, color=color)
