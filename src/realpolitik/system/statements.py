"""Relation statements on the dependency parse: "X's closest ally", "X relies on Y", "an X-Y alliance".

Three shapes, all driven by ``data/relation_lexicon.yaml``:

- a relation noun ("ally", "trade", "rivalry", ...) ties the actors named in its
  pre-modifiers and possessor ("Moscow's ally", "the US-Japan alliance": hyphenated
  lists are split because every mention inside the modifiers counts) and in its
  "between/among/of" phrase to each other or, when the noun is predicated
  ("X is Y's ally", "X and Y are rivals", "X, Y's partner"), to the subject; the
  actors of its "with" phrase are partners of its owner ("the US alliances with
  Japan and Korea" ties the US to each, not Japan to Korea);
- "X sees Y as N" (``as_verbs``) ties X to Y with the noun N ("a buffer", "a threat");
- a relation verb ties its subject to its object ("X relies on Y", "X backs Y").

Modifiers (``modifiers`` in the lexicon): a decline ("dwindling trust", "strained
ties", "relations under strain") is weak evidence against the tie, tier "decline"
(see ``relations``); a bare tie ("relations", "ties") counts only when qualified
("close ties" cooperative, "hostile relations" hostile, "strained relations" a decline).

Modality: what a noun phrase presupposes ("the X-Y alliance") counts whatever the
clause around it says; a predication ("X relies on Y", "X and Y are allies") is
left out when its clause is negated or carries a modal (would, could, ...), and
anything below a hedge ("the risk of an alliance", "no alliance") is left out. Verb statements
that an event of the same pair already covers in the same sentence are left out,
so one clause is not counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from realpolitik.model import Event, Quote, Span
from realpolitik.system.graph import pair
from realpolitik.system.relations import DECLINE_SCORE, Signal, lexicon, state_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from realpolitik.actors.layer import ActorLayer

FIRST_PERSON = ("we", "us", "our", "ours")
MODALS = ("would", "could", "might", "may", "should", "must")
GROUP_PREPS = ("between", "among", "of")
SUBJECTS = ("nsubj", "nsubjpass")
INDEFINITE = ("a", "an", "another", "no")
LABEL_WORDS = 4  # a quoted stretch this short around a name is a label ("an "Arctic Nato"")
QUOTED_LABEL = re.compile(r"[“\"]([^“”\"\n]{1,60})[”\"]")


class Reader:
    """Finds the state-level actors a token stands for, in one article."""

    def __init__(self, layer: ActorLayer, quotes: Sequence[Quote], labels: frozenset[tuple[int, int]] = frozenset()):
        self.layer = layer
        self.quotes = quotes
        self.labels = labels

    def quote_at(self, offset: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= offset < q.end), None)

    def actors(self, start: int, end: int) -> list[str]:
        """State-level actors mentioned in [start, end), in text order, without repeats; labels left out."""
        found = [state_of(m.actor_id, self.layer) for m in self.layer.mentions_in(start, end)
                 if (m.start, m.end) not in self.labels]
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

    def objects(self, head: Token, preps: Sequence[str]) -> list[str]:
        """Actors of the objects of the prepositions ``preps`` that hang on ``head``."""
        return list(dict.fromkeys(a for p in head.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
                                  for obj in p.children if obj.dep_ == "pobj" for a in self.phrase(obj)))

    def signals(self, pairs: list[tuple[str, str]], score: float, kind: str, cue: Token, tier: str = "statement"
                ) -> list[Signal]:
        """One signal per pair of different actors, with the cue's quote and sentence as evidence."""
        quote = self.quote_at(cue.idx)
        evidence = (quote.id,) if quote else ()
        span = sentence_span(cue)
        return [Signal(*pair(a, b), score, kind, evidence, tier, span) for a, b in pairs if a != b]


def sentence_span(token: Token) -> Span:
    """The sentence of ``token``, without surrounding white space, as a Span of the article."""
    sent = token.sent
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return Span(start, start + len(text.strip()), text.strip())


def statement_signals(doc: Doc, layer: ActorLayer, quotes: Sequence[Quote], events: Sequence[Event], *,
                      labels: frozenset[tuple[int, int]] = frozenset()) -> list[Signal]:
    """Signals from the relation nouns and verbs of ``doc`` (see the module docstring)."""
    reader = Reader(layer, quotes, labels)
    lex = lexicon()
    signals: list[Signal] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN") and lemma in lex["nouns"] and not hedged(token):
            signals += _noun_signals(token, lex["nouns"][lemma], reader)
        elif token.pos_ == "VERB" and lemma in lex["verbs"]:
            found = _verb_signals(token, lex["verbs"][lemma], reader)
            signals += [s for s in found if not covered(s, token, events, layer)]
    return signals


def _noun_signals(noun: Token, entry: list, reader: Reader) -> list[Signal]:
    score, tier = modified(noun, float(entry[0]))
    if score == 0:
        return []
    members = reader.actors(noun.left_edge.idx, noun.idx) + _detached_possessor(noun, reader)
    members += bound_pronoun(noun, reader)
    members += reader.objects(noun, GROUP_PREPS)
    partners = reader.objects(noun, ("with",))
    subjects, predicated = _predicated_of(noun, reader)
    if predicated and noun.dep_ == "dobj":  # "X signed a pact with Y": the "with" may hang on the verb
        partners += reader.objects(noun.head, ("with",))
    if predicated and irrealis(clause_verb(noun)):
        return []
    others = list(dict.fromkeys(members + partners))
    if subjects and others:
        pairs = [(s, g) for s in subjects for g in others]
    elif partners:
        pairs = [(m, p) for m in members for p in partners]
    else:
        pairs = list(combinations(list(dict.fromkeys(subjects or members)), 2))
    return reader.signals(pairs, score, entry[1], noun, tier)


def _detached_possessor(noun: Token, reader: Reader) -> list[str]:
    """The possessor right before a noun phrase that the parser hung elsewhere: in "X and Y's close
    ties" the "'s" may end up on Y, a conjunct of X, and not on "ties"."""
    i = noun.left_edge.i - 1
    if i < 0 or noun.doc[i].dep_ != "case" or noun.doc[i].head.dep_ == "poss":
        return []
    owner = noun.doc[i].head
    while owner.dep_ == "conj":
        owner = owner.head
    return reader.phrase(owner)


def bound_pronoun(noun: Token, reader: Reader) -> list[str]:
    """For a possessive "its" or "their" that the actor layer left unresolved, the subject of the
    nearest clause above it that has one ("X would respond by tightening its alliances")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if not owners or reader.actors(owners[0].idx, owners[0].idx + len(owners[0])):
        return []
    token = noun
    for _ in range(6):
        if token.head is token:
            break
        token = token.head
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if token.pos_ in ("VERB", "AUX") and subjects:
            return [a for s in subjects for a in reader.phrase(s)]
    return []


def _predicated_of(noun: Token, reader: Reader) -> tuple[list[str], bool]:
    """The actors a relation noun is said of, and whether by a predication.

    "X is Y's ally", "X and Y signed a pact", "X sees Y as a buffer" (predications; for the
    last, the subject X and the object Y both); "X, Y's ally" (apposition).
    """
    lex = lexicon()
    head = noun
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "appos":
        return reader.phrase(head.head), False
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in lex["as_verbs"]:
        verb = verb.head
        seen = [a for t in verb.children if t.dep_ == "dobj" for a in reader.phrase(t)]
        return [a for t in verb.children if t.dep_ in SUBJECTS for a in reader.phrase(t)] + seen, True
    joint = head.dep_ == "dobj" and verb.lemma_.lower() in lex["joint_verbs"]
    if head.dep_ in ("attr", "oprd") or joint:
        return [a for t in verb.children if t.dep_ in SUBJECTS for a in reader.phrase(t)], True
    return [], False


def modified(noun: Token, score: float) -> tuple[float, str]:
    """The noun's score and tier as its modifiers make them (see the module docstring)."""
    mods = lexicon()["modifiers"]
    words = {c.lemma_.lower() for c in noun.children} | {c.lower_ for c in noun.children}
    if noun.head.pos_ in ("VERB", "AUX"):  # "trust is dwindling", "ties are under strain"
        words |= {noun.head.lemma_.lower(), noun.head.lower_}
        words |= {o.lemma_.lower() for p in noun.head.children if p.lower_ == "under" for o in p.children}
    words |= {o.lemma_.lower() for p in noun.children if p.lower_ == "under" for o in p.children}
    if score == 0:
        score = 0.5 if words & set(mods["warm"]) else -0.5 if words & set(mods["cold"]) else 0.0
    if words & set(mods["decline"]):
        return (-DECLINE_SCORE if score >= 0 else DECLINE_SCORE), "decline"
    if words & set(mods["boost"]):
        score = max(-1.0, min(1.0, score * 1.25))
    return score, "statement"


def _verb_signals(verb: Token, entry: list, reader: Reader) -> list[Signal]:
    score, kind, prep = float(entry[0]), entry[1], entry[2]
    if irrealis(verb):
        return []
    subjects = [a for t in verb.children if t.dep_ in SUBJECTS for a in reader.phrase(t)]
    if prep:
        targets = reader.objects(verb, (prep,))
    else:
        targets = [a for t in verb.children if t.dep_ == "dobj" for a in reader.phrase(t)]
    pairs = [(s, t) for s in subjects for t in targets]
    return reader.signals(pairs, score, kind, verb, "violent" if kind == "conflict" else "statement")


def clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token


def irrealis(verb: Token) -> bool:
    """Whether the clause of ``verb`` is negated, modal or conditional."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return True
    return False


def hedged(noun: Token) -> bool:
    """Whether a noun names a possibility, not a fact: it hangs (through prepositions) on a hedge
    ("the risk of a war", "the likelihood of an alliance"), or its determiner is "no"."""
    hedges = set(lexicon()["hedges"])
    token = noun
    for _ in range(4):
        if token.dep_ not in ("pobj", "prep", "compound", "amod", "conj") or token.head is token:
            break
        token = token.head
        if token.lemma_.lower() in hedges:
            return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def indefinite(noun: Token) -> bool:
    """Whether the noun's determiner is "a", "an", "another" or "no"."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def label_mentions(doc: Doc, layer: ActorLayer) -> frozenset[tuple[int, int]]:
    """Mentions of international organisations that name no partner: inside a short quoted label
    ("an "Arctic Nato""), indefinite ("an Arctic Nato"), or below a hedge (see ``hedged``)."""
    text = doc.text
    quoted = [(m.start(1), m.end(1)) for m in QUOTED_LABEL.finditer(text)
              if len(m.group(1).split()) <= LABEL_WORDS]
    found = set()
    for m in layer.mentions:
        actor = layer.actor(m.actor_id)
        if actor is None or actor.kind != "igo":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        head = span.root if span is not None and len(span) else None
        in_label = any(s <= m.start and m.end <= e for s, e in quoted)
        if in_label or (head is not None and _hypothetical_name(head)):
            found.add((m.start, m.end))
    return frozenset(found)


def _hypothetical_name(token: Token) -> bool:
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    return hedged(token) or indefinite(token)


def covered(signal: Signal, token: Token, events: Sequence[Event], layer: ActorLayer) -> bool:
    """Whether an event of the same pair lies in the sentence of ``token``."""
    sent = token.sent
    for e in events:
        a, b = state_of(e.source, layer), state_of(e.target, layer)
        if a and b and pair(a, b) == (signal.source, signal.target) and (
            e.evidence.start < sent.end_char and sent.start_char < e.evidence.end
        ):
            return True
    return False
