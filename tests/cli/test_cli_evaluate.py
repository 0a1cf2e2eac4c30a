"""`realpolitik evaluate` on a sentence set (JSONL)."""

from __future__ import annotations

import json

import pytest

from realpolitik.cli.main import main


@pytest.mark.slow
def test_evaluate_scores_a_sentence_set_and_enforces_floors(tmp_path, capsys):
    path = tmp_path / "sentences.jsonl"
    rows = [
        {"id": "1", "text": "Chile attacked Peru on Monday.", "published": "2025-01-08",
         "events": [{"type": "ASSAULT", "sources": ["CHL"], "targets": ["PER"]}]},
        {"id": "2", "text": "The weather in Lima was mild.", "published": "2025-01-08", "events": []},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)["files"][str(path)]
    assert figures["events.triples"] == 1.0 and figures["events.quiet_kept_quiet"] == 1.0
    assert main(["evaluate", str(path), "--require", "events.precision=1.1"]) == 1


def test_means_take_each_figure_over_the_files_that_have_it():
    from realpolitik.cli.evaluate import _means

    means = _means([{"events.recall": 1.0, "quotes.f1": 0.5}, {"events.types": 0.4, "sentences": 10}])
    assert means == {"events.recall": 1.0, "quotes.f1": 0.5, "events.types": 0.4, "sentences": 10.0}
