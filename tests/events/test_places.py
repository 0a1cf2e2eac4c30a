"""Place names to a country and coordinates, and the place of an event's clause."""

from __future__ import annotations

import pytest

from realpolitik.events.places import Gazetteer, Place, fold, load_gazetteer, location_for_clause


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_fold_ignores_case_accents_apostrophes_dots_and_hyphens():
    assert fold("Mek’ele") == fold("Mekele") == "mekele"
    assert fold("U.S.") == "us"
    assert fold("Lashkar Gāh") == "lashkar gah"
    assert fold("Rostov-on-Don") == "rostov on don"


@pytest.mark.parametrize("name", ["Kursk province", "Kursk region", "Kursk oblast", "Kursk Oblast"])
def test_region_designators_find_the_region(gazetteer, name):
    found = gazetteer.lookup(name)
    assert (found.name, found.country) == ("Kursk Oblast", "RUS")
    assert found.lat == pytest.approx(51.73, abs=0.05) and found.lon == pytest.approx(36.19, abs=0.05)


def test_bare_city_name_finds_the_city(gazetteer):
    found = gazetteer.lookup("Kursk")
    assert (found.name, found.country) == ("Kursk", "RUS")


@pytest.mark.parametrize(("name", "country"), [
    ("the city of Kharkiv", "UKR"),
    ("Tver region", "RUS"),          # no region entry: the designator is dropped and the city found
    ("Kiev", "UKR"),                 # an alternate spelling
    ("Lashkar Gah", "AFG"),          # GeoNames writes it with a macron
    ("Gaza Strip", "PSE"),
    ("Crimea", "UKR"),
    ("Idlib province", "SYR"),
    ("Texas", "USA"),
])
def test_names_resolve_to_their_country(gazetteer, name, country):
    assert gazetteer.lookup(name).country == country


@pytest.mark.parametrize(("name", "country"), [
    ("Russia", "RUS"), ("North Korea", "PRK"), ("U.S.", "USA"), ("Britain", "GBR"), ("Netherlands", "NLD"),
])
def test_countries_resolve_to_themselves_with_a_position(gazetteer, name, country):
    found = gazetteer.lookup(name)
    assert found.country == country
    assert found.lat is not None and found.lon is not None


def test_country_position_lies_inside_its_latitude_band(gazetteer):
    russia = gazetteer.lookup("Russia")
    assert 45 < russia.lat < 70 and 30 < russia.lon < 140


def test_seas_have_no_country(gazetteer):
    found = gazetteer.lookup("Black Sea")
    assert found.country is None and found.lat == pytest.approx(43.4, abs=1)


def test_unknown_name_gives_none(gazetteer):
    assert gazetteer.lookup("Qwertyville") is None
    assert gazetteer.lookup("") is None


def test_context_country_decides_an_ambiguous_name(gazetteer):
    assert gazetteer.lookup("Punjab", context_countries=["IND"]).country == "IND"
    assert gazetteer.lookup("Punjab province", context_countries=["PAK"]).country == "PAK"
    assert gazetteer.lookup("Georgia", context_countries=["USA"]).country == "USA"
    assert gazetteer.lookup("Georgia").country == "GEO"


def test_far_larger_namesake_beats_a_small_context_match(gazetteer):
    assert gazetteer.lookup("Paris", context_countries=["USA"]).country == "FRA"
    assert gazetteer.lookup("Moscow", context_countries=["USA"]).country == "RUS"


def test_population_decides_without_context():
    small = Place("Springton", "AAA", 1.0, 1.0, 20_000, "city")
    large = Place("Springton", "BBB", 2.0, 2.0, 300_000, "city")
    gazetteer = Gazetteer([(small, []), (large, [])])
    assert gazetteer.lookup("Springton").country == "BBB"
    assert gazetteer.lookup("springton", context_countries=["CCC", "AAA"]).country == "AAA"


def test_primary_names_beat_alternate_names():
    town = Place("Oldport", "AAA", 1.0, 1.0, 20_000, "city")
    metropolis = Place("Bigcity", "BBB", 2.0, 2.0, 9_000_000, "city")
    gazetteer = Gazetteer([(town, []), (metropolis, ["Oldport"])])
    assert gazetteer.lookup("Oldport").country == "AAA"


def test_gazetteer_is_loaded_once_and_is_large(gazetteer):
    assert load_gazetteer() is gazetteer
    assert len(gazetteer) > 30_000


# -- places of clauses (need the model) -------------------------------------------------------------------

def clause_place(nlp, gazetteer, text, trigger, context=()):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    found = location_for_clause(token.sent, token, gazetteer, context_countries=context)
    return None if found is None else (found.name, found.country)


@pytest.mark.slow
def test_clause_place_prefers_the_specific_place_after_a_preposition(nlp, gazetteer):
    text = "The army moved two brigades into Russia's Belgorod region on Sunday."
    assert clause_place(nlp, gazetteer, text, "moved") == ("Belgorod Oblast", "RUS")


@pytest.mark.slow
def test_clause_place_takes_a_region_named_as_object(nlp, gazetteer):
    assert clause_place(nlp, gazetteer, "Ukrainian units entered Kursk province.", "entered") == \
        ("Kursk Oblast", "RUS")


@pytest.mark.slow
def test_clause_place_ignores_countries_and_capitals_that_name_actors(nlp, gazetteer):
    assert clause_place(nlp, gazetteer, "Beijing condemned Washington.", "condemned") is None
    assert clause_place(nlp, gazetteer, "Beijing condemned Washington after a vote in Taipei.",
                        "condemned") == ("Taipei", "TWN")


@pytest.mark.slow
def test_clause_place_stays_in_the_triggers_clause(nlp, gazetteer):
    text = "Officials in Warsaw said that the convoy had stopped."
    assert clause_place(nlp, gazetteer, text, "stopped") is None
    assert clause_place(nlp, gazetteer, text, "said") == ("Warsaw", "POL")


@pytest.mark.slow
def test_clause_place_uses_the_article_context_for_ambiguous_names(nlp, gazetteer):
    text = "Police arrested forty farmers in Punjab."
    assert clause_place(nlp, gazetteer, text, "arrested", context=("IND",)) == ("Punjab", "IND")
    assert clause_place(nlp, gazetteer, text, "arrested", context=("PAK",)) == ("Punjab", "PAK")


@pytest.mark.slow
def test_clause_place_reads_to_a_country_as_a_place_only_for_movements(nlp, gazetteer):
    assert clause_place(nlp, gazetteer, "The ministry sent 300 engineers to Chile.", "sent") == ("Chile", "CHL")
    assert clause_place(nlp, gazetteer, "The ministry apologised to Chile.", "apologised") is None
