"""Invariants of the balance analysis on random small signed graphs (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.model import Relation
from realpolitik.system import analyze_system
from realpolitik.system.frustration import frustration_index
from realpolitik.system.graph import build_graph

NAMES = [f"N{i}" for i in range(7)]


@st.composite
def signed_graphs(draw):
    pairs = [(a, b) for i, a in enumerate(NAMES) for b in NAMES[i + 1:]]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=len(pairs)))
    return [Relation(a, b, draw(st.sampled_from([1, -1])), 1.0) for a, b in chosen]


@st.composite
def balanced_graphs(draw):
    camp = {n: draw(st.booleans()) for n in NAMES}
    relations = draw(signed_graphs())
    return [Relation(r.source, r.target, 1 if camp[r.source] == camp[r.target] else -1, 1.0)
            for r in relations]


def brute_force_balanced(relations: list[Relation]) -> bool:
    """Balanced iff some split into two camps satisfies every edge."""
    for mask in range(2 ** len(NAMES)):
        camp = {n: (mask >> i) & 1 for i, n in enumerate(NAMES)}
        if all((camp[r.source] == camp[r.target]) == (r.sign > 0) for r in relations):
            return True
    return False


@settings(max_examples=60, deadline=None)
@given(signed_graphs())
def test_frustration_is_zero_exactly_when_balanced(relations):
    assert (analyze_system(relations).frustration == 0) == brute_force_balanced(relations)


@settings(max_examples=40, deadline=None)
@given(balanced_graphs())
def test_planted_camps_have_zero_frustration_and_only_balanced_triads(relations):
    system = analyze_system(relations)
    assert system.frustration == 0
    assert all(t.balanced for t in system.triads)


@settings(max_examples=60, deadline=None)
@given(signed_graphs(), st.sets(st.sampled_from(NAMES)))
def test_switching_across_a_cut_leaves_frustration_unchanged(relations, side):
    switched = [Relation(r.source, r.target, -r.sign if (r.source in side) != (r.target in side) else r.sign,
                         r.weight) for r in relations]
    assert frustration_index(build_graph(switched)).value == frustration_index(build_graph(relations)).value


@settings(max_examples=60, deadline=None)
@given(signed_graphs())
def test_counts_add_up_and_triangle_index_is_a_share(relations):
    system = analyze_system(relations)
    assert sum(n for _, n in system.triad_counts) == len(system.triads)
    if system.triads:
        assert 0.0 <= system.triangle_index <= 1.0
        balanced = dict(system.triad_counts)["+++"] + dict(system.triad_counts)["+--"]
        assert system.triangle_index == balanced / len(system.triads)


@settings(max_examples=40, deadline=None)
@given(signed_graphs(), st.randoms(use_true_random=False))
def test_direction_and_order_of_relations_do_not_matter(relations, rnd):
    flipped = [Relation(r.target, r.source, r.sign, r.weight) for r in relations]
    rnd.shuffle(flipped)
    assert analyze_system(flipped) == analyze_system(relations)


@settings(max_examples=40, deadline=None)
@given(signed_graphs())
def test_blocs_partition_the_signed_actors(relations):
    system = analyze_system(relations)
    members = [a for b in system.blocs for a in b]
    assert sorted(members) == sorted({a for r in relations for a in (r.source, r.target)})
    # a bloc of two or more is held together by positive ties only
    for bloc in system.blocs:
        for a in bloc:
            if len(bloc) > 1:
                assert any(r.sign > 0 and a in (r.source, r.target) and {r.source, r.target} <= set(bloc)
                           for r in relations)


@settings(max_examples=40, deadline=None)
@given(signed_graphs())
def test_heuristic_is_an_upper_bound_of_the_exact_index(relations):
    exact = frustration_index(build_graph(relations))
    heuristic = frustration_index(build_graph(relations), exact_limit=0)
    assert heuristic.value >= exact.value


@settings(max_examples=40, deadline=None)
@given(signed_graphs())
def test_blocs_reach_the_searched_optimum(relations):
    # the shortcut for balanced components must be as good as the integer programme
    from realpolitik.system.blocs import _exact, criterion, find_blocs

    graph = build_graph(relations)
    nodes = sorted({a for e in graph.edges for a in e})
    if not nodes:
        return
    searched = _exact(graph, nodes, alpha=0.5, time_limit=30)
    assert criterion(graph, find_blocs(graph)) <= criterion(graph, searched) + 1e-9
