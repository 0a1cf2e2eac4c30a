"""Tie each quotation to the cue that introduces it, or call it a scare quote.

A quotation is *sentence-like* when it reads as a statement of its own (four
words or more starting with a capital or after a colon or at a paragraph start,
or three or more ending a sentence); otherwise it is a *fragment*. The cue is
sought, in order:

1. right after the closing mark: ``“...,” Wen says`` / ``“...,” says Lee, a scholar``;
2. up the parse from the quoted words: ``said the talks were “going nowhere”``;
3. right before the opening mark: ``Lee said: “...”``, or at the end of the
   previous paragraph when it ends with a colon.

A fragment with no speech cue over it, with only a belief cue ("fears an “Asian
Nato”"), or that is a short capitalised label not named by a naming verb, is a
scare quote: it is dropped. A sentence-like quotation with no cue is kept
unattached; the extractor gives it the previous speaker or none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from realpolitik.quotes.cues import Cue
from realpolitik.quotes.marks import QuotedSpan, is_mark
from realpolitik.quotes.speaker import SpeakerWords, find_speaker

_WINDOW = 40
_SENTENCE_END = frozenset(".!?…")
_NAMING = frozenset({"call", "describe", "dub", "label", "brand", "term"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "a", "an", "de"})


@dataclass(frozen=True, slots=True)
class Attachment:
    """How one quotation is attributed: kind "direct" or "partial"; cue None when unattached."""

    kind: str
    cue: Cue | None
    speaker: SpeakerWords | None


def attach_quote(doc: Doc, text: str, quoted: QuotedSpan, cues: dict[int, Cue]) -> Attachment | None:
    """The attachment of one quotation, or None for a scare quote. ``text`` is ``doc.text``."""
    words = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    whole = is_sentence_like(text, quoted)
    cue = _cue_after(doc, words, cues) or _cue_above(text, words, cues)
    if cue is None and whole:
        cue = _cue_before(doc, quoted, cues)
    if cue is None:
        return Attachment("direct", None, None) if whole else None
    speaker = find_speaker(doc, cue)
    if whole:
        return Attachment("direct", cue, speaker)
    if not cue.is_speech or speaker is None or _is_unnamed_label(doc, words, cue):
        return None
    return Attachment("partial", cue, speaker)


def is_interrupted_by(doc: Doc, text: str, first: QuotedSpan, cue: Cue, second: QuotedSpan) -> bool:
    """Is ``second`` the rest of ``first``, split only by the frame of its cue?

    ("“The port is closed,” she said. “It will stay closed.”"): true when the cue
    lies between the two, in one paragraph, and every word between them belongs
    to the cue's clause (its speaker, a time, a manner), so nothing else is said there.
    A frame longer than the quoted words keeps the parts apart: the joined quote
    would be mostly words nobody said.
    """
    verb = doc[cue.i]
    if not first.end <= verb.idx < second.open_at or "\n" in text[first.end:second.open_at]:
        return False
    if second.open_at - first.end > (first.end - first.start) + (second.end - second.start):
        return False
    gap = doc.char_span(first.end, second.open_at, alignment_mode="contract")
    return gap is not None and all(t.is_punct or t.is_space or _dominated(t, verb) for t in gap)


def is_sentence_like(text: str, quoted: QuotedSpan) -> bool:
    """Does the quotation read as a statement of its own rather than a phrase?"""
    words = text[quoted.start:quoted.end].split()
    if len(words) >= 3 and text[quoted.end - 1] in _SENTENCE_END:
        return True
    before = text[:quoted.open_at].rstrip()[-1:]
    return len(words) >= 4 and (words[0][0].isupper() or quoted.opens_paragraph or before == ":")


def _cue_after(doc: Doc, words: Span, cues: dict[int, Cue]) -> Cue | None:
    """A cue right after the closing mark, with nothing but its speaker in between."""
    first = words.end
    while first < len(doc) and first < words.end + 3 and (doc[first].is_punct or doc[first].is_space):
        if "\n" in doc[first].text:
            return None
        first += 1
    for i in range(first, min(first + _WINDOW, len(doc))):
        token = doc[i]
        if _breaks(token):
            return None
        cue = cues.get(i)
        if cue is not None:
            framed = _only_frame_between(doc, first, i, cue) and not _reports_own_clause(doc[i])
            return cue if framed else None
    return None


def _reports_own_clause(verb: Token) -> bool:
    """"“...” She says it shows ...": a cue with an unquoted clause after it frames that clause."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and not is_mark(c.doc[c.left_edge.i].text)
               for c in verb.children)


def _only_frame_between(doc: Doc, start: int, stop: int, cue: Cue) -> bool:
    speaker = find_speaker(doc, cue)
    head = doc[speaker.head] if speaker else None
    for token in doc[start:stop]:
        in_speaker = head is not None and head.left_edge.i <= token.i <= head.right_edge.i
        modifies_cue = token.head.i == cue.i and token.dep_ in ("advmod", "aux", "neg", "npadvmod")
        if not (token.is_punct or in_speaker or modifies_cue):
            return False
    return True


def _cue_above(text: str, words: Span, cues: dict[int, Cue]) -> Cue | None:
    """The nearest cue among the heads above the quoted words, within their paragraph.

    A belief cue under a speech cue yields to it: in "she said she expects them
    “to win”" the quoted words are hers as said, not as believed.
    """
    found = None
    token = words.root
    for _ in range(_WINDOW):
        if token.head is token:
            break
        token = token.head
        cue = cues.get(token.i)
        if cue is None or words.start <= token.i < words.end:
            continue
        lo, hi = sorted((token.idx, words.start_char))
        if text.find("\n", lo, hi) >= 0:
            break
        if cue.is_speech:
            return cue
        found = found or cue
    return found


def _cue_before(doc: Doc, quoted: QuotedSpan, cues: dict[int, Cue]) -> Cue | None:
    """A cue closing the frame before the opening mark ("Lee said:", "according to Lee,")."""
    mark = doc.char_span(quoted.open_at, quoted.open_at + 1, alignment_mode="expand")
    if mark is None:
        return None
    i = mark.start - 1
    if quoted.opens_paragraph:
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text != ":":
            return None
    for j in range(i, max(i - _WINDOW, -1), -1):
        if _breaks(doc[j]):
            return None
        cue = cues.get(j)
        if cue is not None:
            return cue if _only_cue_words(doc, cue, j + 1, mark.start) else None
    return None


def _only_cue_words(doc: Doc, cue: Cue, start: int, stop: int) -> bool:
    verb = doc[cue.i]
    return all(t.is_punct or t.is_space or t.pos_ == "SCONJ" or _dominated(t, verb)
               for t in doc[start:stop])


def _dominated(token: Token, ancestor: Token) -> bool:
    return ancestor.left_edge.i <= token.i <= ancestor.right_edge.i


def _breaks(token: Token) -> bool:
    return "\n" in token.text or token.text in _SENTENCE_END or is_mark(token.text)


def _is_unnamed_label(doc: Doc, words: Span, cue: Cue) -> bool:
    """A short capitalised term ("Arctic Nato") is a label unless a naming verb names it."""
    tokens = [t for t in words if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    if not tokens or len(words) > 3 or not all(t.text[0].isupper() for t in tokens):
        return False
    named = doc[cue.i].lemma_.lower() in _NAMING
    return not (named and words.root.head.i == cue.i)
