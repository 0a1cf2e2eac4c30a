"""The exact frustration index against brute force, and the fallback when time runs out."""

from __future__ import annotations

import logging
import random
from unittest.mock import patch

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.model import Relation
from realpolitik.system.frustration import frustration_index, solve_exact
from realpolitik.system.graph import Pair, build_graph


def brute_force_index(edges: dict[Pair, int]) -> int:
    """The fewest frustrated edges over every split of the nodes into two camps (node 0 in camp 0)."""
    nodes = sorted({a for e in edges for a in e})
    index = {n: i for i, n in enumerate(nodes)}
    u = np.array([index[a] for a, _ in edges])
    v = np.array([index[b] for _, b in edges])
    negative = np.array([s < 0 for s in edges.values()])
    camps = (np.arange(2 ** (len(nodes) - 1))[:, None] >> np.arange(len(nodes))) & 1
    return int(((camps[:, u] != camps[:, v]) ^ negative).sum(axis=1).min())


@st.composite
def dense_signed_graphs(draw, names=tuple(f"N{i}" for i in range(9))):
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, min_size=1, max_size=len(pairs)))
    return build_graph([Relation(a, b, draw(st.sampled_from([1, -1])), 1.0) for a, b in chosen])


def random_graph(nodes: int, edges: int, seed: int) -> dict[Pair, int]:
    rng = random.Random(seed)
    names = [f"N{i:02d}" for i in range(nodes)]
    chosen = set()
    while len(chosen) < edges:
        chosen.add(tuple(sorted(rng.sample(names, 2))))
    return build_graph([Relation(a, b, rng.choice((1, -1)), 1.0) for a, b in chosen]).edges


@settings(max_examples=60, deadline=None)
@given(dense_signed_graphs())
def test_exact_index_equals_brute_force(graph):
    result = frustration_index(graph)
    assert (result.value, result.method) == (brute_force_index(graph.edges), "exact")


@settings(max_examples=40, deadline=None)
@given(dense_signed_graphs())
def test_solver_on_a_whole_graph_equals_brute_force(graph):
    # solve_exact is meant for blocks, but is exact on any graph: this skips the block split
    assert len(solve_exact(graph.edges)) == brute_force_index(graph.edges)


def all_negative_edges(block: dict[Pair, int]) -> set[Pair]:
    """A poor upper bound (everyone in one camp), so that the solver cannot stop at the relaxation."""
    return {e for e, s in block.items() if s < 0}


@settings(max_examples=40, deadline=None)
@given(dense_signed_graphs())
def test_branch_and_bound_equals_brute_force(graph):
    # on graphs this small local search usually meets the relaxation's bound; a poor one makes it branch
    with patch("realpolitik.system.frustration.solve_heuristic", all_negative_edges):
        assert len(solve_exact(graph.edges)) == brute_force_index(graph.edges)


@settings(max_examples=40, deadline=None)
@given(dense_signed_graphs())
def test_camps_leave_exactly_the_frustrated_edges_unsatisfied(graph):
    result = frustration_index(graph)
    unsatisfied = {e for e, s in graph.edges.items() if (result.camps[e[0]] == result.camps[e[1]]) != (s > 0)}
    assert unsatisfied == result.frustrated
    assert len(unsatisfied) == result.value


def test_random_signs_on_sixteen_nodes_match_brute_force():
    # random signs: the hardest case, where the cycle relaxation alone leaves a gap to branch over
    for seed in range(3):
        edges = random_graph(16, 48, seed)
        assert len(solve_exact(edges)) == brute_force_index(edges)


def test_running_out_of_time_falls_back_to_local_search_and_says_so(caplog):
    graph = build_graph(Relation(a, b, -1, 1.0) for a, b in random_graph(12, 40, 0))
    with caplog.at_level(logging.WARNING):
        result = frustration_index(graph, time_limit=0.0)
    assert result.method == "heuristic"
    assert "ran out" in caplog.text and "local search" in caplog.text
    assert result.value >= brute_force_index(graph.edges)
