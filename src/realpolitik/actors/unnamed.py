"""Armed groups an article names only by what they are: "insurgents shelled the town",
"gunmen stormed a hotel".

Event coders code such an actor by its sector with the country unknown (CAMEO's
"---REB"): it acts, and it is no state. Each kind of group is one actor of the
article ("group:unnamed-reb"), with no country, so it takes part in events but never in
the relations between states. A bare sector noun refers back to the one group of
that sector the article has named before ("M23 rebels ... the rebels"), when
there is exactly one; a noun with a name before it ("Houthi rebels") that the
actor stage could not resolve is left alone: it has a name, just not one we know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from realpolitik.actors.kb import KnowledgeBase

# The sectors of non-state armed groups, and the name of the unnamed actor of each.
# Criminals (CRM) are left out: the sector also holds prisoners and convicts, who are no group.
ARMED_SECTORS = {"REB": "unnamed rebels or militants", "UAF": "unnamed gunmen"}
PREFIX = "group:unnamed-"
NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def unnamed_groups(doc: Doc, taken: list[Mention], kb: KnowledgeBase,
                   drafts: dict[str, dict]) -> list[Mention]:
    """Mentions of the armed groups ``doc`` names only by a sector noun, not overlapping ``taken``.

    ``drafts`` receives the name, kind and sector of each unnamed actor found.
    """
    found: list[Mention] = []
    for token in doc:
        sector = _armed_sector(token, kb)
        if sector is None or _overlaps(token, taken) or _has_name(token):
            continue
        earlier = {m.actor_id for m in taken if m.sector == sector and m.end <= token.idx
                   and not m.actor_id.startswith(PREFIX)}
        if len(earlier) == 1:
            actor_id = earlier.pop()
        else:
            actor_id = f"{PREFIX}{sector.lower()}"
            drafts.setdefault(actor_id, {"name": ARMED_SECTORS[sector], "kind": "group", "sector": sector})
        found.append(Mention(token.idx, token.idx + len(token.text), token.text, actor_id, sector))
    return found


def _armed_sector(token: Token, kb: KnowledgeBase) -> str | None:
    """The armed sector a plural common noun heading its phrase names ("insurgents"), else None.
    A singular ("a fighter") is too often a figure of speech to count."""
    if token.tag_ != "NNS" or token.dep_ in ("compound", "amod"):
        return None
    sector = kb.sector_of(token.lower_)
    return sector if sector in ARMED_SECTORS else None


def _overlaps(token: Token, taken: list[Mention]) -> bool:
    start, end = token.idx, token.idx + len(token.text)
    return any(m.start < end and start < m.end for m in taken)


def _has_name(token: Token) -> bool:
    """Whether a capitalised word before the noun names the group ("Houthi rebels", "ISIS fighters")."""
    return any(child.dep_ in NAME_DEPS and child.i < token.i and child.text[:1].isupper()
               and (not child.is_sent_start or child.pos_ == "PROPN" or child.ent_type_)
               for child in token.children)
