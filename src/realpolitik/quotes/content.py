"""Content: what a cue reports, as character offsets into the text.

The reported clause of "said (that) ..." is the cue's clausal complement; for
"according to X, ..." it is the rest of the sentence; for a parenthetical ("the
talks, he said, failed") the clause it interrupts; for verbs that take an object
("accused Washington of meddling", "urged allies to act") their complements.
Edges are trimmed of punctuation, quote marks and a leading "that".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from realpolitik.quotes.cues import Cue

_OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "oprd", "ccomp", "dative", "attr", "pcomp"})
_MIN_TOKENS = 3
_CONCESSIVE = frozenset({"while", "whilst", "although", "though", "whereas"})


def find_content(doc: Doc, cue: Cue, cues: dict[int, Cue]) -> tuple[int, int] | None:
    """(start, end) character offsets of what the cue reports, or None.

    A clause joined on with "and" that holds an attribution of its own ("..., and
    officials said ...") is not part of the content.
    """
    token = doc[cue.i]
    if cue.text.lower().startswith("according"):
        return _around(doc, token)
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        end = _clause_end(clause, cues)
        if _is_concessive(token):
            end = _first_comma(doc, token.i, end)
        return _trimmed(doc, clause.left_edge.i, end)
    if token.dep_ == "parataxis":
        return _around(doc, token)
    if cue.takes_object:
        return _complements(doc, token)
    return None


def _clause_end(clause: Token, cues: dict[int, Cue]) -> int:
    for child in clause.rights:
        if child.dep_ == "conj" and any(t.i in cues and _has_subject(t) for t in child.subtree):
            return child.left_edge.i
    return clause.right_edge.i + 1


def _is_concessive(token: Token) -> bool:
    # "while analysts say X, Y": parsers often hang the main clause Y under "say".
    return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in token.children)


def _first_comma(doc: Doc, start: int, end: int) -> int:
    return next((i for i in range(start, end) if doc[i].text == ","), end)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _around(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The sentence around the phrase that token heads, minus that phrase."""
    sent = token.sent
    phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
    before = _trimmed(doc, sent.start, phrase_start)
    after = _trimmed(doc, phrase_end, sent.end)
    if before and after:
        return before[0], after[1]
    return before or after


def _complements(doc: Doc, token: Token) -> tuple[int, int] | None:
    parts = [c for c in token.rights if c.dep_ in _OBJECT_DEPS]
    if not parts:
        return None
    return _trimmed(doc, parts[0].left_edge.i, parts[-1].right_edge.i + 1)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end) as characters, without edge punctuation or "that"."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    if end - start < _MIN_TOKENS:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
