"""How evidence is weighed and recorded, without a model: tiers, declines, statement ids, labels."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from system_layers import layer_for

from realpolitik.model import Analysis, Article, Event, Relation, Span, Statement
from realpolitik.output.records import from_record, to_record
from realpolitik.system.relations import (
    DECLINE_SCORE,
    Signal,
    aggregate,
    event_signals,
    event_tier,
    number_statements,
)


def signal(score: float, kind: str, tier: str, *evidence: str, span: Span | None = None) -> Signal:
    return Signal("A", "B", score, kind, evidence, tier, span)


def test_durable_statements_outweigh_an_accusation_and_a_decline():
    (relation,) = aggregate([signal(0.5, "dependence", "statement"), signal(0.5, "support", "statement"),
                             signal(-0.65, "dispute", "event", "e1"), signal(-0.2, "dispute", "verbal", "e2"),
                             signal(-DECLINE_SCORE, "support", "decline", "q1")])
    assert relation.sign == 1


def test_a_war_outweighs_a_standing_partnership():
    (relation,) = aggregate([signal(0.6, "support", "statement"), signal(0.5, "trade", "statement"),
                             signal(-1.0, "conflict", "violent", "e1")])
    assert relation.sign == -1 and relation.kinds[0] == "conflict"


def test_a_decline_alone_is_weak_hostile_evidence():
    (relation,) = aggregate([signal(-DECLINE_SCORE, "support", "decline", "q1")])
    assert relation.sign == -1 and relation.weight == pytest.approx(DECLINE_SCORE * 0.5)


@pytest.mark.parametrize(("etype", "cameo", "quad", "goldstein", "tier"), [
    ("ASSAULT", "190", 4, -10.0, "violent"),
    ("COERCE", "182", 4, -9.5, "violent"),
    ("ACCUSE", "111", 3, -2.0, "verbal"),
    ("ACCUSE", None, None, -2.0, "verbal"),
    ("PROTEST", "140", 4, -6.5, "event"),
    ("AID", "072", 2, 8.3, "event"),
])
def test_event_tiers(etype, cameo, quad, goldstein, tier):
    e = Event("e1", etype, Span(0, 1, "x"), cameo=cameo, quad_class=quad, goldstein=goldstein)
    assert event_tier(e) == tier


def test_statements_are_numbered_in_text_order_and_listed_with_their_words():
    late, early = Span(40, 60, "Spain backs Portugal."), Span(0, 20, "Peru and Chile ally.")
    signals = number_statements([Signal("ESP", "PRT", 0.6, "support", (), "statement", late),
                                 Signal("CHL", "PER", 0.8, "alliance", ("q2",), "statement", early),
                                 Signal("CHL", "PER", 0.5, "support", ("e3",))])
    chl_per, esp_prt = aggregate(signals)
    assert chl_per.evidence == ("e3", "q2", "s1")
    assert chl_per.statements == (Statement("s1", 0, 20, "Peru and Chile ally."),)
    assert esp_prt.evidence == ("s2",) and esp_prt.statements[0].start == 40


def test_an_organisation_named_only_as_a_label_is_no_partner():
    text = 'Norway fears an "Arctic Nato". Norway joined Nato.'
    layer = layer_for(text)
    label = text.index("Nato")
    events = [Event("e1", "COOPERATE", Span(0, 30, text[:30]), goldstein=6.0, source="NOR", target="NATO"),
              Event("e2", "COOPERATE", Span(31, len(text), text[31:]), goldstein=6.0, source="NOR", target="NATO")]
    found = event_signals(events, layer, labels=frozenset({(label, label + 4)}))
    assert [s.evidence for s in found] == [("e2",)]


def test_relation_records_round_trip_their_statements_and_match_the_schema():
    text = "Peru and Chile signed a pact."
    relation = Relation("CHL", "PER", 1, 0.7, ("alliance",), ("s1",), (Statement("s1", 0, len(text), text),))
    analysis = Analysis(Article("a1", text), relations=(relation,))
    record = to_record(analysis)
    assert record["relations"][0]["statements"] == [{"id": "s1", "start": 0, "end": len(text), "text": text}]
    schema = json.loads(resources.files("realpolitik.schema").joinpath("analysis.schema.json").read_text("utf-8"))
    jsonschema.validate(record, schema)
    assert from_record(record, text).relations == (relation,)
