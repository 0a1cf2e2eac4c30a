"""Reading signed networks from files: edge lists (CSV) and analysis records (JSON).

Edge list: one edge a line, ``a,b,sign[,weight][,year]``. ``sign`` is -1, 0, 1,
"+" or "-" (any other number stands for its sign); ``weight`` a number in
[0, 1] (default 1); ``year`` an integer. Blank lines and lines starting with
"#" are skipped. The first line is a header, and skipped, when none of its
fields is a number and its sign field is not a sign ("a,b,sign,weight,year").

A pair may appear more than once (a dyad through the years): with ``year``
given, only rows of that year and rows without a year are kept; then, for each
pair, only the rows of its latest year are kept (rows without a year count as
the earliest), and rows of the same year are combined as ``build_graph``
combines them (the sign of the weighted sum).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.model import Relation
from realpolitik.system.graph import pair

SIGN_WORDS = {"+": 1, "-": -1, "+1": 1}


def read_edges(path: str | Path, *, year: int | None = None) -> tuple[Relation, ...]:
    """The relations of the edge-list CSV at ``path`` (see the module docstring).

    Raises InputError naming the file and line of the first bad line.
    """
    path = Path(path)
    return parse_edges_text(_read_text(path), str(path), year=year)


def parse_edges_text(text: str, origin: str = "-", *, year: int | None = None) -> tuple[Relation, ...]:
    """As ``read_edges`` but from text already read (``origin`` names it in errors)."""
    rows: list[tuple[Relation, int | None]] = []
    reader = csv.reader(io.StringIO(text))
    for raw in reader:
        number = reader.line_num
        fields = [f.strip() for f in raw]
        if not any(fields) or fields[0].startswith("#"):
            continue
        if not rows and number == _first_line(text) and _is_header(fields):
            continue
        rows.append(_parse_row(fields, f"{origin}:{number}"))
    return _latest(rows, year)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None


def _first_line(text: str) -> int:
    """The number of the first line that is neither blank nor a comment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            return number
    return 0


def _is_header(fields: list[str]) -> bool:
    return len(fields) >= 3 and not any(_number(f) is not None for f in fields) and fields[2] not in SIGN_WORDS


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _parse_row(fields: list[str], origin: str) -> tuple[Relation, int | None]:
    if len(fields) < 3 or len(fields) > 5:
        raise InputError(origin, f"expected a,b,sign[,weight][,year], got {len(fields)} field(s)")
    a, b = fields[0], fields[1]
    if not a or not b:
        raise InputError(origin, "an actor name is empty")
    if a == b:
        raise InputError(origin, f"an edge from {a!r} to itself")
    sign = parse_sign(fields[2], origin)
    weight = _weight(fields[3], origin) if len(fields) > 3 and fields[3] else 1.0
    year = _year(fields[4], origin) if len(fields) > 4 and fields[4] else None
    source, target = pair(a, b)
    return Relation(source, target, sign, weight), year


def parse_sign(text: str, origin: str) -> int:
    """-1, 0 or 1 from "-1", "0", "1", "+", "-" or any number (its sign)."""
    if text in SIGN_WORDS:
        return SIGN_WORDS[text]
    value = _number(text)
    if value is None or value != value:
        raise InputError(origin, f"sign {text!r} is not -1, 0, 1, '+' or '-'")
    return (value > 0) - (value < 0)


def _weight(text: str, origin: str) -> float:
    value = _number(text)
    if value is None or not 0.0 <= value <= 1.0:
        raise InputError(origin, f"weight {text!r} is not a number in [0, 1]")
    return value


def _year(text: str, origin: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(origin, f"year {text!r} is not an integer") from None


def _latest(rows: list[tuple[Relation, int | None]], year: int | None) -> tuple[Relation, ...]:
    if year is not None:
        rows = [(r, y) for r, y in rows if y is None or y == year]
    newest: dict[tuple[str, str], int] = {}
    for r, y in rows:
        key = (r.source, r.target)
        newest[key] = max(newest.get(key, -(10**9)), -(10**9) if y is None else y)
    return tuple(r for r, y in rows if (-(10**9) if y is None else y) == newest[(r.source, r.target)])


def read_analysis_relations(path: str | Path) -> tuple[Relation, ...]:
    """The ``relations`` of an analysis record (SPEC.md) in the JSON file at ``path``.

    A JSON Lines file is accepted when it holds exactly one record.
    """
    path = Path(path)
    text = _read_text(path)
    record = _one_record(text, str(path))
    items = record.get("relations")
    if not isinstance(items, list):
        raise InputError(str(path), "the record has no 'relations' list")
    return tuple(_relation(item, f"{path}: relations[{k}]") for k, item in enumerate(items))


def _one_record(text: str, origin: str) -> dict:
    try:
        record = json.loads(text)
    except json.JSONDecodeError:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) != 1:
            raise InputError(origin, "expected one analysis record (a JSON object)") from None
        try:
            record = json.loads(lines[0])
        except json.JSONDecodeError as exc:
            raise InputError(origin, f"invalid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise InputError(origin, "expected one analysis record (a JSON object)")
    return record


def _relation(item: object, origin: str) -> Relation:
    if not isinstance(item, dict) or not {"source", "target", "sign"} <= set(item):
        raise InputError(origin, "a relation needs source, target and sign")
    sign = parse_sign(str(item["sign"]), origin)
    weight = item.get("weight", 1.0)
    if not isinstance(weight, int | float) or not 0 <= weight <= 1:
        raise InputError(origin, f"weight {weight!r} is not a number in [0, 1]")
    source, target = pair(str(item["source"]), str(item["target"]))
    return Relation(source, target, sign, float(weight),
                    tuple(item.get("kinds") or ()), tuple(item.get("evidence") or ()))
