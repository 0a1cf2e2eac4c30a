"""Cues: the words that introduce an attribution ("said", "according to", "believe").

A cue is a verb from the packaged lexicon used as a verb, or the preposition
"according to". Naming verbs ("called", "dubbed") count only when someone does
the naming ("what she called a disaster"), not in "a town called Hope".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from realpolitik.quotes.lexicon import SPEECH, cue_verbs

_NAMING = frozenset({"call", "describe", "dub", "label", "brand", "term"})
# Subjects that make a verb of saying a verb of showing ("That suggests ...").
_NOT_SPEAKERS = frozenset({"this", "that", "these", "those", "which", "what", "there"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue at token ``i``; ``text`` is its surface form ("says", "according to")."""

    i: int
    text: str
    cls: str
    takes_object: bool

    @property
    def is_speech(self) -> bool:
        return self.cls == SPEECH


def find_cues(doc: Doc) -> dict[int, Cue]:
    """Every cue of the document, by token index."""
    found = {}
    for token in doc:
        cue = cue_at(token)
        if cue is not None:
            found[token.i] = cue
    return found


def cue_at(token: Token) -> Cue | None:
    """The cue that token is, or None."""
    if token.lower_ == "according" and _next_is(token, "to"):
        return Cue(token.i, f"{token.text} {token.nbor().text}", SPEECH, False)
    verb = cue_verbs().get(token.lemma_.lower())
    if verb is None or token.pos_ not in ("VERB", "AUX") or token.tag_ == "MD":
        return None
    if verb.lemma in _NAMING and not _names_something(token):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _NOT_SPEAKERS for c in token.children):
        return None
    text = token.text
    particle = next((c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1), None)
    if particle is not None:
        text = f"{text} {particle.text}"
    return Cue(token.i, text, verb.cls, verb.takes_object)


def _next_is(token: Token, word: str) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor().lower_ == word


def _names_something(token: Token) -> bool:
    """True for an active naming verb with something named or asked for."""
    deps = {c.dep_ for c in token.children}
    if "auxpass" in deps or "nsubjpass" in deps or (token.dep_ == "acl" and token.tag_ == "VBN"):
        return False
    calls_for = any(c.dep_ == "prep" and c.lower_ in ("for", "on", "as") for c in token.children)
    return calls_for or bool(deps & {"dobj", "oprd", "ccomp", "xcomp"}) or _object_is_relative(token)


def _object_is_relative(token: Token) -> bool:
    # "what Mr Smith called a farce": the object is the relative pronoun before the subject.
    return token.dep_ in ("relcl", "ccomp", "pcomp") and any(c.dep_ == "nsubj" for c in token.children)
