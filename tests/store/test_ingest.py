"""Ingest: bad inputs are recorded, not fatal; the same article is never stored twice."""

from __future__ import annotations

import json

import pytest
from store_toy import toy_analysis, toy_analyze

from realpolitik.cli.main import main
from realpolitik.settings import Settings
from realpolitik.store import open_store
from realpolitik.store.ingest import ingest
from realpolitik.store.queries import list_failures

SETTINGS = Settings(batch_size=3)


def run_ingest(paths, store):
    return ingest([str(p) for p in paths], store, SETTINGS, analyze=toy_analyze)


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia shelled a border town in Ukraine on Monday.", encoding="utf-8")
    (folder / "b.txt").write_text("China and Russia held joint naval drills.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    (folder / "latin1.txt").write_bytes("Caf\xe9 talks in Gen\xe8ve.".encode("latin-1"))
    (folder / "toy-fails.txt").write_text("An UNREADABLE dispatch about North Korea.", encoding="utf-8")
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "w1", "text": "North Korea sent envoys to China.", "source": "Wire"}) + "\n")
        handle.write('{"id": "w2", "text": "broken\n')
        handle.write(json.dumps({"id": "w3", "text": "The United States warned Russia."}) + "\n")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    return folder


def test_a_messy_folder_stores_the_good_and_records_the_bad(store, messy_folder):
    report = run_ingest([messy_folder], store)
    assert (report.stored, report.failed) == (4, 6)
    stored = {row[0] for row in store.fetch("SELECT origin FROM articles").rows}
    assert {o.rsplit("/", 1)[-1] for o in stored} == {"a.txt", "b.txt", "wire.jsonl:1", "wire.jsonl:3"}
    reasons = {r["origin"].rsplit("/", 1)[-1]: r["error"] for r in list_failures(store).dicts()}
    assert set(reasons) == {"empty.txt", "binary.txt", "latin1.txt", "toy-fails.txt", "wire.jsonl:2", "huge.txt"}
    assert "UTF-8" in reasons["latin1.txt"] and "too large" in reasons["huge.txt"]


def test_ingesting_twice_adds_nothing_and_skips_before_analysis(store, messy_folder):
    first = run_ingest([messy_folder], store)
    analysed = []

    def counting(items, settings):
        for item in toy_analyze(items, settings):
            analysed.append(item)
            yield item

    second = ingest([str(messy_folder)], store, SETTINGS, analyze=counting)
    assert (second.stored, second.skipped) == (0, first.stored)
    assert store.fetch("SELECT count(*) FROM articles").rows[0][0] == first.stored
    assert all(not hasattr(item, "article") for item in analysed)  # only failures went through


def test_the_same_text_in_two_files_is_stored_once(store, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Ukraine and the United States signed a deal.", encoding="utf-8")
    report = run_ingest([tmp_path / "one.txt", tmp_path / "two.txt"], store)
    assert (report.stored, report.skipped) == (1, 1)


def test_an_id_reused_for_another_text_is_a_failure_not_a_crash(store, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": "China protested."}) + "\n", encoding="utf-8")
    run_ingest([corpus], store)
    corpus.write_text(json.dumps({"id": "x", "text": "Russia protested."}) + "\n", encoding="utf-8")
    report = run_ingest([corpus], store)
    assert (report.stored, report.failed) == (0, 1)
    assert "different text" in list_failures(store).dicts()[0]["error"]


def test_stored_articles_equal_their_analysis(store, messy_folder):
    run_ingest([messy_folder], store)
    for (article_id,) in store.fetch("SELECT article_id FROM articles").rows:
        stored = store.analysis(article_id)
        assert stored == toy_analysis(stored.article)


def test_cli_ingest_exits_1_on_failures_and_lists_them(tmp_path, messy_folder, monkeypatch, capsys):
    import realpolitik.pipeline

    monkeypatch.setattr(realpolitik.pipeline, "analyze_stream", toy_analyze)
    db = tmp_path / "corpus.duckdb"
    assert main(["ingest", str(messy_folder), "--db", str(db), "--quiet"]) == 1
    assert "stored 4" in capsys.readouterr().err
    assert main(["failures", "--db", str(db), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 6
    assert main(["ingest", str(messy_folder / "a.txt"), "--db", str(db), "--quiet"]) == 0
    with open_store(db, read_only=True) as reopened:
        assert reopened.fetch("SELECT count(*) FROM runs WHERE finished_at IS NOT NULL").rows[0][0] == 2


def test_an_analysis_the_store_refuses_fails_alone(store, tmp_path):
    from dataclasses import replace

    from realpolitik.model import Event, EventDate, Span

    for n, text in enumerate(["Russia shelled a bridge.", "China held talks.", "Ukraine asked for aid."]):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")

    def bad_date_for_china(items, settings):
        for item in toy_analyze(items, settings):
            if "China" in item.article.text:
                broken = Event("e1", "CONSULT", Span(0, 5, "China"), date=EventDate("last week", "x", "week"))
                item = replace(item, events=(broken,))
            yield item

    report = ingest([str(tmp_path)], store, SETTINGS, analyze=bad_date_for_china)
    assert (report.stored, report.failed) == (2, 1)
    (failure,) = list_failures(store).dicts()
    assert failure["origin"].endswith("1.txt") and "cannot store the analysis" in failure["error"]


@pytest.mark.slow
def test_the_real_pipeline_ingests_and_reads_back_equal(store, tmp_path):
    from realpolitik.pipeline import analyze_stream

    (tmp_path / "a.txt").write_text("China and Russia held joint naval drills on Tuesday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials in Seoul said North Korea sent troops to Russia.", encoding="utf-8")
    report = ingest([str(tmp_path)], store, Settings())
    assert (report.stored, report.failed) == (2, 0)
    for (article_id,) in store.fetch("SELECT article_id FROM articles").rows:
        stored = store.analysis(article_id)
        (fresh,) = analyze_stream([stored.article], Settings())
        assert stored == fresh and stored.actors
