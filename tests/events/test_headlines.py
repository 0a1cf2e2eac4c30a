"""Headlines in Title Case, parsed again in sentence case (need the model)."""

from __future__ import annotations

import pytest
from event_layers import events_of, facts, layer_for

from realpolitik.nlp.headlines import is_headline, sentence_case

pytestmark = pytest.mark.slow


def first_sentence(nlp, text):
    return next(nlp(text).sents)


def test_a_title_case_line_is_a_headline_and_running_text_is_not(nlp):
    headline = "Chile Condemns Peru Over Deadly Border Raid"
    assert is_headline(first_sentence(nlp, headline), layer_for(headline).names_token)
    prose = "Chile condemned Peru over the deadly border raid on Monday."
    assert not is_headline(first_sentence(nlp, prose), layer_for(prose).names_token)


def test_sentence_case_keeps_names_and_acronyms_and_the_length(nlp):
    text = "Chile Condemns Peru Over NATO Border Raid"
    lowered = sentence_case(first_sentence(nlp, text), layer_for(text).names_token)
    assert lowered == "Chile condemns Peru over NATO border raid" and len(lowered) == len(text)


def test_a_headlines_event_is_read_off_its_sentence_case_parse(nlp):
    text = "Chile Condemns Peru Over Deadly Border Raid"
    assert ("ACCUSE", "CHL", "PER") in facts(events_of(nlp, text, reparse=True))


def test_offsets_of_a_reparsed_headline_index_the_article(nlp):
    text = "Talks went well.\nChile Condemns Peru Over Deadly Border Raid"
    (event,) = [e for e in events_of(nlp, text, reparse=True) if e.type == "ACCUSE"]
    assert text[event.trigger.start:event.trigger.end] == "Condemns"


def test_days_and_months_keep_their_capitals(nlp):
    text = "Chile Condemns Peru Over Border Raid on Monday"
    assert sentence_case(first_sentence(nlp, text), layer_for(text).names_token).endswith("on Monday")


def test_a_title_case_sentence_inside_a_paragraph_is_no_headline(nlp):
    text = "Talks went well. Chile Condemns Peru Over Deadly Border Raid. Nothing else happened."
    sent = list(nlp(text).sents)[1]
    assert not is_headline(sent, layer_for(text).names_token)


def test_a_headline_line_between_paragraphs_is_one(nlp):
    text = "Talks went well.\nChile Condemns Peru Over Deadly Border Raid\nNothing else happened."
    sent = next(s for s in nlp(text).sents if "Condemns" in s.text)
    assert is_headline(sent, layer_for(text).names_token)
