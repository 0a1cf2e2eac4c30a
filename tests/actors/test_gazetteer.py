"""Finding state, IGO and region names in raw text."""

from __future__ import annotations

import pytest

from realpolitik.actors.gazetteer import country_in, gazetteer
from realpolitik.actors.kb import load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def _found(kb, text):
    return [(text[m.start:m.end], m.alias.actor_id) for m in gazetteer(kb).find(text)]


def test_gazetteer_is_case_sensitive_for_us(kb):
    assert _found(kb, "Let us see what the US does.") == [("US", "USA")]


def test_gazetteer_prefers_the_longest_name(kb):
    found = _found(kb, "Trade with Latin America and North Korea grew.")
    assert found == [("Latin America", "location:latin-america"), ("North Korea", "PRK")]


def test_gazetteer_splits_hyphenated_lists(kb):
    found = _found(kb, "a Canada-Mexico-Brazil summit")
    assert [code for _, code in found] == ["CAN", "MEX", "BRA"]


def test_gazetteer_needs_word_boundaries(kb):
    assert _found(kb, "Asian markets and Chinatown") == []


def test_country_in_reads_titles_and_big_cities(kb):
    assert country_in("Kenyan foreign ministry", kb) == "KEN"
    assert country_in("a researcher in Mumbai", kb) == "IND"
    assert country_in("Bank of Japan", kb) == "JPN"
    assert country_in("the Smith Peru Center", kb) is None
