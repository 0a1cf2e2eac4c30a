"""`realpolitik ingest PATH... --db FILE`: analyse a corpus into the store, resumably."""

from __future__ import annotations

import argparse
import sys

from realpolitik.cli.options import add_db_argument, iso_date
from realpolitik.errors import InputError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse files, folders, JSONL, feeds or URLs into the corpus store",
                       description="Store the analysis of every new article; an article already stored "
                                   "(same text) is skipped, so an interrupted ingest can simply be rerun. "
                                   "Exits 1 when some input failed (see `realpolitik failures`).")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="file, folder, .jsonl corpus, RSS/Atom feed (.rss/.atom/.xml), or http(s) URL")
    add_db_argument(p)
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date of inputs that carry none of their own")
    p.add_argument("--workers", type=int, help="processes that parse in parallel (default: settings)")
    p.add_argument("--batch-size", type=int, help="articles per parse batch and per transaction")
    p.add_argument("--pipeline", help="spaCy pipeline package to load (default: settings)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="where articles are analysed: local processes, or Ray Data (ray; needs the [ray] extra)")
    p.add_argument("--address", metavar="ADDR",
                   help="with --engine ray: the Ray cluster to join (auto, host:port); default: a local Ray "
                        "with --workers CPUs")
    p.add_argument("--shards", metavar="DIR",
                   help="with --engine ray: keep the Parquet shards in DIR (default: a temporary folder)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from realpolitik.settings import load_settings
    from realpolitik.store import open_store, resolve_db_path
    from realpolitik.store.ingest import ingest

    settings = load_settings(args.config).with_options(
        workers=args.workers, batch_size=args.batch_size, pipeline=args.pipeline)
    if settings.workers < 1 or settings.batch_size < 1:
        raise InputError("ingest", "--workers and --batch-size must be at least 1")
    analyze = _engine(args)
    with open_store(resolve_db_path(args.db, settings)) as store, _ProgressBar(args.quiet) as progress:
        report = ingest(args.paths, store, settings, progress=progress, published=args.published, analyze=analyze)
    print(f"stored {report.stored}, skipped {report.skipped} already stored, failed {report.failed} "
          f"in {report.seconds:.1f} s (run {report.run_id})", file=sys.stderr)
    if report.failed:
        print("realpolitik: some inputs failed; see `realpolitik failures`", file=sys.stderr)
    return 1 if report.failed else 0


def _engine(args: argparse.Namespace):
    """The analyzer ``ingest`` runs: None for the local processes, else the Ray engine."""
    if args.engine != "ray":
        if args.address or args.shards:
            raise InputError("ingest", "--address and --shards need --engine ray")
        return None
    from functools import partial

    from realpolitik.store.ray_engine import analyze_on_ray, require_ray

    require_ray()
    return partial(analyze_on_ray, address=args.address, shards=args.shards)


class _ProgressBar:
    """A rich progress line on stderr: articles done, articles per second, failures."""

    def __init__(self, quiet: bool):
        self.quiet = quiet or not sys.stderr.isatty()
        self.bar = None

    def __enter__(self):
        if self.quiet:
            return None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TextColumn("{task.completed} articles"),
                            TextColumn("[cyan]{task.fields[rate]}"),
                            TextColumn("[red]{task.fields[failed]} failed"), TimeElapsedColumn(),
                            transient=False)
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=None, rate="", failed=0)
        return self.update

    def update(self, tally) -> None:
        done = tally.stored + tally.skipped + tally.failed
        elapsed = self.bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.1f} articles/s" if elapsed > 0 else ""
        self.bar.update(self.task, completed=done, rate=rate, failed=tally.failed)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
