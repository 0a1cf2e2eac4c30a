"""A toy analyzer that stands in for the spaCy pipeline in store tests, and an ingest worker.

``toy_analyze`` names each state it finds by name as an actor and turns every
sentence with "shelled" into an ASSAULT event; an article containing "UNREADABLE"
becomes a Failure, as an analysis error would. Deterministic, so a stored article
can be compared with a fresh analysis of the same text.

Run as a script (``python store_toy.py DB DELAY PATH...``) it ingests PATHs into DB
with batches of 5, printing "batch" after each so a test can kill it mid-run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator

from realpolitik.model import Actor, Analysis, Article, Event, Failure, Mention, Span
from realpolitik.settings import Settings

STATES = (("CHN", "China"), ("RUS", "Russia"), ("PRK", "North Korea"), ("UKR", "Ukraine"), ("USA", "United States"))


def toy_analysis(article: Article) -> Analysis:
    text = article.text
    actors = []
    for code, name in STATES:
        spans = []
        at = text.find(name)
        while at >= 0:
            spans.append(Mention(at, at + len(name), name, code))
            at = text.find(name, at + 1)
        if spans:
            actors.append(Actor(code, name, "state", code, mentions=tuple(spans)))
    events = []
    at = text.find("shelled")
    if at >= 0:
        events.append(Event("e1", "ASSAULT", Span(at, at + 7, "shelled"), cameo="195", goldstein=-10.0,
                            source="RUS", target="UKR"))
    return Analysis(article, tuple(actors), (), tuple(events))


def toy_analyze(items: Iterable[Article | Failure], settings: Settings, *,
                delay: float = 0.0) -> Iterator[Analysis | Failure]:
    for item in items:
        if isinstance(item, Failure):
            yield item
        elif "UNREADABLE" in item.text:
            yield Failure(item.id, item.origin, f"{item.origin}: analysis failed: toy refuses it")
        else:
            time.sleep(delay)
            yield toy_analysis(item)


def main(db: str, delay: str, *paths: str) -> int:
    from realpolitik.store import open_store
    from realpolitik.store.ingest import ingest

    def announce(tally) -> None:
        print("batch", tally.stored, flush=True)

    with open_store(db) as store:
        ingest(list(paths), store, Settings(batch_size=5), progress=announce,
               analyze=lambda items, s: toy_analyze(items, s, delay=float(delay)))
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
