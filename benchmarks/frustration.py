"""How long the exact frustration index takes on 60-node, 400-edge signed networks.

Run: ``python benchmarks/frustration.py [--seeds N] [--nodes N --edges M]
[--time-limit S]``; ``--nodes 100 --edges 800`` shows a larger case. Two kinds of network, each
with a fixed seed so runs compare: "camps" (two planted camps, 15% of the signs
flipped at random: the shape of real alliance networks) and "random" (signs drawn
50/50: no structure at all, the hardest case for the integer programme). The
target is under 30 s for each (under 10 s of CPU); wall and CPU time are both
printed because a loaded machine stretches the first.
"""

from __future__ import annotations

import argparse
import random
import time

from realpolitik.model import Relation
from realpolitik.system.frustration import frustration_index
from realpolitik.system.graph import build_graph


def network(nodes: int, edges: int, *, noise: float | None, seed: int) -> list[Relation]:
    """A connected-ish random graph with ``edges`` edges; signs planted (noise) or random (None)."""
    rng = random.Random(seed)
    names = [f"N{i:02d}" for i in range(nodes)]
    camp = {n: rng.randint(0, 1) for n in names}
    chosen: set[tuple[str, str]] = set()
    while len(chosen) < edges:
        a, b = sorted(rng.sample(names, 2))
        chosen.add((a, b))
    relations = []
    for a, b in sorted(chosen):
        if noise is None:
            sign = rng.choice((1, -1))
        else:
            sign = 1 if camp[a] == camp[b] else -1
            sign = -sign if rng.random() < noise else sign
        relations.append(Relation(a, b, sign, 1.0))
    return relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=60)
    parser.add_argument("--edges", type=int, default=400)
    parser.add_argument("--time-limit", type=float, default=600.0, help="per block, as in frustration_index")
    args = parser.parse_args()
    for kind, noise in (("camps", 0.15), ("random", None)):
        for seed in range(args.seeds):
            graph = build_graph(network(args.nodes, args.edges, noise=noise, seed=seed))
            t0, c0 = time.perf_counter(), time.process_time()
            result = frustration_index(graph, exact_limit=10**9, time_limit=args.time_limit)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"{kind:6s} seed={seed} nodes={len(graph.nodes)} edges={len(graph.edges)} "
                  f"frustration={result.value} method={result.method} wall={elapsed:.2f}s cpu={cpu:.2f}s")


if __name__ == "__main__":
    main()
