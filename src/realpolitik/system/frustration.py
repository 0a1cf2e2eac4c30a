"""The frustration (line) index of a signed graph: exact by integer programming, else heuristic.

The line index is the fewest edges whose sign must flip (equivalently: that must
be removed) for the graph to split into two camps with only positive edges
inside and only negative edges between. It is 0 exactly when the graph is
balanced.

Exact method: the binary linear model of Aref, Mason & Wilson ("Computing the
line index of balance using integer programming optimisation", 2018): a binary
camp variable x_i per node, a variable f_ij per edge that is 1 when the edge is
frustrated (x_i != x_j for a positive edge, x_i == x_j for a negative one),
minimise the sum of f. Here f is pinned to that exclusive-or by four linear
inequalities per edge, so it need not be declared integer; the node of highest
degree is fixed to camp 0 (the two camps are interchangeable); and every triangle
adds its parity (cycle) inequalities, which tighten the relaxation a great deal;
the local-search value below caps the sum of f, so that nodes can be pruned early.
The model is solved by scipy's HiGHS (``scipy.optimize.milp``).

Before solving, the graph is cut into its blocks (biconnected components): two
blocks meet in at most one node, so switching one block's camps never touches
another's edges and the index is the sum over blocks. Bridges (blocks of one
edge) cost nothing.

Heuristic: a block with more than ``exact_limit`` edges, or whose integer
programme runs out of ``time_limit``, is solved by local search with restarts
(random camps, then flip single nodes while that lowers the count), seeded so
that results repeat. The result is then an upper bound, ``method`` says
"heuristic", and a warning is logged.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from realpolitik.system.graph import Pair, SignedGraph

log = logging.getLogger(__name__)

EXACT_LIMIT = 1000
TIME_LIMIT = 60.0
RESTARTS = 64


@dataclass(frozen=True, slots=True)
class Frustration:
    """The line index, how it was found, and a split into camps (0/1) that attains it."""

    value: int
    method: str
    camps: dict[str, int]
    frustrated: frozenset[Pair]


def frustration_index(
    graph: SignedGraph, *, exact_limit: int = EXACT_LIMIT, time_limit: float = TIME_LIMIT, seed: int = 0
) -> Frustration:
    """The frustration index of ``graph`` (see the module docstring for the methods)."""
    frustrated: set[Pair] = set()
    method = "exact"
    for block in _blocks(graph):
        if len(block) < 3:
            continue  # a bridge, or a pair: always satisfiable
        found, exact = _solve_block(block, exact_limit=exact_limit, time_limit=time_limit, seed=seed)
        frustrated |= found
        method = method if exact else "heuristic"
    camps = _camps(graph, frustrated)
    return Frustration(len(frustrated), method, camps, frozenset(frustrated))


def _blocks(graph: SignedGraph) -> list[dict[Pair, int]]:
    g = nx.Graph(list(graph.edges))
    blocks = []
    for edges in nx.biconnected_component_edges(g):
        keys = sorted({(a, b) if a <= b else (b, a) for a, b in edges})
        blocks.append({k: graph.edges[k] for k in keys})
    return sorted(blocks, key=lambda b: next(iter(b)))


def _solve_block(
    block: dict[Pair, int], *, exact_limit: int, time_limit: float, seed: int
) -> tuple[set[Pair], bool]:
    """The frustrated edges of one block, and whether they are proven optimal."""
    if len(block) <= exact_limit:
        found = solve_exact(block, time_limit=time_limit)
        if found is not None:
            return found, True
        log.warning("frustration: integer programme for %d edges ran out of %.0f s; "
                    "using local search", len(block), time_limit)
    else:
        log.warning("frustration: %d edges exceed the exact limit of %d; using local search",
                    len(block), exact_limit)
    return solve_heuristic(block, seed=seed), False


def solve_exact(block: dict[Pair, int], *, time_limit: float = TIME_LIMIT) -> set[Pair] | None:
    """An optimal set of frustrated edges of ``block`` by MILP, or None when time ran out."""
    nodes = sorted({a for e in block for a in e})
    index = {n: i for i, n in enumerate(nodes)}
    edges = list(block)
    n, m = len(nodes), len(edges)
    rows, lower, upper = _edge_rows(edges, block, index, n)
    more = _triangle_rows(edges, block, n)
    rows += more[0]
    lower += more[1]
    upper += more[2]
    # A cutoff: some optimum frustrates no more edges than local search does, and
    # the bound lets the solver prune nodes before it finds a good solution itself.
    rows.append({n + k: 1 for k in range(m)})
    lower.append(-np.inf)
    upper.append(len(solve_heuristic(block)))
    degree = np.bincount([index[a] for e in edges for a in e], minlength=n)
    ub = np.ones(n + m)
    ub[int(np.argmax(degree))] = 0  # the two camps are interchangeable: fix one node
    result = milp(
        c=np.concatenate([np.zeros(n), np.ones(m)]),
        integrality=np.concatenate([np.ones(n), np.zeros(m)]),
        bounds=Bounds(np.zeros(n + m), ub),
        constraints=[LinearConstraint(_sparse(rows, n + m), np.array(lower), np.array(upper))],
        options={"time_limit": time_limit, "disp": False},
    )
    if result.status != 0 or result.x is None:
        return None
    x = np.round(result.x[:n]).astype(int)
    return {e for e in edges if _violated(block[e], x[index[e[0]]], x[index[e[1]]])}


def _violated(sign: int, xa: int, xb: int) -> bool:
    return (xa != xb) if sign > 0 else (xa == xb)


Row = dict[int, float]


def _edge_rows(edges: list[Pair], block: dict[Pair, int], index: dict[str, int], n: int):
    """Four inequalities per edge that make f_e the exclusive-or that marks a frustrated edge."""
    rows: list[Row] = []
    lower: list[float] = []
    upper: list[float] = []
    inf = np.inf
    for k, e in enumerate(edges):
        i, j, f = index[e[0]], index[e[1]], n + k
        if block[e] > 0:  # f = x_i xor x_j
            spec = [({f: 1, i: -1, j: 1}, 0, inf), ({f: 1, i: 1, j: -1}, 0, inf),
                    ({f: 1, i: -1, j: -1}, -inf, 0), ({f: 1, i: 1, j: 1}, -inf, 2)]
        else:  # f = 1 - (x_i xor x_j)
            spec = [({f: 1, i: -1, j: -1}, -1, inf), ({f: 1, i: 1, j: 1}, 1, inf),
                    ({f: 1, i: 1, j: -1}, -inf, 1), ({f: 1, i: -1, j: 1}, -inf, 1)]
        for row, lo, hi in spec:
            rows.append(row)
            lower.append(lo)
            upper.append(hi)
    return rows, lower, upper


def _triangle_rows(edges: list[Pair], block: dict[Pair, int], n: int):
    """Parity inequalities of every triangle: a balanced one has 0 or 2 frustrated edges, else 1 or 3."""
    col = {e: n + k for k, e in enumerate(edges)}
    adj: dict[str, set[str]] = {}
    for a, b in edges:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    rows: list[Row] = []
    lower: list[float] = []
    upper: list[float] = []
    for a in sorted(adj):
        for b, c in combinations(sorted(x for x in adj[a] if x > a), 2):
            if c not in adj[b]:
                continue
            sides = [col[(a, b)], col[(b, c)], col[(a, c)]]
            balanced = block[(a, b)] * block[(b, c)] * block[(a, c)] > 0
            if not balanced:
                rows.append(dict.fromkeys(sides, 1))
                lower.append(1)
                upper.append(np.inf)
            for k in range(3):  # balanced: f_k <= the other two; unbalanced: the other two - f_k <= 1
                row = {s: 1 for s in sides}
                row[sides[k]] = -1
                rows.append(row)
                lower.append(0 if balanced else -np.inf)
                upper.append(np.inf if balanced else 1)
    return rows, lower, upper


def _sparse(rows: list[Row], width: int):
    r, c, v = [], [], []
    for k, row in enumerate(rows):
        for j, value in row.items():
            r.append(k)
            c.append(j)
            v.append(value)
    return coo_matrix((v, (r, c)), shape=(len(rows), width)).tocsr()


def solve_heuristic(block: dict[Pair, int], *, seed: int = 0, restarts: int = RESTARTS) -> set[Pair]:
    """A small set of frustrated edges of ``block`` by local search with restarts (an upper bound)."""
    nodes = sorted({a for e in block for a in e})
    index = {v: i for i, v in enumerate(nodes)}
    adj: list[list[tuple[int, int]]] = [[] for _ in nodes]
    for (a, b), s in block.items():
        adj[index[a]].append((index[b], s))
        adj[index[b]].append((index[a], s))
    rng = random.Random(seed)
    best_x, best = None, None
    for _ in range(restarts):
        x = _descend([rng.randint(0, 1) for _ in nodes], adj)
        cost = sum(_violated(s, x[index[a]], x[index[b]]) for (a, b), s in block.items())
        if best is None or cost < best:
            best_x, best = x, cost
    assert best_x is not None
    return {e for e, s in block.items() if _violated(s, best_x[index[e[0]]], best_x[index[e[1]]])}


def _descend(x: list[int], adj: list[list[tuple[int, int]]]) -> list[int]:
    """Flip single nodes while a flip lowers the number of frustrated edges."""
    improved = True
    while improved:
        improved = False
        for i, ties in enumerate(adj):
            gain = sum(1 if _violated(s, x[i], x[j]) else -1 for j, s in ties)
            if gain > 0:
                x[i] = 1 - x[i]
                improved = True
    return x


def _camps(graph: SignedGraph, frustrated: set[Pair]) -> dict[str, int]:
    """Two-colour the graph with the frustrated edges' signs flipped (it is then balanced)."""
    adj = graph.neighbours()
    camps: dict[str, int] = {}
    for root in graph.nodes:
        if root in camps:
            continue
        camps[root] = 0
        stack = [root]
        while stack:
            a = stack.pop()
            for b, s in adj[a].items():
                sign = -s if (min(a, b), max(a, b)) in frustrated else s
                if b not in camps:
                    camps[b] = camps[a] if sign > 0 else 1 - camps[a]
                    stack.append(b)
    return camps
