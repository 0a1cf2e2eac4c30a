"""The relation graph for Gephi and friends: GraphML and GEXF via networkx.

Nodes are actor ids with their most frequent name, kind and country; an edge is
a dyad's relations merged over the window (``window_relations``): ``sign`` in
{-1, 0, 1}, ``weight`` in [0, 1] (a strength, never negative, as Gephi expects),
``articles`` the number of articles that report it and ``kinds`` joined by ';'
(GraphML and GEXF attributes hold no lists).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from realpolitik.store.db import Store
from realpolitik.store.queries import NO_FILTERS, Filters, window_relations

GRAPH_FORMATS = ("graphml", "gexf")


def relation_graph(store: Store, f: Filters = NO_FILTERS) -> nx.Graph:
    """The signed relation graph of the articles within ``f``'s dates."""
    graph = nx.Graph()
    relations = window_relations(store, f)
    ids = sorted({r.source for r in relations} | {r.target for r in relations})
    for actor_id, name, kind, country in _actor_facts(store, ids):
        graph.add_node(actor_id, label=name, kind=kind, country=country or "")
    for r in relations:
        graph.add_edge(r.source, r.target, sign=r.sign, weight=r.weight, articles=len(r.evidence),
                       kinds=";".join(r.kinds))
    return graph


def _actor_facts(store: Store, ids: list[str]) -> tuple[tuple, ...]:
    sql = ("SELECT actor_id, mode(name), mode(kind), mode(country) FROM actors"
           " WHERE list_contains(?, actor_id) GROUP BY actor_id ORDER BY actor_id")
    found = store.fetch(sql, [ids]).rows if ids else ()
    # an id that appears only in relations (never as an actor row) still becomes a node
    named = {row[0] for row in found}
    return (*found, *((i, i, "", None) for i in ids if i not in named))


def export_graph(store: Store, out: Path, fmt: str, f: Filters = NO_FILTERS) -> list[Path]:
    """``out/relations.graphml`` or ``out/relations.gexf``."""
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"relations.{fmt}"
    graph = relation_graph(store, f)
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    else:
        nx.write_gexf(graph, path)
    return [path]
