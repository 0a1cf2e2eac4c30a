"""Coreference within one article, conservative by design: unclear stays unresolved.

- Surnames: "Kowal" is the Jan Kowal introduced earlier, or later when no one else of
  that family name is named in the article ("Kowal" in a lede, "Jan Kowal" below).
  East Asian names are written family name first ("Li Wei": "Li"), decided by the
  person's country or, failing that, by a list of common family names. A surname no one
  in the article is called by may be the one office holder of the knowledge base with
  that family name ("Macron"). A family-name match beats a match on
  another part of the name, so "Lin" is Lin Hua and not Wen Lin when both exist.
- Pronouns (he, she, his, her, him): the only person named earlier in the same
  sentence, else the only person named in the sentence before. Never inside a quotation.
- Definite descriptions ("the spokesperson", "the Ruritanian leader"): the one person named
  earlier with that role (and that country), or the one leader in office of that state.
- "it", "its", "the country": the subject of the main clause of the same sentence
  (when it comes first) or of the sentence before, when that subject is a state or IGO;
  "it" as the subject of a reported clause, first the subject of the reporting verb
  ("the talks ended as Chile announced it would leave").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from realpolitik.actors.kb import EAST_ASIAN_STATES, KnowledgeBase
from realpolitik.actors.people import Profile
from realpolitik.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
NEUTER = frozenset({"it", "its"})


@dataclass(frozen=True, slots=True)
class Person:
    actor_id: str
    words: tuple[str, ...]
    surname: str
    first_at: int


def resolve_coreference(doc: Doc, text: str, mentions: list[Mention], profiles: dict[str, Profile],
                        kb: KnowledgeBase, *, on: date | None = None) -> list[Mention]:
    """New mentions for surnames, pronouns and descriptions that refer to known actors.

    A returned mention may have the same offsets as an existing one (a lone surname
    that was first taken for a new person); the caller keeps the returned one."""
    people = _people(mentions, profiles, kb)
    found = _surnames(doc, mentions, people, kb)
    found += _office_holders(mentions, found, people, kb)
    persons = sorted([m for m in mentions if m.actor_id.startswith("person:") and m.actor_id in
                      {p.actor_id for p in people}] + found, key=lambda m: m.start)
    found += _descriptions(doc, text, persons, profiles, kb, on)
    found += _pronouns(doc, text, persons)
    found += _neuter(doc, text, mentions, kb)
    return found


def _people(mentions: list[Mention], profiles: dict[str, Profile], kb: KnowledgeBase) -> list[Person]:
    """People named with at least two words, with the family name each is called by."""
    out: dict[str, Person] = {}
    for m in mentions:
        words = tuple(m.text.split())
        if not m.actor_id.startswith("person:") or len(words) < 2 or m.actor_id in out:
            continue
        entry = kb.entry(m.actor_id)
        country = (entry.country if entry else None) or profiles.get(m.actor_id, Profile()).country
        out[m.actor_id] = Person(m.actor_id, words, _surname(words, country, kb), m.start)
    return list(out.values())


def _surname(words: tuple[str, ...], country: str | None, kb: KnowledgeBase) -> str:
    if len(words) <= 3 and words[0] in kb.east_asian_surnames and country in EAST_ASIAN_STATES | {None}:
        return words[0]
    return words[-1]


def _replaceable(m: Mention, kb: KnowledgeBase) -> bool:
    """A one-word mention a surname may take over: a person, or a new org/place the model
    guessed from a surname ("Kowal said" tagged as an organisation)."""
    if m.actor_id.startswith("person:"):
        return True
    return m.actor_id.startswith(("org:", "location:", "group:")) and kb.entry(m.actor_id) is None


def _surnames(doc: Doc, mentions: list[Mention], people: list[Person], kb: KnowledgeBase) -> list[Mention]:
    """Single capitalised words that name a person introduced by full name: after the
    introduction, or before it in the article's first line (a headline: "Kowal wins")."""
    long_spans = [(m.start, m.end) for m in mentions if len(m.text.split()) > 1 or not _replaceable(m, kb)]
    text = doc.text  # Doc.text rebuilds the string on every access
    first_line_end = _first_line_end(text)
    out = []
    for t in doc:
        if not t.text[:1].isupper() or any(s <= t.idx < e for s, e in long_spans):
            continue
        person = _referent(t.text, t.idx, people)
        if person is None:
            person = _referent(t.text, len(text), people, forward=t.idx >= first_line_end)
        if person:
            out.append(Mention(t.idx, t.idx + len(t), t.text, person.actor_id))
    return out


def _office_holders(mentions: list[Mention], found: list[Mention], people: list[Person],
                    kb: KnowledgeBase) -> list[Mention]:
    """A lone surname that no one named in the article is called by, and that is the family
    name of exactly one holder of the knowledge base's dated offices (heads of state and
    government, ministers: "Obama", "Macron"): that office holder."""
    resolved = {(m.start, m.end) for m in found}
    words = {w for p in people for w in p.words}
    holders = office_holder_surnames(kb)
    out = []
    for m in mentions:
        if " " in m.text or (m.start, m.end) in resolved or m.text in words or not _replaceable(m, kb):
            continue
        if m.text in holders and kb.entry(m.actor_id) is None:
            out.append(Mention(m.start, m.end, m.text, holders[m.text]))
    return out


def office_holder_surnames(kb: KnowledgeBase) -> dict[str, str]:
    """Family name -> person id, for office holders whose family name no other holder shares
    (East Asian names and names ending in a particle, "da Silva", are left out)."""
    if "office_holder_surnames" not in kb.cache:
        ids: dict[str, set[str]] = {}
        for e in kb.entries.values():
            words = e.name.split()
            if e.kind == "person" and any(r.title for r in e.roles) and len(words) > 1 \
                    and e.country not in EAST_ASIAN_STATES and not words[-2].islower():
                ids.setdefault(words[-1], set()).add(e.id)
        kb.cache["office_holder_surnames"] = {name: min(who) for name, who in ids.items() if len(who) == 1}
    return kb.cache["office_holder_surnames"]


def _first_line_end(text: str) -> int:
    end = text.find("\n")
    return end if end >= 0 else 0


def _referent(word: str, at: int, people: list[Person], *, forward: bool = False) -> Person | None:
    """The one person called ``word`` among those named before ``at``; with ``forward`` (a
    surname before the full name, outside the headline), only by family name."""
    earlier = [p for p in people if p.first_at < at]
    by_surname = {p.actor_id: p for p in earlier if p.surname == word}
    if len(by_surname) == 1:
        return next(iter(by_surname.values()))
    if forward:
        return None
    by_word = {p.actor_id: p for p in earlier if word in p.words}
    return next(iter(by_word.values())) if len(by_word) == 1 and not by_surname else None


def _in_quotation(text: str, at: int) -> bool:
    para_start = text.rfind("\n", 0, at) + 1
    before = text[para_start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _pronouns(doc: Doc, text: str, persons: list[Mention]) -> list[Mention]:
    out = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for t in sent:
            if t.lower_ not in PERSONAL or _in_quotation(text, t.idx):
                continue
            here = {m.actor_id for m in persons if sent.start_char <= m.start < t.idx}
            if not here and k > 0:
                here = {m.actor_id for m in persons if sents[k - 1].start_char <= m.start < sent.start_char}
            if len(here) == 1:
                out.append(Mention(t.idx, t.idx + len(t), t.text, here.pop()))
    return out


def _descriptions(doc: Doc, text: str, persons: list[Mention], profiles: dict[str, Profile],
                  kb: KnowledgeBase, on: date | None) -> list[Mention]:
    """"the spokesperson", "the Chinese leader": the one person named earlier who fits."""
    out = []
    for t in doc:
        if t.lower_ != "the" or t.i + 1 >= len(doc):
            continue
        state, noun = _described(doc, t, kb)
        if noun is None:
            continue
        holders = {m.actor_id for m in persons if m.start < t.idx
                   and _fits(m.actor_id, state, noun.lower_, profiles, kb, on)}
        if len(holders) == 1:
            out.append(Mention(t.idx, noun.idx + len(noun), text[t.idx:noun.idx + len(noun)], holders.pop()))
    return out


def _described(doc: Doc, the: Token, kb: KnowledgeBase) -> tuple[str | None, Token | None]:
    """(state, head noun) of "the [demonym] noun"; (None, None) when it is not that shape."""
    nxt = doc[the.i + 1]
    state = next((a.actor_id for a in kb.lookup(nxt.text) if a.form == "demonym"), None)
    noun = doc[the.i + 2] if state and the.i + 2 < len(doc) else nxt
    if noun.pos_ != "NOUN" or (noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN")):
        return None, None
    return state, noun


def _fits(actor_id: str, state: str | None, noun: str, profiles: dict[str, Profile],
          kb: KnowledgeBase, on: date | None) -> bool:
    """Whether a person matches "the [state's] noun": by a role word, or as a leader in office."""
    profile = profiles.get(actor_id, Profile())
    entry = kb.entry(actor_id)
    role = entry.role_on(on) if entry else None
    titles = [*profile.roles, *([role.title] if role and role.title else [])]
    country = (entry.country if entry else None) or profile.country
    if state and country != state:
        return False
    if any(title.split()[-1] == noun for title in titles if title):
        return True
    return noun == "leader" and state is not None and role is not None and role.sector == "GOV"


def _neuter(doc: Doc, text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"it"/"its"/"the country" as a subject or possessor -> the main-clause subject state."""
    out = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for t in sent:
            end = _neuter_end(doc, t)
            if end is None or _in_quotation(text, t.idx):
                continue
            actor = _reporter_actor(t, mentions, kb) or _subject_actor(sent, t.idx, mentions, kb)
            if actor is None and k > 0 and not _clause_subject_before(sent, t):
                actor = _subject_actor(sents[k - 1], sent.start_char, mentions, kb)
            if actor:
                out.append(Mention(t.idx, end, text[t.idx:end], actor))
    return out


def _neuter_end(doc: Doc, t: Token) -> int | None:
    """End offset of "it"/"its" as subject or possessor, or of "the country"; else None."""
    if t.lower_ in NEUTER and t.dep_ in ("nsubj", "nsubjpass", "poss"):
        return t.idx + len(t)
    if t.lower_ == "the" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "country":
        return doc[t.i + 1].idx + len("country")
    return None


def _clause_subject_before(sent: Span, t: Token) -> bool:
    """Whether the sentence has a noun subject before ``t`` (then the previous sentence is moot)."""
    return any(w.dep_ in ("nsubj", "nsubjpass") and w.pos_ in ("NOUN", "PROPN") for w in sent if w.i < t.i)


def _reporter_actor(t: Token, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """For "it" as the subject of a reported clause ("..., as Chile announced it would leave"), the
    state or IGO that is the subject of the reporting verb, when that comes first."""
    clause = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    return _state_subject_of(clause.head, t.idx, mentions, kb)


def _state_subject_of(verb: Token, before: int, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    subjects = [w for w in verb.children if w.dep_ in ("nsubj", "nsubjpass") and w.idx < before]
    if len(subjects) != 1:
        return None
    w = subjects[0]
    for m in mentions:
        entry = kb.entry(m.actor_id)
        if m.start <= w.idx < m.end and entry and entry.kind in ("state", "igo"):
            return m.actor_id
    return None


def _subject_actor(sent: Span, before: int, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The state or IGO that is the subject of ``sent``'s main verb, if it comes before ``before``."""
    return _state_subject_of(sent.root, before, mentions, kb)
