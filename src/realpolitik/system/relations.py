"""Signed, weighted dyads between states (and international organisations) from one article.

Three sources of evidence, each a ``Signal`` with a score in [-1, 1]:

1. events with a source and a target: the Goldstein score of the CAMEO code, else
   PLOVER's intensity, divided by 10; hypothetical and negated events are left
   out, reported ones count like asserted ones;
2. relation statements the events miss, found on the dependency parse with the
   lexicon in ``data/relation_lexicon.yaml`` (see ``statements``);
3. stances in quotes: statements inside a quote carry the quote's id, and "we",
   "us" and "our" there stand for the speaker's state.

Actors: states and international organisations stand for themselves; a person,
organisation or group with a ``country`` (not "IGO") stands for that country. A
pair whose two sides map to the same actor is not a relation. Locations and
actors without a country are left out.

Aggregation per sorted pair: the score is the mean of the signal scores weighted
by their strength |score|; the sign is +1 above ``NEUTRAL_BAND``, -1 below its
negative, else 0 (mixed or unclear). The weight is the noisy-or of the signal
strengths, 1 - prod(1 - |score|), so more and stronger evidence weighs more.
Kinds are listed by how much evidence supports them; evidence ids are sorted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from realpolitik.model import Event, Quote, Relation
from realpolitik.system.graph import pair

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from realpolitik.actors.layer import ActorLayer

NEUTRAL_BAND = 0.15
LEFT_OUT_MODALITIES = ("hypothetical", "negated")


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence about a pair: score in [-1, 1], kind, and its event or quote id (or None)."""

    source: str
    target: str
    score: float
    kind: str
    evidence: str | None = None


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The relation lexicon (read once)."""
    text = resources.files("realpolitik.system").joinpath("data/relation_lexicon.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def extract_relations(doc: Doc, layer: ActorLayer, events: Sequence[Event], quotes: Sequence[Quote]
                      ) -> tuple[Relation, ...]:
    """The article's relations, one per sorted pair of state-level actors (see the module docstring)."""
    from realpolitik.system.statements import statement_signals

    signals = [*event_signals(events, layer), *statement_signals(doc, layer, quotes, events)]
    return aggregate(signals)


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


def event_signals(events: Iterable[Event], layer: ActorLayer) -> list[Signal]:
    """One signal per dyadic event that is neither hypothetical nor negated."""
    kinds = lexicon()["event_kinds"]
    signals = []
    for e in events:
        if e.modality in LEFT_OUT_MODALITIES:
            continue
        a, b = state_of(e.source, layer), state_of(e.target, layer)
        value = e.goldstein if e.goldstein is not None else e.intensity
        if a is None or b is None or a == b or value is None:
            continue
        kind = kinds.get(e.type, "support" if value > 0 else "dispute")
        signals.append(Signal(*pair(a, b), max(-1.0, min(1.0, value / 10)), kind, e.id))
    return signals


def aggregate(signals: Iterable[Signal]) -> tuple[Relation, ...]:
    """One relation per pair from its signals (see the module docstring)."""
    by_pair: dict[tuple[str, str], list[Signal]] = {}
    for s in signals:
        if s.score != 0:
            by_pair.setdefault(pair(s.source, s.target), []).append(s)
    return tuple(_relation(p, group) for p, group in sorted(by_pair.items()))


def _relation(p: tuple[str, str], group: list[Signal]) -> Relation:
    strength = [abs(s.score) for s in group]
    mean = sum(s.score * w for s, w in zip(group, strength, strict=True)) / sum(strength)
    sign = 1 if mean > NEUTRAL_BAND else -1 if mean < -NEUTRAL_BAND else 0
    remaining = 1.0
    for w in strength:
        remaining *= 1 - min(w, 1.0)
    support: dict[str, float] = {}
    for s, w in zip(group, strength, strict=True):
        support[s.kind] = support.get(s.kind, 0.0) + w
    kinds = tuple(sorted(support, key=lambda k: (-support[k], k)))
    evidence = tuple(sorted({s.evidence for s in group if s.evidence}, key=_id_order))
    return Relation(p[0], p[1], sign, round(1 - remaining, 4), kinds, evidence)


def _id_order(evidence_id: str) -> tuple[str, int]:
    """"e2" before "e10"; events before quotes."""
    head = evidence_id.rstrip("0123456789")
    tail = evidence_id[len(head):]
    return head, int(tail) if tail else 0
