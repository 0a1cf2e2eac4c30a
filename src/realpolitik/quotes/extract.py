"""Quote extraction for one document: cue -> content -> speaker -> resolution.

Steps:
1. find the cues (verbs of saying and believing, "according to");
2. find the quotations from the marks and tie each to its cue, dropping scare quotes;
   a quotation split by its cue ("“A,” she said. “B.”") becomes one quote from A to B;
3. read the content of every cue outside quotation marks (indirect speech and beliefs),
   unless a quotation already holds most of it;
4. give a quotation with no cue the speaker of the attribution just before it, in
   its paragraph or the one before (a paragraph that is a bare quotation continues
   the previous speaker);
5. resolve the speaker words to actors, in text order, and number the quotes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from realpolitik.actors.layer import ActorLayer
from realpolitik.model import Actor, Quote, Span
from realpolitik.quotes.attach import attach_quote, is_interrupted_by
from realpolitik.quotes.content import find_content
from realpolitik.quotes.cues import Cue, find_cues
from realpolitik.quotes.marks import QuotedSpan, find_quoted_spans, paragraph_bounds
from realpolitik.quotes.resolve import SpeakerResolver
from realpolitik.quotes.speaker import SpeakerWords, find_speaker


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before resolution; ``speaker`` and ``cue`` are None while unattached."""

    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: SpeakerWords | None


def extract_quotes(doc: Doc, layer: ActorLayer) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """The quotes of a parsed article, in text order, with ids "q1", "q2", ...

    Offsets are character offsets into ``doc.text``; a quote's span covers the
    words only, never the marks. Also returns the actors minted for speakers that
    the layer does not hold (unnamed sources, people the actor stage missed).
    Never raises on odd punctuation; runs in time linear in the text.
    """
    text = doc.text  # built anew on every access: read it once
    cues = find_cues(doc)
    quoted = find_quoted_spans(text)
    found = _quotations(doc, text, quoted, cues)
    found += _reported(doc, cues, quoted)
    found.sort(key=lambda f: (f.start, -f.end))
    return _resolved(doc, text, layer, found)


def _quotations(doc: Doc, text: str, quoted: tuple[QuotedSpan, ...], cues: dict[int, Cue]) -> list[_Found]:
    """Attached quotations; one split by its own cue ("“A,” she said, “B.”") is one quote, from A to B."""
    found: list[_Found] = []
    previous: QuotedSpan | None = None  # the last quotation, while it is attached to a cue
    for q in quoted:
        attachment = attach_quote(doc, text, q, cues)
        own_cue = attachment is not None and attachment.cue is not None
        if previous is not None and not own_cue and is_interrupted_by(doc, text, previous, found[-1].cue, q):
            # the second part of a quote split by its cue ("A," she said, "B."): same speaker and
            # cue, its own span, so that a quote's words never include the frame or the marks
            found.append(replace(found[-1], start=q.start, end=q.end, kind="direct"))
            previous = None
            continue
        previous = q if own_cue else None
        if attachment is not None:
            found.append(_Found(q.start, q.end, attachment.kind, attachment.cue, attachment.speaker))
    return found


def _reported(doc: Doc, cues: dict[int, Cue], quoted: tuple[QuotedSpan, ...]) -> list[_Found]:
    """Indirect speech and beliefs: the content of each cue that stands outside quotation marks."""
    inside = _Intervals([(q.start, q.end) for q in quoted])
    found = []
    for cue in cues.values():
        if inside.covered(doc[cue.i].idx, doc[cue.i].idx + 1):
            continue
        content = find_content(doc, cue, cues)
        if content is None or inside.covered(*content) * 2 >= content[1] - content[0]:
            continue
        speaker = find_speaker(doc, cue)
        if speaker is not None or not cue.takes_object:
            found.append(_Found(content[0], content[1], "indirect", cue, speaker))
    return found


def _resolved(doc: Doc, text: str, layer: ActorLayer, found: list[_Found]
              ) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    resolver = SpeakerResolver(doc, layer)
    paragraphs = [start for start, _ in paragraph_bounds(text)]
    quotes: list[Quote] = []
    last: tuple[int, Quote] | None = None  # paragraph and quote of the latest attribution
    for f in found:
        paragraph = bisect_right(paragraphs, f.start) - 1
        if f.cue is None:
            quote = _continued(text, f, last, paragraph, len(quotes) + 1)
        else:
            quote = _quote(doc, text, f, resolver, len(quotes) + 1)
            last = (paragraph, quote)
        quotes.append(quote)
    return tuple(quotes), resolver.new_actors()


def _quote(doc: Doc, text: str, f: _Found, resolver: SpeakerResolver, n: int) -> Quote:
    speaker = span = None
    if f.speaker is not None:
        speaker = resolver.resolve(f.speaker)
        # A relative pronoun is where the clause names its speaker ("Lee, who said ..."):
        # the span points there, as it does at "he", while the id names whom it means.
        words = f.speaker
        first, last = (words.relative,) * 2 if words.relative is not None else (words.start, words.end - 1)
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        span = Span(start, end, text[start:end])
    return Quote(f"q{n}", text[f.start:f.end], f.start, f.end, f.kind, speaker,
                 span.text if span else None, span, f.cue.text if f.cue else None)


def _continued(text: str, f: _Found, last: tuple[int, Quote] | None, paragraph: int, n: int) -> Quote:
    """A quotation without a cue: the previous attribution's speaker when it is close by."""
    quote = Quote(f"q{n}", text[f.start:f.end], f.start, f.end, f.kind)
    if last is not None and paragraph - last[0] <= 1 and last[1].speaker_span is not None:
        prior = last[1]
        quote = replace(quote, speaker=prior.speaker, speaker_text=prior.speaker_text,
                        speaker_span=prior.speaker_span)
    return quote


class _Intervals:
    """Sorted, non-overlapping intervals; how much of a range they cover."""

    def __init__(self, intervals: list[tuple[int, int]]):
        self._spans = sorted(intervals)
        self._starts = [s for s, _ in self._spans]

    def covered(self, start: int, end: int) -> int:
        i = max(0, bisect_right(self._starts, start) - 1)
        total = 0
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e = self._spans[i]
            total += max(0, min(e, end) - max(s, start))
            i += 1
        return total
