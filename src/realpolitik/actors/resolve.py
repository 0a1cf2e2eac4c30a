"""Resolve a short actor string ("North Korean troops", "President Putin") without a parse.

Steps: (1) the whole text as a known name; (2) a known person's name inside it, with
the title before the name adding country and sector ("Egyptian President ..."); (3) a
name the knowledge base does not know after such a title ("Ghanaian Trade Minister
Ama Owusu"); (4) a state, IGO or capital inside it, with the sector its nouns give;
(5) a known body or group inside it; (6) otherwise a new id by the text's shape, its
country from a place it names, else from the context sentence. Roles are resolved on
``on`` (the article's date): a former minister is not the current one. No spaCy: fast
enough to run per string.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from realpolitik.actors.coref import office_holder_surnames
from realpolitik.actors.gazetteer import gazetteer
from realpolitik.actors.kb import Alias, Entry, KnowledgeBase, Role, slug
from realpolitik.actors.spans import NAME_PARTICLES, clean_span

ORG_HEADS = re.compile(r"\b(ministry|department|party|council|committee|agency|bank|university|institute|"
                       r"court|commission|company|corporation|group|front|movement|army|union|office|"
                       r"association|federation|organi[sz]ation|foundation|authority|service)\b", re.I)
STATE_FORMS = ("name", "capital", "metonym", "acronym", "official", "demonym", "demonym_plural")
ARTICLES = ("the ", "a ", "an ", "The ", "A ", "An ")
FORMER = re.compile(r"\b(former|ex|ousted|deposed|exiled|late)\b", re.I)
# The Phoenix dictionaries stop here: an open role was closed on this day by the build
# (scripts/kb_phoenix.py), so after it the person may well still hold the role.
PHOENIX_FREEZE = date(2016, 6, 30)


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
    """The actor ``text`` names; ``context`` (the sentence around it) helps with surnames
    and gives the country of a body the text leaves unplaced ("the Supreme Court")."""
    start, end = clean_span(text, 0, len(text))
    phrase = " ".join(text[start:end].split())
    if not phrase:
        return ResolvedActor("group:unknown", text, "group")
    bare = _without_article(phrase)
    found = (_known(bare, kb, on) or _person_inside(bare, context, kb, on) or _office_holder(bare, kb, on)
             or _titled_name(bare, kb) or _state_inside(bare, kb) or _body_inside(bare, kb, on) or _new(bare, kb))
    if found.kind == "person" and found.country is None and context:
        found = _titled_in_context(found, bare, context, kb) or found
    if found.country is None and found.kind not in ("person", "igo") and context:
        country = _context_country(context, kb)
        return ResolvedActor(found.id, found.name, found.kind, country, found.sector) if country else found
    return found


def _office_holder(phrase: str, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    """A lone family name shared by no other holder of the knowledge base's titled offices."""
    holder = office_holder_surnames(kb).get(phrase) if " " not in phrase else None
    entry = kb.entry(holder)
    return _from_entry(entry, on) if entry else None


def _without_article(phrase: str) -> str:
    for article in ARTICLES:
        if phrase.startswith(article) and len(phrase) > len(article):
            return phrase[len(article):]
    return phrase


def _words(phrase: str) -> list[str]:
    return [w.strip(",.;:’'\"") for w in phrase.replace("’s ", " ").replace("'s ", " ").split()]


def _from_entry(entry: Entry, on: date | None, sector: str | None = None) -> ResolvedActor:
    """An actor of the knowledge base as of ``on``; ``sector`` (what the words add) wins."""
    if entry.kind == "person":
        country, role_sector = _person_standing(entry, on)
        return ResolvedActor(entry.id, entry.name, "person", country, sector or role_sector)
    country = entry.country
    if entry.kind == "igo":
        return ResolvedActor(entry.id, entry.name, "igo", "IGO", sector or entry.sector or "IGO")
    return ResolvedActor(entry.id, entry.name, entry.kind, country, sector or entry.sector)


def _person_standing(entry: Entry, on: date | None) -> tuple[str | None, str | None]:
    """(country, sector) of a person on ``on``: the role held then; an international post
    makes the country "IGO"; someone whose state roles have all ended is ELI (CAMEO's
    former officials); a person with no dated role keeps the dictionaries' own code."""
    role = _role_on(entry, on)
    if role is not None:
        if role.country == "IGO":
            return "IGO", "IGO"
        return entry.country or role.country, role.sector
    dated = [r for r in entry.roles if r.start or r.end]
    if any(r.end and (on is None or r.end < on) for r in dated):
        return entry.country, "ELI"
    undated = [r for r in entry.roles if not (r.start or r.end)]
    return entry.country, undated[0].sector if undated else entry.sector


def _role_on(entry: Entry, on: date | None) -> Role | None:
    """The dated role held on ``on`` (the latest begun; with no day, an open one); after
    the Phoenix freeze, a role that only the freeze closed counts as still held when
    nothing began since."""
    dated = [r for r in entry.roles if r.start or r.end]
    held = [r for r in dated if (r.end is None if on is None else r.holds_on(on))]
    if held:
        return max(held, key=lambda r: r.start or date.min)
    if (on is None or on > PHOENIX_FREEZE) and not any(r.start and r.start > PHOENIX_FREEZE for r in dated):
        frozen = [r for r in dated if r.end == PHOENIX_FREEZE]
        return max(frozen, key=lambda r: r.start or date.min, default=None)
    return None


def _known(phrase: str, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    aliases = kb.lookup(phrase) or kb.lookup(phrase, exact=False)
    if not aliases:
        return None
    alias = _preferred(aliases, kb)
    return _from_entry(kb.entries[alias.actor_id], on, alias.sector)


def _preferred(aliases: tuple[Alias, ...], kb: KnowledgeBase) -> Alias:
    """Among actors sharing a name, a state's own name first, then the newest owner."""
    for alias in aliases:
        if alias.form in STATE_FORMS and kb.entries[alias.actor_id].kind in ("state", "igo"):
            return alias
    return aliases[0]


def _person_inside(phrase: str, context: str | None, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    """A known person named inside the phrase ("Russian President Vladimir Putin"), with
    what the title before the name says, or the full name in the context that a lone
    surname stands for."""
    words = phrase.split()
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n, -1, -1):
            hits = [a for a in kb.lookup(" ".join(words[i:i + n]), exact=False) if a.form == "person"]
            if hits and (n > 1 or words[i][:1].isupper()):
                person = _from_entry(kb.entries[hits[0].actor_id], on)
                return _with_title(person, " ".join(words[:i]), kb)
    if context and len(words) == 1 and words[0][:1].isupper():
        full = _full_name_in(words[0], context)
        if full:
            return _known(full, kb, on) or ResolvedActor("person:" + slug(full), full, "person")
    return None


def _with_title(person: ResolvedActor, title: str, kb: KnowledgeBase) -> ResolvedActor:
    """The person with the country and sector their title states ("Kenyan opposition
    leader": KEN, OPP; "former": ELI), which beat the knowledge base's guess."""
    if not title:
        return person
    country, sector = _title_facts(title, kb)
    if FORMER.search(title):
        sector = "ELI"
    if country == "IGO":
        sector = "IGO"
    return ResolvedActor(person.id, person.name, "person", country or person.country, sector or person.sector)


def _title_facts(title: str, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """(country, sector) that the words of a title give: "Pakistani army spokesman" -> PAK, MIL."""
    state = _state_inside(title, kb)
    if state is not None:
        return state.country, state.sector
    body = _body_inside(title, kb, None)
    if body is not None:
        return body.country, body.sector
    return None, _sector(title, kb)


def _titled_name(phrase: str, kb: KnowledgeBase) -> ResolvedActor | None:
    """A person the knowledge base does not know, named after a title that gives a country
    or sector: "Ghanaian Trade Minister Ama Owusu" -> person:ama-owusu, GHA, GOV."""
    words = phrase.split()
    for i in range(1, len(words) - 1):
        name = words[i:]
        if len(name) <= 5 and _looks_like_name(name, kb):
            _, sector = _title_facts(" ".join(words[:i]), kb)
            if sector:  # a title, not a bare possessive ("France's National Rally")
                person = ResolvedActor("person:" + slug(" ".join(name)), " ".join(name), "person")
                return _with_title(person, " ".join(words[:i]), kb)
    return None


def _titled_in_context(person: ResolvedActor, phrase: str, context: str, kb: KnowledgeBase) -> ResolvedActor | None:
    """An unplaced person with the title the context puts before the name ("... Ghana's
    trade minister Ama Owusu said") or in an apposition after it ("Ama Owusu, Ghana's
    trade minister, said")."""
    at = context.find(phrase)
    if at < 0:
        return None
    before = context[:at].split()[-5:]
    after = re.match(r",\s*([^,.;]{3,80})", context[at + len(phrase):])
    for title in (" ".join(before), after.group(1) if after else ""):
        country, sector = _title_facts(_without_article(title), kb) if title else (None, None)
        if (country and country != "IGO") or sector:
            return _with_title(person, title, kb)
    return None


def _looks_like_name(words: list[str], kb: KnowledgeBase) -> bool:
    """Two or more capitalised words (particles allowed inside) that are no title or place."""
    if len(words) < 2 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    for word in words:
        bare = word.strip(",.")
        if bare.lower() in NAME_PARTICLES or bare.lower().startswith(("al-", "el-")):
            continue
        if not bare[:1].isupper() or kb.sector_of(bare) or kb.lookup(bare):
            return False
    return True


def _full_name_in(surname: str, context: str) -> str | None:
    """"Kowal" in a context naming "Jan Kowal" -> "Jan Kowal" (either name order)."""
    names = re.findall(r"\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}\b", context)
    found = [n for n in names if surname in n.split() and n != surname]
    return found[0] if len(set(found)) == 1 else None


def _sector(phrase: str, kb: KnowledgeBase) -> str | None:
    """The sector of the longest sector noun phrase in ``phrase``, the later the better."""
    words = _words(phrase)
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
    rest = (phrase[:m.start] + " " + re.sub(r"^['’]s\b", "", phrase[m.end:])).strip()
    body = _body_inside(_without_article(rest), kb, None) if rest else None
    if body and body.kind in ("group", "organization") and body.country in (None, entry.id):
        return ResolvedActor(body.id, body.name, body.kind, entry.id if entry.kind == "state" else "IGO",
                             body.sector)
    if body and body.kind == "state" and body.country == entry.id:
        return body
    sector = _sector(rest, kb) or m.alias.sector
    if entry.kind == "igo":
        return ResolvedActor(entry.id, entry.name, "igo", "IGO", sector or "IGO")
    if ORG_HEADS.search(rest) and not sector:
        return ResolvedActor("org:" + slug(phrase), phrase, "organization", entry.id, None)
    return ResolvedActor(entry.id, entry.name, "state", entry.id, sector)


def _body_inside(phrase: str, kb: KnowledgeBase, on: date | None) -> ResolvedActor | None:
    """A known group, organisation or state body named inside the phrase ("Taliban fighters")."""
    words = phrase.split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            if not words[i][:1].isupper():
                continue
            hits = [a for a in kb.lookup(" ".join(words[i:i + n]), exact=False)
                    if a.form not in ("person", "region")]
            if hits:
                entry = kb.entries[hits[0].actor_id]
                rest = " ".join(words[:i] + words[i + n:])
                sector = entry.sector if entry.kind == "group" else hits[0].sector
                return _from_entry(entry, on, sector or _sector(rest, kb))
    return None


def _new(phrase: str, kb: KnowledgeBase) -> ResolvedActor:
    """An actor the knowledge base does not know, with a stable id by the text's shape."""
    sector = _sector(phrase, kb)
    if ORG_HEADS.search(phrase):
        return ResolvedActor("org:" + slug(phrase), phrase, "organization", _place_country(phrase, kb), sector)
    words = phrase.split()
    whole = _place_country(phrase, kb, whole=True)
    if sector is None and whole:
        return ResolvedActor("location:" + slug(phrase), phrase, "location", whole)
    if sector is None and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return ResolvedActor("person:" + slug(phrase), phrase, "person")
    return ResolvedActor("group:" + slug(phrase), phrase, "group", _place_country(phrase, kb), sector)


def _place_country(phrase: str, kb: KnowledgeBase, *, whole: bool = False) -> str | None:
    """The country of a known city or region named in the phrase (longest name first),
    or with ``whole``, only when the phrase is that name."""
    words = _words(phrase)
    spans = [(0, len(words))] if whole else [
        (i, i + n) for n in range(min(3, len(words)), 0, -1) for i in range(len(words) - n + 1)]
    for i, j in spans:
        if not words[i][:1].isupper():
            continue
        name = " ".join(words[i:j])
        place = kb.place(name)
        if place:
            return place.country
        regions = [a for a in kb.lookup(name, exact=False) if a.form == "region"]
        if regions:
            return kb.entries[regions[0].actor_id].country
    return None


def _context_country(context: str, kb: KnowledgeBase) -> str | None:
    """The first state the context sentence names (by name, demonym or capital)."""
    for m in gazetteer(kb).find(context):
        if kb.entries[m.alias.actor_id].kind == "state":
            return m.alias.actor_id
    return None
