"""The Ray engine stores exactly what the local engine stores (Ray in local mode, as in CI)."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("ray.data")

from store_toy import toy_analysis, toy_analyze

from realpolitik.cli.main import main
from realpolitik.errors import RealpolitikError
from realpolitik.model import Article, Event, EventDate, Failure, Span
from realpolitik.settings import Settings
from realpolitik.store import open_store
from realpolitik.store.ingest import ingest
from realpolitik.store.queries import (
    list_failures,
    query_actors,
    query_events,
    query_quotes,
    query_relations,
)
from realpolitik.store.ray_engine import analyze_on_ray, shard_result, shard_row

HERE = Path(__file__).resolve().parent
SETTINGS = Settings(batch_size=2, workers=2)


def toy_batch(batch, settings):
    """The toy analyzer one batch at a time; "SOMEDAY" gets an event dated in words, which the store refuses."""
    results = []
    for item in toy_analyze(batch, settings):
        if isinstance(item, Failure) or "SOMEDAY" not in item.article.text:
            results.append(item)
            continue
        undated = Event("e1", "CONSULT", Span(0, 5, item.article.text[:5]), date=EventDate("someday", "x", "day"))
        results.append(replace(item, events=(undated,)))
    return results


def toy_stream(items, settings):
    batch = list(items)
    return toy_batch(batch, settings) if batch else []


def failing_batch(batch, settings):
    raise ValueError("this analyzer always breaks")


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module; its workers import the test helpers and the package by name."""
    import ray

    paths = [str(HERE), str(HERE.parents[1] / "src"), os.environ.get("PYTHONPATH", "")]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join(p for p in paths if p))
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        yield
        ray.shutdown()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia shelled a border town in Ukraine on Monday.", encoding="utf-8")
    (folder / "b.txt").write_text("China and Russia held joint naval drills.", encoding="utf-8")
    (folder / "b-again.txt").write_text("China and Russia held joint naval drills.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 talks in Gen\xe8ve.".encode("latin-1"))
    (folder / "toy-fails.txt").write_text("An UNREADABLE dispatch about North Korea.", encoding="utf-8")
    (folder / "undated.txt").write_text("China will meet Ukraine SOMEDAY, officials hinted.", encoding="utf-8")
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as handle:
        for n, text in enumerate(["North Korea sent envoys to China.", "The United States warned Russia."]):
            handle.write(json.dumps({"id": f"w{n}", "text": text, "source": "Wire", "published": "2025-03-0"
                                     f"{n + 1}"}) + "\n")
        handle.write('{"id": "w9", "text": "broken\n')
    return folder


def stored_results(db: Path) -> dict[str, object]:
    """Everything a user can read back, without run ids or timestamps."""
    with open_store(db, read_only=True) as store:
        ids = sorted(row[0] for row in store.fetch("SELECT article_id FROM articles").rows)
        failures = sorted(((f["article_id"], f["origin"], f["error"])
                           for f in list_failures(store, every_run=True).dicts()), key=repr)
        return {"analyses": [store.analysis(i) for i in ids], "failures": failures,
                **{q.__name__: q(store).dicts() for q in (query_actors, query_events, query_quotes, query_relations)}}


def test_a_shard_row_gives_back_the_analysis_and_the_failure():
    article = Article("x", "China and Russia met.", source="Wire", published=date(2025, 1, 2), origin="f.txt:3")
    dated = Event("e1", "MEET", Span(0, 5, "China"), date=EventDate("2025-01-01", "2025-01-02", "day"))
    analysis = replace(toy_analysis(article), events=(dated,))
    assert shard_result(shard_row(4, analysis)) == analysis
    failure = Failure("y", "g.txt", "g.txt: analysis failed: no")
    assert shard_result(shard_row(5, failure)) == failure


def test_a_shard_row_of_an_unstorable_analysis_is_the_stores_failure():
    article = Article("x", "China will meet Ukraine SOMEDAY.", origin="h.txt")
    (undated,) = toy_batch([article], SETTINGS)
    failure = shard_result(shard_row(0, undated))
    assert isinstance(failure, Failure) and failure.error.startswith("h.txt: cannot store the analysis:")


@pytest.mark.slow
def test_ray_stores_what_the_local_path_stores(local_ray, corpus, tmp_path):
    local_db, ray_db, shards = tmp_path / "local.duckdb", tmp_path / "ray.duckdb", tmp_path / "shards"
    with open_store(local_db) as store:
        local = ingest([str(corpus)], store, SETTINGS, analyze=toy_stream)
    with open_store(ray_db) as store:
        on_ray = ingest([str(corpus)], store, SETTINGS, analyze=lambda items, s: analyze_on_ray(
            items, s, shards=shards, analyze=toy_batch, round_size=6))
    assert (on_ray.stored, on_ray.skipped, on_ray.failed) == (local.stored, local.skipped, local.failed) == (4, 1, 5)
    assert stored_results(ray_db) == stored_results(local_db)
    (run,) = shards.iterdir()
    assert sorted(p.name for p in run.iterdir()) == ["round-00001", "round-00002"]
    assert all(any(p.suffix == ".parquet" for p in r.iterdir()) for r in run.iterdir())


@pytest.mark.slow
def test_a_ray_rerun_adds_nothing_and_starts_no_round(local_ray, corpus, tmp_path):
    db, shards = tmp_path / "ray.duckdb", tmp_path / "shards"
    paths = [str(corpus / name) for name in ("a.txt", "b.txt", "wire.jsonl")]

    def on_ray(items, settings):
        return analyze_on_ray(items, settings, shards=shards, analyze=toy_batch)

    with open_store(db) as store:
        first = ingest(paths, store, SETTINGS, analyze=on_ray)
        second = ingest(paths, store, SETTINGS, analyze=on_ray)
        assert (first.stored, first.failed) == (4, 1)
        assert (second.stored, second.skipped, second.failed) == (0, 4, 1)  # the broken line, again
        assert store.fetch("SELECT count(*) FROM articles").rows[0][0] == 4
    assert len(list(shards.iterdir())) == 1  # the rerun had no article left for Ray


@pytest.mark.slow
def test_a_worker_error_is_a_realpolitik_error(local_ray, tmp_path):
    article = Article("x", "Russia and China met.", origin="t.txt")
    with pytest.raises(RealpolitikError, match="always breaks"):
        list(analyze_on_ray([article], SETTINGS, analyze=failing_batch))


@pytest.mark.slow
def test_cli_ray_engine_with_the_real_pipeline_matches_local(local_ray, tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("China and Russia held joint naval drills on Tuesday.", encoding="utf-8")
    (folder / "b.txt").write_text('"We will not back down," the invented analyst Tom Vale said of Russia.',
                                  encoding="utf-8")
    (folder / "c.txt").write_text("", encoding="utf-8")
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    assert main(["ingest", str(folder), "--db", str(local_db), "--quiet"]) == 1
    assert main(["ingest", str(folder), "--db", str(ray_db), "--quiet", "--engine", "ray"]) == 1
    assert "stored 2" in capsys.readouterr().err
    results = stored_results(ray_db)
    assert results == stored_results(local_db)
    assert all(analysis.actors for analysis in results["analyses"])


def test_cli_ray_engine_without_ray_names_the_extra(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray.data", None)  # what a missing package looks like to import
    (tmp_path / "a.txt").write_text("China protested.", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.duckdb"), "--engine", "ray"]) == 1
    assert "realpolitik[ray]" in capsys.readouterr().err
    assert not (tmp_path / "c.duckdb").exists()


def test_cli_ray_options_need_the_ray_engine(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("China protested.", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.duckdb"), "--address", "auto"]) == 1
    assert "--engine ray" in capsys.readouterr().err
