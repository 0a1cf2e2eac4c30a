"""`realpolitik analyze`: formats, order, ids, error records and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from realpolitik.cli.main import main
from realpolitik.output.records import validate_record

TEXTS = [
    "Vietnam and the Philippines signed a coast guard agreement in Hanoi on Tuesday.",
    "Poland asked NATO to station more troops on its eastern border.",
    "Brazil's president visited Beijing last week.",
]


def write_corpus(tmp_path, bad_line: bool = False):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"doc-{i}", "text": t, "published": "2024-03-07"}) for i, t in enumerate(TEXTS)]
    if bad_line:
        lines.insert(1, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_missing_file_gives_one_line_error_and_status_1(tmp_path, capsys):
    status = main(["analyze", str(tmp_path / "missing.txt"), "--format", "json"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.strip().count("\n") == 0 and "missing.txt: no such file" in err
    assert "Traceback" not in err
    assert json.loads(out)["error"].endswith("no such file or folder")


def test_bad_published_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x.txt", "--published", "yesterday"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.slow
def test_jsonl_keeps_order_and_ids_and_reports_the_bad_line(tmp_path, capsys):
    status = main(["analyze", str(write_corpus(tmp_path, bad_line=True)), "--format", "jsonl"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [r["article"]["id"] for r in records] == ["doc-0", None, "doc-1", "doc-2"]
    assert "corpus.jsonl:2: malformed JSON" in records[1]["error"] and "corpus.jsonl:2" in err
    for record in records[:1] + records[2:]:
        validate_record(record)
        assert record["article"]["published"] == "2024-03-07"


@pytest.mark.slow
def test_json_and_report_formats(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXTS[0], encoding="utf-8")
    assert main(["analyze", str(path), "--published", "2024-03-07", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    validate_record(record)
    assert record["article"]["published"] == "2024-03-07"
    assert main(["analyze", str(path), "--format", "report"]) == 0
    report = capsys.readouterr().out
    for section in ("Actors", "Quotes", "Events", "Relations", "System"):
        assert section in report


@pytest.mark.slow
def test_two_workers_give_the_same_records_in_order(tmp_path, capsys):
    corpus = write_corpus(tmp_path)
    main(["analyze", str(corpus), "--format", "jsonl"])
    one = capsys.readouterr().out
    main(["analyze", str(corpus), "--format", "jsonl", "--workers", "2"])
    assert capsys.readouterr().out == one


@pytest.mark.slow
def test_module_entry_point_and_stdin():
    proc = subprocess.run([sys.executable, "-m", "realpolitik", "analyze", "-", "--format", "json"],
                          input=TEXTS[1], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    validate_record(json.loads(proc.stdout))
