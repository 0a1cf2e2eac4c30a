"""Quotation marks read from raw text: no model needed."""

from hypothesis import given
from hypothesis import strategies as st

from realpolitik.quotes.marks import find_quoted_spans, paragraph_bounds


def quoted_texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted_spans(text)]


def test_marks_straight_and_curly_quotes_give_the_words_only():
    text = 'He said "we leave at dawn." She replied, “Not before noon.”'
    assert quoted_texts(text) == ["we leave at dawn.", "Not before noon."]


def test_marks_drop_the_comma_that_belongs_to_the_frame():
    assert quoted_texts("“We will stay,” said Ms Arden.") == ["We will stay"]


def test_marks_quote_runs_on_into_a_paragraph_that_opens_with_a_mark():
    text = "“The first paragraph goes on.\n“And the second one ends it.”\nAfter."
    (quote,) = find_quoted_spans(text)
    assert text[quote.start:quote.end] == "The first paragraph goes on.\n“And the second one ends it."
    assert quote.opens_paragraph and quote.closed


def test_marks_unclosed_quote_stops_at_its_paragraph_end():
    text = "She said “this never closes.\nA plain paragraph follows with “a real one” inside."
    spans = find_quoted_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["this never closes.", "a real one"]
    assert not spans[0].closed


def test_marks_nested_single_quotes_stay_inside():
    assert quoted_texts("“He told me ‘no way’ twice,” she said.") == ["He told me ‘no way’ twice"]


def test_marks_second_opener_cuts_a_quote_that_lacked_its_closer():
    text = "A “first without end and then “second one” here."
    assert quoted_texts(text) == ["first without end and then", "second one"]


def test_marks_paragraph_bounds_skip_blank_lines():
    text = "One.\n\n  Two.  \n"
    assert [text[s:e] for s, e in paragraph_bounds(text)] == ["One.", "Two."]


@given(st.text(alphabet=st.sampled_from(list('ab ."“”«»„\n,:')), max_size=300))
def test_marks_never_raise_and_never_cross_an_unmarked_paragraph(text):
    for q in find_quoted_spans(text):
        assert 0 <= q.start < q.end <= len(text)
        words = text[q.start:q.end]
        for line in words.split("\n")[1:]:
            assert line.lstrip()[:1] in set('"“”«»„') or not line.strip()


def test_marks_take_linear_time_on_a_long_text():
    text = "Lee said “we go on, and on.” Then silence. " * 20000 + "“unclosed"
    assert len(find_quoted_spans(text)) == 20001


def test_marks_two_apostrophes_stand_for_a_double_mark():
    text = "''We sail at noon,'' the captain said. She called it ''a fair wind.''"
    assert quoted_texts(text) == ["We sail at noon", "a fair wind."]


def test_marks_backtick_pair_opens_and_apostrophe_pair_closes():
    assert quoted_texts("He said ``not today'' and left.") == ["not today"]


def test_marks_possessive_apostrophe_is_not_a_mark():
    assert quoted_texts("The farmers' union met the ministers' aides.") == []
