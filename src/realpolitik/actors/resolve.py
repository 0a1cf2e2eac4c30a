"""Resolve a short actor string ("North Korean troops", "President Putin") without a parse.

Steps: (1) the whole text as a known name; (2) a known person's name inside it;
(3) a state, IGO or capital inside it, with the sector its nouns give; (4) a
known place inside it for the country; (5) otherwise a new id by the text's
shape. Roles are resolved on ``on`` (the article's date): a former minister is
not the current one. No spaCy: fast enough to run per string.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from realpolitik.actors.gazetteer import gazetteer
from realpolitik.actors.kb import Entry, KnowledgeBase, slug
from realpolitik.actors.spans import clean_span

ORG_HEADS = re.compile(r"\b(ministry|department|party|council|committee|agency|bank|university|institute|"
                       r"court|commission|company|corporation|group|front|movement|army|union|office|"
                       r"association|federation|organi[sz]ation|foundation|authority|service)\b", re.I)


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """What a string names. ``country``: ISO3, "IGO" for international organisations, or None."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


def resolve_actor(text: str, kb: KnowledgeBase, *, context: str | None = None,
                  on: date | None = None) -> ResolvedActor:
    """The actor ``text`` names; ``context`` (the sentence around it) helps with surnames."""
    start, end = clean_span(text, 0, len(text))
    phrase = " ".join(text[start:end].split())
    if not phrase:
        return ResolvedActor("group:unknown", text, "group")
    return (_known(phrase, kb, on) or _person_inside(phrase, context, kb, on)
            or _state_inside(phrase, kb) or _body_inside(phrase, kb, on) or _new(phrase, kb))


def _from_entry(entry: Entry, on: date | None, sector: str | None = None) -> ResolvedActor:
    role = entry.role_on(on)
    country = entry.country or (role.country if role and role.country != "IGO" else None)
    sector = sector or (role.sector if role else None) or entry.sector
    if entry.kind == "igo":
        sector = sector or "IGO"
    return ResolvedActor(entry.id, entry.name, entry.kind, country, sector)


def _known(phrase: str, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    aliases = kb.lookup(phrase) or kb.lookup(phrase, exact=False)
    if not aliases:
        return None
    alias = aliases[0]
    return _from_entry(kb.entries[alias.actor_id], on, alias.sector)


def _person_inside(phrase: str, context: str | None, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    """A known person named inside the phrase ("Russian President Vladimir Putin"), or the
    full name in the context that a lone surname stands for."""
    words = phrase.split()
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n, -1, -1):
            hits = [a for a in kb.lookup(" ".join(words[i:i + n]), exact=False) if a.form == "person"]
            if hits and (n > 1 or words[i][:1].isupper()):
                return _from_entry(kb.entries[hits[0].actor_id], on)
    if context and len(words) == 1 and words[0][:1].isupper():
        full = _full_name_in(words[0], context)
        if full:
            return _known(full, kb, on) or ResolvedActor("person:" + slug(full), full, "person")
    return None


def _full_name_in(surname: str, context: str) -> str | None:
    """"Kowal" in a context naming "Jan Kowal" -> "Jan Kowal" (either name order)."""
    names = re.findall(r"\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}\b", context)
    found = [n for n in names if surname in n.split() and n != surname]
    return found[0] if len(set(found)) == 1 else None


def _sector(phrase: str, kb: KnowledgeBase) -> str | None:
    """The sector of the longest sector noun phrase in ``phrase``, the later the better."""
    words = [w.strip(",.;:’'\"") for w in phrase.replace("’s", "").replace("'s", "").split()]
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            sector = kb.sector_of(" ".join(words[i:i + n]))
            if sector:
                return sector
    return None


def _state_inside(phrase: str, kb: KnowledgeBase) -> ResolvedActor | None:
    """A state or IGO named in the phrase: "North Korean troops" -> PRK with sector MIL."""
    matches = [m for m in gazetteer(kb).find(phrase) if kb.entries[m.alias.actor_id].kind in ("state", "igo")]
    if not matches:
        return None
    m = matches[0]
    entry = kb.entries[m.alias.actor_id]
    rest = (phrase[:m.start] + " " + phrase[m.end:]).strip()
    body = _body_inside(rest, kb, None) if rest else None
    if body and body.kind in ("group", "organization"):
        return ResolvedActor(body.id, body.name, body.kind, entry.id, body.sector)
    sector = _sector(rest, kb) or m.alias.sector
    if entry.kind == "igo":
        return ResolvedActor(entry.id, entry.name, "igo", "IGO", sector or "IGO")
    if ORG_HEADS.search(rest) and not sector:
        return ResolvedActor("org:" + slug(phrase), phrase, "organization", entry.id, None)
    return ResolvedActor(entry.id, entry.name, "state", entry.id, sector)


def _body_inside(phrase: str, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    """A known group or organisation named inside the phrase ("Taliban fighters")."""
    words = phrase.split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            if not words[i][:1].isupper():
                continue
            hits = [a for a in kb.lookup(" ".join(words[i:i + n]), exact=False) if a.form != "person"]
            if hits:
                entry = kb.entries[hits[0].actor_id]
                rest = " ".join(words[:i] + words[i + n:])
                sector = entry.sector if entry.kind == "group" else None
                return _from_entry(entry, on, sector or _sector(rest, kb) or hits[0].sector)
    return None


def _new(phrase: str, kb: KnowledgeBase) -> ResolvedActor:
    """An actor the knowledge base does not know, with a stable id by the text's shape."""
    country = _place_country(phrase, kb)
    sector = _sector(phrase, kb)
    if ORG_HEADS.search(phrase):
        return ResolvedActor("org:" + slug(phrase), phrase, "organization", country, sector)
    words = phrase.split()
    if sector is None and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        if kb.place(phrase):
            return ResolvedActor("location:" + slug(phrase), phrase, "location", country)
        return ResolvedActor("person:" + slug(phrase), phrase, "person", country)
    if sector is None and kb.place(phrase):
        return ResolvedActor("location:" + slug(phrase), phrase, "location", country)
    return ResolvedActor("group:" + slug(phrase), phrase, "group", country, sector)


def _place_country(phrase: str, kb: KnowledgeBase) -> str | None:
    """The country of a known city named in the phrase (longest name first)."""
    words = [w.strip(",.;:’'\"") for w in phrase.replace("’s", "").replace("'s", "").split()]
    for n in range(min(3, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            place = kb.place(" ".join(words[i:i + n]))
            if place and words[i][:1].isupper():
                return place.country
    return None
