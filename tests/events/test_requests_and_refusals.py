"""Lists of actors in modifiers, raised and controlled subjects, requests, intents and refusals:
short sentences written for these tests.

The actor layer is built by hand, so these pin the events stage alone.
"""

from __future__ import annotations

import pytest
from event_layers import events_of, facts

pytestmark = pytest.mark.slow


def test_each_state_of_a_list_of_modifiers_acts(nlp):
    events = events_of(nlp, "Chilean and Peruvian students protested outside the embassy of Bolivia.")
    assert {e.source for e in events if e.type == "PROTEST"} == {"CHL", "PER"}


def test_the_subject_of_a_passive_does_what_it_is_scheduled_to_do(nlp):
    events = events_of(nlp, "Chile is expected to attend a summit in Peru next month.")
    assert ("CONSULT", "CHL", "PER") in facts(events)


def test_an_act_urged_on_a_passive_subject_is_the_request_not_the_act(nlp):
    events = events_of(nlp, "Peru was urged by Chile to withdraw its soldiers from Bolivia.")
    assert facts(events) == {("REQUEST", "CHL", "PER")}


def test_wanting_another_state_to_act_is_an_appeal_to_it(nlp):
    events = events_of(nlp, "Chile wants Peru to attack Bolivia.")
    assert facts(events) == {("REQUEST", "CHL", "PER")}
    assert events[0].cameo.startswith("02")


def test_wanting_to_aid_is_an_intent_and_wanting_aid_an_appeal(nlp):
    own = events_of(nlp, "Chile wants to aid Peru.")
    assert facts(own) == {("AGREE", "CHL", "PER")} and own[0].cameo.startswith("03")
    asked = events_of(nlp, "Chile wants aid from Peru.")
    assert facts(asked) == {("REQUEST", "CHL", "PER")}


def test_a_cooperative_act_announced_for_the_future_is_an_intent(nlp):
    events = events_of(nlp, "Chile announced it would release the Peruvian detainees.", extra=(("it", "CHL", None),))
    assert facts(events) == {("AGREE", "CHL", "PER")}
    assert events[0].cameo.startswith("03")


def test_a_meeting_announced_for_the_future_stays_a_meeting(nlp):
    events = events_of(nlp, "Chile said it will meet Peru in Bolivia.", extra=(("it", "CHL", None),))
    assert ("CONSULT", "CHL", "PER") in facts(events)


def test_a_refused_cooperative_act_is_a_rejection(nlp):
    events = events_of(nlp, "Chile said it would not send aid to Peru.", extra=(("it", "CHL", None),))
    assert facts(events) == {("REJECT", "CHL", "PER")}
    assert events[0].cameo.startswith("12") and events[0].modality != "negated"
    refused = events_of(nlp, "Bolivia refused to withdraw its soldiers from Peru.")
    assert ("REJECT", "BOL", "PER") in facts(refused)


def test_a_cooperative_act_simply_not_done_stays_negated(nlp):
    events = events_of(nlp, "Chile did not send aid to Peru last year.")
    assert [(e.type, e.modality) for e in events] == [("AID", "negated")]


def test_weapons_received_from_a_state_are_its_military_aid(nlp):
    events = events_of(nlp, "Bolivian militias received weapons from Chile.")
    assert facts(events) == {("AID", "CHL", "BOL")}
    assert events[0].cameo == "072"
