"""The parts of scripts/build_kb.py that shape what resolve answers: sector codes and regions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
build_kb = pytest.importorskip("build_kb")


@pytest.mark.parametrize(("code", "sector"), [
    ("GOV", "GOV"),
    ("GOVMIL", "GOV"),      # the first code when no OPP is among them
    ("CVLOPP", "OPP"),      # "opposition leader": OPP is the informative one
    ("CVLOPPEDU", "OPP"),
    ("JRN", "MED"),         # CAMEO writes media MED ...
    ("MED", "HLH"),         # ... and health HLH
    ("NON", None),          # phrases that name no actor
    ("JNK", None),
])
def test_sector_code_follows_cameo(code, sector):
    assert build_kb.sector_code(code) == sector


def test_subdivision_names_drop_type_words_and_bracketed_names():
    names = dict(build_kb.subdivision_names({"CHN", "ESP", "ETH"}))
    assert names.get("Guangdong") == "CHN"
    assert names.get("Tigrai") == "ETH"
    assert not any("[" in n or n.endswith(" Sheng") for n in names)


def test_overridden_phoenix_body_names_are_dropped():
    states = [{"id": "RUR", "kind": "state", "aliases": [["Rurstag", "body", "LEG"]]}]
    bodies = [{"id": "RUR", "alias_only": True, "aliases": [["RURSTAG", "body", "GOV"], ["Rur Army", "body", "MIL"]]}]
    kept = build_kb.without_overridden(bodies, states)
    assert kept[0]["aliases"] == [["Rur Army", "body", "MIL"]]
