"""A user's own knowledge-base file (YAML) that adds or overrides actors.

The file is a list of actors::

    - id: person:jane-roe            # required; an existing id is overridden
      name: Jane Roe                 # required
      kind: person                   # state | person | organization | igo | group | location
      country: USA                   # optional
      sector: GOV                    # optional
      aliases: [Roe, Secretary Roe]  # optional: more names to recognise
      roles:                         # optional, with ISO dates; end omitted while held
        - {title: secretary of state, country: USA, sector: GOV, start: 2025-01-20}

Errors name the file and the line of the offending actor.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import yaml

from realpolitik.actors.kb import Alias, Entry, Role
from realpolitik.errors import InputError
from realpolitik.model import ACTOR_KINDS


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping as ``__line__``."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def read_user_kb(path: str | Path) -> Iterator[tuple[Entry, list[Alias]]]:
    """Actors and aliases from a user YAML file; raises InputError naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "knowledge-base file not found")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f"{path}:{line + 1}" if line is not None else str(path)
        raise InputError(where, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None:
        return
    if not isinstance(data, list):
        raise InputError(f"{path}:1", "expected a list of actors")
    for item in data:
        yield _actor(item, path)


def _actor(item: object, path: Path) -> tuple[Entry, list[Alias]]:
    if not isinstance(item, dict):
        raise InputError(str(path), "each actor must be a mapping with id, name and kind")
    where = f"{path}:{item['__line__']}"
    for key in ("id", "name", "kind"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise InputError(where, f"actor needs a text '{key}'")
    if item["kind"] not in ACTOR_KINDS:
        raise InputError(where, f"unknown kind {item['kind']!r} (one of {', '.join(ACTOR_KINDS)})")
    roles = tuple(_role(r, where) for r in item.get("roles") or ())
    entry = Entry(item["id"], item["name"], item["kind"], item.get("country"), item.get("sector"), roles)
    form = "person" if entry.kind == "person" else "name"
    names = [entry.name, *(item.get("aliases") or ())]
    if not all(isinstance(n, str) for n in names):
        raise InputError(where, "aliases must be a list of names")
    return entry, [Alias(n, entry.id, form, entry.sector) for n in names]


def _role(role: object, where: str) -> Role:
    if not isinstance(role, dict):
        raise InputError(where, "each role must be a mapping (title, country, sector, start, end)")
    where = f"{where.rsplit(':', 1)[0]}:{role['__line__']}"
    try:
        start, end = (_as_date(role.get(k)) for k in ("start", "end"))
    except ValueError as exc:
        raise InputError(where, f"bad role date: {exc}") from None
    return Role(role.get("title"), role.get("country"), role.get("sector"), start, end)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
