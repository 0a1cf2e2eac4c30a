"""The records every stage exchanges.

All records are frozen. Offsets are Python string indices (code points) into
``Article.text`` exactly as it was read, end exclusive: ``text[start:end]`` gives
back the span. Actor ids follow SPEC.md: ISO3 codes for states, acronyms for
international organisations, ``person:``/``org:``/``group:``/``location:`` slugs
for everything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SCHEMA = "realpolitik.analysis/1"

ACTOR_KINDS = ("state", "person", "organization", "igo", "group", "location")
QUOTE_KINDS = ("direct", "partial", "indirect")
MODALITIES = ("asserted", "reported", "hypothetical", "negated")
PRECISIONS = ("day", "week", "month", "year", "article")
RELATION_KINDS = ("alliance", "support", "dependence", "trade", "rivalry", "conflict", "dispute")
PATTERNS = ("menage-a-trois", "romantic-triangle", "stable-marriage", "unit-veto")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One input document as read.

    ``id`` is the input's own id when it has one (JSONL ``id``), else the sha256
    of the text. ``origin`` says where it came from ("path" or "path:line") and is
    used in error messages only.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    language: str = "en"
    origin: str = "-"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names an actor.

    ``sector`` and ``role`` are what this mention adds ("Peruvian troops":
    sector MIL; "Brazil's foreign ministry": role "foreign ministry").
    """

    start: int
    end: int
    text: str
    actor_id: str
    sector: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as it appears in one article, with all its mentions.

    ``country`` is the ISO3 code of the state a person or body belongs to ("IGO"
    for international organisations, None when unknown).
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """An attributed statement. ``start``/``end`` cover the words only, no quote marks.

    ``speaker`` is an actor id or None when nobody is named; ``speaker_text`` and
    ``speaker_span`` are the words that name the speaker here ("he", "the
    spokesperson"). ``cue`` is the verb or phrase that introduces it.
    """

    id: str
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: an inclusive ISO date range with its precision."""

    start: str
    end: str
    precision: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom. ``type`` is the PLOVER event type, upper case.

    ``goldstein`` is the Goldstein score of ``cameo`` (GDELT's table);
    ``intensity`` is PLOVER's conflict-cooperation score of type and mode.
    ``evidence`` is the clause or sentence it rests on; ``mentions`` holds every
    further span that reports the same event.
    """

    id: str
    type: str
    evidence: Span
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    intensity: float | None = None
    source: str | None = None
    target: str | None = None
    date: EventDate | None = None
    location: Location | None = None
    quantity: int | None = None
    modality: str = "asserted"
    reported_by: str | None = None
    trigger: Span | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    """The sentence of a relation statement ("X is Y's closest ally"): id "s1", "s2", ... in text
    order, and its character offsets into the article text."""

    id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A signed dyad. ``source < target`` (sorted pair); sign in {-1, 0, 1}; weight in [0, 1].

    ``evidence`` holds the ids of the events ("e1"), quotes ("q1") and statements ("s1") it
    rests on; ``statements`` the statements among them, with their words.
    """

    source: str
    target: str
    sign: int
    weight: float
    kinds: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True, slots=True)
class Triad:
    """A closed triad. ``signs`` are those of (a,b), (b,c), (a,c) for actors (a, b, c)."""

    actors: tuple[str, str, str]
    signs: tuple[int, int, int]
    balanced: bool
    pattern: str | None = None
    pivot: str | None = None
    positions: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class System:
    triads: tuple[Triad, ...] = ()
    blocs: tuple[tuple[str, ...], ...] = ()
    triad_counts: tuple[tuple[str, int], ...] = (("+++", 0), ("++-", 0), ("+--", 0), ("---", 0))
    triangle_index: float | None = None
    frustration: int | None = None
    frustration_method: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    system: System = field(default_factory=System)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analysed: where it came from and why."""

    article_id: str | None
    origin: str
    error: str
