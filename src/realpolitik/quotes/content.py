"""Content: what a cue reports, as character offsets into the text.

The reported clause of "said (that) ..." is the cue's clausal complement; for
"according to X, ..." it is the rest of the sentence; for a parenthetical ("the
talks, he said, failed") the clause it interrupts; for verbs that take an object
("accused Washington of meddling", "urged allies to act", "announced the
closure") their complements, less a leading time or place; for any other verb of
saying, an object with what it is asked to do ("told aides to leave"). A second
clause joined on with "that" belongs to the same cue; the content stays inside
the cue's paragraph. Edges are trimmed of punctuation, quote marks and a leading "that".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from realpolitik.quotes.cues import Cue

_OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "oprd", "ccomp", "dative", "attr", "pcomp"})
_MIN_TOKENS = 3
# Prepositions that open a time, place or channel ("in an email", "from the capital"), not content.
_CIRCUMSTANCE = frozenset({"in", "at", "from", "during", "under", "after", "before", "since", "by", "via", "through"})
_CONCESSIVE = frozenset({"while", "whilst", "although", "though", "whereas"})


def find_content(doc: Doc, cue: Cue, cues: dict[int, Cue]) -> tuple[int, int] | None:
    """(start, end) character offsets of what the cue reports, or None.

    A clause joined on with "and" that holds an attribution of its own ("..., and
    officials said ...") is not part of the content. The content never leaves the
    cue's paragraph: the parser sometimes runs a sentence over a line break.
    """
    lo, hi = paragraph_tokens(doc, cue.i)
    span = _content_tokens(doc, cue, cues, lo, hi)
    if span is None:
        return None
    return _trimmed(doc, max(span[0], lo), min(span[1], hi))


def paragraph_tokens(doc: Doc, i: int) -> tuple[int, int]:
    """Token range [start, end) of the paragraph (line) that holds token i."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return start, end


def _content_tokens(doc: Doc, cue: Cue, cues: dict[int, Cue], lo: int, hi: int) -> tuple[int, int] | None:
    token = doc[cue.i]
    if cue.text.lower().startswith("according"):
        return _around(doc, token)
    clauses = sorted((c for c in token.children if c.dep_ == "ccomp" and lo <= c.i < hi), key=lambda c: c.i < token.i)
    clause = clauses[0] if clauses else None
    if clause is not None:
        end = _clause_end(clause, cues)
        if _is_concessive(token):
            end = _first_comma(doc, token.i, end)
        return clause.left_edge.i, end
    if token.dep_ == "parataxis":
        return _around(doc, token)
    if cue.takes_object:
        return _complements(token)
    return _asked_to(token) if cue.is_speech else None


def _asked_to(token: Token) -> tuple[int, int] | None:
    """"told his aides to leave", "asked voters to stay home": the object and what it is asked to do."""
    action = next((c for c in token.rights if c.dep_ == "xcomp"), None)
    if action is None:
        return None
    start = min((c.left_edge.i for c in token.rights if c.dep_ in ("dobj", "dative") and c.i < action.i),
                default=action.left_edge.i)
    return start, action.right_edge.i + 1


def _clause_end(clause: Token, cues: dict[int, Cue]) -> int:
    for child in clause.rights:
        if child.dep_ == "conj" and _is_own_attribution(child, cues):
            return child.left_edge.i
    return clause.right_edge.i + 1


def _is_own_attribution(clause: Token, cues: dict[int, Cue]) -> bool:
    """"..., and officials said ...": a joined clause whose verb is a cue with a subject of its own.

    One that opens with "that" ("said A and that the footage showed B") is a second
    reported clause of the same cue, whatever its verb.
    """
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return clause.i in cues and _has_subject(clause)


def _is_concessive(token: Token) -> bool:
    # "while analysts say X, Y": parsers often hang the main clause Y under "say".
    return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in token.children)


def _first_comma(doc: Doc, start: int, end: int) -> int:
    return next((i for i in range(start, end) if doc[i].text == ","), end)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _around(doc: Doc, token: Token) -> tuple[int, int] | None:
    """Tokens of the sentence around the phrase that token heads, minus that phrase."""
    sent = token.sent
    phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
    before = _trimmed(doc, sent.start, phrase_start)
    after = _trimmed(doc, phrase_end, sent.end)
    if before and after:
        return sent.start, sent.end
    return (sent.start, phrase_start) if before else (phrase_end, sent.end) if after else None


def _complements(token: Token) -> tuple[int, int] | None:
    parts = [c for c in token.rights if c.dep_ in _OBJECT_DEPS]
    while parts and parts[0].lower_ in _CIRCUMSTANCE:
        parts.pop(0)  # a leading time or place is no content; one after an object goes with it
    if not parts:
        return None
    return parts[0].left_edge.i, parts[-1].right_edge.i + 1


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end) as characters, without edge punctuation or "that"."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    if end - start < _MIN_TOKENS:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
