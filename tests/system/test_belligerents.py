"""Wars named by nouns and the forces that fight in them, on short texts written for the tests."""

from __future__ import annotations

import pytest
from system_layers import layer_for

from realpolitik.model import Event, Span
from realpolitik.system.relations import extract_relations

pytestmark = pytest.mark.slow


def signs(nlp, text, events=(), pronouns=None):
    found = extract_relations(nlp(text), layer_for(text, pronouns), events, ())
    return {(r.source, r.target): r.sign for r in found}


def deployment(source: str, target: str) -> Event:
    """Troops sent from ``source`` to ``target`` (military aid), as the event stage would code it."""
    return Event("e1", "AID", Span(0, 1, "x"), cameo="072", goldstein=8.3, source=source, target=target)


@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina's war on Chile dragged on.", {("ARG", "CHL"): -1}),
    ("The Bolivian invasion of Peru began in May.", {("BOL", "PER"): -1}),
    ("The Chile-Peru war ended long ago.", {("CHL", "PER"): -1}),
    ("The war in Peru has lasted two years.", {}),
    ("Ghana supplied rifles to Togo for its war against Benin.", {("BEN", "TGO"): -1}),
    ("The war in Peru has lasted two years. Chile is supporting Bolivia throughout the invasion.",
     {("BOL", "CHL"): 1, ("BOL", "PER"): -1}),
])
def test_wars_join_their_belligerent_and_target(nlp, text, expected):
    assert signs(nlp, text) == expected


def test_a_supporter_in_its_war_fights_for_the_supported_not_the_pronoun_reading(nlp):
    text = "Bolivia is Brazil's main supporter in its war on Peru."
    assert signs(nlp, text, pronouns={"its": "BOL"}) == {("BOL", "BRA"): 1, ("BRA", "PER"): -1}


@pytest.mark.parametrize("text", [
    "Analysts warn of the risk of a war between Spain and Portugal.",
    "Spain could start a war with Portugal.",
])
def test_possible_wars_do_not_count(nlp, text):
    assert signs(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Finland's war on Norway goes on. Swedish troops came under fire near the border.",
    "Finland's war on Norway goes on. Swedish soldiers fighting in Finland were wounded.",
])
def test_forces_that_fight_for_a_belligerent_are_hostile_to_its_enemy(nlp, text):
    found = signs(nlp, text, (deployment("SWE", "FIN"),))
    assert found[("NOR", "SWE")] == -1 and found[("FIN", "SWE")] == 1


@pytest.mark.parametrize("second", [
    "",
    " Swedish troops did not come under fire.",
    " Swedish volunteers fighting in Finland were wounded.",
    " Swedish soldiers were sent to fight in the Baltic war.",
])
def test_no_hostility_is_inferred_unless_the_text_says_the_forces_fight(nlp, second):
    found = signs(nlp, "Finland's war on Norway goes on." + second, (deployment("SWE", "FIN"),))
    assert ("NOR", "SWE") not in found


def test_people_named_by_their_state_fighting_in_a_belligerent_are_hostile_to_its_enemy(nlp):
    found = signs(nlp, "Finland's war on Norway goes on. Swedes fighting in Finland could change its course.")
    assert found[("NOR", "SWE")] == -1


def test_an_explicit_enemy_needs_no_war(nlp):
    assert signs(nlp, "Norwegian soldiers are fighting alongside Finland against Denmark.") == {("DNK", "NOR"): -1}
