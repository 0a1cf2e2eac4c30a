"""Quote extraction on short invented texts (the commentators quoted here are fictional)."""

import time

import pytest

from realpolitik.actors.layer import ActorLayer
from realpolitik.model import Actor, Mention
from realpolitik.quotes import extract_quotes

pytestmark = pytest.mark.slow
EMPTY = ActorLayer.build((), ())


def run(nlp, text, layer=EMPTY):
    return extract_quotes(nlp(text), layer)


def only(quotes, words):
    """The one quote whose text contains words."""
    hits = [q for q in quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def test_quotes_direct_in_straight_marks_with_inverted_cue(nlp):
    text = '"We will not sign this treaty," said Arno Vesk, a fictional commentator.'
    quotes, actors = run(nlp, text)
    q = only(quotes, "sign this treaty")
    assert (q.kind, q.text, q.cue, q.speaker_text) == ("direct", "We will not sign this treaty", "said", "Arno Vesk")
    assert q.speaker == "person:arno-vesk" and text[q.start:q.end] == q.text
    assert any(a.id == "person:arno-vesk" and a.kind == "person" for a in actors)


def test_quotes_direct_in_curly_marks_over_several_sentences(nlp):
    text = "“The border is calm. Nobody expects trouble,” Lina Dorsk says."
    (q,) = run(nlp, text)[0]
    assert q.text == "The border is calm. Nobody expects trouble" and q.speaker_text == "Lina Dorsk"


def test_quotes_direct_over_two_paragraphs_is_one_quote(nlp):
    text = ("Mirek Olan, a fictional analyst, said:\n"
            "“The first part of the argument is about money.\n"
            "“The second part is about trust.”\n")
    (q,) = run(nlp, text)[0]
    assert q.text.startswith("The first part") and q.text.endswith("about trust.")
    assert q.speaker_text == "Mirek Olan"


def test_quotes_bare_quote_paragraph_continues_the_previous_speaker(nlp):
    text = ("“Prices will fall before the winter,” says Tove Rane, a fictional economist.\n"
            "“Nobody in the capital wants to admit it yet.”\n")
    first, second = run(nlp, text)[0]
    assert second.kind == "direct" and second.cue is None
    assert second.speaker == first.speaker == "person:tove-rane"


def test_quotes_partial_fragment_inside_reported_speech(nlp):
    text = "Ivo Sarn said the negotiations were “stuck in deep mud” after a week."
    quotes = run(nlp, text)[0]
    q = only([q for q in quotes if q.kind == "partial"], "stuck")
    assert q.text == "stuck in deep mud" and q.speaker == "person:ivo-sarn"


def test_quotes_partial_complement_of_called(nlp):
    text = "The minister, Pol Averin, called the loan a “slow poison” for the farmers."
    q = only([q for q in run(nlp, text)[0] if q.kind == "partial"], "poison")
    assert q.text == "slow poison" and q.cue == "called" and q.speaker == "person:pol-averin"


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Rhea Malk said that the dam would be finished by June.", "the dam would be finished by June", "said"),
    ("Rhea Malk told reporters the dam would be finished by June.", "the dam would be finished by June", "told"),
    ("According to Rhea Malk, the dam will be finished by June.", "the dam will be finished by June",
     "According to"),
    ("Rhea Malk warned that the dam could burst in the spring.", "the dam could burst in the spring", "warned"),
    ("Rhea Malk insisted the dam was safe for another decade.", "the dam was safe for another decade", "insisted"),
    ("Rhea Malk claims she is not involved in the dispute.", "she is not involved in the dispute", "claims"),
])
def test_quotes_indirect_speech_content_is_the_reported_clause(nlp, text, content, cue):
    q = only(run(nlp, text)[0], content)
    assert (q.kind, q.text, q.cue, q.speaker_text) == ("indirect", content, cue, "Rhea Malk")


def test_quotes_accused_takes_its_complements_as_content(nlp):
    text = "The government has repeatedly accused the rebels of hoarding grain in the north."
    q = only(run(nlp, text)[0], "rebels")
    assert q.text == "the rebels of hoarding grain in the north" and q.speaker_text == "The government"


def test_quotes_belief_is_attributed_with_its_own_cue(nlp):
    quotes, actors = run(nlp, "Many analysts believe that the ceasefire will not last the month.")
    q = only(quotes, "ceasefire")
    assert q.cue == "believe" and q.speaker == "group:analysts"
    assert any(a.id == "group:analysts" and a.kind == "group" for a in actors)


def test_quotes_unnamed_official_becomes_a_group_of_the_state_named(nlp):
    text = "A senior Ukrainian official said the bridge had been hit twice overnight."
    start = text.index("Ukrainian")
    layer = ActorLayer.build((Actor("UKR", "Ukraine", "state"),),
                             (Mention(start, start + 9, "Ukrainian", "UKR"),))
    quotes, actors = run(nlp, text, layer)
    q = only(quotes, "bridge")
    assert q.speaker == "group:ukr-officials"
    (group,) = actors
    assert (group.kind, group.country, group.sector) == ("group", "UKR", "GOV")


def test_quotes_unnamed_spokesman_becomes_a_group_of_spokesmen(nlp):
    quotes, actors = run(nlp, "A military spokesman said the border would stay closed.")
    assert only(quotes, "border").speaker == "group:spokesmen"
    assert any(a.id == "group:spokesmen" and a.kind == "group" for a in actors)


def test_quotes_speaker_resolves_through_the_layer(nlp):
    text = "Maren Holt spoke first. “We are ready,” she says."
    start = text.index("she")
    layer = ActorLayer.build((Actor("person:maren-holt", "Maren Holt", "person"),),
                             (Mention(0, 10, "Maren Holt", "person:maren-holt"),
                              Mention(start, start + 3, "she", "person:maren-holt")))
    quotes, actors = run(nlp, text, layer)
    q = only(quotes, "ready")
    assert q.speaker == "person:maren-holt" and q.speaker_text == "she"
    assert q.speaker_span.start == start and actors == ()


def test_quotes_pronoun_and_surname_fall_back_to_earlier_speakers(nlp):
    text = ("“The harvest failed,” says Dag Ulven, a fictional farmer. "
            "“We need seed,” he says. “And water,” Ulven says.")
    quotes = run(nlp, text)[0]
    assert [q.speaker for q in quotes] == ["person:dag-ulven"] * 3


def test_quotes_scare_quote_label_gets_no_speaker(nlp):
    text = "Officials fear the plan could create a “Pacific Shield” aimed at the mainland."
    quotes = run(nlp, text)[0]
    assert not any(q.text == "Pacific Shield" and q.speaker for q in quotes)


def test_quotes_scare_quote_without_any_cue_is_dropped(nlp):
    assert run(nlp, "The so-called “peace dividend” never arrived in the valley.")[0] == ()


def test_quotes_unbalanced_marks_do_not_swallow_the_article(nlp):
    text = ("Sela Bron said “the vote is rigged.\n"
            "The count went on through the night.\n"
            "Results are due on Monday, officials said.")
    quotes = run(nlp, text)[0]
    assert all("\n" not in q.text for q in quotes)
    assert only(quotes, "rigged").text == "the vote is rigged."


def test_quotes_nested_quote_stays_inside_the_outer_one(nlp):
    text = "“He told me ‘never again’ and left,” Kasia Orlen said."
    (q,) = run(nlp, text)[0]
    assert q.text == "He told me ‘never again’ and left" and q.speaker_text == "Kasia Orlen"


def test_quotes_quote_in_a_headline(nlp):
    text = "“We will rebuild the port,” says mayor\nThe mayor of the fictional town spoke on Sunday."
    q = only(run(nlp, text)[0], "rebuild")
    assert q.kind == "direct" and q.cue == "says"


def test_quotes_ids_follow_text_order_and_spans_match_the_text(nlp):
    text = "“First,” said Ana Vell. Bo Rusk said the second point was weaker. “Third,” said Ana Vell."
    quotes = run(nlp, text)[0]
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_quotes_long_article_runs_in_linear_time(nlp):
    paragraph = "“The river is rising again,” says Edda Lund, a fictional hydrologist.\n"
    short = nlp(paragraph * 20)
    long = nlp(paragraph * 200)
    t0 = time.perf_counter()
    assert len(extract_quotes(short, EMPTY)[0]) == 20
    t1 = time.perf_counter()
    assert len(extract_quotes(long, EMPTY)[0]) == 200
    t2 = time.perf_counter()
    assert (t2 - t1) < 30 * (t1 - t0) + 0.2


def test_quotes_content_under_while_stops_at_the_comma(nlp):
    text = ("While critics say the fund is badly run, its grants remain vital for "
            "the coastal villages of the region.")
    q = only(run(nlp, text)[0], "fund")
    assert q.text == "the fund is badly run" and q.speaker == "group:critics"


def test_quotes_both_parts_of_a_quote_split_by_its_cue_go_to_its_speaker(nlp):
    text = "“The mill will close,” said Oda Perl, a fictional union steward. “Nobody has told the workers.”"
    first, second = run(nlp, text)[0]
    assert first.text == "The mill will close" and second.text == "Nobody has told the workers."
    for q in (first, second):
        assert q.speaker_text == "Oda Perl" and q.kind == "direct" and q.cue == "said"


def test_quotes_long_frame_keeps_the_parts_of_a_split_quote_apart(nlp):
    text = ("“The mill will close,” said Oda Perl, a fictional union steward who has led the strike "
            "at the old mill on the river since the spring of last year. “It is over.”")
    quotes = run(nlp, text)[0]
    assert only(quotes, "mill will").text == "The mill will close"
    assert only(quotes, "over").text == "It is over."


def test_quotes_two_apostrophes_mark_a_quote(nlp):
    text = "''The harbour is silting up,'' said Ivo Brandt, a fictional engineer."
    q = only(run(nlp, text)[0], "harbour")
    assert q.text == "The harbour is silting up" and q.speaker_text == "Ivo Brandt"


def test_quotes_relative_pronoun_speaker_keeps_its_span_and_names_the_noun(nlp):
    text = "The plan was backed by Nils Arvik, who said the canal would be dredged in May."
    q = only(run(nlp, text)[0], "canal")
    assert q.speaker_text == "who" and q.speaker_span.start == text.index("who")
    assert q.speaker == "person:nils-arvik"


def test_quotes_subject_inside_the_quotation_is_not_the_speaker(nlp):
    text = "“Full steam ahead for the whole fleet,” said Ulla Fenn, a fictional admiral."
    q = only(run(nlp, text)[0], "steam")
    assert q.speaker_text == "Ulla Fenn"


def test_quotes_cue_with_its_own_clause_does_not_frame_the_quote_before_it(nlp):
    text = ("Ada Brill says the levy is “a tax on bread for the poor.” Her deputy says the "
            "levy will be dropped in the spring.")
    q = only([q for q in run(nlp, text)[0] if q.kind != "indirect"], "bread")
    assert q.speaker_text == "Ada Brill"


def test_quotes_quoted_words_under_a_belief_go_to_the_speech_cue_above(nlp):
    text = "Tomas Ekholm said he expects the council “to approve the bridge within a month.”"
    q = only([q for q in run(nlp, text)[0] if q.kind != "indirect"], "approve")
    assert q.cue == "said" and q.speaker_text == "Tomas Ekholm"


def test_quotes_content_stays_in_the_paragraph_of_its_cue(nlp):
    text = "Lise Moen said the ferry would run again\nFERRY TIMES Boats leave at nine every day."
    quotes = run(nlp, text)[0]
    assert all("\n" not in q.text for q in quotes)
    assert only(quotes, "ferry").text == "the ferry would run again"


def test_quotes_second_that_clause_belongs_to_the_same_cue(nlp):
    text = "Jon Rask said the dam was safe and that the report found no cracks."
    q = only(run(nlp, text)[0], "dam")
    assert q.text == "the dam was safe and that the report found no cracks"


def test_quotes_object_of_a_reporting_verb_is_content(nlp):
    text = "The fictional mayor Ilse Varn announced the closure of the old harbour bridge."
    q = only(run(nlp, text)[0], "closure")
    assert q.text == "the closure of the old harbour bridge" and q.cue == "announced"


def test_quotes_told_someone_to_act_gives_the_request_as_content(nlp):
    text = "Ilse Varn told her staff to reopen the archive before the election."
    q = only(run(nlp, text)[0], "archive")
    assert q.text == "her staff to reopen the archive before the election" and q.speaker_text == "Ilse Varn"


def test_quotes_time_or_place_after_a_cue_is_not_content(nlp):
    quotes = run(nlp, "Ilse Varn reported from the northern border during the long winter.")[0]
    assert quotes == ()
