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
    actor they stand for. Lookups take character offsets into the article text. Make one with
    ``build``, which indexes it.
    """

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _by_id: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]) -> ActorLayer:
        ordered = tuple(sorted(mentions, key=lambda m: (m.start, -m.end)))
        by_id: dict[str, Actor] = {}
        for a in actors:
            by_id.setdefault(a.id, a)
        return cls(actors, ordered, tuple(m.start for m in ordered), by_id)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return self._by_id.get(actor_id) if actor_id is not None else None

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
