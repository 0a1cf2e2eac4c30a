"""Speakers: the words that name who a cue attributes to ("Wen", "he", "a senior official").

Reads the parse: the cue's subject; the object of "according to"; the agent of a
passive ("was told by aides"); for a relative clause ("Lee, who says ...") the
noun the clause hangs on; for "saying"/"and added" the subject of the verb it
depends on; after an inverted cue ("says Lee") the noun that follows. A subject
the parser found inside a quotation or on another line is not taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from realpolitik.quotes.cues import Cue
from realpolitik.quotes.marks import is_mark

_RELATIVE = frozenset({"who", "which", "that", "whom"})
_LEFT_DEPS = frozenset({"compound", "flat", "det", "amod", "nmod", "poss", "case", "nummod", "quantmod"})
_NOUNS = frozenset({"PROPN", "NOUN", "PRON"})


@dataclass(frozen=True, slots=True)
class SpeakerWords:
    """Tokens ``[start, end)`` naming the speaker; ``head`` is the index of its head word.

    ``relative`` is the index of the relative pronoun that stands for the speaker
    in the cue's own clause ("Lee, who says ..."), or None; the words name the
    noun it refers to.
    """

    start: int
    end: int
    head: int
    relative: int | None = None


def find_speaker(doc: Doc, cue: Cue) -> SpeakerWords | None:
    """Who the cue attributes to, or None when the parse names nobody."""
    head = _speaker_head(doc[cue.i])
    if head is None:
        return None
    if head.lower_ in _RELATIVE and head.dep_ in ("nsubj", "pobj"):
        antecedent = _antecedent(head)
        return None if antecedent is None else _phrase(antecedent, relative=head.i)
    return _phrase(head)


def _speaker_head(token: Token) -> Token | None:
    if token.lower_ == "according":
        to = token.nbor()
        return next((c for c in to.children if c.dep_ == "pobj"), None) or _noun_after(to)
    subject = _subject(token)
    if subject is not None:
        return subject if _same_frame(subject, token) else _noun_beside(token)
    for _ in range(3):  # "X said ... and added", "X hit back, saying": the governing verb's subject
        if token.dep_ not in ("conj", "advcl", "xcomp", "acl") or token.head is token:
            break
        token = token.head
        subject = _subject(token)
        if subject is not None:
            return subject
    return _noun_after(token)


def _same_frame(subject: Token, verb: Token) -> bool:
    """Are subject and verb on one line and on one side of every quotation mark?

    An odd number of marks between them puts the subject inside a quotation
    ("“Full marks,” said Lee": the parser may take "marks" for the subject).
    """
    lo, hi = sorted((subject.i, verb.i))
    between = subject.doc[lo + 1:hi]
    if any("\n" in t.text for t in between):
        return False
    return sum(is_mark(t.text) for t in between) % 2 == 0


def _noun_beside(verb: Token) -> Token | None:
    """Failing a usable subject: the noun right before the verb, or right after an inverted one."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and "\n" not in doc[i].text:
        i -= 1
    if i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "PRON") and doc[i].lower_ not in _RELATIVE:
        return doc[i]
    if i >= 0 and (doc[i].is_punct or is_mark(doc[i].text)):
        return _noun_after(verb)
    return None


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun ("who") stands for: the head of its relative clause."""
    clause = relative.head
    while clause.dep_ != "relcl" and clause.head is not clause and clause.dep_ in ("conj", "agent", "prep"):
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    while noun.dep_ == "appos" and noun.head is not noun:
        noun = noun.head
    return noun


def _subject(verb: Token) -> Token | None:
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subject is not None and subject.pos_ == "NOUN":
        # "The minister, Pol Averin, said": the name in apposition says who.
        subject = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    return subject


def _noun_after(token: Token) -> Token | None:
    """The noun right after an inverted cue: 'says Lee', 'said the minister'."""
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 5, len(doc))):
        if doc[i].pos_ in _NOUNS:
            head = doc[i]
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            return head
        if doc[i].pos_ not in ("DET", "ADJ", "PROPN", "ADV"):
            return None
    return None


def _phrase(head: Token, relative: int | None = None) -> SpeakerWords:
    start = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("flat", "compound") or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return SpeakerWords(start, end, head.i, relative)
