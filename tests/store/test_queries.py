"""Named queries and `realpolitik query`: filters by date, actor, type and speaker."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest

from realpolitik.cli.main import main
from realpolitik.model import Quote, Relation
from realpolitik.store import open_store
from realpolitik.store.queries import (
    Filters,
    query_actors,
    query_dyad,
    query_events,
    query_quotes,
    query_relations,
    window_relations,
)


@pytest.fixture
def corpus(store, analysis_of, event_in):
    march = "China and Russia signed an energy pact."
    april = "Russia shelled a town; the United States condemned Russia."
    may = "North Korea sent shells to Russia, China said."
    quote_text = "the pact is good for both sides"
    march_quote = Quote("q1", quote_text, 0, len(quote_text), "indirect", speaker="person:wang-ming")
    batch = [
        replace(analysis_of(march, published=date(2024, 3, 4), events=(
            event_in(march, "signed", "AGREE", "CHN", "RUS", goldstein=4.0),),
            relations=(Relation("CHN", "RUS", 1, 0.8, ("trade",), ("e1",)),)), quotes=(march_quote,)),
        analysis_of(april, published=date(2024, 4, 2), events=(
            event_in(april, "shelled", "ASSAULT", "RUS", "UKR", day="2024-04-01", goldstein=-10.0),
            event_in(april, "condemned", "DISAPPROVE", "USA", "RUS", goldstein=-2.0, number=2)),
            relations=(Relation("RUS", "USA", -1, 0.6, ("rivalry",), ("e2",)),)),
        analysis_of(may, published=date(2024, 5, 6), events=(
            event_in(may, "sent shells", "AID", "PRK", "RUS", goldstein=5.2),),
            relations=(Relation("CHN", "RUS", -1, 0.2, ("dispute",), ()),
                       Relation("PRK", "RUS", 1, 0.9, ("support",), ("e1",)))),
    ]
    store.write_batch(batch, [], "r1")
    return store


def test_events_filter_by_type_actor_and_date(corpus):
    assert [r["type"] for r in query_events(corpus).dicts()] == ["AGREE", "ASSAULT", "DISAPPROVE", "AID"]
    assert [r["type"] for r in query_events(corpus, Filters(actor="USA")).dicts()] == ["DISAPPROVE"]
    assert [r["type"] for r in query_events(corpus, Filters(type="aid")).dicts()] == ["AID"]
    april = Filters(start=date(2024, 4, 1), end=date(2024, 4, 30))
    rows = query_events(corpus, april).dicts()
    assert [(r["type"], r["date"]) for r in rows] == [("ASSAULT", date(2024, 4, 1)), ("DISAPPROVE", date(2024, 4, 2))]


def test_actors_are_counted_across_articles(corpus):
    rows = {r["actor_id"]: r for r in query_actors(corpus).dicts()}
    assert (rows["RUS"]["articles"], rows["RUS"]["mentions"]) == (3, 4)
    assert [r["actor_id"] for r in query_actors(corpus, Filters(actor="korea")).dicts()] == ["PRK"]


def test_quotes_filter_by_speaker(corpus):
    assert len(query_quotes(corpus, Filters(speaker="person:wang-ming")).rows) == 1
    assert query_quotes(corpus, Filters(speaker="person:someone-else")).rows == ()


def test_relations_aggregate_per_dyad(corpus):
    rows = {(r["source"], r["target"]): r for r in query_relations(corpus).dicts()}
    chn_rus = rows["CHN", "RUS"]
    assert (chn_rus["articles"], chn_rus["cooperative"], chn_rus["hostile"], chn_rus["net_sign"]) == (2, 1, 1, 1)
    assert chn_rus["kinds"] == ["dispute", "trade"]


def test_window_relations_merge_each_dyad_over_the_window(corpus):
    merged = {(r.source, r.target): r for r in window_relations(corpus)}
    assert merged["CHN", "RUS"].sign == 1 and merged["CHN", "RUS"].weight == pytest.approx(0.5)
    may_only = {(r.source, r.target): r.sign for r in window_relations(corpus, Filters(start=date(2024, 5, 1)))}
    assert may_only == {("CHN", "RUS"): -1, ("PRK", "RUS"): 1}


def test_dyad_lists_events_either_way_round(corpus):
    assert [r["type"] for r in query_dyad(corpus, "RUS", "USA").dicts()] == ["DISAPPROVE"]
    assert [r["type"] for r in query_dyad(corpus, "RUS", "PRK").dicts()] == ["AID"]


def test_evidence_columns_point_into_the_text(corpus):
    for row in query_events(corpus).dicts():
        text = corpus.fetch("SELECT text FROM articles WHERE article_id = ?", [row["article_id"]]).rows[0][0]
        assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]


def test_cli_query_prints_json_csv_and_a_table(tmp_path, corpus, capsys):
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        store.write_batch([corpus.analysis(r[0]) for r in corpus.fetch("SELECT article_id FROM articles").rows],
                          [], "r1")
    assert main(["query", "events", "--db", str(db), "--actor", "RUS", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 4
    assert main(["query", "dyad", "CHN", "RUS", "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["type"] for r in rows] == ["AGREE"]
    assert main(["query", "relations", "--db", str(db)]) == 0
    assert "CHN" in capsys.readouterr().out
    assert main(["query", "dyad", "CHN", "--db", str(db)]) == 1
