"""Quotation marks: where quoted words begin and end, from the raw text alone.

Works on characters, not tokens, so it needs no model. Double marks only
(straight ``"``, curly ``“ ”``, guillemets, low ``„``, and the typewriter pairs
``''`` and ````` that some archives print for them): single marks are too often
apostrophes to pair safely. A quote never runs past the end of its paragraph
unless the next paragraph opens with a quote mark (the typographic convention for
a quotation over several paragraphs); an unclosed quote is cut at the paragraph
end, so an odd number of marks cannot swallow the rest of the article. Linear in
the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
MARKS = OPENERS | CLOSERS | {'"'}
# One mark: a character of MARKS, or two apostrophes (or backticks) standing for one.
_MARK = re.compile("''|``|[\"“”«»„]")
# Characters after which a mark may open a quote (besides whitespace).
_BEFORE_OPEN = frozenset("([{—–-/:")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Quoted words at ``text[start:end]`` (marks and edge whitespace excluded).

    ``open_at`` is the offset of the opening mark; ``opens_paragraph`` says that
    mark is the first character of its paragraph; ``closed`` is False when the
    quote was cut at a paragraph end for want of a closing mark.
    """

    start: int
    end: int
    open_at: int
    opens_paragraph: bool
    closed: bool


def paragraph_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each non-blank line, with edge whitespace trimmed."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            out.append((start, end))
    return tuple(out)


def find_quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """Every quotation in text order; never raises, whatever the marks."""
    paragraphs = paragraph_bounds(text)
    starts = frozenset(start for start, _ in paragraphs)
    found: list[QuotedSpan] = []
    opened: re.Match | None = None
    for n, (p_start, p_end) in enumerate(paragraphs):
        for mark in _MARK.finditer(text, p_start, p_end):
            if opened is not None and opened.start() < p_start and mark.start() == p_start:
                continue  # the mark that carries a quote over into this paragraph
            opened = _step(text, mark, opened, starts, found)
        if opened is not None and not _continues(text, paragraphs, n):
            _emit(text, opened, p_end, starts, found, closed=False)
            opened = None
    return tuple(found)


def is_mark(word: str) -> bool:
    """Does word (a token's text) hold a quotation mark?"""
    return any(c in MARKS for c in word) or _MARK.search(word) is not None


def _step(text: str, mark: re.Match, opened: re.Match | None, starts: frozenset[int],
          found: list[QuotedSpan]) -> re.Match | None:
    """Read one mark; return the opening mark of the quote now open, or None."""
    can_open, can_close = _flanks(text, mark)
    if opened is None:
        return mark if can_open and (not _closes_only(mark) or not can_close) else None
    if _opens_only(mark) and can_open and not can_close:
        # A second opener while open: the first lacked its closer. Cut it here.
        _emit(text, opened, mark.start(), starts, found, closed=False)
        return mark
    if can_close or not can_open:
        _emit(text, opened, mark.start(), starts, found, closed=True)
        return None
    _emit(text, opened, mark.start(), starts, found, closed=False)
    return mark


def _opens_only(mark: re.Match) -> bool:
    return mark.group() in OPENERS or mark.group() == "``"


def _closes_only(mark: re.Match) -> bool:
    return mark.group() in CLOSERS


def _flanks(text: str, mark: re.Match) -> tuple[bool, bool]:
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    can_open = not after.isspace() and (before.isspace() or before in _BEFORE_OPEN or before in MARKS)
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    return can_open, can_close


def _continues(text: str, paragraphs, n: int) -> bool:
    return n + 1 < len(paragraphs) and _MARK.match(text, paragraphs[n + 1][0]) is not None


def _emit(text: str, opened: re.Match, close_at: int, starts: frozenset[int], found: list[QuotedSpan], *,
          closed: bool) -> None:
    open_at = opened.start()
    start, end = _trim(text, opened.end(), close_at)
    while end > start and text[end - 1] in ",;:":
        end -= 1  # the comma before `," she said` belongs to the frame, not the words
    if start < end:
        found.append(QuotedSpan(start, end, open_at, open_at in starts, closed))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
