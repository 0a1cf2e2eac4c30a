"""Property: whatever Analysis is written reads back equal, fact for fact."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from realpolitik.model import (
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Location,
    Mention,
    Quote,
    Relation,
    Span,
    System,
    Triad,
)
from realpolitik.store import Store, open_store
from realpolitik.store.rows import FACT_TABLES

# Any Unicode text DuckDB can hold as UTF-8: everything but lone surrogates.
texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20)
some = st.none() | texts
offsets = st.integers(min_value=0, max_value=2**31 - 1)
numbers = st.floats(allow_nan=False)
spans = st.builds(Span, offsets, offsets, texts)
iso_days = st.dates().map(lambda d: d.isoformat())

mentions = st.builds(Mention, offsets, offsets, texts, texts, some, some)
actors = st.builds(Actor, texts, texts, texts, some, some, st.tuples(texts), st.tuples(texts, texts),
                   st.lists(mentions, max_size=3).map(tuple))
quotes = st.builds(Quote, texts, texts, offsets, offsets, texts, some, some, st.none() | spans, some)
events = st.builds(
    Event, id=texts, type=texts, evidence=spans, mode=some, cameo=some,
    quad_class=st.none() | st.integers(1, 4), goldstein=st.none() | numbers, intensity=st.none() | numbers,
    source=some, target=some, date=st.none() | st.builds(EventDate, iso_days, iso_days, texts, some),
    location=st.none() | st.builds(Location, texts, some, st.none() | numbers, st.none() | numbers),
    quantity=st.none() | st.integers(-(2**63), 2**63 - 1), modality=texts, reported_by=some,
    trigger=st.none() | spans, mentions=st.lists(spans, max_size=3).map(tuple))
short_tuples = st.lists(texts, max_size=2).map(tuple)
relations = st.builds(Relation, texts, texts, st.integers(-1, 1), numbers, short_tuples, short_tuples)
triads = st.builds(Triad, st.tuples(texts, texts, texts), st.tuples(*[st.integers(-1, 1)] * 3), st.booleans(),
                   some, some, st.lists(st.tuples(texts, numbers), max_size=3).map(tuple))
systems = st.builds(System, st.lists(triads, max_size=2).map(tuple),
                    st.lists(st.lists(texts, max_size=3).map(tuple), max_size=2).map(tuple),
                    st.lists(st.tuples(texts, st.integers(0, 99)), max_size=4).map(tuple),
                    st.none() | numbers, st.none() | st.integers(0, 99), some)
articles = st.builds(Article, texts, texts, some, some, some, st.none() | st.dates(), texts, texts)
analyses = st.builds(Analysis, articles, st.lists(actors, max_size=3).map(tuple),
                     st.lists(quotes, max_size=3).map(tuple), st.lists(events, max_size=3).map(tuple),
                     st.lists(relations, max_size=3).map(tuple), systems)


@pytest.fixture(scope="module")
def reused_store():
    """One store for every example (opening one costs more than an example); emptied by ``emptied``."""
    with open_store(":memory:") as store:
        yield store


def emptied(store: Store) -> Store:
    for table in ("articles", *FACT_TABLES):
        store.connection.execute(f"DELETE FROM {table}")
    return store


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analysis=analyses)
def test_store_reads_back_the_analysis_it_wrote(reused_store: Store, analysis: Analysis) -> None:
    store = emptied(reused_store)
    assert store.write_batch([analysis], [], "run") == 1
    assert store.analysis(analysis.article.id) == analysis


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(analyses, min_size=1, max_size=4))
def test_store_writes_each_text_once_however_often_given(reused_store: Store, batch: list[Analysis]) -> None:
    unique = {a.article.text: a for a in reversed(batch)}
    # two different texts under one id is a conflict, tested elsewhere
    assume(len({a.article.id for a in unique.values()}) == len(unique))
    store = emptied(reused_store)
    assert store.write_batch(batch + batch, [], "run") == len(unique)
    assert store.write_batch(batch, [], "run") == 0
    assert store.fetch("SELECT count(*) FROM articles").rows[0][0] == len(unique)
