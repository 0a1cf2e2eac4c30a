"""Relations from events, relation statements and quotes, on short texts written for the tests."""

from __future__ import annotations

import re

import pytest
from system_layers import layer_for as system_layer_for

from realpolitik.actors.layer import ActorLayer
from realpolitik.model import Actor, Event, Mention, Quote, Span
from realpolitik.system.relations import Signal, aggregate, event_signals, extract_relations

NAMES = {"Norway": "NOR", "Sweden": "SWE", "Finland": "FIN", "Denmark": "DNK", "Chile": "CHL",
         "Peru": "PER", "Bolivia": "BOL", "Brazil": "BRA", "Argentina": "ARG", "Portugal": "PRT",
         "Spain": "ESP", "Ghana": "GHA", "Togo": "TGO"}
PEOPLE = {"Ola Nordmann": ("person:ola-nordmann", "NOR")}


def layer_for(text: str) -> ActorLayer:
    mentions, actors = [], {}
    for name, code in NAMES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            mentions.append(Mention(m.start(), m.end(), name, code))
            actors[code] = Actor(code, name, "state")
    for name, (pid, country) in PEOPLE.items():
        for m in re.finditer(rf"\b{name}\b", text):
            mentions.append(Mention(m.start(), m.end(), name, pid))
            actors[pid] = Actor(pid, name, "person", country=country)
    return ActorLayer.build(tuple(actors.values()), tuple(mentions))


def event(eid: str, source: str, target: str, goldstein: float, modality: str = "asserted") -> Event:
    return Event(eid, "ASSAULT" if goldstein < 0 else "AID", Span(0, 1, "x"), goldstein=goldstein,
                 source=source, target=target, modality=modality)


def test_events_give_signed_evidence_and_skip_hypothetical_and_negated():
    layer = layer_for("Norway Sweden Finland Ola Nordmann")
    events = [event("e1", "NOR", "SWE", 7.0), event("e2", "SWE", "FIN", -10, "hypothetical"),
              event("e3", "FIN", "NOR", -8, "negated"), event("e4", "person:ola-nordmann", "FIN", -5, "reported")]
    signals = event_signals(events, layer)
    assert [(s.source, s.target, s.score, s.evidence) for s in signals] == [
        ("NOR", "SWE", 0.7, ("e1",)), ("FIN", "NOR", -0.5, ("e4",))]


def test_person_of_the_same_country_is_no_relation():
    layer = layer_for("Norway Ola Nordmann")
    assert event_signals([event("e1", "person:ola-nordmann", "NOR", 5.0)], layer) == []


def test_mixed_evidence_falls_in_the_neutral_band():
    (relation,) = aggregate([Signal("A", "B", 0.5, "trade", ("e1",)), Signal("A", "B", -0.5, "dispute", ("e2",))])
    assert relation.sign == 0 and relation.evidence == ("e1", "e2")
    assert 0 < relation.weight <= 1


def test_aggregate_sign_weight_and_kinds():
    (relation,) = aggregate([Signal("B", "A", 0.8, "alliance", ("e10",)), Signal("A", "B", 0.3, "trade", ("e2",)),
                             Signal("A", "B", -0.1, "dispute", ("q1",))])
    assert (relation.source, relation.target, relation.sign) == ("A", "B", 1)
    assert relation.kinds == ("alliance", "trade", "dispute")
    assert relation.evidence == ("e2", "e10", "q1")
    assert relation.weight == pytest.approx(1 - 0.2 * 0.7 * 0.9)


def relations_of(nlp, text, quotes=()):
    doc = nlp(text)
    return {(r.source, r.target): r for r in extract_relations(doc, layer_for(text), (), quotes)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair", "sign", "kind"), [
    ("Sweden is Norway's closest ally.", ("NOR", "SWE"), 1, "alliance"),
    ("Bolivia relies on Brazil for most of its fuel.", ("BOL", "BRA"), 1, "dependence"),
    ("Peru and Chile signed a mutual defence pact last year.", ("CHL", "PER"), 1, "alliance"),
    ("Trade between Portugal and Spain is booming.", ("ESP", "PRT"), 1, "trade"),
    ("There is dwindling trust between Ghana and Togo.", ("GHA", "TGO"), -1, "support"),
    ("Chile and Bolivia are old rivals.", ("BOL", "CHL"), -1, "rivalry"),
    ("Spain, Portugal's main trading partner, protested.", ("ESP", "PRT"), 1, "support"),
])
def test_relation_statements(nlp, text, pair, sign, kind):
    relation = relations_of(nlp, text)[pair]
    assert (relation.sign, relation.kinds[0]) == (sign, kind)


@pytest.mark.slow
def test_alliance_lists_and_hyphenated_compounds_are_split(nlp):
    found = relations_of(nlp, "Argentina is pitted against a Chile-Peru-Bolivia alliance.")
    assert {p: r.sign for p, r in found.items()} == {
        ("ARG", "BOL"): -1, ("ARG", "CHL"): -1, ("ARG", "PER"): -1,
        ("BOL", "CHL"): 1, ("BOL", "PER"): 1, ("CHL", "PER"): 1}
    listed = relations_of(nlp, "An alliance of Norway, Denmark and Finland was announced.")
    assert set(listed) == {("DNK", "FIN"), ("DNK", "NOR"), ("FIN", "NOR")}


@pytest.mark.slow
def test_modal_and_negated_predications_are_left_out_but_presupposed_alliances_kept(nlp):
    found = relations_of(nlp, "Argentina would be pitted against a Chile-Peru-Bolivia alliance.")
    assert ("ARG", "CHL") not in found and found[("CHL", "PER")].sign == 1
    assert relations_of(nlp, "Norway does not rely on Sweden.") == {}


@pytest.mark.slow
def test_first_person_in_a_quote_is_the_speakers_country(nlp):
    text = 'Ola Nordmann said: "We rely on Finland for power."'
    start = text.index("We")
    quote = Quote("q1", text[start:-1], start, len(text) - 1, "direct", speaker="person:ola-nordmann")
    relation = relations_of(nlp, text, (quote,))[("FIN", "NOR")]
    assert (relation.sign, relation.evidence) == (1, ("q1", "s1"))
    assert relation.statements[0].text == text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair", "sign", "kind"), [
    ("Peru sees Bolivia as a strategic buffer.", ("BOL", "PER"), 1, "support"),
    ("Norway regards Sweden as a threat.", ("NOR", "SWE"), -1, "rivalry"),
    ("Spain and Portugal have close ties.", ("ESP", "PRT"), 1, "support"),
    ("Relations between Chile and Peru are under strain.", ("CHL", "PER"), -1, "support"),
    ("Chile and Peru's close relationship has lasted for decades.", ("CHL", "PER"), 1, "support"),
])
def test_more_relation_statements(nlp, text, pair, sign, kind):
    relation = relations_of(nlp, text)[pair]
    assert (relation.sign, relation.kinds[0]) == (sign, kind)


@pytest.mark.slow
def test_a_decline_does_not_overturn_a_standing_alliance(nlp):
    found = relations_of(nlp, "There is dwindling trust between Ghana and Togo, but Togo is Ghana's closest ally.")
    assert found[("GHA", "TGO")].sign == 1


@pytest.mark.slow
def test_a_bare_tie_says_nothing(nlp):
    assert relations_of(nlp, "Spain and Portugal have ties.") == {}


@pytest.mark.slow
def test_partners_in_a_with_phrase_are_partners_of_the_owner_not_of_each_other(nlp):
    found = relations_of(nlp, "Norway responded by tightening its alliances with Sweden and Denmark.")
    assert set(found) == {("DNK", "NOR"), ("NOR", "SWE")}


@pytest.mark.slow
@pytest.mark.parametrize("text", ['Sweden backs an "Arctic Nato".', "Sweden fears the likelihood of an Arctic Nato."])
def test_an_organisation_named_as_a_label_or_a_possibility_is_no_partner(nlp, text):
    doc = nlp(text)
    assert extract_relations(doc, system_layer_for(text), (), ()) == ()
    plain = "Sweden backs Nato."
    assert [r.sign for r in extract_relations(nlp(plain), system_layer_for(plain), (), ())] == [1]
