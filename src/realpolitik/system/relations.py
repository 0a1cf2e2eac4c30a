"""Signed, weighted dyads between states (and international organisations) from one article.

Four sources of evidence, each a ``Signal`` with a score in [-1, 1] and a tier:

1. events with a source and a target: the Goldstein score of the CAMEO code, else
   PLOVER's intensity, divided by 10; hypothetical and negated events are left
   out, reported ones count like asserted ones. Tier "violent" for armed force
   (PLOVER ASSAULT, CAMEO 18-20), "verbal" for verbal conflict (quad class 3, or a
   negative Goldstein score above -5 when the class is unknown), else "event";
2. relation statements the events miss, found on the dependency parse with the
   lexicon in ``data/relation_lexicon.yaml`` (see ``statements``): tier "statement"
   for durable ties and rivalries ("closest ally", "relies on", "a buffer"), tier
   "decline" for a weakening tie ("dwindling trust", "strained ties"), whose score
   is ``DECLINE_SCORE`` against the tie's sign whatever the tie;
3. wars and the forces that fight in them (see ``belligerents``): tier "violent";
4. stances in quotes: statements inside a quote also carry the quote's id, and
   "we", "us" and "our" there stand for the speaker's state.

Every statement gets an id ("s1", "s2", ... in text order of its sentence), listed in
the relation's evidence beside event and quote ids, with its sentence in ``statements``.

Actors: states and international organisations stand for themselves; a person,
organisation or group with a ``country`` (not "IGO") stands for that country. A
pair whose two sides map to the same actor is not a relation. Locations and
actors without a country are left out, and so is an international organisation
named only as a label or a possibility in the words of the evidence ("an
"Arctic Nato"", see ``statements.label_mentions``).

Aggregation per sorted pair: each signal votes ``score * TIER_WEIGHTS[tier]``:
violent acts count three times, durable statements one and a half (a standing tie
says more about the relation than any one act), other events once, verbal conflict
and declines half. So two durable ties outweigh a protest, an accusation and a
"dwindling trust" together, while a war outweighs an alliance and trade together.
The balance is the sum of the votes over the sum of their sizes, in [-1, 1]; the
sign is +1 above ``NEUTRAL_BAND`` (0.15), -1 below its negative, else 0 (mixed or
unclear): the neutral band. The weight is the noisy-or of the signal strengths,
1 - prod(1 - strength), where a strength is |score|, halved for verbal conflict and
declines, so more and stronger evidence weighs more. Kinds are listed by how much
evidence supports them; evidence ids are sorted (events, quotes, then statements).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from realpolitik.codebooks import plover_quad_class
from realpolitik.model import Event, Quote, Relation, Span, Statement
from realpolitik.system.graph import pair

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from realpolitik.actors.layer import ActorLayer

NEUTRAL_BAND = 0.15
DECLINE_SCORE = 0.25
TIER_WEIGHTS = {"violent": 3.0, "statement": 1.5, "event": 1.0, "verbal": 0.5, "decline": 0.5}
LEFT_OUT_MODALITIES = ("hypothetical", "negated")
VIOLENT_ROOTS = ("18", "19", "20")


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence about a pair: score in [-1, 1], kind, tier (a key of ``TIER_WEIGHTS``),
    the ids of the events and quotes it rests on, and for a statement the sentence that states it."""

    source: str
    target: str
    score: float
    kind: str
    evidence: tuple[str, ...] = ()
    tier: str = "event"
    span: Span | None = None

    @property
    def vote(self) -> float:
        return self.score * TIER_WEIGHTS[self.tier]


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The relation lexicon (read once)."""
    text = resources.files("realpolitik.system").joinpath("data/relation_lexicon.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def extract_relations(doc: Doc, layer: ActorLayer, events: Sequence[Event], quotes: Sequence[Quote]
                      ) -> tuple[Relation, ...]:
    """The article's relations, one per sorted pair of state-level actors (see the module docstring)."""
    from realpolitik.system.belligerents import combatant_signals, war_signals
    from realpolitik.system.statements import label_mentions, statement_signals

    labels = label_mentions(doc, layer)
    signals = [*event_signals(events, layer, labels=labels),
               *statement_signals(doc, layer, quotes, events, labels=labels),
               *war_signals(doc, layer, quotes, events, labels=labels)]
    signals += combatant_signals(doc, layer, quotes, events, signals, labels=labels)
    return aggregate(number_statements(signals))


def state_of(actor_id: str | None, layer: ActorLayer) -> str | None:
    """The state or IGO an actor stands for in a relation, or None."""
    actor = layer.actor(actor_id)
    if actor is None:
        return None
    if actor.kind in ("state", "igo"):
        return actor.id
    if actor.kind in ("person", "organization", "group") and actor.country and actor.country != "IGO":
        return actor.country
    return None


def event_signals(events: Iterable[Event], layer: ActorLayer, *, labels: frozenset[tuple[int, int]] = frozenset()
                  ) -> list[Signal]:
    """One signal per dyadic event that is neither hypothetical nor negated.

    ``labels`` are mention spans that name an organisation only as a label or a possibility;
    an event whose organisation is named only by such mentions in its evidence is left out.
    """
    kinds = lexicon()["event_kinds"]
    signals = []
    for e in events:
        if e.modality in LEFT_OUT_MODALITIES or _named_as_label(e, layer, labels):
            continue
        a, b = state_of(e.source, layer), state_of(e.target, layer)
        value = e.goldstein if e.goldstein is not None else e.intensity
        if a is None or b is None or a == b or value is None:
            continue
        kind = kinds.get(e.type, "support" if value > 0 else "dispute")
        score = max(-1.0, min(1.0, value / 10))
        signals.append(Signal(*pair(a, b), score, kind, (e.id,), event_tier(e)))
    return signals


def event_tier(event: Event) -> str:
    """"violent" for armed force, "verbal" for verbal conflict, else "event"."""
    if event.type == "ASSAULT" or (event.cameo or "")[:2] in VIOLENT_ROOTS:
        return "violent"
    if (event.quad_class or plover_quad_class(event.type)) == 3:
        return "verbal"
    return "event"


def _named_as_label(event: Event, layer: ActorLayer, labels: frozenset[tuple[int, int]]) -> bool:
    """Whether a side of ``event`` is an organisation whose mentions in the evidence are all labels."""
    span = event.evidence
    for side in (event.source, event.target):
        actor = layer.actor(side)
        if actor is None or actor.kind != "igo":
            continue
        here = [(m.start, m.end) for m in layer.mentions_in(span.start, span.end) if m.actor_id == side]
        if here and all(m in labels for m in here):
            return True
    return False


def number_statements(signals: Iterable[Signal]) -> list[Signal]:
    """Give every statement sentence an id, "s1", "s2", ... in text order, added to its signals' evidence."""
    signals = list(signals)
    spans = sorted({(s.span.start, s.span.end) for s in signals if s.span is not None})
    ids = {span: f"s{i}" for i, span in enumerate(spans, 1)}
    return [s if s.span is None else replace(s, evidence=(*s.evidence, ids[(s.span.start, s.span.end)]))
            for s in signals]


def aggregate(signals: Iterable[Signal]) -> tuple[Relation, ...]:
    """One relation per pair from its signals (see the module docstring)."""
    by_pair: dict[tuple[str, str], list[Signal]] = {}
    for s in signals:
        if s.score != 0:
            by_pair.setdefault(pair(s.source, s.target), []).append(s)
    return tuple(_relation(p, group) for p, group in sorted(by_pair.items()))


def _relation(p: tuple[str, str], group: list[Signal]) -> Relation:
    votes = [s.vote for s in group]
    balance = sum(votes) / sum(abs(v) for v in votes)
    sign = 1 if balance > NEUTRAL_BAND else -1 if balance < -NEUTRAL_BAND else 0
    remaining = 1.0
    for s in group:
        remaining *= 1 - min(abs(s.score), 1.0) * min(TIER_WEIGHTS[s.tier], 1.0)
    support: dict[str, float] = {}
    for s, v in zip(group, votes, strict=True):
        support[s.kind] = support.get(s.kind, 0.0) + abs(v)
    kinds = tuple(sorted(support, key=lambda k: (-support[k], k)))
    evidence = tuple(sorted({x for s in group for x in s.evidence}, key=_id_order))
    return Relation(p[0], p[1], sign, round(1 - remaining, 4), kinds, evidence, _statements(group))


def _statements(group: list[Signal]) -> tuple[Statement, ...]:
    found = {s.evidence[-1]: s.span for s in group if s.span is not None}
    return tuple(Statement(sid, span.start, span.end, span.text)
                 for sid, span in sorted(found.items(), key=lambda item: _id_order(item[0])))


def _id_order(evidence_id: str) -> tuple[int, str, int]:
    """"e2" before "e10"; events, then quotes, then statements."""
    head = evidence_id.rstrip("0123456789")
    tail = evidence_id[len(head):]
    return "eqs".find(head[:1]) % 4, head, int(tail) if tail else 0
