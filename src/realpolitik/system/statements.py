"""Relation statements on the dependency parse: "X's closest ally", "X relies on Y", "an X-Y alliance".

Two shapes, both driven by ``data/relation_lexicon.yaml``:

- a relation noun ("ally", "trade", "rivalry", ...) ties the actors named in its
  pre-modifiers and possessor ("Moscow's ally", "the US-Japan alliance": hyphenated
  lists are split because every mention inside the modifiers counts) and in its
  "between/among/of/with" phrase, to each other or, when the noun is predicated
  ("X is Y's ally", "X and Y are rivals", "X, Y's partner"), to the subject;
- a relation verb ties its subject to its object ("X relies on Y", "X backs Y").

Modality: what a noun phrase presupposes ("the X-Y alliance") counts whatever the
clause around it says; a predication ("X relies on Y", "X and Y are allies") is
left out when its clause is negated or carries a modal (would, could, ...).
Verb statements that an event of the same pair already covers in the same
sentence are left out, so one clause is not counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from realpolitik.model import Event, Quote
from realpolitik.system.graph import pair
from realpolitik.system.relations import Signal, lexicon, state_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from realpolitik.actors.layer import ActorLayer

FIRST_PERSON = ("we", "us", "our", "ours")
MODALS = ("would", "could", "might", "may", "should", "must")
GROUP_PREPS = ("between", "among", "of", "with")
SUBJECTS = ("nsubj", "nsubjpass")


class Reader:
    """Finds the state-level actors a token stands for, in one article."""

    def __init__(self, layer: ActorLayer, quotes: Sequence[Quote]):
        self.layer = layer
        self.quotes = quotes

    def quote_at(self, offset: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= offset < q.end), None)

    def actors(self, start: int, end: int) -> list[str]:
        """State-level actors mentioned in [start, end), in text order, without repeats."""
        found = [state_of(m.actor_id, self.layer) for m in self.layer.mentions_in(start, end)]
        return list(dict.fromkeys(a for a in found if a))

    def phrase(self, token: Token) -> list[str]:
        """Actors of the noun phrase headed by ``token`` and its conjuncts."""
        found: list[str] = []
        for head in (token, *token.conjuncts):
            here = self.actors(head.left_edge.idx, head.idx + len(head))
            if not here and head.lower_ in FIRST_PERSON:
                quote = self.quote_at(head.idx)
                speaker = state_of(quote.speaker, self.layer) if quote else None
                here = [speaker] if speaker else []
            found += here
        return list(dict.fromkeys(found))


def statement_signals(doc: Doc, layer: ActorLayer, quotes: Sequence[Quote], events: Sequence[Event]
                      ) -> list[Signal]:
    """Signals from the relation nouns and verbs of ``doc`` (see the module docstring)."""
    reader = Reader(layer, quotes)
    lex = lexicon()
    signals: list[Signal] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN") and lemma in lex["nouns"]:
            signals += _noun_signals(token, lex["nouns"][lemma], reader, lex["modifiers"])
        elif token.pos_ == "VERB" and lemma in lex["verbs"]:
            found = _verb_signals(token, lex["verbs"][lemma], reader)
            signals += [s for s in found if not _covered(s, token, events, layer)]
    return signals


def _noun_signals(noun: Token, entry: list, reader: Reader, modifiers: dict) -> list[Signal]:
    score, kind = _modified(noun, float(entry[0]), modifiers), entry[1]
    group = reader.actors(noun.left_edge.idx, noun.idx)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in GROUP_PREPS:
            group += [a for obj in child.children if obj.dep_ == "pobj" for a in reader.phrase(obj)]
    group = list(dict.fromkeys(group))
    subjects, predicated = _predicated_of(noun, reader, lex_joint=lexicon()["joint_verbs"])
    if predicated and noun.dep_ == "dobj":  # "X signed a pact with Y": the "with" may hang on the verb
        group += [a for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "with"
                  for obj in p.children if obj.dep_ == "pobj" for a in reader.phrase(obj)]
        group = list(dict.fromkeys(group))
    if predicated and _irrealis(_clause_verb(noun)):
        return []
    if subjects and group:
        pairs = [(s, g) for s in subjects for g in group]
    else:
        pairs = list(combinations(subjects or group, 2))
    return _signals(pairs, score, kind, reader.quote_at(noun.idx))


def _predicated_of(noun: Token, reader: Reader, *, lex_joint: list[str]) -> tuple[list[str], bool]:
    """The actors a relation noun is said of, and whether by a predication.

    "X is Y's ally", "X and Y signed a pact" (predications); "X, Y's ally" (apposition).
    """
    head = noun
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "appos":
        return reader.phrase(head.head), False
    joint = head.dep_ == "dobj" and head.head.lemma_.lower() in lex_joint
    if head.dep_ in ("attr", "oprd") or joint:
        verb = head.head
        subjects = [t for t in verb.children if t.dep_ in SUBJECTS]
        return [a for s in subjects for a in reader.phrase(s)], True
    return [], False


def _modified(noun: Token, score: float, modifiers: dict) -> float:
    """The noun's score, turned round by "dwindling", "strained" ..., strengthened by "close" ...."""
    words = {c.lemma_.lower() for c in noun.children} | {c.lower_ for c in noun.children}
    if noun.head.pos_ == "VERB":  # "trust is dwindling", "trade is booming", "dwindling trust" parsed as a verb
        words |= {noun.head.lemma_.lower(), noun.head.lower_}
    if words & set(modifiers["flip"]):
        score = -abs(score) if score > 0 else score
    if words & set(modifiers["boost"]):
        score = max(-1.0, min(1.0, score * 1.25))
    return score


def _verb_signals(verb: Token, entry: list, reader: Reader) -> list[Signal]:
    score, kind, prep = float(entry[0]), entry[1], entry[2]
    if _irrealis(verb):
        return []
    subjects = [a for t in verb.children if t.dep_ in SUBJECTS for a in reader.phrase(t)]
    if prep:
        objects = [t for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ == prep
                   for t in p.children if t.dep_ == "pobj"]
    else:
        objects = [t for t in verb.children if t.dep_ == "dobj"]
    targets = [a for t in objects for a in reader.phrase(t)]
    pairs = [(s, t) for s in subjects for t in targets]
    return _signals(pairs, score, kind, reader.quote_at(verb.idx))


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token


def _irrealis(verb: Token) -> bool:
    """Whether the clause of ``verb`` is negated, modal or conditional."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return True
    return False


def _signals(pairs: list[tuple[str, str]], score: float, kind: str, quote: Quote | None) -> list[Signal]:
    evidence = quote.id if quote else None
    return [Signal(*pair(a, b), score, kind, evidence) for a, b in pairs if a != b]


def _covered(signal: Signal, token: Token, events: Sequence[Event], layer: ActorLayer) -> bool:
    """Whether an event of the same pair lies in the sentence of ``token``."""
    sent = token.sent
    for e in events:
        a, b = state_of(e.source, layer), state_of(e.target, layer)
        if a and b and pair(a, b) == (signal.source, signal.target) and (
            e.evidence.start < sent.end_char and sent.start_char < e.evidence.end
        ):
            return True
    return False
