"""An invented example analysis for the report's browser test and its screenshot.

The states (Arvenia, Belmora, Corvath, Dunmere, Estrava) and people are fictional;
their ids use ISO 3166's user-assigned X.. codes so they can never clash with a real
state. Every offset is found in the text, so the records stay consistent with it.
"""

from __future__ import annotations

import re
from datetime import date

from realpolitik.model import (
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Location,
    Mention,
    Quote,
    Relation,
    Span,
    System,
    Triad,
)

TEXT = (
    "Arvenia and Belmora signed a mutual defence pact in Port Selen on Monday, and Corvath said it "
    "would join the arrangement next spring. Arvenian Foreign Minister Ilsa Marrow called the pact "
    "\u201ca shield for the whole northern coast.\u201d\n\n"
    "Dunmere condemned the agreement and moved two armoured brigades towards its border with Arvenia "
    "on 3 March. Estrava, Dunmere's closest partner, said the deployment was \u201ca legitimate answer "
    "to encirclement.\u201d Belmora, which buys most of its gas from Dunmere, has said little.\n\n"
    "\u201cBelmora is betting that numbers deter, but Estrava will read this as a challenge,\u201d said "
    "Tomas Reyl, an analyst at the Harbour Institute. Trade between Corvath and Estrava is still "
    "booming, and officials in both capitals say talks on a grain deal will resume in April."
)


def span(phrase: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``phrase`` in TEXT as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def mentions(actor_id: str, *phrases: str) -> tuple[Mention, ...]:
    """Every whole-word occurrence of the phrases, in text order."""
    found = [Mention(m.start(), m.end(), m.group(), actor_id)
             for phrase in phrases for m in re.finditer(rf"\b{re.escape(phrase)}\b", TEXT)]
    return tuple(sorted(found, key=lambda m: m.start))


def actors() -> tuple[Actor, ...]:
    states = [("XAV", "Arvenia", ("Arvenia", "Arvenian")), ("XBM", "Belmora", ("Belmora",)),
              ("XCV", "Corvath", ("Corvath",)), ("XDM", "Dunmere", ("Dunmere",)),
              ("XES", "Estrava", ("Estrava",))]
    made = [Actor(i, name, "state", country=i, mentions=mentions(i, *phrases)) for i, name, phrases in states]
    made.append(Actor("person:ilsa-marrow", "Ilsa Marrow", "person", country="XAV", sector="GOV",
                      roles=("foreign minister",), mentions=mentions("person:ilsa-marrow", "Ilsa Marrow")))
    made.append(Actor("person:tomas-reyl", "Tomas Reyl", "person", sector="EDU", roles=("analyst",),
                      affiliations=("Harbour Institute",),
                      mentions=mentions("person:tomas-reyl", "Tomas Reyl")))
    made.append(Actor("org:harbour-institute", "Harbour Institute", "organization",
                      mentions=mentions("org:harbour-institute", "Harbour Institute")))
    return tuple(made)


def quotes() -> tuple[Quote, ...]:
    q1 = span("a shield for the whole northern coast.")
    q2 = span("a legitimate answer to encirclement.")
    q3 = span("Belmora is betting that numbers deter, but Estrava will read this as a challenge,")
    return (
        Quote("q1", q1.text, q1.start, q1.end, "direct", "person:ilsa-marrow",
              "Arvenian Foreign Minister Ilsa Marrow", span("Arvenian Foreign Minister Ilsa Marrow"), "called"),
        Quote("q2", q2.text, q2.start, q2.end, "partial", "XES", "Estrava", span("Estrava", 0), "said"),
        Quote("q3", q3.text, q3.start, q3.end, "direct", "person:tomas-reyl", "Tomas Reyl",
              span("Tomas Reyl"), "said"),
    )


def events() -> tuple[Event, ...]:
    return (
        Event("e1", "AGREE", span("Arvenia and Belmora signed a mutual defence pact in Port Selen on Monday"),
              cameo="057", quad_class=1, goldstein=8.0, source="XAV", target="XBM",
              date=EventDate("2026-03-02", "2026-03-02", "day", "on Monday"),
              location=Location("Port Selen", "XAV"), trigger=span("signed")),
        Event("e2", "COOPERATE", span("Corvath said it would join the arrangement next spring"),
              cameo="030", quad_class=1, goldstein=4.0, source="XCV", target="XAV",
              modality="hypothetical", trigger=span("join")),
        Event("e3", "DISAPPROVE", span("Dunmere condemned the agreement"), cameo="111", quad_class=3,
              goldstein=-2.0, source="XDM", target="XAV",
              date=EventDate("2026-03-05", "2026-03-05", "article"), trigger=span("condemned")),
        Event("e4", "MOBILIZE", span("moved two armoured brigades towards its border with Arvenia on 3 March"),
              mode="troops", cameo="154", quad_class=4, goldstein=-7.2, source="XDM", target="XAV",
              date=EventDate("2026-03-03", "2026-03-03", "day", "on 3 March"), quantity=2,
              trigger=span("moved")),
        Event("e5", "CONSULT", span("officials in both capitals say talks on a grain deal will resume in April"),
              cameo="046", quad_class=1, goldstein=7.0, source="XCV", target="XES",
              date=EventDate("2026-04-01", "2026-04-30", "month", "in April"), modality="reported",
              trigger=span("talks")),
    )


def relations() -> tuple[Relation, ...]:
    return (
        Relation("XAV", "XBM", 1, 0.9, ("alliance",), ("e1", "q1")),
        Relation("XAV", "XCV", 1, 0.6, ("alliance",), ("e2",)),
        Relation("XBM", "XCV", 1, 0.5, ("alliance",), ("e2",)),
        Relation("XAV", "XDM", -1, 0.85, ("conflict", "dispute"), ("e3", "e4")),
        Relation("XDM", "XES", 1, 0.7, ("alliance",), ("q2",)),
        Relation("XBM", "XES", -1, 0.4, ("rivalry",), ("q3",)),
        Relation("XCV", "XES", 1, 0.5, ("trade",), ("e5",)),
        Relation("XAV", "XES", -1, 0.3, ("rivalry",), ("q2",)),
        Relation("XBM", "XDM", 0, 0.35, ("dependence", "rivalry"), ()),
    )


def system() -> System:
    return System(
        triads=(
            Triad(("XAV", "XBM", "XCV"), (1, 1, 1), True, "menage-a-trois"),
            Triad(("XAV", "XBM", "XES"), (1, -1, -1), True, "stable-marriage"),
            Triad(("XAV", "XCV", "XES"), (1, 1, -1), False, "romantic-triangle", "XCV"),
            Triad(("XAV", "XDM", "XES"), (-1, 1, -1), True, "stable-marriage"),
            Triad(("XBM", "XCV", "XES"), (1, 1, -1), False, "romantic-triangle", "XCV"),
        ),
        blocs=(("XAV", "XBM", "XCV"), ("XDM", "XES")),
        triad_counts=(("+++", 1), ("++-", 2), ("+--", 2), ("---", 0)),
        triangle_index=0.6,
        frustration=1,
        frustration_method="exact",
    )


def example_analysis() -> Analysis:
    """The whole invented analysis."""
    article = Article("example-northern-coast", TEXT, title="A defence pact on the northern coast (invented)",
                      source="realpolitik example", published=date(2026, 3, 5))
    return Analysis(article, actors(), quotes(), events(), relations(), system())
