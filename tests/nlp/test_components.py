from __future__ import annotations

import spacy
from spacy.tokens import Doc

from realpolitik.nlp.components import split_paragraphs

VOCAB = spacy.blank("en").vocab  # with English lexical attributes (is_space), no model


def test_a_line_break_starts_a_sentence_and_nothing_else_is_decided():
    words = ["Talks", "end", "in", "Oslo", "\n\n", "Envoys", "left", "on", "Monday", "."]
    spaces = [True, True, True, False, False, True, True, True, False, False]
    doc = split_paragraphs(Doc(VOCAB, words=words, spaces=spaces))
    assert doc[5].is_sent_start is True
    assert [t.is_sent_start for t in doc[1:5]] == [None, None, None, None]
    assert all(t.is_sent_start is None for t in doc[6:])


def test_a_single_newline_counts_too():
    doc = split_paragraphs(Doc(VOCAB, words=["Hanoi", "\n", "Seoul"], spaces=[False, False, False]))
    assert doc[2].is_sent_start is True
