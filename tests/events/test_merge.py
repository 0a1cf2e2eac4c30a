"""Folding repeated tellings of one event (no model needed)."""

from __future__ import annotations

from realpolitik.events.merge import merge_events
from realpolitik.model import Event, EventDate, Location, Span


def event(start, kind="ASSAULT", source="CHL", target="PER", day=None, precision="day", **more):
    when = EventDate(day, day, precision) if day else None
    return Event(id="", type=kind, evidence=Span(start, start + 5, "xxxxx"),
                 source=source, target=target, date=when, **more)


def test_same_type_dyad_and_day_fold_into_the_first_telling():
    merged = merge_events([event(0, day="2025-03-11"), event(50, day="2025-03-11", quantity=300)])
    assert len(merged) == 1
    assert merged[0].evidence.start == 0 and [m.start for m in merged[0].mentions] == [50]
    assert merged[0].quantity == 300


def test_different_days_stay_apart():
    assert len(merge_events([event(0, day="2025-03-11"), event(50, day="2025-03-12")])) == 2


def test_an_article_dated_telling_takes_the_precise_date():
    merged = merge_events([event(0, day="2025-03-14", precision="article"), event(50, day="2025-03-10")])
    assert len(merged) == 1 and merged[0].date.start == "2025-03-10"


def test_an_article_dated_telling_is_no_retelling_of_an_episode_long_past():
    # "X relies on Y for aid" (now) beside aid dated decades back: two events.
    old = event(0, "AID", day="1950-10-01")
    assert len(merge_events([old, event(50, "AID", day="2025-03-14", precision="article")])) == 2
    within_the_year = event(0, "AID", day="2024-06-01")
    assert len(merge_events([within_the_year, event(50, "AID", day="2025-03-14", precision="article")])) == 1


def test_reciprocal_types_fold_either_direction_others_do_not():
    assert len(merge_events([event(0, "CONSULT"), event(9, "CONSULT", source="PER", target="CHL")])) == 1
    assert len(merge_events([event(0), event(9, source="PER", target="CHL")])) == 2


def test_negated_and_asserted_tellings_stay_apart():
    assert len(merge_events([event(0), event(9, modality="negated")])) == 2


def test_a_later_telling_fills_the_place():
    place = Location("Arica", "CHL")
    merged = merge_events([event(0), event(9, location=place)])
    assert merged[0].location == place


def test_both_directions_of_one_reciprocal_telling_stay_two_events():
    said = Span(10, 14, "met")
    merged = merge_events([event(0, kind="CONSULT", trigger=said), event(0, kind="CONSULT", source="PER",
                                                                          target="CHL", trigger=said)])
    assert [(e.source, e.target) for e in merged] == [("CHL", "PER"), ("PER", "CHL")]


def test_a_reciprocal_act_told_again_the_other_way_round_folds():
    merged = merge_events([event(0, kind="CONSULT", trigger=Span(1, 4, "met")),
                           event(50, kind="CONSULT", source="PER", target="CHL", trigger=Span(51, 55, "talk"))])
    assert len(merged) == 1
