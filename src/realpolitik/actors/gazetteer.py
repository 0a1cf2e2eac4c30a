"""Find the knowledge base's state, organisation and region names in raw text.

Matching is case-sensitive ("US" is the United States, "us" is not), on word
boundaries, longest match first ("Latin America" hides "America"; "North Korea"
beats "Korea"). Offsets are indices into the text as given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from realpolitik.actors.kb import Alias, KnowledgeBase


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    alias: Alias


class Gazetteer:
    """An index of alias texts by their first two characters."""

    def __init__(self, aliases: list[Alias]):
        index: dict[str, list[Alias]] = defaultdict(list)
        for alias in aliases:
            if len(alias.text) >= 2:
                index[alias.text[:2]].append(alias)
        self._index = {k: sorted(v, key=lambda a: -len(a.text)) for k, v in index.items()}

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, leftmost-longest, in text order."""
        matches: list[Match] = []
        i, n = 0, len(text)
        while i < n:
            if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum()):
                hit = self._match_at(text, i)
                if hit:
                    matches.append(hit)
                    i = hit.end
                    continue
            i += 1
        return matches

    def _match_at(self, text: str, i: int) -> Match | None:
        for alias in self._index.get(text[i:i + 2], ()):
            end = i + len(alias.text)
            if text.startswith(alias.text, i) and (end == len(text) or not text[end].isalnum()):
                return Match(i, end, alias)
        return None


def gazetteer(kb: KnowledgeBase) -> Gazetteer:
    """The gazetteer of a knowledge base, built once and kept in its cache."""
    if "gazetteer" not in kb.cache:
        kb.cache["gazetteer"] = Gazetteer(list(kb.state_aliases()))
    return kb.cache["gazetteer"]


def country_in(phrase: str, kb: KnowledgeBase) -> str | None:
    """The state a phrase names ("US state department", "Nanjing University"), or None.

    States' names, demonyms and capitals count at the start of the phrase or after
    "of"/"in"/"from" ("Bank of Korea"), not as a modifier inside a name ("the Example
    China Center"); other cities count anywhere, but only when they have a million
    people, since smaller names often mean something else ("Georgetown")."""
    for m in gazetteer(kb).find(phrase):
        entry = kb.entries[m.alias.actor_id]
        lead = phrase[:m.start].strip().lower()
        if entry.kind == "state" and (lead in ("", "the", "a", "an") or lead.endswith((" of", " in", " from"))):
            return entry.id
    for word in phrase.replace("’s", " ").replace("'s", " ").split():
        place = kb.place(word)
        if place and place.population >= 1_000_000:
            return place.country
    return None
