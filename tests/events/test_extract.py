"""Event extraction on short sentences written for these tests.

The actor layer is built by hand (so these tests pin the events stage, not
actor recognition); the spaCy model parses the sentences.
"""

from __future__ import annotations

import pytest
from event_layers import events_of, facts

from realpolitik.actors import ActorLayer
from realpolitik.events import extract_events
from realpolitik.model import Actor, Article, Mention, Quote

pytestmark = pytest.mark.slow


def dyads(events, kind=None):
    return {(e.source, e.target) for e in events if kind is None or e.type == kind}


def test_active_verb_codes_source_and_target(nlp):
    events = events_of(nlp, "Chile attacked Peru.")
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [("ASSAULT", "CHL", "PER", "asserted")]
    assert events[0].id == "e1" and events[0].cameo.startswith("19") and events[0].goldstein < 0


def test_passive_agent_is_the_source(nlp):
    events = events_of(nlp, "Bolivia was attacked by Chile on Monday.")
    assert dyads(events, "ASSAULT") == {("CHL", "BOL")}


def test_an_act_without_a_known_source_is_no_event(nlp):
    assert events_of(nlp, "Bolivia was attacked on Monday.") == ()


def test_an_act_without_a_known_target_is_no_event_unless_it_needs_none(nlp):
    assert events_of(nlp, "Chile offered help.") == ()
    assert dyads(events_of(nlp, "Thousands of Peruvian students protested on Monday.")) == {("PER", None)}


def test_target_is_the_prepositional_object_not_the_troops(nlp):
    events = events_of(nlp, "Chile sent troops to Peru.")
    assert ("CHL", "PER") in dyads(events)
    assert all(e.target != "troops" for e in events)


def test_own_troops_sent_make_their_state_the_source(nlp):
    events = events_of(nlp, "Thousands of Chilean troops were sent to Peru.", extra=(("Chilean troops", "CHL", "MIL"),))
    assert ("CHL", "PER") in dyads(events)


def test_non_actor_subject_gives_no_event(nlp):
    assert events_of(nlp, "The storm attacked the coast of Peru.") == ()


def test_unknown_verb_and_plain_saying_give_nothing(nlp):
    assert events_of(nlp, "Chile said the harvest in Peru was large.") == ()
    assert events_of(nlp, "Chile blorped Peru.") == ()


def test_negation_marks_the_event_negated(nlp):
    for text in ("Chile did not attack Peru.", "Chile never attacked Peru.", "Chile denied attacking Peru."):
        events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
        assert [e.modality for e in events] == ["negated"], text


def test_modals_and_conditions_mark_the_event_hypothetical(nlp):
    for text in ("Chile could attack Peru.", "If Chile attacks Peru, prices will rise.",
                 "Should Chile decide to attack Peru, prices would rise.", "Chile is ready to attack Peru."):
        events = [e for e in events_of(nlp, text) if e.source == "CHL" and e.target == "PER"]
        assert events and all(e.modality == "hypothetical" for e in events), text


def test_a_coded_wish_to_act_is_the_event_and_takes_the_inner_target(nlp):
    events = events_of(nlp, "Chile wants to attack Peru.")
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [("THREATEN", "CHL", "PER", "asserted")]


def test_plain_future_stays_asserted(nlp):
    events = events_of(nlp, "Chile will attack Peru.")
    assert [(e.type, e.modality) for e in events] == [("ASSAULT", "asserted")]


def test_event_in_a_reported_clause_names_its_reporter(nlp):
    events = events_of(nlp, "Peru said that Chile had attacked Bolivia.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert (attack.source, attack.target, attack.modality, attack.reported_by) == ("CHL", "BOL", "reported", "PER")


def test_a_relative_clause_set_off_by_a_comma_is_the_writers_not_the_speakers(nlp):
    text = "Peru said it was not involved in the dispute, which began when Chile attacked Bolivia in May."
    attack = next(e for e in events_of(nlp, text) if e.type == "ASSAULT")
    assert (attack.source, attack.target, attack.modality, attack.reported_by) == ("CHL", "BOL", "asserted", None)


def test_a_quote_gives_the_reporter_of_the_events_inside_it(nlp):
    text = "An invented pundit, Ada Quill, wrote that Chile attacked Bolivia."
    start = text.index("Chile")
    quote = Quote("q1", text[start:-1], start, len(text) - 1, "indirect", speaker="person:ada-quill")
    attack = next(e for e in events_of(nlp, text, quotes=(quote,)) if e.type == "ASSAULT")
    assert attack.reported_by == "person:ada-quill" and attack.modality == "reported"


def test_an_open_infinitive_is_done_by_the_side_of_who_says_it(nlp):
    # "It was vital to defend Y": nobody named acts; the speaker speaks for the side that would.
    events = events_of(nlp, "It was vital to defend Peru, the Chilean minister said.")
    assert facts(events) == {("AID", "CHL", "PER")}
    assert events[0].reported_by == "CHL"


def test_an_open_infinitive_outside_reported_speech_has_no_source(nlp):
    assert events_of(nlp, "It was vital to defend Peru.") == ()


def test_a_person_acts_for_the_state_they_led_when_the_event_happened(nlp):
    # Khrushchev's dated role (Phoenix dictionaries) ended in 1964: in 1962 he acts for his state.
    text = "In October 1962, Nikita Khrushchev threatened Bolivia."
    extra = (("Nikita Khrushchev", "person:nikita-khrushchev", None),)
    assert dyads(events_of(nlp, text, extra)) == {("RUS", "BOL")}
    undated = "Nikita Khrushchev threatened Bolivia."
    assert dyads(events_of(nlp, undated, extra)) == {("person:nikita-khrushchev", "BOL")}


def test_a_no_event_pattern_reads_its_noun_as_the_object_not_a_phrase_around_it(nlp):
    # The dictionary's "defend ... war" is a comment on the war (no event); defending a
    # state in a war is an act of defence.
    assert events_of(nlp, "Chile defended the war.") == ()
    assert facts(events_of(nlp, "Chile defended Peru in the war.")) == {("AID", "CHL", "PER")}


def test_force_used_on_no_named_actor_targets_the_state_where_it_was_used(nlp):
    assert facts(events_of(nlp, "Chilean troops shelled villages in Peru.")) == {("ASSAULT", "CHL", "PER")}
    # A passive whose act names who did it, however the parser attaches the act.
    assert facts(events_of(nlp, "Four children were killed in Chilean shelling in Peru on Friday.")) == \
        {("ASSAULT", "CHL", "PER")}


def test_force_on_oneself_or_by_a_private_person_takes_no_place_as_target(nlp):
    extra = (("Chilean officer", "CHL", "MIL"),)
    assert events_of(nlp, "The Chilean officer shot himself in Peru.", extra) == ()
    text = "Ada Quill shot two men in Peru."
    start = text.index("Peru")
    layer = ActorLayer.build((Actor("person:ada-quill", "Ada Quill", "person"), Actor("PER", "Peru", "state", "PER")),
                             (Mention(0, 9, "Ada Quill", "person:ada-quill"), Mention(start, start + 4, "Peru", "PER")))
    assert extract_events(nlp(text), Article("t", text), layer, ()) == ()


def test_an_act_read_as_a_modifier_of_its_doer_keeps_its_doer(nlp):
    # The parser reads "killed" as modifying "strikes"; the strikes still did the killing.
    assert facts(events_of(nlp, "Chilean air strikes killed at least 40 people in Peru overnight.")) == \
        {("ASSAULT", "CHL", "PER")}


def test_where_one_fights_is_not_whom_one_fights(nlp):
    extra = (("Bolivians", "BOL", None),)
    events = events_of(nlp, "Peru fears that Bolivians fighting in Chile could widen the war.", extra)
    assert ("BOL", "CHL") not in dyads(events)


def test_a_region_spanning_states_is_no_target(nlp):
    text = "Chilean troops held exercises in East Asia."
    start = text.index("East Asia")
    layer = ActorLayer.build(
        (Actor("CHL", "Chile", "state", "CHL"), Actor("location:east-asia", "East Asia", "location")),
        (Mention(0, 14, "Chilean troops", "CHL", "MIL"), Mention(start, start + 9, "East Asia", "location:east-asia")))
    events = extract_events(nlp(text), Article("t", text), layer, ())
    assert [(e.type, e.source, e.target) for e in events] == [("MOBILIZE", "CHL", None)]


def test_force_used_at_home_or_nowhere_named_has_no_target(nlp):
    assert events_of(nlp, "Four children were killed in Chilean shelling in Chile on Friday.") == ()
    assert events_of(nlp, "Chilean troops shelled the villages.") == ()


def test_an_act_named_in_an_act_between_no_actors_is_an_event_of_its_own(nlp):
    assert facts(events_of(nlp, "Chile's attack on Peru was condemned.")) == {("ASSAULT", "CHL", "PER")}
    # When the condemnation has actors, the dictionary codes it and the attack is what it is about.
    assert facts(events_of(nlp, "Bolivia condemned Chile's attack on Peru.")) == {("ACCUSE", "BOL", "CHL")}


def test_givers_of_a_nouns_from_phrase_do_not_act_on_each_other(nlp):
    events = events_of(nlp, "The plan enjoyed support from Chile and Peru.")
    assert ("CHL", "PER") not in dyads(events) and ("PER", "CHL") not in dyads(events)


def test_a_bare_noun_takes_the_sense_the_clause_is_about(nlp):
    extra = (("Peruvian teachers", "PER", "EDU"),)
    assert facts(events_of(nlp, "Peruvian teachers began a general strike over pay.", extra)) == \
        {("PROTEST", "PER", None)}
    assert facts(events_of(nlp, "A Chilean strike on Peru killed ten soldiers.")) == {("ASSAULT", "CHL", "PER")}


def test_a_target_phrase_inside_the_objects_phrase_is_the_target(nlp):
    assert ("AGREE", "CHL", "PER") in facts(events_of(nlp, "Chile pledged ten million dollars in aid to Peru."))


def test_the_sources_own_people_are_no_target_but_where_they_come_from_is(nlp):
    assert facts(events_of(nlp, "Chile recalled its ambassador from Peru.")) == {("SANCTION", "CHL", "PER")}


def test_a_threat_is_the_act_with_the_target_of_what_it_threatens(nlp):
    events = events_of(nlp, "Chile threatened to retaliate against Peru for the border incident.")
    assert facts(events) == {("THREATEN", "CHL", "PER")}


def test_parties_meeting_each_other_do_not_meet_the_state_they_meet_in(nlp):
    extra = (("Abu Dhabi", "ARE", None),)
    events = events_of(nlp, "Chile and Peru held talks in Abu Dhabi on Friday.", extra)
    assert dyads(events) == {("CHL", "PER"), ("PER", "CHL")}


def test_a_mediator_acts_on_the_parties_it_mediates_between(nlp):
    events = events_of(nlp, "Bolivia offered to mediate between Chile and Peru.")
    assert {("BOL", "CHL"), ("BOL", "PER")} <= dyads(events)


def test_a_states_protest_is_an_official_complaint_a_crowds_a_protest(nlp):
    assert [(e.type, e.cameo) for e in events_of(nlp, "Chile protested to Peru over the fishing ban.")] == \
        [("ACCUSE", "114")]
    assert facts(events_of(nlp, "Thousands of Peruvian students protested against Chile.")) == \
        {("PROTEST", "PER", "CHL")}


def test_a_demand_addresses_whoever_its_clause_asks_to_act(nlp):
    assert facts(events_of(nlp, "Chile demanded that Peru withdraw its ambassador.")) >= {("REQUEST", "CHL", "PER")}


def test_a_name_misread_as_modifying_the_name_after_and_is_a_conjoined_subject(nlp):
    # The small model reads "Xi" as a modifier of "Putin" here.
    extra = (("Xi", "CHN", None), ("Vladimir Putin", "RUS", None), ("Russian", "RUS", None))
    events = events_of(nlp, "Xi and Russian President Vladimir Putin held talks in the Kremlin.", extra)
    assert dyads(events, "CONSULT") == {("CHN", "RUS"), ("RUS", "CHN")}


def test_reviewed_patterns_code_returned_artefacts_and_signed_statements(nlp):
    events = events_of(nlp, "Chile returned hundreds of looted artefacts to Peru.")
    assert [(e.type, e.cameo, e.source, e.target) for e in events] == [("RETREAT", "0842", "CHL", "PER")]
    assert dyads(events_of(nlp, "Chile and Peru signed a joint statement on fishing."), "SUPPORT") == \
        {("CHL", "PER"), ("PER", "CHL")}


def test_conjoined_parties_that_clash_fight_each_other(nlp):
    events = events_of(nlp, "Chilean and Peruvian troops clashed along the border on Saturday.")
    assert {("CHL", "PER"), ("PER", "CHL")} <= dyads(events, "ASSAULT")


def test_an_act_agreed_to_is_a_promise_not_yet_the_act(nlp):
    events = events_of(nlp, "Chile and Peru agreed to reopen their embassies.")
    assert {e.type for e in events} == {"AGREE"}


def test_conjoined_actors_of_a_cooperative_act_make_one_event_each_way(nlp):
    events = events_of(nlp, "Chile and Peru signed a trade agreement.")
    assert dyads(events) == {("CHL", "PER"), ("PER", "CHL")} and len(events) == 2
    assert len({e.type for e in events}) == 1


def test_conjoined_actors_of_a_hostile_act_act_each_on_their_own(nlp):
    events = events_of(nlp, "Chile and Peru attacked Bolivia.")
    assert dyads(events, "ASSAULT") == {("CHL", "BOL"), ("PER", "BOL")}


def test_nominal_event_with_possessor_and_object(nlp):
    events = events_of(nlp, "Chile's attack on Peru shocked observers.")
    assert ("CHL", "PER") in dyads(events, "ASSAULT")
    assert next(e for e in events if e.type == "ASSAULT").trigger.text == "attack"


def test_same_event_told_twice_is_one_event_with_both_spans(nlp):
    text = "Chile attacked Peru on Tuesday. Officials in Lima confirmed it: Chile attacked Peru on Tuesday."
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert len(events[0].mentions) == 1 and events[0].mentions[0].start > events[0].evidence.start


def test_offsets_index_the_article_text(nlp):
    text = "Yesterday, Chile attacked Peru near the border."
    for event in events_of(nlp, text):
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text


def test_a_plain_verb_of_saying_that_cues_a_clause_is_no_event(nlp):
    assert events_of(nlp, "Peru claimed that the harvest was large.") == ()


def test_according_to_is_no_trigger(nlp):
    assert all(e.trigger.text != "According" for e in events_of(nlp, "According to Peru, Chile attacked Bolivia."))


def test_a_passive_takes_its_source_from_the_act_that_did_it(nlp):
    events = events_of(nlp, "Two farmers in Peru were killed in Chilean shelling.")
    assert any(e.type == "ASSAULT" and e.source == "CHL" for e in events)


def test_a_withdrawal_targets_the_place_left(nlp):
    events = events_of(nlp, "Chile withdrew its forces from Peru to Bolivia.")
    assert ("CHL", "PER") in dyads(events, "RETREAT")


def test_a_subject_controlled_infinitive_names_the_act_not_the_verb_above_it(nlp):
    events = events_of(nlp, "Chile has agreed to lift its sanctions on Peru.")
    assert [(e.trigger.text, e.source, e.target) for e in events] == [("lift", "CHL", "PER")]


def test_an_object_controlled_infinitive_is_what_was_asked_not_an_act(nlp):
    events = events_of(nlp, "Chile asked Peru to attack Bolivia.")
    assert [(e.trigger.text, e.source, e.target) for e in events] == [("asked", "CHL", "PER")]
    urged = events_of(nlp, "Chile urged Peru to attack Bolivia.")
    assert [(e.type, e.trigger.text, e.source, e.target) for e in urged] == [("REQUEST", "urged", "CHL", "PER")]


def test_a_place_stands_for_the_state_it_is_in(nlp):
    text = "Chile sent troops to Zurich."
    mentions = (Mention(0, 5, "Chile", "CHL"), Mention(21, 27, "Zurich", "location:zurich"))
    actors = (Actor("CHL", "Chile", "state", "CHL"), Actor("location:zurich", "Zurich", "location"))
    events = extract_events(nlp(text), Article("t", text), ActorLayer.build(actors, mentions), ())
    assert ("CHL", "CHE") in dyads(events)


def test_condemning_a_thing_needs_no_target(nlp):
    assert dyads(events_of(nlp, "Chile condemned the referendum."), "ACCUSE") == {("CHL", None)}


def test_the_agent_of_a_condemned_thing_is_the_target(nlp):
    assert ("CHL", "PER") in dyads(events_of(nlp, "Chile condemned the allegations by Peru."), "ACCUSE")


def test_an_event_noun_under_an_event_verb_adds_no_event(nlp):
    events = events_of(nlp, "Chile condemned the allegations by Peru.")
    assert [e.trigger.text for e in events] == ["condemned"]


def test_a_light_verb_lends_its_subject_and_place_to_an_event_noun(nlp):
    events = events_of(nlp, "Peruvian students staged a noisy protest in Chile.")
    assert dyads(events, "PROTEST") == {("PER", "CHL")}


def test_each_state_in_a_list_after_of_takes_part(nlp):
    events = events_of(nlp, "The leaders of Chile, Peru and Bolivia met on Monday.")
    assert {("CHL", "PER"), ("PER", "BOL"), ("BOL", "CHL")} <= dyads(events, "CONSULT")
