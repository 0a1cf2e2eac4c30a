"""Cleaning the small model's entity spans."""

from __future__ import annotations

import pytest

from realpolitik.actors.kb import load_knowledge_base
from realpolitik.actors.spans import clean_entities, clean_span


@pytest.mark.parametrize(("raw", "clean"), [
    ("Kenya’s", "Kenya"), ("Peru's", "Peru"), ("South Sudan-", "South Sudan"), ("“Ada Lovelace", "Ada Lovelace"),
    ("the Example Institute", "Example Institute"), ("an “Arctic Alliance", "Arctic Alliance"), ("Chad", "Chad"),
])
def test_clean_span_strips_marks_possessives_and_determiners(raw, clean):
    text = f"x {raw} y"
    start, end = clean_span(text, 2, 2 + len(raw))
    assert text[start:end] == clean


def test_clean_entities_drops_junk_and_relabels_known_places():
    text = "They didn't go to Kharkiv or Zzyzx."
    ents = [(text.index("n't"), text.index("n't") + 3, "GPE"),
            (text.index("Kharkiv"), text.index("Kharkiv") + 7, "PRODUCT"),
            (text.index("Zzyzx"), text.index("Zzyzx") + 5, "PRODUCT")]
    cleaned = clean_entities(text, ents, load_knowledge_base())
    assert [(text[e.start:e.end], e.label) for e in cleaned] == [("Kharkiv", "GPE")]


def test_clean_entities_turns_a_city_tagged_person_into_a_place_unless_it_speaks():
    kb = load_knowledge_base()
    shelled = "Artillery shelled Kharkiv overnight."
    speaking = "Kharkiv said nothing."
    for text, label in ((shelled, "GPE"), (speaking, "PERSON")):
        start = text.index("Kharkiv")
        (entity,) = clean_entities(text, [(start, start + 7, "PERSON")], kb)
        assert entity.label == label


def test_clean_entities_drops_the_last_word_of_an_office():
    text = "Minister of Defence Ana Ruiz spoke."
    start = text.index("Defence")
    assert clean_entities(text, [(start, start + 7, "ORG")], load_knowledge_base()) == []
