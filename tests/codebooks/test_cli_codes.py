"""`realpolitik codes` prints the tables."""

import csv
import io
import json

from realpolitik.cli.main import main


def test_codes_json_filters_by_prefix(capsys):
    assert main(["codes", "--cameo", "072", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"code": "072", "name": "Provide military aid", "goldstein": 8.3, "quad_class": 2,
                     "plover_type": "AID", "plover_mode": None, "intensity": 10.0}]


def test_codes_csv_filters_by_plover_type(capsys):
    assert main(["codes", "--plover", "mobilize", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["code"] for row in rows] == ["15", "150", "151", "152", "153", "154"]


def test_codes_table_lists_every_code(capsys):
    assert main(["codes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["code", "name", "goldstein"] and len(lines) == 312


def test_unknown_plover_type_is_an_error(capsys):
    assert main(["codes", "--plover", "PARADE"]) == 2
    assert "unknown PLOVER type" in capsys.readouterr().err
