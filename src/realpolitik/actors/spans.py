"""Clean the small spaCy model's entity spans before they name actors.

The model leaves quote marks, determiners, possessive 's, dashes and trailing
hyphens inside spans ("Peru’s", "Chile-", "an “Arctic Nato", "― Ana Ruiz"),
tags a few places as PRODUCT, contractions ("n't") and name suffixes ("Jr.") as
places, swallows verbs into people's names ("Kowal says") and gives one name
different labels in one article ("Kowal" a person here, a place there). The
functions here take and return character offsets into the article text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from realpolitik.actors.kb import KnowledgeBase

QUOTE_MARKS = "\"“”‘’'«»„‟"
LEADING_WORDS = re.compile(r"^(?:the|The|a|A|an|An)\s+")
TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
JUNK = frozenset({"n't", "n’t", "'s", "’s", "'", "’", "s", "Jr.", "Jr", "Sr.", "Sr"})
# A Roman numeral alone ("III", "IV."): a name's suffix or a number, never a name.
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+\.?")
DASHES = "-–—―•"
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
        while start < end and (text[start] in QUOTE_MARKS + DASHES or text[start].isspace()):
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
    return (span in JUNK or not any(c.isupper() for c in span) or not any(c.isalpha() for c in span)
            or len(span.rstrip(".")) == 1 or ROMAN_NUMERAL.fullmatch(span) is not None)


def clean_entities(text: str, ents: list[tuple[int, int, str]], kb: KnowledgeBase) -> list[Entity]:
    """Cleaned entities, junk dropped, known places tagged PRODUCT or the like relabelled GPE,
    a big city tagged PERSON relabelled GPE unless it speaks ("Kharkiv was shelled")."""
    out = []
    for start, end, label in ents:
        start, end = clean_span(text, start, end)
        span = text[start:end]
        if end <= start or is_junk(span) or _inside_title(text, start, end):
            continue
        if label == "PERSON" and " " not in span and kb.sector_of(span):
            continue  # "Scholars", "Police" at a sentence's start: a common noun
        if label == "PERSON" and _city_not_person(text, end, span, kb):
            label = "GPE"
        if label not in KEPT_LABELS:
            if not (kb.place(span) or any(a.form != "person" for a in kb.lookup(span))):
                continue
            label = "GPE"
        out.append(Entity(start, end, label))
    return out


TITLE_HEADS = ("secretary of", "minister of", "ministry of", "department of", "secretary-general of")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _inside_title(text: str, start: int, end: int) -> bool:
    """A one-word span that ends an office's name ("Secretary of State") names no actor."""
    return " " not in text[start:end] and text[max(0, start - 20):start].lower().rstrip().endswith(TITLE_HEADS)


def _city_not_person(text: str, end: int, span: str, kb: KnowledgeBase) -> bool:
    place = kb.place(span)
    if " " in span or place is None or place.population < 100_000:
        return False
    if any(a.form == "person" for a in kb.lookup(span, exact=False)):
        return False
    following = NEXT_WORD.match(text, end)
    return following is None or following.group(1).lower() not in SPEECH_VERBS  # "Lima said": a person


# Verbs the model takes into a name before or after it ("Kowal says", headlines' "Kowal Warns").
SPEECH_VERBS = frozenset({"says", "said", "say", "tells", "told", "adds", "added", "warns", "warned",
                          "writes", "wrote", "asks", "asked", "claims", "claimed", "urges", "urged",
                          "insists", "insisted", "argues", "argued", "notes", "noted", "explains",
                          "explained", "admits", "admitted", "denies", "denied", "vows", "vowed",
                          "stated", "announces", "announced", "replies", "replied", "responds",
                          "responded", "believes", "thinks", "slams", "blasts", "rips", "praises",
                          "accuses", "defends", "speaks", "spoke", "tweets", "tweeted"})
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
                            "la", "le", "bin", "ibn", "al", "el", "y", "bint", "ben", "abu"})
WORD = re.compile(r"\S+")


def trim_people(text: str, entities: list[Entity], kb: KnowledgeBase) -> list[Entity]:
    """People's names without the verbs and lower-case words around them ("Kowal says"),
    and without the words before a full name the article or the knowledge base gives
    ("Crooked Jan Kowal" when "Jan Kowal" is named): those words are not the name, and
    alone elsewhere in the article ("Crooked") they name no one."""
    people = [_trim_words(text, e) if e.label == "PERSON" else e for e in entities]
    full = {text[e.start:e.end] for e in people if e.label == "PERSON" and " " in text[e.start:e.end]}
    trimmed = [_to_full_name(text, e, full, kb) if e.label == "PERSON" else e for e in people]
    epithets = {text[a.start:b.start].strip() for a, b in zip(people, trimmed, strict=True) if a != b}
    return [e for e in trimmed if e.label != "PERSON" or text[e.start:e.end] not in epithets]


def _trim_words(text: str, e: Entity) -> Entity:
    words = [(w.start(), w.end()) for w in WORD.finditer(text, e.start, e.end)]
    while len(words) > 1 and _not_a_name(text[words[-1][0]:words[-1][1]]):
        words.pop()
    while len(words) > 1 and _not_a_name(text[words[0][0]:words[0][1]]):
        words.pop(0)
    return Entity(words[0][0], words[-1][1], e.label) if words else e


def _not_a_name(word: str) -> bool:
    bare = word.strip(",.;:!?")
    return bare.lower() in SPEECH_VERBS or (bare.islower() and bare not in NAME_PARTICLES)


def _to_full_name(text: str, e: Entity, full: set[str], kb: KnowledgeBase) -> Entity:
    span = text[e.start:e.end]
    words = span.split(" ")
    if len(words) < 3 or any(a.form == "person" for a in kb.lookup(span, exact=False)):
        return e
    for n in range(len(words) - 1, 1, -1):
        tail = " ".join(words[-n:])
        if tail in full or any(a.form == "person" for a in kb.lookup(tail, exact=False)):
            return Entity(e.end - len(tail), e.end, e.label)
    return e


def consistent_labels(text: str, entities: list[Entity]) -> list[Entity]:
    """One label per name in an article: the label the model gave the name most often
    (the first one given, on a tie), so that one name makes one actor."""
    votes: dict[str, Counter] = {}
    for e in entities:
        votes.setdefault(text[e.start:e.end], Counter())[e.label] += 1
    chosen = {name: max(count, key=lambda label: count[label]) for name, count in votes.items()}
    return [Entity(e.start, e.end, chosen[text[e.start:e.end]]) for e in entities]
