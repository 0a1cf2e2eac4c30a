"""`realpolitik balance` and `realpolitik whatif` on small files written by the tests."""

from __future__ import annotations

import json

import pytest

from realpolitik.cli.main import main
from realpolitik.errors import InputError
from realpolitik.system.edges import parse_edges_text

EDGES = """a,b,sign,weight,year
CHN,RUS,1,0.9,2024
CHN,PRK,1,0.7,2024
PRK,RUS,1,1,2024
RUS,UKR,-1,1,2024
PRK,UKR,-1,0.5,2024
USA,JPN,1,,2024
USA,KOR,1,,2024
JPN,KOR,1,,2024
JPN,KOR,-1,,2015
"""


@pytest.fixture
def edges_csv(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text(EDGES, encoding="utf-8")
    return path


def test_balance_prints_the_system_object(edges_csv, capsys):
    assert main(["balance", str(edges_csv), "--format", "json"]) == 0
    system = json.loads(capsys.readouterr().out)
    assert system["blocs"][:2] == [["CHN", "PRK", "RUS"], ["JPN", "KOR", "USA"]]
    assert system["triad_counts"] == {"+++": 2, "++-": 0, "+--": 1, "---": 0}
    assert (system["frustration"], system["frustration_method"], system["triangle_index"]) == (0, "exact", 1.0)


def test_balance_year_keeps_that_year_only(edges_csv, capsys):
    assert main(["balance", str(edges_csv), "--year", "2015", "--format", "json"]) == 0
    system = json.loads(capsys.readouterr().out)
    assert system["triads"] == [] and ["JPN"] in system["blocs"]


def test_balance_report_names_patterns(edges_csv, capsys):
    assert main(["balance", str(edges_csv), "--format", "report"]) == 0
    out = capsys.readouterr().out
    assert "frustration index: 0 (exact)" in out and "stable-marriage" in out


def test_bad_line_names_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("A,B,1\nB,C,maybe\n", encoding="utf-8")
    assert main(["balance", str(path)]) == 1
    assert f"{path}:2: sign 'maybe'" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["A,B\n", "A,A,1\n", "A,B,1,2\n", "A,B,1,0.5,soon\n"])
def test_malformed_rows_are_input_errors(text):
    with pytest.raises(InputError):
        parse_edges_text(text, "x.csv")


def test_headerless_and_commented_input_with_sign_words():
    relations = parse_edges_text("# a comment\nB,A,+\n\nB,C,-\n", "x.csv")
    assert [(r.source, r.target, r.sign) for r in relations] == [("A", "B", 1), ("B", "C", -1)]


def test_whatif_on_edges_reports_the_broken_triangle(edges_csv, capsys):
    assert main(["whatif", str(edges_csv), "--set", "RUS:PRK=-1"]) == 0
    out = capsys.readouterr().out
    assert "romantic-triangle" in out and "pivot CHN" in out
    assert "frustration: 0 -> 1" in out


def test_whatif_on_an_analysis_record_adds_an_edge(tmp_path, capsys):
    record = {"relations": [{"source": "A", "target": "B", "sign": 1, "weight": 1.0},
                            {"source": "B", "target": "C", "sign": 1, "weight": 1.0}]}
    path = tmp_path / "analysis.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert main(["whatif", str(path), "--set", "C:A=1", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["diff"]["triads"]["added"][0]["pattern"] == "menage-a-trois"
    assert out["changes"] == [{"source": "A", "target": "C", "sign": 1}]


def test_whatif_rejects_a_malformed_change(edges_csv, capsys):
    assert main(["whatif", str(edges_csv), "--set", "RUS-PRK"]) == 1
    assert "A:B=SIGN" in capsys.readouterr().err
