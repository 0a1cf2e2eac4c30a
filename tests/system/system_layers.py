"""Hand-built actor layers for short test texts: country names, demonyms and organisations."""

from __future__ import annotations

import re

from realpolitik.actors.layer import ActorLayer
from realpolitik.model import Actor, Mention

STATES = {"Norway": "NOR", "Sweden": "SWE", "Finland": "FIN", "Denmark": "DNK", "Chile": "CHL",
          "Peru": "PER", "Bolivia": "BOL", "Brazil": "BRA", "Argentina": "ARG", "Portugal": "PRT",
          "Spain": "ESP", "Ghana": "GHA", "Togo": "TGO", "Benin": "BEN",
          "Swedish": "SWE", "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN", "Chilean": "CHL",
          "Peruvian": "PER", "Bolivian": "BOL", "Swedes": "SWE"}
ORGANISATIONS = {"Nato": "NATO"}


def layer_for(text: str, pronouns: dict[str, str] | None = None) -> ActorLayer:
    """Every name above as a mention of its actor; ``pronouns`` maps a word of the text (its first
    occurrence) to the actor the actor layer would resolve it to."""
    mentions, actors = [], {}
    for names, kind in ((STATES, "state"), (ORGANISATIONS, "igo")):
        for name, code in names.items():
            for m in re.finditer(rf"\b{name}\b", text):
                mentions.append(Mention(m.start(), m.end(), name, code))
                actors.setdefault(code, Actor(code, name, kind))
    for word, code in (pronouns or {}).items():
        start = re.search(rf"\b{word}\b", text).start()
        mentions.append(Mention(start, start + len(word), word, code))
    return ActorLayer.build(tuple(actors.values()), tuple(sorted(mentions, key=lambda m: m.start)))
