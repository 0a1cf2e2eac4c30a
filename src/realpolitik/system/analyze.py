"""The system of one set of relations: triads, patterns, blocs, balance; and its SPEC record."""

from __future__ import annotations

from collections.abc import Iterable

from realpolitik.model import Relation, System
from realpolitik.system import blocs as blocs_module
from realpolitik.system import frustration as frustration_module
from realpolitik.system.graph import build_graph
from realpolitik.system.triads import closed_triads, triad_counts, triangle_index


def analyze_system(
    relations: Iterable[Relation],
    *,
    exact_limit: int = frustration_module.EXACT_LIMIT,
    time_limit: float = frustration_module.TIME_LIMIT,
    alpha: float = blocs_module.ALPHA,
) -> System:
    """Balance analysis of the signed graph of ``relations``.

    Relations of sign 0 are left out (see ``graph.build_graph``). ``exact_limit``
    is the largest block (in edges) whose frustration index is computed exactly;
    beyond it, or past ``time_limit`` seconds, the heuristic is used and
    ``System.frustration_method`` says "heuristic". ``alpha`` weighs negative
    edges inside blocs against positive edges between them.
    """
    graph = build_graph(relations)
    triads = closed_triads(graph)
    frustration = frustration_module.frustration_index(graph, exact_limit=exact_limit, time_limit=time_limit)
    return System(
        triads=triads,
        blocs=blocs_module.find_blocs(graph, alpha=alpha),
        triad_counts=triad_counts(triads),
        triangle_index=triangle_index(triads),
        frustration=frustration.value,
        frustration_method=frustration.method,
    )


def system_to_record(system: System) -> dict:
    """The SPEC.md ``system`` object (plain JSON types); triads also carry ``positions``."""
    return {
        "triads": [
            {
                "actors": list(t.actors),
                "signs": list(t.signs),
                "balanced": t.balanced,
                "pattern": t.pattern,
                "pivot": t.pivot,
                "positions": dict(t.positions),
            }
            for t in system.triads
        ],
        "blocs": [list(b) for b in system.blocs],
        "triad_counts": dict(system.triad_counts),
        "triangle_index": system.triangle_index,
        "frustration": system.frustration,
        "frustration_method": system.frustration_method,
    }
