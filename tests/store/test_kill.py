"""A `kill -9` in the middle of an ingest loses at most the batch in flight; a rerun completes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from store_toy import toy_analysis

from realpolitik.store import open_store

WORKER = Path(__file__).with_name("store_toy.py")
ARTICLES = 300


def start_worker(db: Path, corpus: Path, delay: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2] / "src"),
                                                         os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, str(WORKER), str(db), str(delay), str(corpus)],
                            stdout=subprocess.PIPE, text=True, env=env)


@pytest.mark.slow
def test_killed_ingest_reruns_to_every_article_exactly_once(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    places = ("Ukraine", "China", "North Korea", "the United States")
    with corpus.open("w", encoding="utf-8") as handle:
        for n in range(ARTICLES):
            text = f"Report {n}: Russia shelled a depot near {places[n % 4]} on day {n}."
            handle.write(json.dumps({"id": f"a{n}", "text": text}) + "\n")
    db = tmp_path / "corpus.duckdb"

    worker = start_worker(db, corpus, delay=0.01)
    batches = 0
    for line in worker.stdout:
        batches += line.startswith("batch")
        if batches == 8:
            worker.send_signal(signal.SIGKILL)
            break
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    with open_store(db) as store:
        partial = store.fetch("SELECT count(*) FROM articles").rows[0][0]
    assert 0 < partial < ARTICLES

    rerun = start_worker(db, corpus, delay=0.0)
    out, _ = rerun.communicate(timeout=60)
    assert rerun.returncode == 0 and out.rstrip().endswith("done")

    with open_store(db, read_only=True) as store:
        ids = [row[0] for row in store.fetch("SELECT article_id FROM articles ORDER BY article_id").rows]
        assert sorted(ids) == sorted(f"a{n}" for n in range(ARTICLES))
        for article_id in ids:  # no partial article: each reads back as a whole analysis
            stored = store.analysis(article_id)
            assert stored == toy_analysis(stored.article)
        runs = store.fetch("SELECT count(*), count(finished_at) FROM runs").rows[0]
        assert runs == (2, 1)
