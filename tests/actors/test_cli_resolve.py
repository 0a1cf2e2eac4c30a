"""`realpolitik resolve`: one string, or a JSONL batch with one answer per line."""

from __future__ import annotations

import json

from realpolitik.cli.main import main


def test_cli_resolve_prints_the_actor(capsys):
    assert main(["resolve", "Venezuelan troops", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"id": "VEN", "name": "Venezuela", "kind": "state", "country": "VEN", "sector": "MIL"}


def test_cli_resolve_batch_keeps_ids_and_reports_bad_lines(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "Seoul"}\n{"id": "b"}\n{oops\n'
                     '{"id": "c", "text": "President Obama", "date": "2010-05-01"}\n', encoding="utf-8")
    assert main(["resolve", "--batch", str(batch), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", None, "c"]
    assert (lines[0]["actor_id"], lines[0]["country"]) == ("KOR", "KOR")
    assert "error" in lines[1] and "in.jsonl:2" in lines[1]["error"]
    assert (lines[3]["actor_id"], lines[3]["sector"]) == ("person:barack-obama", "GOV")
    assert "in.jsonl:3" in captured.err


def test_cli_resolve_needs_text_or_batch(capsys):
    assert main(["resolve"]) == 1
    assert "TEXT or --batch" in capsys.readouterr().err
