"""Exports: Parquet for every table, GDELT- and POLECAT-like CSV, GraphML and GEXF."""

from __future__ import annotations

import csv
from datetime import date

import networkx as nx
import pyarrow.parquet as pq
import pytest

from realpolitik.cli.main import main
from realpolitik.model import Actor, Analysis, Article, Event, EventDate, Location, Mention, Relation, Span
from realpolitik.store import open_store
from realpolitik.store.rows import content_hash

NAMES = {"RUS": "Russia", "UKR": "Ukraine", "CHN": "China"}


def report(text: str, outlet: str, day: str, *, relations=()) -> Analysis:
    """An article of ``outlet`` reporting that Russia shelled Ukraine near Kharkiv on ``day``."""
    actors = tuple(Actor(code, name, "state", code, mentions=(Mention(text.index(name), text.index(name)
                   + len(name), name, code),)) for code, name in NAMES.items() if name in text)
    at = text.index("shelled")
    event = Event("e1", "ASSAULT", Span(at, at + 7, "shelled"), mode="artillery", cameo="195", quad_class=4,
                  goldstein=-10.0, intensity=-9.0, source="RUS", target="UKR",
                  date=EventDate(day, day, "day"), location=Location("Kharkiv", "UKR", 49.99, 36.23))
    article = Article(content_hash(text), text, title=f"{outlet} report", url=f"https://{outlet}.example/1",
                      source=outlet, published=date.fromisoformat(day))
    return Analysis(article, actors, (), (event,), tuple(relations))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "corpus.duckdb"
    batch = [
        report("Russia shelled Kharkiv in Ukraine overnight.", "alpha", "2024-05-10",
               relations=(Relation("RUS", "UKR", -1, 0.9, ("conflict",), ("e1",)),)),
        report("Ukraine said Russia shelled Kharkiv.", "beta", "2024-05-11",
               relations=(Relation("RUS", "UKR", -1, 0.7, ("conflict",), ("e1",)),
                          Relation("CHN", "RUS", 1, 0.5, ("trade",), ()))),
    ]
    with open_store(path) as store:
        store.write_batch(batch, [], "r1")
    return path


def test_parquet_has_every_table(db, tmp_path):
    out = tmp_path / "parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(out)]) == 0
    assert pq.read_table(out / "articles.parquet").num_rows == 2
    assert pq.read_table(out / "events.parquet").column("type").to_pylist() == ["ASSAULT", "ASSAULT"]
    assert pq.read_table(out / "merged_events.parquet").num_rows == 1
    assert {p.stem for p in out.glob("*.parquet")} >= {"actors", "mentions", "quotes", "relations", "failures",
                                                        "relation_statements", "event_mentions", "runs"}


def test_gdelt_csv_has_one_row_per_real_world_event(db, tmp_path):
    assert main(["export", "--db", str(db), "--format", "gdelt-csv", "--out", str(tmp_path)]) == 0
    (row,) = list(csv.DictReader((tmp_path / "events.gdelt.csv").open(encoding="utf-8")))
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor1Name"], row["Actor2Code"]) == (
        "20240510", "RUS", "Russia", "UKR")
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]) == (
        "195", "19", "4", "-10.0")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert (row["ActionGeo_CountryCode"], row["SOURCEURL"]) == ("UKR", "https://alpha.example/1")


def test_polecat_csv_has_one_row_per_event_per_article(db, tmp_path):
    assert main(["export", "--db", str(db), "--format", "polecat-csv", "--out", str(tmp_path)]) == 0
    rows = list(csv.DictReader((tmp_path / "events.polecat.csv").open(encoding="utf-8")))
    assert [r["Source"] for r in rows] == ["alpha", "beta"]
    first = rows[0]
    assert (first["Event Type"], first["Event Mode"], first["Quad Code"], first["Event Intensity"]) == (
        "ASSAULT", "artillery", "MATERIAL CONFLICT", "-9.0")
    assert (first["Actor Name"], first["Recipient Name"], first["Placename"]) == ("Russia", "Ukraine", "Kharkiv")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_relation_graph_files_read_back(db, tmp_path, fmt):
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(tmp_path)]) == 0
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(tmp_path / f"relations.{fmt}")
    assert sorted(graph.nodes) == ["CHN", "RUS", "UKR"]
    edge = graph.edges["RUS", "UKR"]
    assert (int(edge["sign"]), float(edge["weight"]), int(edge["articles"])) == (-1, pytest.approx(0.8), 2)
    assert graph.nodes["RUS"]["label"] == "Russia"


def test_graph_window_leaves_out_later_relations(db, tmp_path):
    args = ["export", "--db", str(db), "--format", "graphml", "--out", str(tmp_path), "--to", "2024-05-10"]
    assert main(args) == 0
    assert sorted(nx.read_graphml(tmp_path / "relations.graphml").nodes) == ["RUS", "UKR"]
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path), "--to", "2024-05-10"]) == 1
