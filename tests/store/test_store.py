"""The store's contract: migrations, one transaction per batch, idempotence, failures, merged events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from realpolitik.errors import StoreError
from realpolitik.model import Failure, Location, Mention
from realpolitik.store import open_store
from realpolitik.store.db import migrations
from realpolitik.store.queries import list_failures, query_merged_events

KURSK = Location("Kursk", "RUS", 51.7, 36.2)


def count(store, table: str) -> int:
    return store.fetch(f"SELECT count(*) FROM {table}").rows[0][0]


def test_migrations_are_recorded_once_per_file(tmp_path):
    path = tmp_path / "corpus.duckdb"
    with open_store(path) as store:
        versions = [row[0] for row in store.fetch("SELECT version FROM schema_migrations").rows]
        assert versions == list(range(1, len(migrations()) + 1))
    with open_store(path) as store:
        assert store.migrate() == []
        assert count(store, "schema_migrations") == len(versions)


def test_read_only_open_refuses_a_missing_file(tmp_path):
    with pytest.raises(StoreError, match="no corpus"):
        open_store(tmp_path / "absent.duckdb", read_only=True)


def test_every_fact_keeps_its_article_and_span(store, analysis_of, event_in):
    text = "China and Russia signed a trade pact in Beijing."
    analysis = analysis_of(text, events=(event_in(text, "signed a trade pact", "AGREE", "CHN", "RUS"),))
    store.write_batch([analysis], [], "r1")
    start, end, article_id = store.fetch("SELECT start_char, end_char, article_id FROM mentions"
                                         " WHERE actor_id = 'RUS'").rows[0]
    assert (text[start:end], article_id) == ("Russia", analysis.article.id)
    start, end = store.fetch("SELECT evidence_start, evidence_end FROM events").rows[0]
    assert text[start:end] == "signed a trade pact"


def test_a_batch_that_fails_midway_writes_nothing(store, analysis_of):
    good = analysis_of("China hosted a summit.")
    # an offset no INTEGER column can hold: the mentions insert fails after the articles insert
    bad_actor = replace(good.actors[0], mentions=(Mention(2**40, 2**40 + 5, "China", "CHN"),))
    bad = replace(analysis_of("China hosted a second summit."), actors=(bad_actor,))
    with pytest.raises(StoreError, match="nothing written"):
        store.write_batch([good, bad], [Failure(None, "x.txt", "empty file")], "r1")
    assert (count(store, "articles"), count(store, "actors"), count(store, "failures")) == (0, 0, 0)


def test_an_id_reused_for_another_text_is_refused(store, analysis_of):
    store.write_batch([analysis_of("Russia protested.", article_id="a1")], [], "r1")
    with pytest.raises(StoreError, match="different text"):
        store.write_batch([analysis_of("China protested.", article_id="a1")], [], "r1")
    assert count(store, "articles") == 1


def test_failures_of_the_latest_run_are_listed(store):
    first = store.start_run(settings=_settings(), paths=["a"])
    store.write_batch([], [Failure(None, "old.txt", "old.txt: empty file")], first)
    latest = store.start_run(settings=_settings(), paths=["b"])
    store.write_batch([], [Failure("x", "b.jsonl:3", "b.jsonl:3: malformed JSON")], latest)
    rows = list_failures(store).dicts()
    assert [(r["origin"], r["error"]) for r in rows] == [("b.jsonl:3", "b.jsonl:3: malformed JSON")]
    assert len(list_failures(store, every_run=True).rows) == 2


def _settings():
    from realpolitik.settings import Settings

    return Settings()


def test_one_event_reported_by_several_outlets_is_merged(store, analysis_of, event_in):
    reports = [
        ("Russia shelled a depot, Russia said.", "Outlet A", "2024-03-01"),
        ("Russia shelled a fuel depot overnight.", "Outlet B", "2024-03-02"),
        ("Officials said Russia shelled a depot.", "Outlet A", "2024-03-03"),
        ("Russia shelled a depot again.", "Outlet B", "2024-03-20"),   # weeks later: another event
    ]
    batch = [analysis_of(text, source=outlet, events=(
        event_in(text, "shelled", "ASSAULT", "RUS", "UKR", day=day, place=KURSK, goldstein=-10.0),))
        for text, outlet, day in reports]
    negated = "Russia denied it shelled a depot."
    batch.append(analysis_of(negated, source="Outlet C", events=(
        event_in(negated, "shelled", "ASSAULT", "RUS", "UKR", day="2024-03-02", place=KURSK,
                 modality="negated"),)))
    store.write_batch(batch, [], "r1")
    rows = query_merged_events(store).dicts()
    assert [(r["first_day"], r["num_articles"], r["num_sources"], r["num_mentions"]) for r in rows] == [
        (date(2024, 3, 1), 3, 2, 3), (date(2024, 3, 20), 1, 1, 1)]
    assert rows[0]["place"] == "RUS" and rows[0]["goldstein"] == -10.0


def test_reports_in_different_places_or_dyads_stay_apart(store, analysis_of, event_in):
    text = "Russia shelled a depot."
    other_place = Location("Lviv", "UKR")
    batch = [
        analysis_of(text, events=(event_in(text, "shelled", "ASSAULT", "RUS", "UKR", day="2024-03-01",
                                           place=KURSK),)),
        analysis_of(text + " ", events=(event_in(text, "shelled", "ASSAULT", "RUS", "UKR", day="2024-03-01",
                                                 place=other_place),)),
        analysis_of(text + "  ", events=(event_in(text, "shelled", "ASSAULT", "UKR", "RUS", day="2024-03-01",
                                                  place=KURSK),)),
    ]
    store.write_batch(batch, [], "r1")
    assert len(query_merged_events(store).rows) == 3
    assert len(query_merged_events(store, window_days=0).rows) == 3


def test_relation_statements_are_stored_and_read_back(store, analysis_of):
    from realpolitik.model import Relation, Statement

    text = "Chile relies on Peru for grain."
    statement = Statement("s1", 0, len(text), text)
    analysis = replace(analysis_of(text),
                       relations=(Relation("CHL", "PER", 1, 0.6, ("dependence",), ("s1",), (statement,)),))
    store.write_batch([analysis], [], "run-1")
    assert count(store, "relation_statements") == 1
    assert store.analysis(analysis.article.id).relations == analysis.relations
