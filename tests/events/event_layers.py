"""A hand-built actor layer for the events tests: the stage is pinned without actor recognition."""

from __future__ import annotations

from datetime import date

from realpolitik.actors import ActorLayer
from realpolitik.events import extract_events
from realpolitik.model import Actor, Article, Mention
from realpolitik.nlp.headlines import reparse_headlines

PUBLISHED = date(2025, 3, 14)  # a Friday
STATES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Chilean": "CHL", "Peruvian": "PER",
          "Bolivian": "BOL"}
# Surface, actor, sector: the forces and officials some tests name.
FORCES = (("Chilean troops", "CHL", "MIL"), ("Peruvian troops", "PER", "MIL"),
          ("Bolivian soldiers", "BOL", "MIL"), ("Chilean officials", "CHL", "GOV"),
          ("Bolivian officials", "BOL", "GOV"), ("Chilean diplomats", "CHL", "GOV"))


def layer_for(text: str, extra: tuple[tuple[str, str, str | None], ...] = (), *,
              forces: bool = False) -> ActorLayer:
    """Mentions of the test states (with ``forces``, also their forces and officials) and of
    ``extra`` (surface, id, sector), wherever they stand as whole words, longest first."""
    surfaces = [(s, a, None) for s, a in STATES.items()] + list(FORCES if forces else ()) + list(extra)
    mentions: list[Mention] = []
    for surface, actor_id, sector in sorted(surfaces, key=lambda x: -len(x[0])):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            alone = not text[end:end + 1].isalpha() and not text[start - 1:start].isalpha()
            if alone and not any(m.start < end and start < m.end for m in mentions):
                mentions.append(Mention(start, end, surface, actor_id, sector))
            start = text.find(surface, end)
    actors = tuple(Actor(i, i, "state", i) for i in sorted({m.actor_id for m in mentions}))
    return ActorLayer.build(actors, tuple(mentions))


def events_of(nlp, text, extra=(), quotes=(), *, forces: bool = False, reparse: bool = False):
    """The events of ``text``; ``reparse``: headlines may be parsed again (the pipeline's way)."""
    article = Article("t", text, published=PUBLISHED)
    doc, layer = nlp(text), layer_for(text, extra, forces=forces)
    again = reparse_headlines(doc, layer.names_token, nlp) if reparse else None
    return extract_events(doc, article, layer, quotes, headlines=again)


def facts(events):
    return {(e.type, e.source, e.target) for e in events}
