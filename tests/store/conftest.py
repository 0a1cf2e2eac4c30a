"""An in-memory store and hand-made analyses (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.model import Actor, Analysis, Article, Event, EventDate, Location, Mention, Relation, Span
from realpolitik.store import open_store
from realpolitik.store.rows import content_hash


@pytest.fixture
def store():
    with open_store(":memory:") as opened:
        yield opened


def make_event(text: str, phrase: str, type_: str, source: str | None, target: str | None, *,
               day: str | None = None, place: Location | None = None, goldstein: float | None = None,
               number: int = 1, modality: str = "asserted") -> Event:
    """An event whose evidence is the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Event(id=f"e{number}", type=type_, evidence=Span(start, start + len(phrase), phrase),
                 source=source, target=target, goldstein=goldstein, modality=modality, location=place,
                 date=None if day is None else EventDate(day, day, "day"))


def make_analysis(text: str, *, source: str | None = None, published: date | None = None,
                  events: tuple[Event, ...] = (), relations: tuple[Relation, ...] = (),
                  article_id: str | None = None) -> Analysis:
    """An analysis of ``text`` with each state it names as an actor, every mention found."""
    actors = []
    for code, name in (("CHN", "China"), ("RUS", "Russia"), ("PRK", "North Korea"), ("USA", "United States")):
        starts = [i for i in range(len(text)) if text.startswith(name, i)]
        if starts:
            actors.append(Actor(code, name, "state", code,
                                mentions=tuple(Mention(s, s + len(name), name, code) for s in starts)))
    article = Article(id=article_id or content_hash(text), text=text, source=source, published=published)
    return Analysis(article, tuple(actors), (), events, relations)


@pytest.fixture
def analysis_of():
    return make_analysis


@pytest.fixture
def event_in():
    return make_event
