"""Resolve argument tokens to the actors the actor layer found there.

An argument phrase stands for the actor named by its head noun first ("the
Russian troops" -> the mention over "troops"), then by the words that modify
the head ("North Korean troops", "Russia's army", "US-led forces"), then by
the object of an "of" phrase ("thousands of North Korean troops", "leaders of
Egypt's opposition"). Other prepositional phrases and clauses are not looked
into: "evidence against Russia" does not stand for Russia.

Two kinds of argument name their actor elsewhere:

- a bare number ("at least 10,000 had reached the border") stands for the
  nearest plural noun phrase before it, in its sentence or the one before,
  that names an actor ("thousands of Chilean troops"): it counts them;
- "its" or "their" inside a phrase attached to a noun with a possessor stands
  for that possessor ("Chile's ally in its dispute with Peru": Chile's
  dispute), whatever a pronoun resolver said about the word alone.

A state's civilian body named by where it sits ("a court in Guyana", "the
police in Lima"), and unarmed people named by where they are ("teachers in
Micronesia"), stand for that state: the "in" phrase is looked into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors.kb import load_knowledge_base

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.actors import ActorLayer
    from realpolitik.model import Mention

MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod", "appos")
# How many nested "of" phrases to look through ("members of the army of X").
MAX_DEPTH = 3
# Dependencies of a number that stands alone for what it counts ("10,000 had reached ...").
COUNTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# Sectors of the bodies a state keeps at home, and of the unarmed people who live in it ("a court
# in Guyana", "teachers in Micronesia", "protesters in Basel"): where they are says whose they
# are. Armed men and refugees are often abroad: "troops in Syria" need not be Syria's.
SEATED_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "CVL", "EDU", "LAB", "BUS", "AGR", "MED", "JRN", "OPP"})


def mention_for(token: Token, layer: ActorLayer, depth: int = 0) -> Mention | None:
    """The mention that the phrase headed by ``token`` stands for, or None."""
    hit = _possessor_of_phrase(token, layer) or _mention_over(token, layer)
    if hit is None and depth == 0 and _is_bare_number(token):
        return _counted_antecedent(token, layer)
    if hit is not None or depth >= MAX_DEPTH:
        return hit
    for dep in MODIFIERS:
        for child in token.children:
            if child.dep_ == dep:
                hit = _mention_over(child, layer) or _compound_mention(child, layer)
                if hit is not None:
                    return hit
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "in" and _is_seated_body(token))):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    hit = mention_for(obj, layer, depth + 1)
                    if hit is not None:
                        return hit
    return None


def _is_seated_body(noun: Token) -> bool:
    """Whether ``noun`` names a state's civilian body ("court", "police") or its unarmed people ("teachers")."""
    return noun.pos_ == "NOUN" and load_knowledge_base().sector_of(noun.lemma_) in SEATED_SECTORS


def mentions_for(token: Token, layer: ActorLayer) -> list[Mention]:
    """Like ``mention_for``, but a list counts each actor in it: of "of" objects ("the leaders of
    Chile and Peru") or of modifiers ("Chilean and Peruvian troops")."""
    hit = mention_for(token, layer)
    if hit is None:
        return []
    listed = _conjoined_modifiers(token, layer)
    if len(listed) > 1:
        return listed
    if _mention_over(token, layer) is not None:
        return [hit]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and mention_for(obj, layer) == hit:
                    found = (mention_for(t, layer) for t in (obj, *obj.conjuncts))
                    return list(dict.fromkeys(m for m in found if m is not None))
    return [hit]


def _conjoined_modifiers(token: Token, layer: ActorLayer) -> list[Mention]:
    """The actors of coordinated modifiers before ``token`` ("Chilean and Peruvian students"), one each."""
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < token.i and child.conjuncts:
            found = (_mention_over(t, layer) for t in (child, *child.conjuncts))
            unique = {m.actor_id: m for m in found if m is not None}
            if len(unique) > 1:
                return list(unique.values())
    return []


def _is_bare_number(token: Token) -> bool:
    return token.pos_ == "NUM" and token.dep_ in COUNTED_DEPS and not any(
        c.dep_ in ("prep", "compound", "amod") for c in token.children)


def _counted_antecedent(number: Token, layer: ActorLayer) -> Mention | None:
    """The actor of the nearest plural noun before ``number``, in its sentence or the one before,
    whose phrase names one ("thousands of Chilean troops ... at least 500 had crossed")."""
    sent = number.sent
    start = sent.start
    if start > 0:
        start = number.doc[start - 1].sent.start
    for token in reversed(number.doc[start:number.i]):
        if token.tag_ in ("NNS", "NNPS") and token.pos_ in ("NOUN", "PROPN"):
            hit = mention_for(token, layer, 1)
            if hit is not None:
                return hit
    return None


def _possessor_of_phrase(token: Token, layer: ActorLayer) -> Mention | None:
    """For "its"/"their" in a phrase attached to a noun with a named possessor, that possessor's
    mention ("X's partner in its war": X)."""
    if token.lower_ not in POSSESSIVE_PRONOUNS or token.dep_ != "poss" or token.head.dep_ != "pobj":
        return None
    holder = token.head.head.head
    owner = next((c for c in holder.children if c.dep_ == "poss" and c.i != token.i), None)
    if owner is None or holder.pos_ not in ("NOUN", "PROPN") or owner.pos_ == "PRON":
        return None
    return _mention_over(owner, layer)


def _mention_over(token: Token, layer: ActorLayer) -> Mention | None:
    return layer.mention_at(token.idx, token.idx + len(token.text))


def _compound_mention(token: Token, layer: ActorLayer) -> Mention | None:
    """A mention inside a modifier's own compounds ("the [US-South Korea] alliance")."""
    start = token.left_edge.idx
    end = token.idx + len(token.text)
    found = layer.mentions_in(start, end)
    return found[-1] if found else None
