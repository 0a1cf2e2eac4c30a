"""Clean the small spaCy model's entity spans before they name actors.

The model leaves quote marks, determiners, possessive 's and trailing hyphens
inside spans ("North Korea’s", "South Korea-", "an “Asian Nato"), tags a few
places as PRODUCT and tags contractions ("n't") as places. The functions here
take and return character offsets into the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from realpolitik.actors.kb import KnowledgeBase

QUOTE_MARKS = "\"“”‘’'«»„‟"
LEADING_WORDS = re.compile(r"^(?:the|The|a|A|an|An)\s+")
TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
JUNK = frozenset({"n't", "n’t", "'s", "’s", "'", "’", "s"})
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


@dataclass(frozen=True, slots=True)
class Entity:
    """A cleaned named-entity span: ``text[start:end]`` with its spaCy label."""

    start: int
    end: int
    label: str


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past quote marks, spaces, determiners, possessives and hyphens."""
    while True:
        before = (start, end)
        while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in QUOTE_MARKS + "-–—" or text[end - 1].isspace()):
            end -= 1
        lead = LEADING_WORDS.match(text[start:end])
        if lead and lead.end() < end - start:
            start += lead.end()
        tail = TRAILING_POSSESSIVE.search(text[start:end])
        if tail and end - start > 3:
            end -= 2 if text[end - 2] in "'’" else 1
        if (start, end) == before:
            return start, end


def is_junk(span: str) -> bool:
    """Contractions, punctuation and lower-case scraps are never names."""
    return span in JUNK or not any(c.isupper() for c in span) or not any(c.isalpha() for c in span)


def clean_entities(text: str, ents: list[tuple[int, int, str]], kb: KnowledgeBase) -> list[Entity]:
    """Cleaned entities, junk dropped, known places tagged PRODUCT or the like relabelled GPE,
    a big city tagged PERSON relabelled GPE unless it speaks ("Kharkiv was shelled")."""
    out = []
    for start, end, label in ents:
        start, end = clean_span(text, start, end)
        span = text[start:end]
        if end <= start or is_junk(span) or _inside_title(text, start, end):
            continue
        if label == "PERSON" and _city_not_person(text, end, span, kb):
            label = "GPE"
        if label not in KEPT_LABELS:
            if not (kb.place(span) or any(a.form != "person" for a in kb.lookup(span))):
                continue
            label = "GPE"
        out.append(Entity(start, end, label))
    return out


TITLE_HEADS = ("secretary of", "minister of", "ministry of", "department of", "secretary-general of")
SPEECH = re.compile(r"^\s+(?:said|says|told|added|argued|wrote|writes|warned|stated)\b")


def _inside_title(text: str, start: int, end: int) -> bool:
    """A one-word span that ends an office's name ("Secretary of State") names no actor."""
    return " " not in text[start:end] and text[max(0, start - 20):start].lower().rstrip().endswith(TITLE_HEADS)


def _city_not_person(text: str, end: int, span: str, kb: KnowledgeBase) -> bool:
    place = kb.place(span)
    if " " in span or place is None or place.population < 100_000:
        return False
    return not any(a.form == "person" for a in kb.lookup(span, exact=False)) and not SPEECH.match(text[end:end + 20])
