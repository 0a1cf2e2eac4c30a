"""What the actor stage hands to the later stages: who is named where."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from realpolitik.model import Actor, Mention

# No mention is longer than this many characters ("the Organization for Security and Co-operation
# in Europe" is 60): lookups by position look no further back.
LONGEST_MENTION = 200


@dataclass(frozen=True, slots=True)
class ActorLayer:
    """The actors of one article and their mentions, sorted by start offset.

    Mentions include resolved pronouns and surnames ("he", "Wen") pointing at the
    actor they stand for. Lookups take character offsets into the article text.
    """

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def build(cls, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]) -> ActorLayer:
        ordered = tuple(sorted(mentions, key=lambda m: (m.start, -m.end)))
        return cls(actors, ordered, tuple(m.start for m in ordered))

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        return next((a for a in self.actors if a.id == actor_id), None)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions lying wholly inside [start, end)."""
        lo = bisect_right(self._starts, start - 1)
        hi = bisect_right(self._starts, end)
        return tuple(m for m in self.mentions[lo:hi] if m.end <= end)

    def names_token(self, token) -> bool:
        """Whether a mention covers any of the token's characters (a spaCy Token, or anything with
        ``idx`` and ``text``); quick: mentions are short."""
        start, end = token.idx, token.idx + len(token.text)
        i = bisect_right(self._starts, end - 1) - 1
        while i >= 0 and self.mentions[i].start > start - LONGEST_MENTION:
            if self.mentions[i].end > start:
                return True
            i -= 1
        return False

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The longest mention overlapping [start, end), or None."""
        hits = [m for m in self.mentions if m.start < end and start < m.end]
        return max(hits, key=lambda m: m.end - m.start, default=None)
