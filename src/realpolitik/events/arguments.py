"""Resolve argument tokens to the actors the actor layer found there.

An argument phrase stands for the actor named by its head noun first ("the
Russian troops" -> the mention over "troops"), then by the words that modify
the head ("North Korean troops", "Russia's army", "US-led forces"), then by
the object of an "of" phrase ("thousands of North Korean troops", "leaders of
Egypt's opposition"). Other prepositional phrases and clauses are not looked
into: "evidence against Russia" does not stand for Russia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.actors import ActorLayer
    from realpolitik.model import Mention

MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod", "appos")
# How many nested "of" phrases to look through ("members of the army of X").
MAX_DEPTH = 3


def mention_for(token: Token, layer: ActorLayer, depth: int = 0) -> Mention | None:
    """The mention that the phrase headed by ``token`` stands for, or None."""
    hit = _mention_over(token, layer)
    if hit is not None or depth >= MAX_DEPTH:
        return hit
    for dep in MODIFIERS:
        for child in token.children:
            if child.dep_ == dep:
                hit = _mention_over(child, layer) or _compound_mention(child, layer)
                if hit is not None:
                    return hit
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    hit = mention_for(obj, layer, depth + 1)
                    if hit is not None:
                        return hit
    return None


def mentions_for(token: Token, layer: ActorLayer) -> list[Mention]:
    """Like ``mention_for``, but a list of "of" objects counts each ("the leaders of Chile and Peru")."""
    hit = mention_for(token, layer)
    if hit is None or _mention_over(token, layer) is not None:
        return [] if hit is None else [hit]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and mention_for(obj, layer) == hit:
                    found = (mention_for(t, layer) for t in (obj, *obj.conjuncts))
                    return list(dict.fromkeys(m for m in found if m is not None))
    return [hit]


def _mention_over(token: Token, layer: ActorLayer) -> Mention | None:
    return layer.mention_at(token.idx, token.idx + len(token.text))


def _compound_mention(token: Token, layer: ActorLayer) -> Mention | None:
    """A mention inside a modifier's own compounds ("the [US-South Korea] alliance")."""
    start = token.left_edge.idx
    end = token.idx + len(token.text)
    found = layer.mentions_in(start, end)
    return found[-1] if found else None
