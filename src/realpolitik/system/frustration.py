"""The frustration (line) index of a signed graph: exact by integer programming, else heuristic.

The line index is the fewest edges whose sign must flip (equivalently: that must
be removed) for the graph to split into two camps with only positive edges
inside and only negative edges between. It is 0 exactly when the graph is
balanced.

Exact method, in two steps. First the odd-cycle relaxation (Barahona & Mahjoub's
cut polytope inequalities, as in Aref, Mason & Wilson's models): a variable
f_e in [0, 1] per edge, minimise the sum of f subject to every cycle holding an
odd number of frustrated edges if unbalanced and an even number if balanced;
violated cycles are found by shortest paths and added until none is left (a
cutting-plane loop of linear programmes). Its value is a lower bound; when the
local-search count meets it rounded up, that count is optimal and we stop. Else,
second, branch and bound over a binary camp x_i per node, with f_e at least the
exclusive-or that marks a frustrated edge, the relaxation's tight cycle rows, the
node of highest degree fixed (the two camps are interchangeable) and the
local-search count as a cap on the sum of f. Both steps run on scipy's HiGHS
(``linprog``, ``milp``); the answer is returned only when HiGHS proves it optimal.
On random-sign networks of 60 nodes and 400 edges this takes seconds where the
triangle-only model took half a minute to a minute (``benchmarks/frustration.py``).

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
import math
import random
import time
import warnings
from dataclasses import dataclass
from itertools import product

import networkx as nx
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import coo_matrix, csr_matrix, hstack
from scipy.sparse.csgraph import dijkstra

from realpolitik.system.graph import Pair, SignedGraph, two_colour

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
    """An optimal set of frustrated edges of ``block``, or None when ``time_limit`` ran out first.

    Optimal means proven: the returned count is at most the solver's dual bound
    rounded up (the count is a whole number).
    """
    deadline = time.monotonic() + time_limit
    problem = _Problem.of(block)
    upper = solve_heuristic(block)
    if not upper:
        return upper  # nothing frustrated: zero is its own proof
    relaxed = _relax(problem, deadline)
    if relaxed is None:
        return None
    rows, f, bound = relaxed
    if math.ceil(bound - EPS) >= len(upper):
        return upper  # the local-search answer meets the lower bound
    x = _branch(problem, _tight(rows, f), len(upper), deadline)
    if x is None:
        return None
    return {e for k, e in enumerate(problem.edges) if _violated(block[e], x[problem.u[k]], x[problem.v[k]])}


def _violated(sign: int, xa: int, xb: int) -> bool:
    return (xa != xb) if sign > 0 else (xa == xb)


EPS = 1e-6
CUTS_PER_ROUND = 300

Cycle = list[tuple[int, bool]]  # (edge column, whether the edge is in the odd set F)


@dataclass(frozen=True, slots=True)
class _Problem:
    """A block as arrays: edge k joins nodes u[k] and v[k]; negative[k] is 1 for a negative edge."""

    edges: list[Pair]
    nodes: int
    u: np.ndarray
    v: np.ndarray
    negative: np.ndarray

    @classmethod
    def of(cls, block: dict[Pair, int]) -> _Problem:
        edges = list(block)
        index = {n: i for i, n in enumerate(sorted({a for e in edges for a in e}))}
        u = np.array([index[a] for a, _ in edges])
        v = np.array([index[b] for _, b in edges])
        negative = np.array([int(block[e] < 0) for e in edges])
        return cls(edges, len(index), u, v, negative)


def _relax(problem: _Problem, deadline: float) -> tuple[list[Cycle], np.ndarray, float] | None:
    """The odd-cycle relaxation: its cuts, optimal f and value, by adding violated cycles until none is.

    f_e in [0, 1] says how frustrated edge e is. Every cycle holds an odd number of
    frustrated edges if it is unbalanced, an even number if balanced; for each cycle C
    and each subset F of C of the wrong parity, sum over F of (1 - f) plus sum over the
    rest of f is at least 1 (Barahona & Mahjoub's odd-cycle inequalities). Together they
    bound the index far more tightly than the triangles alone. None when time ran out.
    """
    rows: list[Cycle] = []
    f, value = np.zeros(len(problem.edges)), 0.0
    while cycles := _odd_cycles(problem, f):
        rows += cycles
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        matrix, rhs = _cycle_matrix(rows, len(problem.edges))
        result = linprog(np.ones(len(f)), A_ub=-matrix, b_ub=-rhs, bounds=(0, 1),
                         method="highs-ds", options={"time_limit": left})
        if result.status != 0:
            return None
        f, value = result.x, result.fun
    return rows, f, value


def _odd_cycles(problem: _Problem, f: np.ndarray) -> list[Cycle]:
    """Odd-cycle inequalities that ``f`` violates, most violated first, at most CUTS_PER_ROUND.

    Shortest paths in the parity graph: two copies of each node, an edge in F costs
    1 - f and an edge outside F costs f, and a step switches copies when the edge
    is negative xor in F. A walk from a node's copy 0 to its copy 1 that costs less
    than 1 is a violated inequality; the cheapest through each edge is tried.
    """
    n = problem.nodes
    graph, column, in_odd = _parity_graph(problem, f)
    dist, pred = dijkstra(graph, indices=np.arange(n), return_predecessors=True)
    candidates = []
    for in_f in (False, True):
        cost = 1 - f if in_f else f
        shift = problem.negative ^ int(in_f)
        for a, b in ((problem.u, problem.v), (problem.v, problem.u)):
            total = cost + dist[b, a + (1 ^ shift) * n]
            candidates += [(total[k], k, in_f, a[k], b[k], shift[k]) for k in np.flatnonzero(total < 1 - EPS)]
    cycles, seen = [], set()
    for _, k, in_f, a, b, shift in sorted(candidates):
        cycle = [(int(k), in_f), *_path(pred[b], b, a + (1 ^ shift) * n, column, in_odd)]
        key = frozenset(e for e, _ in cycle)
        if len(key) == len(cycle) and key not in seen:  # a simple cycle, not yet taken
            seen.add(key)
            cycles.append(cycle)
        if len(cycles) == CUTS_PER_ROUND:
            break
    return cycles


def _parity_graph(problem: _Problem, f: np.ndarray):
    """The parity graph's arc costs, and for each arc its edge column and whether it takes the edge into F."""
    n, m = problem.nodes, len(f)
    heads, tails, costs, columns, odd = [], [], [], [], []
    for in_f in (0, 1):
        cost = np.maximum(1 - f if in_f else f, 1e-9)  # a zero cost would read as no arc
        switch = problem.negative ^ in_f
        for side, (a, b) in product((0, 1), ((problem.u, problem.v), (problem.v, problem.u))):
            heads.append(a + side * n)
            tails.append(b + (side ^ switch) * n)
            costs.append(cost)
            columns.append(np.arange(m))
            odd.append(np.full(m, in_f))
    heads, tails = np.concatenate(heads), np.concatenate(tails)
    graph = csr_matrix((np.concatenate(costs), (heads, tails)), shape=(2 * n, 2 * n))
    column = np.zeros((2 * n, 2 * n), dtype=int)
    column[heads, tails] = np.concatenate(columns)
    in_odd = np.zeros((2 * n, 2 * n), dtype=bool)
    in_odd[heads, tails] = np.concatenate(odd)
    return graph, column, in_odd


def _path(pred: np.ndarray, source: int, target: int, column: np.ndarray, in_odd: np.ndarray) -> Cycle:
    """The edges of the shortest path from ``source`` to ``target`` (predecessors from ``source``)."""
    steps = []
    while target != source:
        back = pred[target]
        steps.append((int(column[back, target]), bool(in_odd[back, target])))
        target = back
    return steps


def _cycle_matrix(rows: list[Cycle], width: int) -> tuple[csr_matrix, np.ndarray]:
    """Rows A and right-hand sides b of the inequalities A f >= b of ``rows``."""
    r, c, values = [], [], []
    for i, cycle in enumerate(rows):
        for k, in_f in cycle:
            r.append(i)
            c.append(k)
            values.append(-1 if in_f else 1)
    rhs = np.array([1 - sum(in_f for _, in_f in cycle) for cycle in rows], dtype=float)
    return csr_matrix((values, (r, c)), shape=(len(rows), width)), rhs


def _tight(rows: list[Cycle], f: np.ndarray) -> list[Cycle]:
    """The inequalities that hold with equality at ``f``: the rest only slow the branching down."""
    matrix, rhs = _cycle_matrix(rows, len(f))
    slack = matrix @ f - rhs
    return [row for row, s in zip(rows, slack, strict=True) if s < EPS]


def _branch(problem: _Problem, rows: list[Cycle], upper: int, deadline: float) -> np.ndarray | None:
    """Camps (0/1 per node) of a proven optimum by branch and bound over the camps, or None.

    Columns: a binary camp x per node, then f per edge with f >= the exclusive-or
    that marks a frustrated edge (minimising pushes f down onto it, so two
    inequalities per edge suffice), plus the relaxation's tight cycle rows and a cap
    of ``upper`` (the local-search count) on the sum of f.
    """
    n, m = problem.nodes, len(problem.edges)
    left = deadline - time.monotonic()
    if left <= 0:
        return None
    cycles, rhs = _cycle_matrix(rows, m)
    constraints = [_link_rows(problem),
                   LinearConstraint(hstack([csr_matrix((len(rows), n)), cycles]), rhs, np.inf),
                   LinearConstraint(np.concatenate([np.zeros(n), np.ones(m)]), -np.inf, upper)]
    degree = np.bincount(np.concatenate([problem.u, problem.v]), minlength=n)
    ub = np.ones(n + m)
    ub[int(np.argmax(degree))] = 0  # the two camps are interchangeable: fix one node
    with warnings.catch_warnings():
        # scipy passes options it does not know to HiGHS verbatim, and warns that it does
        warnings.filterwarnings("ignore", "Unrecognized options", RuntimeWarning)
        result = milp(c=np.concatenate([np.zeros(n), np.ones(m)]),
                      integrality=np.concatenate([np.ones(n), np.zeros(m)]),
                      bounds=Bounds(np.zeros(n + m), ub), constraints=constraints,
                      options=_highs_options(left, upper))
    if result.status != 0 or result.x is None:
        return None
    x = np.round(result.x[:n]).astype(int)
    frustrated = np.count_nonzero((x[problem.u] != x[problem.v]) ^ problem.negative.astype(bool))
    return x if frustrated <= math.ceil(result.mip_dual_bound - EPS) else None


def _highs_options(time_limit: float, upper: int) -> dict:
    """HiGHS settings: a gap below one edge proves optimality; pseudo-costs branch from the start.

    Strong branching (HiGHS's default until pseudo-costs are reliable) re-solves the
    large cycle LP for every candidate node; trusting pseudo-costs at once (``mip_pscost_minreliable``
    0) halves the time on random networks.
    """
    return {"time_limit": time_limit, "disp": False, "mip_rel_gap": 0.5 / max(upper, 1),
            "mip_pscost_minreliable": 0}


def _link_rows(problem: _Problem) -> LinearConstraint:
    """f_e >= x_u xor x_v for a positive edge, f_e >= 1 - (x_u xor x_v) for a negative one.

    Two rows per edge: positive, f - x_u + x_v >= 0 and f + x_u - x_v >= 0;
    negative, f + x_u + x_v >= 1 and f - x_u - x_v >= -1.
    """
    n, m = problem.nodes, len(problem.edges)
    k = np.arange(m)
    sign = 1 - 2 * problem.negative
    rows = np.concatenate([2 * k, 2 * k, 2 * k, 2 * k + 1, 2 * k + 1, 2 * k + 1])
    cols = np.concatenate([problem.u, problem.v, n + k, problem.u, problem.v, n + k])
    ones = np.ones(m)
    vals = np.concatenate([-sign, ones, ones, sign, -ones, ones])
    lower = np.stack([problem.negative, -problem.negative], axis=1).ravel().astype(float)
    return LinearConstraint(coo_matrix((vals, (rows, cols)), shape=(2 * m, n + m)).tocsr(), lower, np.inf)


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
    camps = two_colour(graph, flipped=frustrated)
    if camps is None:
        raise AssertionError("flipping the frustrated edges left the graph unbalanced")
    return camps
