"""The Phoenix dictionary conversion in scripts/kb_phoenix.py, on a hand-made snippet."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
kb_phoenix = pytest.importorskip("kb_phoenix")

SNIPPET = """\
# a comment line
RURITANIA_  [RUR]
+RURITANIAN_

JAN_KOWAL_  # CountryInfo.txt
+PRESIDENT_KOWAL_
\t[RURELI 600101-991231]
\t[RURGOV 20000101-080430]
\t[RURGOV >120501]
RURITANIAN_ARMED_FORCES
+RAF_
\t[RURMIL]
FREEDOM_FRONT_ [RURREB] # kkl
"""


def test_phoenix_dates_read_two_and_four_digit_years():
    assert kb_phoenix.phoenix_date("080430") == "2008-04-30"
    assert kb_phoenix.phoenix_date("600101") == "1960-01-01"
    assert kb_phoenix.phoenix_date(">19110101") == "1911-01-01"
    assert kb_phoenix.phoenix_date("041307") is None


def test_phoenix_entries_become_people_bodies_and_groups(tmp_path):
    path = tmp_path / "snippet.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    converted = [kb_phoenix.convert(raw, {"RUR"}, "auto") for raw in kb_phoenix.read_raw(path)]
    kinds = [c[0] if c else None for c in converted]
    assert kinds == [None, "person", "body", "group"]
    person = converted[1][1]
    assert person["name"] == "Jan Kowal"
    assert {"country": "RUR", "sector": "GOV", "start": "2012-05-01", "end": None, "title": None} in person["roles"]
    assert converted[2][1]["aliases"] == ["Ruritanian Armed Forces", "RAF"]


build_kb = pytest.importorskip("build_kb")


def test_generic_words_are_those_many_states_use_in_subdivision_names():
    subdivisions = [("Central", "AAA"), ("Central Hills", "BBB"), ("Lake Central", "CCC"), ("Kowalia", "AAA"),
                    ("North Kowalia", "BBB"), ("North", "CCC"), ("North Rim", "DDD")]
    assert build_kb.generic_words(subdivisions) == {"central", "north"}


def test_ambiguous_subdivisions_are_descriptions_or_another_states_city():
    subdivisions = [("Central", "AAA"), ("Central", "BBB"), ("Central", "CCC"), ("The Central", "DDD"),
                    ("Toledo", "BLZ"), ("Kowalia", "AAA"), ("Central Kowalia", "BBB")]
    dropped = build_kb.ambiguous_subdivisions(subdivisions, {"USA", "ESP", "BLZ"})
    assert dropped == {"Central", "The Central", "Toledo"}
