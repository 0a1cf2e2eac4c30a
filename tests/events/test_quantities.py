"""Counts of people, units and weapons: number phrases and the count of an event's clause."""

from __future__ import annotations

import pytest

from realpolitik.events.quantities import parse_quantity, quantity_for_clause


@pytest.mark.parametrize(("phrase", "value"), [
    ("at least 10,000", 10_000),
    ("about 8,000", 8_000),
    ("some 3,000", 3_000),
    ("up to 12,000", 12_000),
    ("more than 1,000", 1_000),
    ("two million", 2_000_000),
    ("1.5 million", 1_500_000),
    ("10k", 10_000),
    ("twenty-five", 25),
    ("one hundred and fifty", 150),
    ("a dozen", 12),
    ("12", 12),
])
def test_exact_numbers(phrase, value):
    assert parse_quantity(phrase) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("thousands", 1_000),
    ("tens of thousands", 10_000),
    ("hundreds", 100),
    ("hundreds of thousands", 100_000),
    ("dozens", 12),
    ("millions", 1_000_000),
    ("several thousand", 1_000),
    ("a few hundred", 100),
])
def test_vague_plurals_count_as_their_unit(phrase, value):
    assert parse_quantity(phrase) == value


@pytest.mark.parametrize("phrase", ["", "many", "soldiers", "first", "a lot"])
def test_phrases_without_a_number_give_none(phrase):
    assert parse_quantity(phrase) is None


# -- counts of clauses (need the model) -------------------------------------------------------------------

def clause_count(nlp, text, trigger):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return quantity_for_clause(token.sent, token)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("The island sent about 8,000 soldiers to the border.", "sent", 8_000),
    ("Thousands of troops crossed the river at dawn.", "crossed", 1_000),
    ("Tens of thousands of protesters marched through the capital.", "marched", 10_000),
    ("The rebels fired 120 rockets at the base.", "fired", 120),
    ("Gunmen killed at least 12 in the raid.", "killed", 12),
    ("A 5,000-strong force was deployed to the island.", "deployed", 5_000),
])
def test_clause_count_of_people_units_and_weapons(nlp, text, trigger, value):
    assert clause_count(nlp, text, trigger) == value


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    ("The government approved $3 billion in military aid.", "approved"),
    ("The two states signed the treaty in 1953.", "signed"),
    ("The first convoy reached the town.", "reached"),
    ("Prices rose 40 percent after the blockade.", "rose"),
    ("The army moved its artillery 30 kilometres east.", "moved"),
    ("The port handled 2,000 tonnes of grain.", "handled"),
])
def test_clause_count_ignores_money_years_ordinals_percentages_and_measures(nlp, text, trigger):
    assert clause_count(nlp, text, trigger) is None


@pytest.mark.slow
def test_clause_count_stays_in_the_triggers_clause(nlp):
    text = "The minister said that 300 soldiers had arrived, and the president resigned."
    assert clause_count(nlp, text, "arrived") == 300
    assert clause_count(nlp, text, "resigned") is None
