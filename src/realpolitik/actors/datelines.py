"""Datelines: "WASHINGTON —", "KYIV, Ukraine (AP) —", "BEIJING, March 3 (Reuters) -".

A dateline at the start of the article or of a paragraph says where the report was
filed. It names a place, not an actor that does or says anything, so it becomes a
``location:`` mention (kind location) and never the state or its government, even
when the place is a capital: "WASHINGTON —" is ``location:washington`` with country
USA, not USA with sector GOV. The country is the state named after the comma
("KYIV, Ukraine"), else the state of the region named there ("FLINT, Mich." gives
none: abbreviations are not known), else the city's state from the place table,
else the state whose capital it is. The mention covers the place and the words
after the comma; the agency in brackets and the date are left to later stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from realpolitik.actors.kb import KnowledgeBase, slug
from realpolitik.model import Mention

_WORD = r"[A-Z][A-Za-z.'’\-]*"
DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}})"
    rf"(?:, (?P<qualifier>{_WORD}(?: {_WORD}){{0,2}}))??"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: \([^()\n]{1,40}\))?"
    r" ?(?:—|–|--|-|―) ")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's place as a mention, and the actor record it needs."""

    mention: Mention
    name: str
    country: str | None


def find_datelines(text: str, kb: KnowledgeBase) -> list[Dateline]:
    """The datelines opening the article or its paragraphs (offsets into ``text``)."""
    out = []
    start = 0
    while start < len(text):
        at = start + len(text[start:start + 20]) - len(text[start:start + 20].lstrip())
        found = _dateline_at(text, at, kb)
        if found:
            out.append(found)
        newline = text.find("\n", start)
        if newline < 0:
            break
        start = newline + 1
    return out


def _dateline_at(text: str, at: int, kb: KnowledgeBase) -> Dateline | None:
    match = DATELINE.match(text, at, min(len(text), at + 120))
    if not match:
        return None
    place, qualifier = match.group("place"), match.group("qualifier")
    name = place.title() if place.isupper() else place
    if not _is_place(place, name, qualifier, match, kb):
        return None
    end = match.end("qualifier") if qualifier else match.end("place")
    country = _country(name, qualifier, kb)
    mention = Mention(at, end, text[at:end], "location:" + slug(name))
    return Dateline(mention, name, country)


def _is_place(place: str, name: str, qualifier: str | None, match: re.Match, kb: KnowledgeBase) -> bool:
    """A known city or capital in any case; an unknown name only in capitals with a
    qualifier or an agency after it ("NOVI, Mich. —"), never a known acronym ("NATO -")."""
    known = kb.place(name) is not None or any(a.form == "capital" for a in kb.lookup(name))
    if known:
        return True
    if not place.isupper() or len(place.replace(" ", "")) < 3 or kb.lookup(place):
        return False
    return qualifier is not None or "(" in match.group(0)


def _country(name: str, qualifier: str | None, kb: KnowledgeBase) -> str | None:
    for alias in kb.lookup(qualifier) if qualifier else ():
        entry = kb.entries[alias.actor_id]
        if entry.kind == "state" or alias.form == "region":
            return entry.country
    place = kb.place(name)
    if place:
        return place.country
    capital = next((a for a in kb.lookup(name) if a.form == "capital"), None)
    return capital.actor_id if capital else None
