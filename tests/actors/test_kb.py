"""The packaged knowledge base: states, IGOs, demonyms, capitals, sectors, places."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors.kb import Role, load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def _ids(kb, text):
    return {a.actor_id for a in kb.lookup(text)}


def test_kb_has_every_un_member_observer_taiwan_and_kosovo(kb):
    states = [e for e in kb.entries.values() if e.kind == "state"]
    assert len(states) == 193 + 2 + 2
    for code in ("PRK", "KOR", "SSD", "DMA", "VAT", "PSE", "TWN", "XKX"):
        assert kb.entries[code].kind == "state"


@pytest.mark.parametrize(("text", "code"), [
    ("North Korean", "PRK"), ("North Koreans", "PRK"), ("Chinese", "CHN"), ("Ukrainian", "UKR"),
    ("Beijing", "CHN"), ("Pyongyang", "PRK"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Seoul", "KOR"),
    ("Washington", "USA"), ("Tokyo", "JPN"), ("Moscow", "RUS"), ("DPRK", "PRK"), ("US", "USA"),
    ("Kremlin", "RUS"), ("Nato", "NATO"), ("NATO", "NATO"), ("ASEAN", "ASEAN"), ("G20", "G20"),
    ("World Bank", "WB"), ("Ivory Coast", "CIV"), ("Türkiye", "TUR"),
])
def test_kb_aliases_name_their_actor(kb, text, code):
    assert code in _ids(kb, text)


def test_kb_matches_case_sensitively_and_skips_territories(kb):
    assert _ids(kb, "us") == set()
    assert _ids(kb, "English") == set()
    assert not any(kb.entries[i].kind == "state" for i in _ids(kb, "Guamanian"))


def test_kb_igos_carry_igo_as_country(kb):
    for code in ("UN", "NATO", "EU", "AU", "SCO", "BRICS", "G7", "IAEA", "WTO", "IMF", "OPEC", "WHO", "OSCE"):
        assert kb.entries[code].kind == "igo"
        assert kb.entries[code].country == "IGO"


def test_kb_sector_nouns_cover_plurals(kb):
    assert kb.sector_of("soldiers") == "MIL"
    assert kb.sector_of("Police") == "COP"
    assert kb.sector_of("lawmakers") == "LEG"
    assert kb.sector_of("rebels") == "REB"
    assert kb.sector_of("protesters") == "CVL"
    assert kb.sector_of("spokesperson") is None


def test_kb_places_give_country_and_coordinates(kb):
    place = kb.place("Kharkiv")
    assert place.country == "UKR"
    assert 49 < place.lat < 51


def test_role_holds_between_its_dates():
    role = Role("foreign minister", "XYZ", "GOV", date(2019, 1, 1), date(2021, 6, 30))
    assert role.holds_on(date(2020, 5, 1))
    assert not role.holds_on(date(2022, 1, 1))
    assert not role.holds_on(None)


RISKY = ("Central", "Northern", "Southern", "Eastern", "Western", "North", "Capital", "Gulf", "Coast", "Lakes",
         "Highlands", "Islands", "Border", "Upper East", "North West", "Sahel", "Toledo", "Charlotte")


@pytest.mark.parametrize("name", RISKY)
def test_kb_has_no_province_named_by_a_common_word_or_a_more_common_place(kb, name):
    for alias in kb.lookup(name, exact=False):
        assert alias.form != "region", (name, alias.actor_id, kb.entries[alias.actor_id].country)


def test_kb_world_regions_beat_provinces_of_the_same_name(kb):
    for name in ("Gulf", "Sahel"):
        (alias,) = kb.lookup(name)
        assert kb.entries[alias.actor_id].country is None


@pytest.mark.parametrize(("name", "country"), [("Florida", "USA"), ("New Brunswick", "CAN"),
                                               ("Northern Territory", "AUS"), ("Tigray", "ETH")])
def test_kb_hand_checked_regions_keep_their_state(kb, name, country):
    (alias,) = kb.lookup(name)
    assert (alias.form, kb.entries[alias.actor_id].country) == ("region", country)


def test_kb_regional_adjectives_carry_a_state_only_when_one_is_clear(kb):
    assert kb.regional["Tigrayan"] == "ETH"
    assert kb.regional["Crimean"] == "UKR"
    assert kb.regional["Kurdish"] is None
