"""`realpolitik ingest --engine ray`: the per-article analysis on Ray Data, back through Parquet shards.

``analyze_on_ray`` is an analyzer for ``realpolitik.store.ingest.ingest``, so a
Ray ingest keeps everything the local one does: the run record, skipping stored
texts before any parsing, failures with their reasons, one transaction per
batch through the store's one writer. For each round of up to ``round_size``
articles:

1. hand the round's articles to Ray Data as rows, each with its input position;
2. analyse them with ``map_batches`` over a pool of ``settings.workers`` actors,
   with the local path's own function (``realpolitik.pipeline.analyze_batch``);
   each actor loads the spaCy pipeline and the knowledge base once;
3. turn each result into one shard row: the store's rows of the analysis
   (``store.rows.analysis_rows``) as JSON, or the failure's id, origin and
   reason; write the rows as Parquet shards into a folder of the round;
4. read the shards back in input order and rebuild each Analysis with the
   store's exact inverse (``store.rows.analysis_from_rows``) or Failure.

Failures from reading pass through at their place without visiting Ray. The
shards are written by tasks pinned to this process's node, so the driver must
run on a node of the cluster (``--address auto`` or ``host:port``, not a
``ray://`` client address).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from realpolitik.errors import RealpolitikError
from realpolitik.model import Analysis, Article, Failure
from realpolitik.settings import Settings
from realpolitik.store.rows import COLUMNS, analysis_from_rows, analysis_rows

BatchAnalyzer = Callable[[Sequence[Article | Failure], Settings], Sequence[Analysis | Failure]]

# Articles per Ray dataset: each round starts its actors (and loads the model) afresh, and a
# killed run loses at most the round in flight, so a round is large but bounded.
ROUND_SIZE = 4096

# One row per article. ``rows`` is null exactly when ``error`` is not.
SHARD_SCHEMA = pa.schema([("position", pa.int64()), ("article_id", pa.string()), ("origin", pa.string()),
                          ("error", pa.string()), ("rows", pa.string())])

_DATE_TAG = "$date"
# "SomeError: message" lines in a Ray error's text, other than Ray's own wrappers
_RAISED = re.compile(r"^(?!ray\.)[A-Za-z_][\w.]*(?:Error|Exception): .+$", re.MULTILINE)


def require_ray() -> None:
    """Raise RealpolitikError, naming the extra to install, when Ray Data cannot be imported."""
    try:
        import ray.data  # noqa: F401
    except ImportError:
        raise RealpolitikError("--engine ray needs Ray Data: pip install 'realpolitik[ray]'") from None


def analyze_on_ray(items: Iterable[Article | Failure], settings: Settings, *, address: str | None = None,
                   shards: str | Path | None = None, analyze: BatchAnalyzer | None = None,
                   round_size: int = ROUND_SIZE) -> Iterator[Analysis | Failure]:
    """The analyses of ``items`` in input order, computed on Ray; Failures pass through in place.

    ``address`` names a running cluster; None starts a local Ray instance with
    ``settings.workers`` CPUs (a Ray already started in this process is used as
    it is). ``shards`` is the folder that keeps the Parquet shards; None means a
    temporary folder, removed afterwards. ``analyze`` stands in for the
    pipeline's ``analyze_batch`` (one result per item, in order); it must be
    importable by the workers. Raises RealpolitikError when Ray fails.
    """
    require_ray()
    folder = Path(shards) if shards else Path(tempfile.mkdtemp(prefix="realpolitik-shards-"))
    run_folder = folder / uuid.uuid4().hex
    it, started = iter(items), False
    try:
        with ExitStack() as session:
            number = 0
            while chunk := list(islice(it, max(1, round_size))):
                number += 1
                if not started and any(isinstance(item, Article) for item in chunk):
                    session.enter_context(ray_session(address, settings.workers))  # no work, no Ray
                    started = True
                yield from _round(chunk, settings, analyze, run_folder / f"round-{number:05d}")
    finally:
        if not shards:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def ray_session(address: str | None, workers: int) -> Iterator[None]:
    """Ray initialised for the block: joined to ``address``, else a local instance of ``workers``
    CPUs, shut down afterwards. A Ray already initialised in this process is used and left running."""
    import ray

    if ray.is_initialized():
        yield
        return
    try:
        if address:
            ray.init(address=address, logging_level=logging.WARNING)
        else:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False,
                     logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise RealpolitikError(f"cannot start Ray{f' at {address}' if address else ''}: {exc}") from None
    try:
        yield
    finally:
        ray.shutdown()


def _round(chunk: list[Article | Failure], settings: Settings, analyze: BatchAnalyzer | None,
           folder: Path) -> list[Analysis | Failure]:
    """The results of one chunk in its order: its articles analysed on Ray, its Failures as they are."""
    articles = {n: item for n, item in enumerate(chunk) if isinstance(item, Article)}
    results: dict[int, Analysis | Failure] = {}
    if articles:
        write_shards(articles, settings, folder, analyze=analyze)
        results = read_shards(folder)
    missing = set(articles) - set(results)
    if missing:
        raise RealpolitikError(f"{folder}: the shards lack {len(missing)} of {len(articles)} articles")
    return [results.get(n, item) for n, item in enumerate(chunk)]


def write_shards(articles: dict[int, Article], settings: Settings, folder: Path, *,
                 analyze: BatchAnalyzer | None = None) -> None:
    """Analyse ``articles`` (keyed by position) on Ray Data and write one shard row each under ``folder``."""
    import ray
    import ray.data
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    ray.data.DataContext.get_current().enable_progress_bars = False
    rows = [{"position": n, **asdict(article)} for n, article in articles.items()]
    # one block per batch, so a batch never straddles blocks with differently inferred types;
    # no more actors than batches, as each one loads the model
    blocks = -(-len(rows) // max(1, settings.batch_size))
    dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    dataset = dataset.map_batches(
        AnalyzeRows, fn_constructor_kwargs={"settings": settings, "analyze": analyze}, batch_size=None,
        batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=max(1, min(settings.workers, blocks))))
    # pinned to this node so the driver can read the folder; no CPU, so the actors cannot starve the writes
    here = NodeAffinitySchedulingStrategy(ray.get_runtime_context().get_node_id(), soft=False)
    try:
        dataset.write_parquet(str(folder), ray_remote_args={"scheduling_strategy": here, "num_cpus": 0})
    except ray.exceptions.RayError as exc:
        raise RealpolitikError(f"ray: the analysis failed: {_summary(exc)}") from None


def read_shards(folder: Path) -> dict[int, Analysis | Failure]:
    """The results written under ``folder``, keyed by input position."""
    table = pq.read_table(folder, schema=SHARD_SCHEMA)
    return {row["position"]: shard_result(row) for row in table.to_pylist()}


class AnalyzeRows:
    """The Ray Data function: a batch of article rows in, a shard row per article out.

    Made once per actor; the pipeline's caches (spaCy model, knowledge base)
    live as long as the actor, so each actor loads them once.
    """

    def __init__(self, settings: Settings, analyze: BatchAnalyzer | None = None):
        self.settings = settings
        self.analyze = analyze or _warm_pipeline(settings)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.to_pylist()
        articles = [Article(**{k: v for k, v in row.items() if k != "position"}) for row in rows]
        results = self.analyze(articles, self.settings)
        shard = [shard_row(row["position"], result) for row, result in zip(rows, results, strict=True)]
        return pa.Table.from_pylist(shard, schema=SHARD_SCHEMA)


def _warm_pipeline(settings: Settings) -> BatchAnalyzer:
    """The pipeline's batch function, its model and knowledge base loaded now rather than mid-batch."""
    from realpolitik.actors import load_knowledge_base
    from realpolitik.nlp import load_pipeline
    from realpolitik.pipeline import analyze_batch

    load_pipeline(settings.pipeline)
    load_knowledge_base(settings)
    return analyze_batch


def shard_row(position: int, result: Analysis | Failure) -> dict[str, Any]:
    """The shard row of one result: the store's rows of an analysis as JSON, or a failure's fields."""
    if isinstance(result, Failure):
        return {"position": position, "article_id": result.article_id, "origin": result.origin,
                "error": result.error, "rows": None}
    article = result.article
    try:
        rows = json.dumps(analysis_rows(result, ""), default=_encode, ensure_ascii=False)
    except (ValueError, TypeError) as exc:
        # Store.write_batch's words for an analysis it cannot store: both engines record one failure
        return {"position": position, "article_id": article.id, "origin": article.origin,
                "error": f"{article.origin}: cannot store the analysis: {exc}", "rows": None}
    return {"position": position, "article_id": article.id, "origin": article.origin, "error": None, "rows": rows}


def shard_result(row: dict[str, Any]) -> Analysis | Failure:
    if row["rows"] is None:
        return Failure(row["article_id"], row["origin"], row["error"])
    tables = json.loads(row["rows"], object_hook=_decode)
    return analysis_from_rows({table: [dict(zip(COLUMNS[table], values, strict=True)) for values in rows]
                               for table, rows in tables.items()})


def _encode(value: object) -> object:
    """JSON for what the rows hold beyond JSON: dates (tagged, to come back as dates), numpy scalars."""
    if isinstance(value, date):
        return {_DATE_TAG: value.isoformat()}
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not storable")


def _decode(obj: dict[str, Any]) -> object:
    return date.fromisoformat(obj[_DATE_TAG]) if set(obj) == {_DATE_TAG} else obj


def _summary(exc: BaseException) -> str:
    """The exception a worker raised ("Name: message"), which Ray's error carries only as text."""
    text = str(exc)
    raised = _RAISED.findall(text)  # the last one: a chained exception's cause comes first
    if raised:
        return raised[-1]
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__
