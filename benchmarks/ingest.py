"""Ingest throughput: N short articles from a JSONL corpus into a fresh DuckDB store.

    python benchmarks/ingest.py [--articles 10000] [--analyzer store|pipeline] [--workers 1]

``--analyzer store`` (the default) measures the store path alone: reading,
hashing, skipping, batching and writing, with a trivial analyzer that names the
states it finds, so the figure is the ceiling the store puts on ingest.
``--analyzer pipeline`` runs the real spaCy pipeline in its place. Prints
articles per second, peak resident memory of this process, and the rerun time
(every article already stored, so nothing is parsed).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from realpolitik.model import Actor, Analysis, Article, Failure, Mention
from realpolitik.settings import Settings
from realpolitik.store import open_store
from realpolitik.store.ingest import ingest

STATES = (("CHN", "China"), ("RUS", "Russia"), ("USA", "the United States"), ("PRK", "North Korea"))
VERBS = ("criticised", "met", "praised", "warned", "signed a deal with", "sent aid to")


def write_corpus(path: Path, n: int) -> None:
    """``n`` distinct short articles (two or three sentences each) as JSONL."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            a, b = STATES[i % 4][1], STATES[(i + 1 + i // 4) % 4][1]
            text = (f"{a} {VERBS[i % 6]} {b} on day {i}. Officials in {b} said talks would go on. "
                    f"Story number {i} of the benchmark corpus.")
            handle.write(json.dumps({"id": f"b{i}", "text": text, "source": f"outlet{i % 7}",
                                     "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")


def store_only(items: Iterable[Article | Failure], settings: Settings) -> Iterator[Analysis | Failure]:
    """A trivial analyzer: the states each article names, every mention."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        actors = []
        for code, name in STATES:
            at = item.text.find(name)
            if at >= 0:
                actors.append(Actor(code, name, "state", code, mentions=(Mention(at, at + len(name), name, code),)))
        yield Analysis(item, tuple(actors))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--analyzer", choices=("store", "pipeline"), default="store")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    analyze = store_only if args.analyzer == "store" else None
    settings = Settings(workers=args.workers, batch_size=args.batch_size)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus.jsonl", Path(tmp) / "corpus.duckdb"
        write_corpus(corpus, args.articles)
        with open_store(db) as store:
            first = ingest([str(corpus)], store, settings, analyze=analyze)
            began = time.perf_counter()
            again = ingest([str(corpus)], store, settings, analyze=analyze)
            rerun_s = time.perf_counter() - began
        size_mb = db.stat().st_size / 1e6
    print(f"ingest of {args.articles} short articles, analyzer={args.analyzer}, workers={args.workers}, "
          f"batch={args.batch_size}")
    print(f"  stored {first.stored} in {first.seconds:.2f} s: {first.stored / first.seconds:,.0f} articles/s")
    print(f"  rerun: skipped {again.skipped} in {rerun_s:.2f} s; database {size_mb:.1f} MB")
    print(f"  peak memory (RSS of this process): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
