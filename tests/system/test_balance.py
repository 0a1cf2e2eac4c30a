"""Triads, patterns, frustration and blocs on small networks whose answers are known by hand."""

from __future__ import annotations

import logging

from realpolitik.model import Relation
from realpolitik.system import analyze_system, system_to_record
from realpolitik.system.blocs import criterion, find_blocs
from realpolitik.system.frustration import frustration_index, solve_exact, solve_heuristic
from realpolitik.system.graph import build_graph


def rel(a: str, b: str, sign: int, weight: float = 1.0) -> Relation:
    return Relation(min(a, b), max(a, b), sign, weight)


def test_dittmer_patterns_and_pivot_opposite_the_hostile_edge():
    system = analyze_system([rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", -1)])
    (triad,) = system.triads
    assert triad.signs == (1, 1, -1)
    assert triad.pattern == "romantic-triangle"
    assert triad.pivot == "B"
    assert not triad.balanced
    positions = dict(triad.positions)
    assert positions["B"] == 1.0 and positions["A"] == positions["C"] < positions["B"]


def test_stable_marriage_has_no_pivot_and_the_pariah_scores_lowest():
    system = analyze_system([rel("A", "B", 1), rel("B", "C", -1), rel("A", "C", -1)])
    (triad,) = system.triads
    assert (triad.pattern, triad.pivot, triad.balanced) == ("stable-marriage", None, True)
    assert min(triad.positions, key=lambda p: p[1])[0] == "C"


def test_menage_a_trois_and_unit_veto():
    plus = analyze_system([rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", 1)]).triads[0]
    minus = analyze_system([rel("A", "B", -1), rel("B", "C", -1), rel("A", "C", -1)]).triads[0]
    assert (plus.pattern, plus.balanced) == ("menage-a-trois", True)
    assert (minus.pattern, minus.balanced) == ("unit-veto", False)


def test_zero_sign_edges_are_left_out_of_triads_and_blocs():
    system = analyze_system([rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", 0), rel("C", "D", 0)])
    assert system.triads == ()
    assert system.triangle_index is None
    assert sorted(a for b in system.blocs for a in b) == ["A", "B", "C"]


def test_two_hostile_camps_are_found_as_two_blocs():
    camp1, camp2 = ["CHN", "PRK", "RUS"], ["JPN", "KOR", "USA"]
    relations = [rel(a, b, 1) for camp in (camp1, camp2) for a in camp for b in camp if a < b]
    relations += [rel("CHN", "USA", -1), rel("RUS", "JPN", -1)]
    system = analyze_system(relations)
    assert system.blocs == (tuple(camp1), tuple(camp2))
    assert system.frustration == 0
    assert system.triad_counts == (("+++", 2), ("++-", 0), ("+--", 0), ("---", 0))


def test_isolated_hostile_actor_is_a_singleton_not_lumped_in():
    relations = [rel("A", "B", 1), rel("C", "D", 1), rel("A", "E", -1), rel("C", "E", -1)]
    blocs = analyze_system(relations).blocs
    assert ("E",) in blocs
    assert ("A", "B") in blocs and ("C", "D") in blocs


def test_all_negative_triangle_splits_into_three_blocs():
    blocs = analyze_system([rel("A", "B", -1), rel("B", "C", -1), rel("A", "C", -1)]).blocs
    assert blocs == (("A",), ("B",), ("C",))


def test_bloc_count_follows_the_data():
    # Three friendly pairs, every pair hostile to the others: three blocs, P = 0.
    pairs = [("A", "B"), ("C", "D"), ("E", "F")]
    relations = [rel(a, b, 1) for a, b in pairs]
    relations += [rel(p[0], q[0], -1) for p in pairs for q in pairs if p < q]
    graph = build_graph(relations)
    blocs = find_blocs(graph)
    assert blocs == (("A", "B"), ("C", "D"), ("E", "F"))
    assert criterion(graph, blocs) == 0


def test_local_search_blocs_match_exact_ones_on_a_small_network():
    relations = [rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", -1), rel("C", "D", 1),
                 rel("D", "E", -1), rel("E", "F", 1), rel("A", "F", -1), rel("B", "E", -1)]
    graph = build_graph(relations)
    exact = find_blocs(graph)
    heuristic = find_blocs(graph, exact_limit=0)
    assert criterion(graph, heuristic) == criterion(graph, exact)


def test_frustration_of_an_odd_negative_cycle_is_one():
    cycle = [rel("A", "B", 1), rel("B", "C", 1), rel("C", "D", 1), rel("D", "E", 1), rel("A", "E", -1)]
    assert analyze_system(cycle).frustration == 1


def test_frustration_of_a_complete_all_negative_graph():
    # K_n all negative: the best split is two halves; frustrated = C(ceil/2) + C(floor/2).
    names = "ABCDEFG"
    relations = [rel(a, b, -1) for i, a in enumerate(names) for b in names[i + 1:]]
    assert analyze_system(relations).frustration == 3 * 2 // 2 + 4 * 3 // 2


def test_frustration_sums_over_blocks_joined_at_a_cut_vertex():
    left = [rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", -1)]
    right = [rel("C", "D", -1), rel("D", "E", -1), rel("C", "E", -1)]
    result = frustration_index(build_graph([*left, *right, rel("E", "F", -1)]))
    assert (result.value, result.method) == (2, "exact")


def test_heuristic_fallback_is_logged_and_said(caplog):
    relations = [rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", -1)]
    with caplog.at_level(logging.WARNING):
        system = analyze_system(relations, exact_limit=2)
    assert (system.frustration, system.frustration_method) == (1, "heuristic")
    assert "local search" in caplog.text


def test_heuristic_never_beats_the_exact_index():
    names = [f"N{i}" for i in range(9)]
    relations = [rel(a, b, 1 if (i * 7 + j * 3) % 5 else -1)
                 for i, a in enumerate(names) for j, b in enumerate(names) if i < j and (i + j) % 3]
    block = build_graph(relations).edges
    assert len(solve_heuristic(block)) >= len(solve_exact(block))


def test_record_has_the_spec_shape():
    record = system_to_record(analyze_system([rel("A", "B", 1), rel("B", "C", 1), rel("A", "C", 1)]))
    assert record["triad_counts"] == {"+++": 1, "++-": 0, "+--": 0, "---": 0}
    assert record["triads"][0] | {"positions": None} == {
        "actors": ["A", "B", "C"], "signs": [1, 1, 1], "balanced": True,
        "pattern": "menage-a-trois", "pivot": None, "positions": None}
    assert record["blocs"] == [["A", "B", "C"]]
    assert (record["frustration"], record["frustration_method"]) == (0, "exact")
    assert record["triangle_index"] == 1.0


def test_two_colouring_splits_a_balanced_graph_and_refuses_an_unbalanced_one():
    from realpolitik.system.graph import pair, two_colour

    balanced = build_graph([rel("A", "B", 1), rel("B", "C", -1), rel("A", "C", -1), rel("D", "E", -1)])
    camps = two_colour(balanced)
    assert camps["A"] == camps["B"] != camps["C"] and camps["D"] != camps["E"]
    odd = build_graph([rel("A", "B", -1), rel("B", "C", -1), rel("A", "C", -1)])
    assert two_colour(odd) is None
    assert two_colour(odd, flipped={pair("A", "B")}) is not None
