"""Resolution: from the words that name a speaker to an actor id.

The actor layer comes first: a mention on the speaker's head word ("he", "Wen",
"the ministry") is taken as it is, since the actor stage has resolved pronouns
and surnames already. Failing that, in order:

- a pronoun: "he"/"she" -> the nearest person named before it (a speaker or a
  layer mention); "it"/"they" -> the nearest speaker before it that is not a person;
- a PERSON entity: its layer mention, or a person earlier in the text whose name
  contains it ("Wen" after "Wen Lin"), or a new ``person:`` actor;
- a noun for an unnamed source ("analysts", "a senior Ukrainian official"): a
  ``group:`` actor, with the country of a state named inside the phrase and the
  sector the noun implies (``group:ukr-officials``, country UKR, sector GOV);
- an ORG entity: its layer mention or a new ``org:`` actor;
- otherwise any layer mention inside the phrase, else None.

Call ``resolve`` in text order: pronouns look back at what was resolved before.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort

from spacy.tokens import Doc, Span

from realpolitik.actors.layer import ActorLayer
from realpolitik.model import Actor, Mention
from realpolitik.quotes.lexicon import source_nouns
from realpolitik.quotes.speaker import SpeakerWords

_PERSONAL = frozenset({"he", "she", "him", "her"})
_IMPERSONAL = frozenset({"it", "they", "them"})
_COLLECTIVE = frozenset({"people", "police", "military", "government", "administration", "ministry"})
_LOOKBACK = 200


class SpeakerResolver:
    """Maps speaker words to actor ids for one document, minting actors the layer lacks."""

    def __init__(self, doc: Doc, layer: ActorLayer):
        self._doc = doc
        self._layer = layer
        self._actors = {a.id: a for a in layer.actors}
        self._new: dict[str, Actor] = {}
        self._starts = [m.start for m in layer.mentions]
        self._longest = max((m.end - m.start for m in layer.mentions), default=0)
        self._history: list[tuple[int, str]] = []  # (offset, actor id) of resolved speakers
        self._ents = list(doc.ents)  # Span.ents scans the whole document: index them once
        self._ent_starts = [e.start for e in self._ents]
        self._full_names = [(e.start_char, _clean_name(e.text)) for e in self._ents
                            if e.label_ == "PERSON" and len(e.text.split()) > 1]

    def resolve(self, words: SpeakerWords) -> str | None:
        """The actor id the speaker words stand for, or None."""
        actor_id = self._resolve(words)
        if actor_id is not None:
            insort(self._history, (self._doc[words.head].idx, actor_id))
        return actor_id

    def new_actors(self) -> tuple[Actor, ...]:
        """Actors minted for speakers that the layer did not know, in order of first use."""
        return tuple(self._new.values())

    def _resolve(self, words: SpeakerWords) -> str | None:
        head = self._doc[words.head]
        mention = self.mention_at(head.idx, head.idx + len(head))
        if mention is not None:
            return mention.actor_id
        if head.pos_ == "PRON":
            return self._pronoun(head.lower_, head.idx)
        phrase = self._doc[words.start:words.end]
        ents = self._ents_in(words.start, words.end)
        person = next((e for e in ents if e.label_ == "PERSON"), None)
        if person is not None:
            return self._person(person)
        lemma = head.lemma_.lower()
        if lemma in source_nouns():
            return self._group(lemma, phrase)
        org = next((e for e in ents if e.label_ == "ORG"), None)
        if org is not None:
            return self._named(_clean_name(org.text), "org", "organization")
        inside = self.mention_at(phrase.start_char, phrase.end_char)
        return inside.actor_id if inside else None

    def _ents_in(self, start: int, end: int) -> list[Span]:
        """Entities lying wholly inside tokens [start, end)."""
        i = bisect_left(self._ent_starts, start)
        hits = []
        while i < len(self._ents) and self._ents[i].start < end:
            if self._ents[i].end <= end:
                hits.append(self._ents[i])
            i += 1
        return hits

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The longest layer mention overlapping [start, end); like ActorLayer.mention_at, but indexed."""
        mentions = self._layer.mentions
        best = None
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and mentions[i].start >= start - self._longest:
            m = mentions[i]
            if m.start < end and start < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
            i -= 1
        return best

    def _kind(self, actor_id: str) -> str | None:
        actor = self._actors.get(actor_id) or self._new.get(actor_id)
        return actor.kind if actor else None

    def _pronoun(self, word: str, offset: int) -> str | None:
        if word in _PERSONAL:
            return self._recent(offset, lambda kind: kind == "person") or self._recent_mention(offset)
        if word in _IMPERSONAL:
            return self._recent(offset, lambda kind: kind not in (None, "person"))
        return None

    def _recent(self, offset: int, wanted) -> str | None:
        i = bisect_left(self._history, (offset, ""))
        for pos, actor_id in reversed(self._history[max(0, i - _LOOKBACK):i]):
            if pos < offset and wanted(self._kind(actor_id)):
                return actor_id
        return None

    def _recent_mention(self, offset: int) -> str | None:
        mentions = self._layer.mentions
        i = bisect_left(self._starts, offset)
        for m in reversed(mentions[max(0, i - _LOOKBACK):i]):
            if self._kind(m.actor_id) == "person":
                return m.actor_id
        return None

    def _person(self, entity: Span) -> str:
        mention = self.mention_at(entity.start_char, entity.end_char)
        if mention is not None:
            return mention.actor_id
        name = _clean_name(entity.text)
        if len(name.split()) == 1:
            known = self._person_named(name, entity.start_char)
            if known is not None:
                return known
            name = self._full_name(name, entity.start_char)
        return self._named(name, "person", "person")

    def _full_name(self, word: str, offset: int) -> str:
        """The nearest full name before offset that has this word, else the word itself."""
        i = bisect_left(self._full_names, (offset, ""))
        for _, name in reversed(self._full_names[max(0, i - _LOOKBACK):i]):
            if word.lower() in name.lower().split():
                return name
        return word

    def _person_named(self, word: str, offset: int) -> str | None:
        """The nearest person before offset whose name has this word ("Wen" -> "Wen Lin")."""
        key = word.lower()

        def has_word(actor_id: str) -> bool:
            return key in self._name(actor_id).lower().split()

        i = bisect_left(self._history, (offset, ""))
        for _, actor_id in reversed(self._history[max(0, i - _LOOKBACK):i]):
            if self._kind(actor_id) == "person" and has_word(actor_id):
                return actor_id
        people = (a.id for a in (*self._actors.values(), *self._new.values()) if a.kind == "person")
        return next((p for p in people if has_word(p)), None)

    def _name(self, actor_id: str) -> str:
        actor = self._actors.get(actor_id) or self._new.get(actor_id)
        return actor.name if actor else ""

    def _named(self, name: str, prefix: str, kind: str) -> str:
        actor_id = f"{prefix}:{slug(name)}"
        if actor_id not in self._actors and actor_id not in self._new:
            self._new[actor_id] = Actor(actor_id, name, kind)
        return actor_id

    def _group(self, lemma: str, phrase: Span) -> str:
        state = self._state_in(phrase)
        plural = lemma if lemma in _COLLECTIVE else _plural(lemma)
        actor_id = f"group:{state.lower()}-{plural}" if state else f"group:{plural}"
        if actor_id not in self._actors and actor_id not in self._new:
            country = self._actors.get(state) if state else None
            name = f"{plural} of {country.name}" if country else plural
            self._new[actor_id] = Actor(actor_id, name, "group", country=state, sector=source_nouns()[lemma])
        return actor_id

    def _state_in(self, phrase: Span) -> str | None:
        """The state a phrase names: a layer mention of a state, or the country of one."""
        for m in self._layer.mentions_in(phrase.start_char, phrase.end_char):
            actor = self._actors.get(m.actor_id)
            if actor is not None and actor.kind == "state":
                return actor.id
            if actor is not None and actor.country and actor.country != "IGO":
                return actor.country
        return None


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Wen Lin" -> "wen-lin"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


def _clean_name(text: str) -> str:
    text = re.sub(r"(['’]s?)$", "", text.strip())
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def _plural(lemma: str) -> str:
    if lemma.endswith("man"):
        return lemma[:-3] + "men"  # spokesman, chairwoman
    if lemma.endswith("person"):
        return lemma[:-6] + "people"
    if lemma.endswith(("s", "x", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        return lemma[:-1] + "ies"
    return lemma + "s"
