"""The orchestrator: articles in, analyses out, in input order.

Steps for each batch:
1. parse the texts with spaCy (``nlp.pipe``, one load per process);
2. for each parsed article, recognise actors, then quotes, events and relations;
3. analyse the signed system the relations describe;
4. hand back frozen records (Analysis, or Failure for what could not be analysed).

Only this module strings the stages together; the stages never call each other.
With ``workers > 1`` batches are spread over processes, each loading the model once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice

from realpolitik.errors import AnalysisError
from realpolitik.model import Actor, Analysis, Article, Failure
from realpolitik.settings import Settings

log = logging.getLogger(__name__)


def analyze_text(text: str, settings: Settings | None = None, **article_fields: object) -> Analysis:
    """The analysis of one text (a convenience for library users and tests)."""
    from realpolitik.ingest import text_id

    article = Article(id=str(article_fields.pop("id", None) or text_id(text)), text=text, **article_fields)  # type: ignore[arg-type]
    (result,) = analyze_batch([article], settings or Settings())
    if isinstance(result, Failure):
        raise AnalysisError(result.error)
    return result


def analyze_stream(items: Iterable[Article | Failure], settings: Settings) -> Iterator[Analysis | Failure]:
    """Analyses in input order; Failures from reading pass through in their place."""
    batches = _batches(items, settings.batch_size)
    if settings.workers <= 1:
        for batch in batches:
            yield from analyze_batch(batch, settings)
        return
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        # map keeps the order; a bounded window keeps memory flat on huge corpora
        window = settings.workers * 2
        pending: list = []
        for batch in batches:
            pending.append(pool.submit(analyze_batch, batch, settings))
            if len(pending) >= window:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while batch := list(islice(it, max(1, size))):
        yield batch


def analyze_batch(batch: Sequence[Article | Failure], settings: Settings) -> list[Analysis | Failure]:
    """Parse the articles of ``batch`` together and run every stage on each."""
    from realpolitik.nlp import load_pipeline, parse

    articles = [item for item in batch if isinstance(item, Article)]
    if not articles:
        return list(batch)
    nlp = load_pipeline(settings.pipeline)
    docs = iter(parse(nlp, (a.text for a in articles), batch_size=settings.batch_size))
    results: list[Analysis | Failure] = []
    for item in batch:
        if isinstance(item, Failure):
            results.append(item)
            continue
        doc = next(docs)
        results.append(_analyze_doc(doc, item, settings))
    return results


def _analyze_doc(doc, article: Article, settings: Settings) -> Analysis | Failure:
    try:
        return analyze_doc(doc, article, settings)
    except Exception as exc:  # one broken article never stops a batch; the failure is recorded
        log.exception("analysis failed for %s", article.origin)
        return Failure(article.id, article.origin, f"{article.origin}: analysis failed: {type(exc).__name__}: {exc}")


def analyze_doc(doc, article: Article, settings: Settings) -> Analysis:
    """Every stage on one parsed article."""
    from realpolitik import actors, events, quotes, system
    from realpolitik.nlp import load_pipeline
    from realpolitik.nlp.headlines import reparse_headlines

    kb = actors.load_knowledge_base(settings)
    # Title Case headlines parsed again in sentence case, once, for the actors and the events.
    again = reparse_headlines(doc, actors.known_names(doc, kb), load_pipeline(settings.pipeline))
    layer = actors.recognize_actors(doc, article, kb, headlines=again)
    found_quotes, speakers = quotes.extract_quotes(doc, layer)
    found_events = events.extract_events(doc, article, layer, found_quotes, headlines=again)
    relations = system.extract_relations(doc, layer, found_events, found_quotes)
    known = _merge_actors(layer.actors, speakers)
    return Analysis(
        article=article,
        actors=known + _referenced_actors(known, found_events, relations, kb),
        quotes=found_quotes,
        events=found_events,
        relations=relations,
        system=system.analyze_system(relations),
    )


def _referenced_actors(known: Sequence[Actor], events, relations, kb) -> tuple[Actor, ...]:
    """Actors that events and relations name without a mention of their own (an official
    coded as the state they serve), from the knowledge base, so every id in the record resolves."""
    have = {a.id for a in known}
    ids = [x for e in events for x in (e.source, e.target, e.reported_by)]
    ids += [x for r in relations for x in (r.source, r.target)]
    extra: dict[str, Actor] = {}
    for actor_id in ids:
        if actor_id and actor_id not in have and actor_id not in extra:
            entry = kb.entry(actor_id)
            if entry is not None:
                extra[actor_id] = Actor(entry.id, entry.name, entry.kind, entry.country, entry.sector)
    return tuple(extra.values())


def _merge_actors(known: Sequence[Actor], extra: Sequence[Actor]) -> tuple[Actor, ...]:
    """The layer's actors plus the speakers the quote stage added, one record per id."""
    merged = {a.id: a for a in known}
    for actor in extra:
        if actor.id in merged:
            old = merged[actor.id]
            mentions = tuple(sorted(set(old.mentions) | set(actor.mentions), key=lambda m: (m.start, m.end)))
            merged[actor.id] = replace(old, mentions=mentions)
        else:
            merged[actor.id] = actor
    return tuple(merged.values())
