"""Ingest a corpus into the store: read, skip what is stored, analyse, write batch by batch.

Steps:
1. record the run;
2. read the inputs (files, folders, JSONL, feeds, URLs), dropping each article
   whose text is already stored or seen earlier in this run, before any parsing;
3. analyse the rest (``realpolitik.pipeline.analyze_stream``; input order kept);
4. write every ``batch_size`` results, analyses and failures, in one transaction,
   so a killed run loses at most the batch in flight and a rerun completes it
   (an analysis the store refuses is recorded as a failure, the rest stored);
5. mark the run finished.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from realpolitik.errors import StoreError
from realpolitik.ingest.sources import is_web_source, read_web_source
from realpolitik.model import Analysis, Article, Failure
from realpolitik.settings import Settings
from realpolitik.store.db import Store
from realpolitik.store.rows import content_hash

Reader = Callable[[list[str]], Iterable[Article | Failure]]
Analyzer = Callable[[Iterable[Article | Failure], Settings], Iterable[Analysis | Failure]]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one run did: articles stored, skipped as already stored, failed, and the seconds it took."""

    run_id: str
    stored: int
    skipped: int
    failed: int
    seconds: float


class Tally:
    """Running counts, handed to the progress callback after every batch and skipped article."""

    def __init__(self) -> None:
        self.stored = 0
        self.skipped = 0
        self.failed = 0


Progress = Callable[[Tally], None]


def read_sources(paths: Iterable[str], *, published: date | None = None) -> Iterator[Article | Failure]:
    """Articles from every path in order: web sources here, everything else via ``read_inputs``."""
    from realpolitik.ingest import read_inputs

    for path in paths:
        if is_web_source(str(path)):
            yield from read_web_source(str(path), published=published)
        else:
            yield from read_inputs([path], published=published)


def ingest(paths: Iterable[str], store: Store, settings: Settings, *, progress: Progress | None = None,
           published: date | None = None, read: Reader | None = None,
           analyze: Analyzer | None = None) -> IngestReport:
    """Store the analysis of every new article in ``paths`` and every failure with its reason.

    ``read`` and ``analyze`` default to ``read_sources`` and the pipeline's
    ``analyze_stream``; they are parameters so a test or another engine can
    stand in. Raises StoreError when the store cannot be written.
    """
    if analyze is None:
        from realpolitik.pipeline import analyze_stream as analyze
    paths = [str(p) for p in paths]
    began = time.perf_counter()
    tally = Tally()
    report = progress or (lambda _: None)
    run_id = store.start_run(settings=settings, paths=paths)
    items = read(paths) if read else read_sources(paths, published=published)
    fresh = _unstored(items, store, tally, report)
    results = iter(analyze(fresh, settings))
    while batch := list(islice(results, max(1, settings.batch_size))):
        _write(store, batch, run_id, tally)
        report(tally)
    store.finish_run(run_id)
    return IngestReport(run_id, tally.stored, tally.skipped, tally.failed, time.perf_counter() - began)


def _unstored(items: Iterable[Article | Failure], store: Store, tally: Tally,
              report: Progress) -> Iterator[Article | Failure]:
    """The items whose text is neither stored nor seen before in this run; failures pass through.

    An article whose id is taken by another text becomes a Failure: ids must name one text.
    """
    seen, ids = store.stored_hashes(), store.stored_ids()
    for item in items:
        if isinstance(item, Article):
            digest = _digest(item)
            if isinstance(digest, Failure):
                yield digest
                continue
            if digest in seen:
                tally.skipped += 1
                report(tally)
                continue
            if item.id in ids:
                yield Failure(item.id, item.origin, f"{item.origin}: article id {item.id!r} is already"
                              " stored with a different text")
                continue
            seen.add(digest)
            ids.add(item.id)
        yield item


def _digest(article: Article) -> str | Failure:
    try:
        return content_hash(article.text)
    except UnicodeEncodeError as exc:
        return Failure(article.id, article.origin, f"{article.origin}: text is not valid Unicode: {exc.reason}")


def _write(store: Store, batch: list[Analysis | Failure], run_id: str, tally: Tally) -> None:
    """One transaction for the batch; when the store refuses it, one per article (see below)."""
    analyses = [item for item in batch if isinstance(item, Analysis)]
    failures = [item for item in batch if isinstance(item, Failure)]
    try:
        written = store.write_batch(analyses, failures, run_id)
    except StoreError:
        written, failures = _write_one_by_one(store, analyses, failures, run_id)
    tally.stored += written
    tally.failed += len(failures)


def _write_one_by_one(store: Store, analyses: list[Analysis], failures: list[Failure],
                      run_id: str) -> tuple[int, list[Failure]]:
    """Each analysis in its own transaction, so one that cannot be stored becomes a Failure
    instead of sinking its batch. A store that refuses the failures too raises StoreError."""
    written, failures = 0, list(failures)
    for analysis in analyses:
        try:
            written += store.write_batch([analysis], [], run_id)
        except StoreError as exc:
            article = analysis.article
            failures.append(Failure(article.id, article.origin, str(exc)))
    store.write_batch([], failures, run_id)
    return written, failures
