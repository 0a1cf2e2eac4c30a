"""Armed groups named only by what they are (slow: loads the model)."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import load_knowledge_base, recognize_actors
from realpolitik.model import Article
from realpolitik.output.records import to_record, validate_record
from realpolitik.pipeline import analyze_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def layer_of(nlp):
    kb = load_knowledge_base()

    def run(text: str):
        return recognize_actors(nlp(text), Article("t", text, published=date(2025, 3, 1)), kb)
    return run


def test_a_bare_armed_group_is_an_unnamed_actor_with_no_country(layer_of):
    layer = layer_of("Insurgents shelled the airport overnight, and gunmen later stormed a hotel.")
    rebels, gunmen = layer.actor("group:unnamed-reb"), layer.actor("group:unnamed-uaf")
    assert [m.text for m in rebels.mentions] == ["Insurgents"] and rebels.kind == "group"
    assert rebels.country is None and rebels.sector == "REB"
    assert [m.text for m in gunmen.mentions] == ["gunmen"]


def test_a_group_with_a_name_we_do_not_know_is_not_unnamed(layer_of):
    layer = layer_of("Zorvani rebels shelled the airport.")
    assert layer.actor("group:unnamed-reb") is None


def test_the_bare_noun_refers_back_to_the_one_group_of_its_kind_named_before(layer_of):
    layer = layer_of("Syrian rebels seized the town on Monday. The rebels then shelled the airport.")
    second = next(m for m in layer.mentions if m.text == "rebels" and m.start > 30)
    assert (second.actor_id, second.sector) == ("SYR", "REB")
    assert layer.actor("group:unnamed-reb") is None


def test_unnamed_groups_act_in_events_but_stay_out_of_relations():
    analysis = analyze_text("Militants attacked a police station in Kenya on Monday, and Kenyan troops "
                            "attacked Somalia.", published=date(2025, 3, 4))
    assert any(e.source == "group:unnamed-reb" and e.target == "KEN" and e.type == "ASSAULT" for e in analysis.events)
    assert all("group:unnamed-reb" not in (r.source, r.target) for r in analysis.relations)
    assert any(a.id == "group:unnamed-reb" for a in analysis.actors)
    validate_record(to_record(analysis))


def test_prisoners_and_a_single_fighter_are_no_armed_group(layer_of):
    layer = layer_of("Guards beat the prisoners, and a fighter from the town was wounded.")
    assert not [a for a in layer.actors if a.id.startswith("group:unnamed-")]
