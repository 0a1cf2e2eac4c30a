"""What-if: recompute the system with some edges changed or added, and say what changed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from realpolitik.errors import InputError
from realpolitik.model import Relation, System, Triad
from realpolitik.system.analyze import analyze_system, system_to_record
from realpolitik.system.edges import parse_sign
from realpolitik.system.frustration import EXACT_LIMIT, TIME_LIMIT
from realpolitik.system.graph import pair

CHANGE = re.compile(r"^\s*([^:=\s]+)\s*:\s*([^:=\s]+)\s*=\s*(\S+)\s*$")


@dataclass(frozen=True, slots=True)
class EdgeChange:
    """Set the relation of the sorted pair (source, target) to ``sign`` (0: mixed, out of balance)."""

    source: str
    target: str
    sign: int


@dataclass(frozen=True, slots=True)
class WhatIf:
    changes: tuple[EdgeChange, ...]
    before: System
    after: System


def parse_change(text: str) -> EdgeChange:
    """An EdgeChange from "A:B=SIGN" (e.g. "RUS:PRK=-1"); InputError when malformed."""
    match = CHANGE.match(text)
    if not match:
        raise InputError("--set", f"{text!r} is not of the form A:B=SIGN (e.g. RUS:PRK=-1)")
    a, b, value = match.groups()
    if a == b:
        raise InputError("--set", f"{text!r} ties an actor to itself")
    source, target = pair(a, b)
    return EdgeChange(source, target, parse_sign(value, "--set"))


def apply_changes(relations: Iterable[Relation], changes: Iterable[EdgeChange]) -> tuple[Relation, ...]:
    """``relations`` with every changed pair replaced by one relation of the new sign (weight 1)."""
    changes = tuple(changes)
    changed = {(c.source, c.target) for c in changes}
    kept = [r for r in relations if pair(r.source, r.target) not in changed]
    latest = {(c.source, c.target): c for c in changes}  # the last --set of a pair wins
    added = [Relation(c.source, c.target, c.sign, 1.0) for c in latest.values()]
    return tuple(kept + added)


def what_if(
    relations: Iterable[Relation],
    changes: Iterable[EdgeChange],
    *,
    exact_limit: int = EXACT_LIMIT,
    time_limit: float = TIME_LIMIT,
) -> WhatIf:
    """The system before and after the changes (limits as for ``analyze_system``)."""
    relations = tuple(relations)
    changes = tuple(changes)
    before = analyze_system(relations, exact_limit=exact_limit, time_limit=time_limit)
    after = analyze_system(apply_changes(relations, changes), exact_limit=exact_limit, time_limit=time_limit)
    return WhatIf(changes, before, after)


def compare_systems(before: System, after: System) -> dict:
    """What changed from ``before`` to ``after``, as plain JSON types.

    ``triads``: lists ``added``, ``removed`` and ``changed`` (with the old and new
    signs, pattern, balance and pivot); scalar fields appear as {"before", "after"}
    only when they differ; ``blocs`` likewise.
    """
    old = {t.actors: t for t in before.triads}
    new = {t.actors: t for t in after.triads}
    diff: dict = {"triads": {
        "added": [_triad(new[k]) for k in sorted(new.keys() - old.keys())],
        "removed": [_triad(old[k]) for k in sorted(old.keys() - new.keys())],
        "changed": [{"actors": list(k), "before": _triad(old[k]), "after": _triad(new[k])}
                    for k in sorted(old.keys() & new.keys()) if old[k].signs != new[k].signs],
    }}
    a, b = system_to_record(before), system_to_record(after)
    for key in ("blocs", "triad_counts", "triangle_index", "frustration", "frustration_method"):
        if a[key] != b[key]:
            diff[key] = {"before": a[key], "after": b[key]}
    return diff


def _triad(t: Triad) -> dict:
    return {"actors": list(t.actors), "signs": list(t.signs), "balanced": t.balanced,
            "pattern": t.pattern, "pivot": t.pivot}
