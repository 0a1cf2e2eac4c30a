"""Within one article, the same event told twice becomes one event.

Two events are the same when they have the same PLOVER type, the same
source and target (either order for the reciprocal types), the same kind of
modality (negated, hypothetical, or asserted-or-reported) and compatible
dates: overlapping ranges, or one of them dated only by the article and the
other within the year before publication. Both
directions of one telling of a reciprocal act stay two events. The
first telling keeps its evidence; later ones add theirs to ``mentions`` and
fill what the first lacked (date precision, place, quantity, reporter).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from realpolitik.model import Event, EventDate

RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# How far back before publication an undated telling can reach to join a dated one.
RECENT_DAYS = 366


def merge_events(events: list[Event]) -> list[Event]:
    """``events`` with repeats folded into their first telling, in first-telling order."""
    kept: list[Event] = []
    buckets: dict[tuple, list[int]] = {}
    for event in events:
        key = _key(event)
        same = next((i for i in buckets.get(key, ()) if _dates_compatible(kept[i].date, event.date)
                     and not _one_telling(kept[i], event)), None)
        if same is None:
            buckets.setdefault(key, []).append(len(kept))
            kept.append(event)
        else:
            kept[same] = _fold(kept[same], event)
    return kept


def _one_telling(a: Event, b: Event) -> bool:
    """Two directions of one reciprocal telling ("Chile and Peru met") are two events, not a repeat."""
    return a.trigger is not None and a.trigger == b.trigger


def _key(event: Event) -> tuple:
    pair: tuple = (event.source, event.target)
    if event.type in RECIPROCAL:
        pair = tuple(sorted(pair, key=lambda a: a or ""))
    polarity = event.modality if event.modality in ("negated", "hypothetical") else "factual"
    return (event.type, pair, polarity)


def _dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    """Whether two tellings can be one event by their dates. A telling dated only by the article
    can be any recent event, but not one of an episode long past: "North Korea relies on China
    for aid" is not a retelling of aid dated 1950."""
    if a is None or b is None:
        return True
    if "article" in (a.precision, b.precision):
        stand_in, dated = (a, b) if a.precision == "article" else (b, a)
        if dated.precision == "article":
            return True
        earliest = date.fromisoformat(stand_in.start) - timedelta(days=RECENT_DAYS)
        return dated.end >= earliest.isoformat()
    return a.start <= b.end and b.start <= a.end


def _fold(first: Event, again: Event) -> Event:
    date = first.date
    if date is None or (date.precision == "article" and again.date is not None):
        date = again.date
    return replace(
        first,
        date=date,
        location=first.location or again.location,
        quantity=first.quantity if first.quantity is not None else again.quantity,
        reported_by=first.reported_by or again.reported_by,
        mentions=(*first.mentions, again.evidence, *again.mentions),
    )
