"""What an article says about the people it names: titles, roles, affiliations, country.

Three patterns, on any text:
- a title before the name: "French foreign ministry spokesperson Jane Roe", "professor Jane Roe",
  "Ruritanian Foreign Minister Jan Kowal";
- an apposition after it: "Jane Roe, a senior fellow at the Example Institute, ...";
- "of"/"at"/"in" phrases inside the apposition: "dean of the School of Law at Example
  University", "a scholar in Shanghai" (a place gives the country).
A person's country comes from the knowledge base, else from the title or
affiliation, else stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from realpolitik.actors.gazetteer import country_in
from realpolitik.actors.kb import Entry, KnowledgeBase
from realpolitik.actors.spans import LEADING_WORDS, Entity
from realpolitik.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Head nouns of organisations: in a title, what ends with one is an affiliation.
ORG_HEADS = frozenset({"department", "ministry", "office", "university", "institute", "council",
                       "committee", "agency", "party", "bank", "commission", "government", "court",
                       "school", "college", "academy", "centre", "center", "foundation", "army",
                       "navy", "embassy", "administration", "parliament", "assembly", "service",
                       "company", "group", "corporation", "union", "organisation", "organization"})
APPOSITION = re.compile(r"\s*,\s*(?P<desc>[^,;:()“”\"\n]{3,120}?)\s*(?=,|\.|;|:|\)|“|”|\"|\n|$)")
PREPOSITION = re.compile(r"\s+(?:at|of|in|with|for|from)\s+")


@dataclass(frozen=True, slots=True)
class Profile:
    """What the article says about one person."""

    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None


def person_entry(span: str, kb: KnowledgeBase) -> tuple[Entry, str] | None:
    """The known person a name span names, and the part of the span that is the name.

    Tries the whole span, then shorter prefixes of at least two words, so that
    "Jan Kowal Doctrine" still finds Jan Kowal."""
    words = span.split()
    for n in range(len(words), 1 if len(words) > 1 else 0, -1):
        name = " ".join(words[:n])
        hits = [a for a in kb.lookup(name, exact=False) if a.form == "person"]
        if hits:
            return kb.entries[hits[0].actor_id], name
    return None


PERSON_NOUN = re.compile(r"(?:ist|er|or|ian|ant|ent|ess)s?$")
DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,4}?)([a-z][\w-]+)"
                       r"\s*(?:,|at\b|of\b|in\b|for\b|with\b|from\b)")


def described_as_person(text: str, end: int, kb: KnowledgeBase) -> bool:
    """Whether the words after a name describe a person: ", a lawyer," ", an economist at".

    The head noun must be a title word, a sector noun for people, or shaped like one
    (-ist, -er, -or, -ian): "a lawyer", "a researcher", "a historian"."""
    match = DESCRIBED.match(text, end, min(len(text), end + 120))
    if not match:
        return False
    head = match.group(2).lower()
    return head in TITLE_WORDS or bool(PERSON_NOUN.search(head)) or head in PERSON_SECTOR_NOUNS


PERSON_SECTOR_NOUNS = frozenset({"fellow", "scholar", "analyst", "diplomat", "official", "spokesperson",
                                 "spokesman", "spokeswoman", "dean", "expert", "lawmaker", "judge",
                                 "activist", "journalist", "economist", "historian", "scientist"})


def describe_people(doc: Doc, text: str, people: list[Mention], entities: list[Entity],
                    kb: KnowledgeBase, *, on: date | None = None) -> dict[str, Profile]:
    """A profile for each person mentioned by name, from the words around the names."""
    profiles: dict[str, Profile] = {}
    for m in people:
        if not m.actor_id.startswith("person:"):
            continue
        found = [_title_before(doc, text, m, entities, kb), _apposition(doc, text, m, entities, kb)]
        profile = profiles.get(m.actor_id, Profile())
        for p in found:
            if p:
                profile = _merge(profile, p)
        profiles[m.actor_id] = profile
    return profiles


def _merge(a: Profile, b: Profile) -> Profile:
    return Profile(tuple(dict.fromkeys(a.roles + b.roles)),
                   tuple(dict.fromkeys(a.affiliations + b.affiliations)),
                   a.country or b.country, a.sector or b.sector)


def _title_before(doc: Doc, text: str, m: Mention, entities: list[Entity],
                  kb: KnowledgeBase) -> Profile | None:
    """A title written before the name, split into role and affiliation."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    words: list[Token] = []
    for t in reversed(list(doc[span.sent.start:span.start])):
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.ent_type_ == "PERSON" or len(words) == 6:
            break
        words.insert(0, t)
    if not words or words[-1].pos_ not in ("NOUN", "PROPN") or not _is_title(words, kb):
        return None
    cut = len(words)
    while cut > 0 and words[cut - 1].lower_ not in ORG_HEADS and words[cut - 1].ent_type_ not in (
            "GPE", "NORP", "ORG"):
        cut -= 1
    role = " ".join(t.text for t in words[cut:])
    if not role:
        return None
    rest = text[words[0].idx:words[cut - 1].idx + len(words[cut - 1])] if cut else ""
    affiliation = rest if rest and any(t.lower_ in ORG_HEADS or t.ent_type_ == "ORG" for t in words[:cut]) else ""
    return _profile(role, affiliation, text[words[0].idx:m.start], kb)


def _is_title(words: list[Token], kb: KnowledgeBase) -> bool:
    """A title ends in a common noun, or a capitalised title word the sector table knows."""
    last = words[-1]
    return last.pos_ == "NOUN" or bool(kb.sector_of(last.text)) or last.lower_ in TITLE_WORDS


TITLE_WORDS = frozenset({"president", "minister", "chancellor", "premier", "king", "queen", "prince",
                         "general", "admiral", "secretary", "senator", "governor", "mayor",
                         "ambassador", "professor", "chairman", "chairwoman", "chair", "director",
                         "commander", "spokesperson", "spokesman", "spokeswoman", "leader", "envoy",
                         "dr", "dr.", "colonel", "lieutenant", "marshal", "pope", "cardinal"})


def _apposition(doc: Doc, text: str, m: Mention, entities: list[Entity],
                kb: KnowledgeBase) -> Profile | None:
    """"Name, a senior fellow at X," -> role and affiliation."""
    match = APPOSITION.match(text, m.end, min(len(text), m.end + 200))
    if not match:
        return None
    start = match.start("desc")
    desc = match.group("desc")
    lead = LEADING_WORDS.match(desc)
    if lead:
        start, desc = start + lead.end(), desc[lead.end():]
    tokens = doc.char_span(start, start + len(desc), alignment_mode="expand")
    if tokens is None or not _looks_like_description(tokens):
        return None
    parts = PREPOSITION.split(desc, maxsplit=1)
    role = parts[0].strip()
    affiliations = [text[e.start:e.end] for e in entities
                    if e.label == "ORG" and start <= e.start and e.end <= start + len(desc)]
    tail = LEADING_WORDS.sub("", parts[1].strip()) if len(parts) > 1 else ""
    if not affiliations and tail[:1].isupper() and not kb.place(tail) and not kb.lookup(tail):
        affiliations = [tail]
    return _profile(role, "; ".join(affiliations), desc, kb)


def _looks_like_description(tokens) -> bool:
    """A noun phrase that starts with a word in lower case or a title, holds a noun, no verb."""
    first = tokens[0]
    if first.ent_type_ in ("PERSON", "GPE", "DATE", "CARDINAL") and first.lower_ not in TITLE_WORDS:
        return False
    has_noun = any(t.pos_ == "NOUN" for t in tokens)
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in tokens)
    return has_noun and not has_verb and (first.is_lower or first.lower_ in TITLE_WORDS
                                          or first.pos_ == "ADJ")


def _profile(role: str, affiliation: str, context: str, kb: KnowledgeBase) -> Profile:
    role = " ".join(role.split())
    country = country_in(context, kb)
    words = role.lower().split()
    sector = next((kb.sector_of(" ".join(words[i:])) for i in range(len(words))
                   if kb.sector_of(" ".join(words[i:]))), None)
    if sector is None and affiliation:
        aff = affiliation.lower().replace("’s", "").split()
        sector = next((kb.sector_of(w) for w in reversed(aff) if kb.sector_of(w)), None)
    affiliations = tuple(a for a in affiliation.split("; ") if a)
    return Profile((role.lower() if not role.isupper() else role,) if role else (), affiliations,
                   country, sector)
