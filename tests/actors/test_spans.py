"""Cleaning the small model's entity spans."""

from __future__ import annotations

import pytest

from realpolitik.actors.kb import load_knowledge_base
from realpolitik.actors.spans import Entity, clean_entities, clean_span, consistent_labels, trim_people


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


def _entity(text, name, label="PERSON"):
    start = text.index(name)
    return Entity(start, start + len(name), label)


def test_trim_people_drops_verbs_and_lower_case_words_around_a_name():
    text = "Kowal says the plan works. Headline: Ana Ruiz Warns Again. Then spoke Lena Berg."
    raw = [_entity(text, "Kowal says"), _entity(text, "Ana Ruiz Warns"), _entity(text, "spoke Lena Berg")]
    trimmed = trim_people(text, raw, load_knowledge_base())
    assert [text[e.start:e.end] for e in trimmed] == ["Kowal", "Ana Ruiz", "Lena Berg"]


def test_trim_people_keeps_name_particles():
    text = "Maria de Souza met Jan van Dijk."
    raw = [_entity(text, "Maria de Souza"), _entity(text, "Jan van Dijk")]
    assert trim_people(text, raw, load_knowledge_base()) == raw


def test_trim_people_cuts_words_before_a_full_name_the_article_gives():
    text = "Jan Kowal spoke first. Critics mocked Sleepy Jan Kowal later."
    raw = [_entity(text, "Jan Kowal"), _entity(text, "Sleepy Jan Kowal")]
    trimmed = trim_people(text, raw, load_knowledge_base())
    assert [text[e.start:e.end] for e in trimmed] == ["Jan Kowal", "Jan Kowal"]
    assert trimmed[1].start == text.index("Jan Kowal later")


def test_trim_people_drops_an_epithet_used_alone_as_a_name():
    text = "Jan Kowal spoke. Fans cheered Sleepy Jan Kowal. Then Sleepy left."
    raw = [_entity(text, "Jan Kowal"), _entity(text, "Sleepy Jan Kowal"), _entity(text, "Sleepy left")]
    trimmed = trim_people(text, raw, load_knowledge_base())
    assert [text[e.start:e.end] for e in trimmed] == ["Jan Kowal", "Jan Kowal"]


def test_consistent_labels_gives_a_name_its_most_frequent_label():
    text = "Kowal spoke. Kowal left. Kowal won. Paris slept."
    starts = [0, 13, 25]
    raw = [Entity(starts[0], starts[0] + 5, "GPE"), Entity(starts[1], starts[1] + 5, "PERSON"),
           Entity(starts[2], starts[2] + 5, "PERSON"), _entity(text, "Paris", "GPE")]
    assert [e.label for e in consistent_labels(text, raw)] == ["PERSON", "PERSON", "PERSON", "GPE"]


@pytest.mark.parametrize("junk", ["Jr.", "I.", "Sr", "III", "XIV", "VI."])
def test_clean_entities_drops_name_suffixes_and_initials(junk):
    text = f"It was {junk} then."
    assert clean_entities(text, [(7, 7 + len(junk), "GPE")], load_knowledge_base()) == []


def test_clean_entities_drops_a_leading_dash_and_a_sector_noun_tagged_person():
    text = "― Ana Ruiz, a reader. Scholars disagreed."
    ents = [(0, text.index(","), "PERSON"), (text.index("Scholars"), text.index(" disagreed"), "PERSON")]
    cleaned = clean_entities(text, ents, load_knowledge_base())
    assert [text[e.start:e.end] for e in cleaned] == ["Ana Ruiz"]
