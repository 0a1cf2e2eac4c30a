"""Closed triads, their balance and Dittmer's strategic-triangle patterns.

A triad is three actors tied pairwise by signed edges. It is balanced when the
product of its signs is positive (+++ or +--, Heider). Dittmer's patterns:

- menage-a-trois (+++): all three on good terms;
- romantic-triangle (++-): the *pivot* is friends with two actors who are hostile
  to each other, i.e. the actor opposite the hostile edge;
- stable-marriage (+--): two partners, both hostile to the third (the pariah);
  no pivot;
- unit-veto (---): everyone hostile to everyone.

Position scores (``Triad.positions``) rank each actor's place in the triangle
following Dittmer's argument that a player gains from amity with each of the
others and from enmity between the other two (they must court it): every own
positive tie counts +1, every own hostile tie -1, and the tie between the other
two counts -1 when positive and +1 when hostile; the sum is divided by 3 so the
score lies in [-1, 1]. Pivot 1, menage-a-trois member and marriage partner 1/3,
wing and unit-veto member -1/3, pariah -1.
"""

from __future__ import annotations

from itertools import combinations

from realpolitik.model import Triad
from realpolitik.system.graph import SignedGraph

PATTERN_OF_NEGATIVES = {0: "menage-a-trois", 1: "romantic-triangle", 2: "stable-marriage", 3: "unit-veto"}
COUNT_KEYS = ("+++", "++-", "+--", "---")


def closed_triads(graph: SignedGraph) -> tuple[Triad, ...]:
    """Every closed triad of ``graph``, actors sorted, in sorted order of actor triples."""
    adj = graph.neighbours()
    triads = []
    for a in graph.nodes:
        later = sorted(n for n in adj[a] if n > a)
        for b, c in combinations(later, 2):
            if c in adj[b]:
                triads.append(make_triad(a, b, c, adj[a][b], adj[b][c], adj[a][c]))
    return tuple(triads)


def make_triad(a: str, b: str, c: str, ab: int, bc: int, ac: int) -> Triad:
    """The triad of sorted actors a < b < c with the signs of (a,b), (b,c), (a,c)."""
    negatives = [ab, bc, ac].count(-1)
    pattern = PATTERN_OF_NEGATIVES[negatives]
    pivot = None
    if negatives == 1:
        # The actor that is not an end of the hostile edge.
        pivot = c if ab < 0 else a if bc < 0 else b
    return Triad(
        actors=(a, b, c),
        signs=(ab, bc, ac),
        balanced=ab * bc * ac > 0,
        pattern=pattern,
        pivot=pivot,
        positions=position_scores(a, b, c, ab, bc, ac),
    )


def position_scores(a: str, b: str, c: str, ab: int, bc: int, ac: int) -> tuple[tuple[str, float], ...]:
    """Each actor's position score (see the module docstring), in actor order."""
    own = {a: ab + ac, b: ab + bc, c: bc + ac}
    opposite = {a: bc, b: ac, c: ab}
    return tuple((x, round((own[x] - opposite[x]) / 3, 4)) for x in (a, b, c))


def count_key(triad: Triad) -> str:
    """The pattern key of SPEC's ``triad_counts``: "+++", "++-", "+--" or "---"."""
    return COUNT_KEYS[triad.signs.count(-1)]


def triad_counts(triads: tuple[Triad, ...]) -> tuple[tuple[str, int], ...]:
    """How many triads of each sign pattern, in the order +++, ++-, +--, ---."""
    counts = dict.fromkeys(COUNT_KEYS, 0)
    for t in triads:
        counts[count_key(t)] += 1
    return tuple(counts.items())


def triangle_index(triads: tuple[Triad, ...]) -> float | None:
    """The share of closed triads that are balanced, or None when there are none."""
    if not triads:
        return None
    return sum(t.balanced for t in triads) / len(triads)
