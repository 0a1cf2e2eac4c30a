"""Reverse-coded verbs, armed forces on the move, numbers and pronouns that point back, and
reported clauses dated by their own reporting verb: short sentences written for these tests.

The actor layer is built by hand (``layer_for``), so these pin the events stage alone.
"""

from __future__ import annotations

import pytest
from event_layers import events_of as events_of_states
from event_layers import facts

pytestmark = pytest.mark.slow


def events_of(nlp, text, extra=()):
    return events_of_states(nlp, text, extra, forces=True)


def test_a_reverse_coded_verb_makes_its_subject_the_target(nlp):
    events = events_of(nlp, "Peruvian troops came under heavy fire from Chile near the border.")
    assert ("ASSAULT", "CHL", "PER") in facts(events)


def test_a_reverse_coded_act_may_leave_its_source_unknown(nlp):
    events = events_of(nlp, "Peruvian troops came under fire near the border on Monday.")
    assert facts(events) == {("ASSAULT", None, "PER")}


def test_fire_on_people_who_are_no_troops_is_criticism_not_force(nlp):
    events = events_of(nlp, "Chile came under fire from Peru over the new tariffs.")
    assert {e.type for e in events} == {"ACCUSE"}
    assert facts(events) == {("ACCUSE", "PER", "CHL")}


def test_fire_from_an_unnamed_attacker_keeps_the_source_unknown(nlp):
    # Who reports an attack is not who made it: a third party often reports fire on others' troops.
    events = events_of(nlp, "Bolivian officials said Peruvian troops had come under fire.")
    assert [(e.type, e.source, e.target, e.reported_by) for e in events] == [("ASSAULT", None, "PER", "BOL")]


def test_a_reverse_coded_verb_finds_its_source_in_the_objects_phrase(nlp):
    events = events_of(nlp, "Bolivia relies on Chile for military aid.")
    assert facts(events) == {("AID", "CHL", "BOL")}


def test_troops_reaching_a_place_are_a_deployment_to_its_state(nlp):
    events = events_of(nlp, "Chilean troops reached Bolivia on Monday.")
    assert facts(events) == {("MOBILIZE", "CHL", "BOL")}
    assert events[0].date.start == "2025-03-10"


def test_officials_reaching_a_place_are_no_deployment(nlp):
    assert events_of(nlp, "Chilean diplomats reached Bolivia on Monday.") == ()


def test_a_bare_number_counts_the_troops_named_before_it(nlp):
    text = "Chile moved thousands of Chilean troops north last week. At least 3,000 entered Bolivia on Monday."
    moved = [e for e in events_of(nlp, text) if e.target == "BOL"]
    assert [(e.type, e.source, e.quantity) for e in moved] == [("MOBILIZE", "CHL", 3000)]


def test_its_in_a_phrase_of_a_possessed_noun_is_that_possessor(nlp):
    # The hand-made layer reads "its" as Peru, as a careless resolver might; the phrase says Chile.
    text = "Peru remains Chile's main backer in its war on Bolivia."
    events = events_of(nlp, text, extra=(("its", "PER", None),))
    assert ("ASSAULT", "CHL", "BOL") in facts(events)


def test_a_reported_clause_takes_its_own_reporting_date_not_the_opening_one(nlp):
    text = ("On Monday, Chile said Chilean troops had entered Bolivia, and on Tuesday Bolivian officials "
            "said Chilean troops had come under fire.")
    dated = {(e.type, e.source, e.target): e.date.start for e in events_of(nlp, text)}
    assert dated[("MOBILIZE", "CHL", "BOL")] == "2025-03-10"
    assert dated[("ASSAULT", None, "CHL")] == "2025-03-11"


def test_a_court_named_by_where_it_sits_stands_for_that_state(nlp):
    text = "A court in Peru jailed two Chilean traders on Monday."
    events = events_of(nlp, text, extra=(("Chilean traders", "CHL", "BUS"),))
    assert ("COERCE", "PER", "CHL") in facts(events)


def test_unarmed_people_named_by_where_they_are_stand_for_that_state(nlp):
    assert ("PROTEST", "PER", "CHL") in facts(events_of(nlp, "Students in Peru protested against Chile."))


def test_troops_named_by_where_they_are_do_not_stand_for_that_state(nlp):
    events = events_of(nlp, "Soldiers in Peru attacked Bolivia on Monday.")
    assert not any(e.source == "PER" for e in events)


def test_a_cooperative_act_only_sought_is_the_intent_to_cooperate(nlp):
    events = events_of(nlp, "Chile is seeking to deepen military cooperation with Peru.")
    assert [(e.type, e.cameo[:2], e.source, e.target) for e in events] == [("AGREE", "03", "CHL", "PER")]


def test_a_cooperative_act_done_keeps_its_own_code(nlp):
    events = events_of(nlp, "Chile deepened military cooperation with Peru.")
    assert [(e.source, e.target) for e in events] == [("CHL", "PER")]
    assert not events[0].cameo.startswith("03")
