"""Blocs: the partition of the actors that best fits structural balance (Doreian & Mrvar).

The criterion of a partition is P = alpha * (negative edges inside blocs) +
(1 - alpha) * (positive edges between blocs), alpha = 0.5 by default; edges are
counted, not weighted, and edges of sign 0 are left out. The number of blocs is
not fixed: it is whatever minimises P.

Method. Actors in different connected components never share a bloc (merging
them cannot lower P), so each component is solved on its own:

- up to ``exact_limit`` actors: exactly, as a correlation-clustering integer
  programme (a binary y_ij "same bloc" per pair with the three transitivity
  inequalities per triple), solved by scipy's HiGHS;
- beyond that, or if the solver runs out of ``time_limit``: local search that
  moves single actors to the bloc (or a new singleton) that lowers P most,
  starting from the two camps of the frustration index.

P has many optima (an actor with no positive tie to a bloc costs nothing inside
or outside it), so the result is made canonical: every bloc is split into the
connected parts of its positive edges. Splitting never raises P, and it means an
actor joins a bloc only through a positive tie: isolated or only-hostile actors
are singletons instead of being lumped in arbitrarily. Every actor with at least
one signed edge is in exactly one bloc; actors with only sign-0 relations are in
none.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from itertools import combinations

import networkx as nx
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from realpolitik.system.frustration import frustration_index
from realpolitik.system.graph import SignedGraph, two_colour

log = logging.getLogger(__name__)

ALPHA = 0.5
EXACT_LIMIT = 30
TIME_LIMIT = 30.0

Bloc = tuple[str, ...]


def find_blocs(
    graph: SignedGraph, *, alpha: float = ALPHA, exact_limit: int = EXACT_LIMIT, time_limit: float = TIME_LIMIT
) -> tuple[Bloc, ...]:
    """The blocs of ``graph``: sorted actor tuples, largest bloc first, then by first actor."""
    whole = nx.Graph(list(graph.edges))
    blocs: list[set[str]] = []
    for component in nx.connected_components(whole):
        nodes = sorted(component)
        # a balanced component splits into two camps with P = 0, the optimum: no search needed
        found = _balanced_camps(graph, nodes)
        if found is None and len(nodes) <= exact_limit:
            found = _exact(graph, nodes, alpha=alpha, time_limit=time_limit)
            if found is None:
                log.warning("blocs: integer programme ran out of %.0f s; using local search", time_limit)
        found = found if found is not None else _local_search(graph, nodes, alpha=alpha)
        blocs.extend(found)
    return canonical_blocs(graph, blocs)


def criterion(graph: SignedGraph, blocs: Iterable[Iterable[str]], *, alpha: float = ALPHA) -> float:
    """Doreian & Mrvar's P of a partition (actors missing from ``blocs`` are singletons)."""
    home = {a: k for k, bloc in enumerate(blocs) for a in bloc}
    cost = 0.0
    for (a, b), s in graph.edges.items():
        together = a in home and home.get(a) == home.get(b)
        if s < 0 and together:
            cost += alpha
        elif s > 0 and not together:
            cost += 1 - alpha
    return cost


def canonical_blocs(graph: SignedGraph, blocs: Iterable[set[str]]) -> tuple[Bloc, ...]:
    """Split every bloc into the connected parts of its positive edges; sort."""
    parts: list[Bloc] = []
    for bloc in blocs:
        positive = nx.Graph()
        positive.add_nodes_from(bloc)
        positive.add_edges_from(e for e, s in graph.edges.items() if s > 0 and e[0] in bloc and e[1] in bloc)
        parts.extend(tuple(sorted(c)) for c in nx.connected_components(positive))
    return tuple(sorted(parts, key=lambda b: (-len(b), b)))


def _balanced_camps(graph: SignedGraph, nodes: list[str]) -> list[set[str]] | None:
    """The two camps of a connected, structurally balanced component (friends together,
    enemies apart), or None when some cycle has an odd number of negative edges."""
    side = two_colour(graph, nodes[:1])
    if side is None:
        return None
    camps = [{a for a in nodes if side.get(a) == k} for k in (0, 1)]
    return [c for c in camps if c]


def _exact(graph: SignedGraph, nodes: list[str], *, alpha: float, time_limit: float) -> list[set[str]] | None:
    pairs = list(combinations(nodes, 2))
    col = {p: k for k, p in enumerate(pairs)}
    cost = np.zeros(len(pairs))
    for p, k in col.items():
        s = graph.edges.get(p)
        if s is not None:
            cost[k] = alpha if s < 0 else -(1 - alpha)
    rows, cols, vals = [], [], []
    r = 0
    for a, b, c in combinations(nodes, 3):
        ab, bc, ac = col[(a, b)], col[(b, c)], col[(a, c)]
        for signs in ((1, 1, -1), (1, -1, 1), (-1, 1, 1)):
            rows += [r, r, r]
            cols += [ab, bc, ac]
            vals += list(signs)
            r += 1
    constraints = []
    if r:
        matrix = coo_matrix((vals, (rows, cols)), shape=(r, len(pairs))).tocsr()
        constraints.append(LinearConstraint(matrix, -np.inf, 1))
    result = milp(c=cost, integrality=np.ones(len(pairs)), bounds=Bounds(0, 1),
                  constraints=constraints, options={"time_limit": time_limit, "disp": False})
    if result.status != 0 or result.x is None:
        return None
    together = nx.Graph()
    together.add_nodes_from(nodes)
    together.add_edges_from(p for p, k in col.items() if result.x[k] > 0.5)
    return [set(c) for c in nx.connected_components(together)]


def _local_search(graph: SignedGraph, nodes: list[str], *, alpha: float) -> list[set[str]]:
    """Move single actors to the bloc (or a new singleton) that lowers P most, until none does."""
    sub = SignedGraph({e: s for e, s in graph.edges.items() if e[0] in nodes}, tuple(nodes))
    camps = frustration_index(sub).camps
    home = {a: camps[a] for a in nodes}
    adj = sub.neighbours()
    improved = True
    while improved:
        improved = False
        for a in nodes:
            target = _best_move(a, home, adj[a], alpha)
            if target is not None:
                home[a] = target
                improved = True
    blocs: dict[int, set[str]] = {}
    for a, k in home.items():
        blocs.setdefault(k, set()).add(a)
    return list(blocs.values())


def _best_move(a: str, home: dict[str, int], ties: dict[str, int], alpha: float) -> int | None:
    """The bloc whose adoption of ``a`` lowers P most, or None when staying is best."""
    def cost(k: int) -> float:
        return sum(alpha if (s < 0 and home[b] == k) else (1 - alpha) if (s > 0 and home[b] != k) else 0.0
                   for b, s in ties.items())

    fresh = max(home.values()) + 1
    options = sorted({home[b] for b in ties} | {fresh})
    best = min(options, key=lambda k: (cost(k), k))
    return best if cost(best) < cost(home[a]) - 1e-9 else None

