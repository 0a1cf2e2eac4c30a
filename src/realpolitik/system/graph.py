"""The signed graph that every balance computation reads.

Edges are undirected and keyed by the sorted actor pair. Only signs +1 and -1
enter the graph: a relation of sign 0 (mixed or unclear) says nothing about
which camp either actor is in, so it is left out of triads, blocs and the
frustration index alike (its actors still count as known to the analysis).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from realpolitik.model import Relation

Pair = tuple[str, str]


def pair(a: str, b: str) -> Pair:
    """The sorted form of an unordered actor pair."""
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True, slots=True)
class SignedGraph:
    """Undirected signed graph: ``edges`` maps sorted pairs to +1 or -1.

    ``nodes`` holds every actor with at least one signed edge, sorted.
    """

    edges: dict[Pair, int]
    nodes: tuple[str, ...]

    def neighbours(self) -> dict[str, dict[str, int]]:
        """Adjacency: actor -> {neighbour: sign}."""
        adj: dict[str, dict[str, int]] = {n: {} for n in self.nodes}
        for (a, b), s in self.edges.items():
            adj[a][b] = s
            adj[b][a] = s
        return adj

    def sign(self, a: str, b: str) -> int | None:
        """The sign of the edge a-b, or None when there is no signed edge."""
        return self.edges.get(pair(a, b))


def two_colour(graph: SignedGraph, nodes: Iterable[str] | None = None, *,
               flipped: frozenset[Pair] | set[Pair] = frozenset()) -> dict[str, int] | None:
    """Camps 0 and 1 for ``nodes`` (default: every node) and all they reach, friends together and
    enemies apart, the edges in ``flipped`` read with the other sign; None when some cycle has an
    odd number of negative edges (the graph so read is unbalanced)."""
    adj = graph.neighbours()
    camps: dict[str, int] = {}
    for root in graph.nodes if nodes is None else nodes:
        if root in camps:
            continue
        camps[root] = 0
        stack = [root]
        while stack:
            a = stack.pop()
            for b, s in adj[a].items():
                sign = -s if pair(a, b) in flipped else s
                want = camps[a] if sign > 0 else 1 - camps[a]
                if b not in camps:
                    camps[b] = want
                    stack.append(b)
                elif camps[b] != want:
                    return None
    return camps


def build_graph(relations: Iterable[Relation]) -> SignedGraph:
    """The signed graph of ``relations``.

    The pair is normalised whatever the order of source and target; self-loops are
    dropped. A pair given more than once gets the sign of the weighted sum of its
    signs (a weight of 0 counts as 1 so that unweighted inputs still vote); a sum
    of 0, like a sign of 0, leaves the pair out.
    """
    totals: dict[Pair, float] = {}
    for r in relations:
        if r.source == r.target:
            continue
        key = pair(r.source, r.target)
        totals[key] = totals.get(key, 0.0) + r.sign * (r.weight or 1.0)
    edges = {k: (1 if v > 0 else -1) for k, v in sorted(totals.items()) if v != 0}
    nodes = tuple(sorted({a for e in edges for a in e}))
    return SignedGraph(edges, nodes)
