"""Datelines name where a report was filed: a place, never a government."""

from __future__ import annotations

import pytest

from realpolitik.actors.datelines import find_datelines
from realpolitik.actors.kb import load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(("text", "words", "actor_id", "country"), [
    ("NAIROBI — The talks resumed on Friday.", "NAIROBI", "location:nairobi", "KEN"),
    ("LIMA, Peru (AP) — Miners blocked the road.", "LIMA, Peru", "location:lima", "PER"),
    ("HANOI, June 9 (Reuters) - Vietnam cut rates.", "HANOI", "location:hanoi", "VNM"),
    ("Oslo -- The fund sold its shares.", "Oslo", "location:oslo", "NOR"),
    ("TINYVILLE, Ruritania (AFP) — A bridge fell.", "TINYVILLE, Ruritania", "location:tinyville", None),
])
def test_dateline_is_a_location_with_its_country(kb, text, words, actor_id, country):
    (dateline,) = find_datelines(text, kb)
    assert (dateline.mention.text, dateline.mention.actor_id, dateline.country) == (words, actor_id, country)
    assert dateline.mention.sector is None and dateline.mention.role is None


def test_dateline_opens_a_paragraph_not_a_sentence_inside_one(kb):
    text = "Markets fell.\nCAIRO — Prices rose. Officials in CAIRO — a city of millions — worried."
    assert [d.mention.start for d in find_datelines(text, kb)] == [text.index("CAIRO")]


@pytest.mark.parametrize("text", [
    "BREAKING - The vote is in.", "NATO - allies met.", "Chile - a long country - voted.",
    "The US - China talks ended.",
])
def test_no_dateline_in_headings_acronyms_or_states(kb, text):
    assert find_datelines(text, kb) == []
