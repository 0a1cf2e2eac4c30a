"""Recognise the actors of one article: states, organisations, people, places.

Steps: (1) clean spaCy's entities (one label per name in an article; people's
names trimmed of verbs and of words before a full name); (2) take datelines as
places ("KYIV, Ukraine (AP) —": a location, not Ukraine's government); (3) find the
knowledge base's state, IGO and region names (with demonyms, capitals and metonyms)
in the text and extend them over the body or sector noun they modify ("North Korean
troops": PRK, MIL; "Brazil's foreign ministry": CHN with that role); a regional or
ethnic adjective before a sector noun names a group ("Tigrayan forces": a group of
Ethiopia, not its army); a name in a war's name ("the Vietnam war") names no actor;
(4) turn the remaining entities into people, organisations and places, and take armed
groups named only by what they are ("insurgents") as unnamed groups; (5) describe
the people (titles, roles, affiliations, country); (6) resolve coreference; (7) gather
each actor with all its mentions. Offsets index ``article.text`` exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from realpolitik.actors.coref import resolve_coreference
from realpolitik.actors.datelines import find_datelines
from realpolitik.actors.gazetteer import Match, country_in, gazetteer
from realpolitik.actors.kb import GAZETTEER_FORMS, GAZETTEER_KINDS, Alias, Entry, KnowledgeBase, slug
from realpolitik.actors.layer import ActorLayer
from realpolitik.actors.people import Profile, describe_people, described_as_person, person_entry
from realpolitik.actors.spans import Entity, clean_entities, consistent_labels, trim_people
from realpolitik.actors.unnamed import unnamed_groups
from realpolitik.model import Actor, Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns that head a government body's spokesperson or officer ("foreign ministry spokesperson").
OFFICE_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "official",
                          "officials", "minister", "ministers", "chief", "head", "envoy", "ambassador",
                          "secretary", "leader", "leaders", "commander", "commanders"})
CONTAINERS = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "LAW"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
WAR = re.compile(r" [Ww]ars?\b")
# The most words of a name looked up around a headline's word ("Organization of American States").
NAME_WORDS = 4


def recognize_actors(doc: Doc, article: Article, kb: KnowledgeBase, *,
                     headlines: Mapping[int, Doc] | None = None) -> ActorLayer:
    """Every actor the article names, with all its mentions (pronouns and surnames included).

    ``headlines`` (``nlp.headlines.reparse_headlines``): sentence-case parses of Title Case
    headlines, by their first token; their names are read off those parses.
    """
    text = article.text
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    if headlines:
        ents = _headline_entities(doc, ents, headlines)
    entities = [_as_person(e, text, kb) for e in clean_entities(text, ents, kb)]
    entities = consistent_labels(text, trim_people(text, entities, kb))
    drafts: dict[str, dict] = {}
    datelines = _dateline_mentions(text, kb, drafts)
    mentions = datelines + [x for m in _state_matches(text, entities, kb)
                            if not _overlaps(m, datelines) and (x := _extend(doc, text, m, kb, drafts))]
    people = _entity_mentions(text, entities, mentions, kb, drafts)
    mentions += people
    mentions += unnamed_groups(doc, mentions, kb, drafts)
    profiles = describe_people(doc, text, people, entities, kb, on=article.published)
    resolved = resolve_coreference(doc, text, mentions, profiles, kb, on=article.published)
    replaced = {(m.start, m.end) for m in resolved}
    mentions = [m for m in mentions if (m.start, m.end) not in replaced] + resolved
    return _assemble(mentions, drafts, profiles, kb, article)


def _headline_entities(doc: Doc, ents: list[tuple[int, int, str]],
                       headlines: Mapping[int, Doc]) -> list[tuple[int, int, str]]:
    """``ents`` with those of Title Case headlines replaced by their sentence-case parse's: the
    model takes capitalised words for names ("Criticizes Nigeria" as a person)."""
    for first, again in headlines.items():
        sent = doc[first].sent
        ents = [e for e in ents if not sent.start_char <= e[0] < sent.end_char]
        ents += [(e.start_char, e.end_char, e.label_) for e in again.ents if e.start_char >= sent.start_char]
    return sorted(ents)


def known_names(doc: Doc, kb: KnowledgeBase) -> Callable[[Token], bool]:
    """Whether a capitalised token of ``doc`` is part of a name the knowledge base knows, alone or
    with up to three neighbours in its sentence ("Vladimir Putin"). Worked out once per sentence."""
    covered: dict[int, frozenset[int]] = {}

    def named(token: Token) -> bool:
        sent = token.sent
        if sent.start not in covered:
            covered[sent.start] = _name_tokens(sent, kb)
        return token.i in covered[sent.start]
    return named


def _name_tokens(sent, kb: KnowledgeBase) -> frozenset[int]:
    """Indices of the capitalised tokens of ``sent`` inside a knowledge-base name."""
    found: set[int] = set()
    doc = sent.doc
    for first in range(sent.start, sent.end):
        if not doc[first].text[:1].isupper():
            continue
        for width in range(1, NAME_WORDS + 1):
            if first + width > sent.end:
                break
            if kb.lookup(doc[first:first + width].text):
                found.update(range(first, first + width))
    return frozenset(i for i in found if doc[i].text[:1].isupper())


def _dateline_mentions(text: str, kb: KnowledgeBase, drafts: dict[str, dict]) -> list[Mention]:
    """Datelines as location mentions (see ``datelines``), their actors recorded in ``drafts``."""
    out = []
    for d in find_datelines(text, kb):
        drafts.setdefault(d.mention.actor_id, {"name": d.name, "kind": "location", "country": d.country})
        out.append(d.mention)
    return out


def _overlaps(m: Match | Mention, mentions: list[Mention]) -> bool:
    return any(x.start < m.end and m.start < x.end for x in mentions)


def _as_person(e: Entity, text: str, kb: KnowledgeBase) -> Entity:
    """An unknown two- or three-word name the model tagged as a place or body, which the
    article describes as a person ("Ana Ruiz, a lawyer,"), is a person."""
    span = text[e.start:e.end]
    if e.label in ("GPE", "ORG", "LOC", "NORP") and 2 <= len(span.split()) <= 3 and not kb.lookup(span) \
            and not kb.place(span) and described_as_person(text, e.end, kb):
        return Entity(e.start, e.end, "PERSON")
    return e


def _state_matches(text: str, entities: list[Entity], kb: KnowledgeBase) -> list[Match]:
    """Gazetteer matches that the context does not rule out."""
    return [m for m in gazetteer(kb).find(text) if not _ruled_out(text, m, entities, kb)]


def _ruled_out(text: str, m: Match, entities: list[Entity], kb: KnowledgeBase) -> bool:
    entry = kb.entries[m.alias.actor_id]
    for e in entities:
        if e.start <= m.start and m.end <= e.end and e.label in CONTAINERS:
            larger = (e.start, e.end) != (m.start, m.end)
            if e.label == "PERSON" and (larger or entry.person_name_risk):
                return True
            if larger and m.alias.form in ("capital", "metonym"):
                return True  # "Georgetown University", "the Washington Post"
            if e.label == "EVENT" and text[e.start:m.start].strip() in ("", "the", "The") \
                    and WAR.fullmatch(text, m.end, e.end):
                return True
    return _names_a_war(text, m) or _inside_longer_place(text, m, kb) or (
        entry.person_name_risk and _after_place_comma(text, m.start, kb))


def _names_a_war(text: str, m: Match) -> bool:
    """"the Korean War", "the Vietnam war", "the Gulf war": the name of a war says where or
    whose war it was, not who acts, so it gives no actor mention (nor does the same shape
    tagged EVENT by the model). A war's parties named as such ("Russia's war", "the
    Russia-Ukraine war") are not this shape and keep their mentions."""
    return text[max(0, m.start - 4):m.start] in ("the ", "The ") and bool(WAR.match(text, m.end))


def _inside_longer_place(text: str, m: Match, kb: KnowledgeBase) -> bool:
    """"New Mexico", "Lake Chad": a capitalised word before the name makes a known place
    or region of which the state's name is only a part."""
    words = text[max(0, m.start - 30):m.start].split()
    if not words or not words[-1][:1].isupper() or text[m.start - 1:m.start] != " ":
        return False
    longer = words[-1] + " " + text[m.start:m.end]
    return kb.place(longer) is not None or any(a.form == "region" for a in kb.lookup(longer))


def _after_place_comma(text: str, start: int, kb: KnowledgeBase) -> bool:
    """"Atlanta, Georgia": a capitalised non-state word and a comma before the name."""
    before = text[max(0, start - 40):start].rstrip()
    if not before.endswith(","):
        return False
    word = before[:-1].split()[-1] if before[:-1].split() else ""
    return word[:1].isupper() and not kb.lookup(word)


def _extend(doc: Doc, text: str, m: Match, kb: KnowledgeBase, drafts: dict[str, dict]) -> Mention | None:
    """The match as a mention, stretched over the sector or body noun it modifies; a
    regional adjective gives a group (recorded in ``drafts``), or nothing without a noun."""
    sector, role = m.alias.sector, m.alias.role
    if m.alias.form == "regional":
        return _regional_group(doc, text, m, kb, drafts)
    if m.alias.form in ("name", "demonym", "acronym", "official"):
        tokens = _following_tokens(doc, text, m.end)
        span = _sector_phrase(tokens, kb)
        if span and not _names_a_person(doc, tokens[span[1]]):
            first, last, sector = span
            role = text[tokens[first].idx:tokens[last].idx + len(tokens[last])].lower()
            if role.endswith("s") and tokens[last].tag_ == "NNS":
                role = None
            return Mention(m.start, tokens[last].idx + len(tokens[last]),
                           text[m.start:tokens[last].idx + len(tokens[last])], m.alias.actor_id, sector, role)
    return Mention(m.start, m.end, text[m.start:m.end], m.alias.actor_id, sector, role)


def _regional_group(doc: Doc, text: str, m: Match, kb: KnowledgeBase,
                    drafts: dict[str, dict]) -> Mention | None:
    """"Tigrayan forces", "Kurdish fighters": a group named by the phrase, of the state the
    region lies in (None for a people of several states), with the noun's sector."""
    tokens = _following_tokens(doc, text, m.end)
    span = _sector_phrase(tokens, kb)
    if span is None or tokens[0].idx != m.end + 1:
        return None
    end = tokens[span[1]].idx + len(tokens[span[1]])
    phrase = text[m.start:end]
    actor_id = "group:" + slug(phrase)
    drafts.setdefault(actor_id, {"name": phrase, "kind": "group", "country": kb.regional.get(m.alias.text),
                                 "sector": span[2]})
    return Mention(m.start, end, phrase, actor_id, span[2], None)


def _names_a_person(doc: Doc, last: Token) -> bool:
    """Whether a person's name follows: "Ruritanian President Jan Kowal" is his title, not a body."""
    return last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == "PERSON"


def _following_tokens(doc: Doc, text: str, end: int) -> list[Token]:
    """Up to five tokens after ``end`` in the same sentence, past a possessive 's."""
    span = doc.char_span(end, min(len(text), end + 80), alignment_mode="expand")
    if span is None:
        return []
    tokens = [t for t in span if t.idx >= end]
    if tokens and tokens[0].text in ("'s", "’s"):
        tokens = tokens[1:]
    out = []
    for t in tokens[:5]:
        if t.is_punct or t.is_sent_start or t.ent_type_ in ("PERSON", "GPE", "NORP") or t.idx >= end + 80:
            break
        out.append(t)
    return out


def _sector_phrase(tokens: list[Token], kb: KnowledgeBase) -> tuple[int, int, str] | None:
    """(first, last, sector) of the longest sector noun phrase starting the tokens, one
    adjective allowed before it; office nouns after it are absorbed."""
    for skip in (0, 1):
        if skip and (not tokens or tokens[0].pos_ != "ADJ"):
            break
        for last in range(len(tokens) - 1, skip - 1, -1):
            sector = kb.sector_of(" ".join(t.text for t in tokens[skip:last + 1]))
            if sector and tokens[last].pos_ in ("NOUN", "PROPN"):
                while last + 1 < len(tokens) and tokens[last + 1].lower_ in OFFICE_NOUNS:
                    last += 1
                return skip, last, sector
    return None


def _entity_mentions(text: str, entities: list[Entity], taken: list[Mention], kb: KnowledgeBase,
                     drafts: dict[str, dict]) -> list[Mention]:
    """Mentions for entities the gazetteer did not cover; records new actors in ``drafts``."""
    out = []
    for e in entities:
        span = text[e.start:e.end]
        covered = any(m.start <= e.start and e.end <= m.end for m in taken)
        overlaps = any(m.start < e.end and e.start < m.end for m in taken)
        if covered or (overlaps and e.label not in ("PERSON", "ORG")) or _modified_igo(e, taken, kb):
            continue
        if e.label == "PERSON" and (known := person_entry(span, kb)):
            span = known[1]  # "Jan Kowal Doctrine": the name is the person
        after_the = text[max(0, e.start - 4):e.start] in ("the ", "The ")
        found = _entity_actor(span, _surname_label(span, e.label, kb), kb, drafts, after_the=after_the)
        if found:
            out.append(Mention(e.start, e.start + len(span), span, *found))
    return out


def _modified_igo(e: Entity, taken: list[Mention], kb: KnowledgeBase) -> bool:
    """An ORG span around an IGO's name ("an Arctic NATO") is a figure of speech, not a body."""
    return e.label == "ORG" and any(
        e.start <= m.start and m.end <= e.end and kb.entries[m.actor_id].kind == "igo" for m in taken)


def _surname_label(span: str, label: str, kb: KnowledgeBase) -> str:
    """PERSON for a lone word the model tagged as a body or place that is the name of one
    known person and of nothing else the knowledge base knows ("Kowal said" as ORG)."""
    if label == "PERSON" or " " in span or kb.place(span):
        return label
    found = kb.lookup(span)
    people = {a.actor_id for a in found if a.form == "person"}
    return "PERSON" if len(people) == 1 and len(found) == 1 else label


def _entity_actor(span: str, label: str, kb: KnowledgeBase, drafts: dict[str, dict], *,
                  after_the: bool = False) -> tuple[str, str | None, str | None] | None:
    """(actor id, sector, role) for an entity; new actors are recorded in ``drafts``.

    A known person's name wins for PERSON spans; otherwise a known group, body or
    organisation spelt exactly so wins whatever the label (the model tags "Houthis"
    as a person). A province or region's name counts only for a span tagged as a
    place, and a one-word one after "the" only when "the" is part of its name ("the
    Donbas"): "the Gulf", "the Coast" are common nouns, not a province."""
    known_person = person_entry(span, kb) if label == "PERSON" else None
    other = [a for a in kb.lookup(span) if _names_entity(a, label, kb)]
    if other and other[0].form == "region" and after_the and " " not in span and not kb.lookup("the " + span):
        other = []
    if other and not known_person:
        return other[0].actor_id, other[0].sector, other[0].role
    if label == "PERSON":
        known = known_person
        actor_id = known[0].id if known else "person:" + slug(span)
        drafts.setdefault(actor_id, {"name": known[0].name if known else span, "kind": "person"})
        return actor_id, None, None
    if label == "ORG":
        return _organisation(span, kb, drafts)
    if label in ("GPE", "LOC"):
        place = kb.place(span)
        actor_id = "location:" + slug(span)
        drafts.setdefault(actor_id, {"name": span, "kind": "location",
                                     "country": place.country if place else None})
        return actor_id, None, None
    if label == "NORP" and span.endswith("s"):
        actor_id = "group:" + slug(span)
        drafts.setdefault(actor_id, {"name": span, "kind": "group"})
        return actor_id, None, None
    return None


def _names_entity(alias: Alias, label: str, kb: KnowledgeBase) -> bool:
    """Whether a knowledge-base name may name an entity of this label: not a person's
    (people are matched by ``person_entry``), not a state's or IGO's (the gazetteer's
    job), a region's only for places."""
    if alias.form == "person" or (alias.form == "region" and label not in PLACE_LABELS):
        return False
    return not (alias.form in GAZETTEER_FORMS and kb.entries[alias.actor_id].kind in GAZETTEER_KINDS)


def _organisation(span: str, kb: KnowledgeBase, drafts: dict[str, dict]) -> tuple[str, str | None, str | None]:
    """A known body (a state's body becomes the state with a role), else a new ``org:``."""
    known = [a for a in kb.lookup(span, exact=False) if a.form != "person"]
    if known:
        return known[0].actor_id, known[0].sector, known[0].role
    actor_id = "org:" + slug(span)
    drafts.setdefault(actor_id, {"name": span, "kind": "organization", "country": country_in(span, kb)})
    return actor_id, None, None


def _assemble(mentions: list[Mention], drafts: dict[str, dict], profiles: dict[str, Profile],
              kb: KnowledgeBase, article: Article) -> ActorLayer:
    by_actor: dict[str, list[Mention]] = {}
    for m in sorted(set(mentions), key=lambda m: (m.start, -m.end)):
        by_actor.setdefault(m.actor_id, []).append(m)
    actors = tuple(_actor(actor_id, tuple(ms), drafts.get(actor_id, {}), profiles.get(actor_id), kb, article)
                   for actor_id, ms in by_actor.items())
    return ActorLayer.build(actors, tuple(m for ms in by_actor.values() for m in ms))


def _actor(actor_id: str, mentions: tuple[Mention, ...], draft: dict, profile: Profile | None,
           kb: KnowledgeBase, article: Article) -> Actor:
    entry = kb.entry(actor_id)
    if entry and profile and _another_person(entry, profile, article):
        entry = None  # same name, different person: the article's own description wins
    role = entry.role_on(article.published) if entry else None
    name = entry.name if entry else draft.get("name", mentions[0].text)
    kind = entry.kind if entry else draft.get("kind", "organization")
    country = (entry.country if entry else None) or (role.country if role else None) or draft.get("country")
    sector = (entry.sector if entry else None) or (role.sector if role else None) or draft.get("sector")
    roles: tuple[str, ...] = (role.title,) if role and role.title else ()
    affiliations: tuple[str, ...] = ()
    if profile:
        country = country or profile.country
        sector = sector or profile.sector
        roles = tuple(dict.fromkeys(roles + profile.roles))
        affiliations = profile.affiliations
    if kind == "state":
        sector = None
    return Actor(actor_id, name, kind, country, sector, roles, affiliations, mentions)


def _another_person(entry: Entry, profile: Profile, article: Article) -> bool:
    """Whether the article describes someone else of the same name as the KB's person: it
    gives a sector the KB person never had, and the KB person holds no office on the day."""
    sectors = {r.sector for r in entry.roles} - {"ELI"}
    current = entry.role_on(article.published)
    return (entry.kind == "person" and profile.sector is not None and profile.sector not in sectors
            and (current is None or current.sector == "ELI"))
