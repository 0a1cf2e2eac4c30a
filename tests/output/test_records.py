"""The SPEC.md record: shape, JSON Schema, and a lossless round trip."""

from __future__ import annotations

from datetime import date

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.model import (
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Failure,
    Location,
    Mention,
    Quote,
    Relation,
    Span,
    System,
    Triad,
)
from realpolitik.output.records import failure_record, from_record, to_record, validate_record

TEXT = "Seoul and Tokyo agreed to share missile data, an official said."


def sample() -> Analysis:
    article = Article(id="a1", text=TEXT, title="t", published=date(2023, 8, 19))
    kor = Actor("KOR", "South Korea", "state", "KOR", None, (), (), (Mention(0, 5, "Seoul", "KOR"),))
    jpn = Actor("JPN", "Japan", "state", "JPN", None, (), (), (Mention(10, 15, "Tokyo", "JPN", "GOV"),))
    quote = Quote("q1", TEXT[0:44], 0, 44, "indirect", "group:officials", "an official",
                  Span(46, 57, "an official"), "said")
    event = Event("e1", "AGREE", Span(0, 44, TEXT[0:44]), mode=None, cameo="057", quad_class=1, goldstein=8.0,
                  source="KOR", target="JPN", date=EventDate("2023-08-18", "2023-08-18", "day", "Friday"),
                  location=Location("Camp David", "USA", 39.6, -77.5), quantity=None, modality="reported",
                  reported_by="group:officials", trigger=Span(16, 22, "agreed"))
    rel = Relation("JPN", "KOR", 1, 0.7, ("alliance",), ("e1",))
    system = System((Triad(("JPN", "KOR", "USA"), (1, 1, 1), True, "menage-a-trois", None, (("JPN", 2.0),)),),
                    (("JPN", "KOR", "USA"),), (("+++", 1), ("++-", 0), ("+--", 0), ("---", 0)), 1.0, 0, "exact")
    return Analysis(article, (kor, jpn), (quote,), (event,), (rel,), system)


def test_record_validates_against_the_packaged_schema():
    validate_record(to_record(sample()))


def test_empty_analysis_validates():
    validate_record(to_record(Analysis(Article(id="x", text="Nothing."))))


def test_schema_rejects_a_bad_sign_and_a_bad_actor_id():
    record = to_record(sample())
    record["relations"][0]["sign"] = 2
    with pytest.raises(jsonschema.ValidationError):
        validate_record(record)
    record = to_record(sample())
    record["actors"][0]["id"] = "South Korea"
    with pytest.raises(jsonschema.ValidationError):
        validate_record(record)


def test_spec_fields_are_where_spec_puts_them():
    record = to_record(sample())
    assert record["schema"] == "realpolitik.analysis/1"
    assert record["article"]["published"] == "2023-08-19"
    assert record["quotes"][0]["speaker_span"] == {"start": 46, "end": 57}
    assert record["system"]["triad_counts"] == {"+++": 1, "++-": 0, "+--": 0, "---": 0}
    assert record["events"][0]["date"]["precision"] == "day"


def test_round_trip_is_lossless():
    original = sample()
    assert from_record(to_record(original), TEXT) == original


def test_failure_record():
    assert failure_record(Failure("7", "c.jsonl:3", "c.jsonl:3: record has no text")) == {
        "article": {"id": "7", "origin": "c.jsonl:3"}, "error": "c.jsonl:3: record has no text"}


codes = st.sampled_from(["CHN", "RUS", "PRK", "USA", "NATO", "person:ada-lovelace"])


@given(st.lists(st.tuples(codes, codes, st.sampled_from([-1, 0, 1]), st.floats(0, 1)), max_size=6))
def test_relations_round_trip_and_validate(rows):
    rels = tuple(Relation(min(a, b), max(a, b), s, w) for a, b, s, w in rows if a != b)
    analysis = Analysis(Article(id="h", text="x"), relations=rels)
    record = to_record(analysis)
    validate_record(record)
    assert from_record(record, "x") == analysis
