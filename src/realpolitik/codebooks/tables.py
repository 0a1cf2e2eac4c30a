"""CAMEO codes with their Goldstein scores, QuadClass and PLOVER mapping; PLOVER intensities.

The tables are data files in ``codebooks/data`` written by ``scripts/build_codebooks.py`` (see the
NOTICE there for sources and licences). They are read once, on first use, and cached.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code.

    ``code`` has 2 to 4 digits ("19", "190", "0831"). ``goldstein`` is GDELT's own Goldstein score
    (-10 hostile .. +10 cooperative). ``quad_class``: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict. ``plover_type`` (upper case) and ``plover_mode`` (lower
    case) follow the CAMEO-to-PLOVER crosswalk; both are None for CAMEO 01 (public statements),
    which has no PLOVER event type, and the mode is None where PLOVER gives none.
    """

    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class PloverEntry:
    """A PLOVER (type, mode) pair: its intensity (-10..+10, None when the manual gives none),
    QuadClass, and a representative CAMEO code."""

    plover_type: str
    plover_mode: str | None
    intensity: float | None
    quad_class: int
    cameo: str


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated data file shipped in ``codebooks/data``."""
    text = resources.files("realpolitik.codebooks").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _float_or_none(text: str) -> float | None:
    return float(text) if text else None


@cache
def _cameo_table() -> dict[str, CameoCode]:
    return {row["code"]: CameoCode(
        code=row["code"], name=row["name"], goldstein=_float_or_none(row["goldstein"]),
        quad_class=int(row["quad_class"]), plover_type=row["plover_type"] or None,
        plover_mode=row["plover_mode"] or None) for row in read_table("cameo.tsv")}


@cache
def _plover_table() -> dict[tuple[str, str | None], PloverEntry]:
    entries = (PloverEntry(
        plover_type=row["plover_type"], plover_mode=row["plover_mode"] or None,
        intensity=_float_or_none(row["intensity"]), quad_class=int(row["quad_class"]),
        cameo=row["cameo"]) for row in read_table("plover.tsv"))
    return {(entry.plover_type, entry.plover_mode): entry for entry in entries}


def cameo(code: str) -> CameoCode | None:
    """The CAMEO code ``code`` ("072", "0831", "19"), or None when CAMEO has no such code."""
    return _cameo_table().get(code.strip())


def all_cameo_codes() -> tuple[CameoCode, ...]:
    """Every CAMEO code, in code order (root codes before their children)."""
    return tuple(_cameo_table().values())


def plover_entries() -> tuple[PloverEntry, ...]:
    """Every PLOVER (type, mode) pair the project knows, sorted by type then mode."""
    return tuple(_plover_table().values())


def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types, upper case, sorted."""
    return tuple(sorted({entry.plover_type for entry in _plover_table().values()}))


def _plover_entry(plover_type: str, mode: str | None) -> PloverEntry | None:
    """The entry for (type, mode); the type's own entry when the mode is None or unknown."""
    table = _plover_table()
    key_type, key_mode = plover_type.strip().upper(), (mode or "").strip().lower() or None
    return table.get((key_type, key_mode)) or table.get((key_type, None))


def plover_intensity(plover_type: str, mode: str | None = None) -> float | None:
    """PLOVER's conflict-cooperation score (-10..+10) of a type and mode.

    A mode without a score of its own (or None) takes the type's score; an unknown type gives None.
    """
    entry = _plover_entry(plover_type, mode)
    if entry is None:
        return None
    if entry.intensity is None:
        base = _plover_table().get((entry.plover_type, None))
        return base.intensity if base else None
    return entry.intensity


def plover_quad_class(plover_type: str) -> int | None:
    """PLOVER's QuadClass of a type (1..4), or None for an unknown type."""
    entry = _plover_entry(plover_type, None)
    return entry.quad_class if entry else None


def plover_to_cameo(plover_type: str, mode: str | None = None) -> str | None:
    """A representative CAMEO code for a PLOVER type and mode ("MOBILIZE", "troops" -> "154").

    Three digits where the crosswalk allows; an unknown mode falls back to the type's code; an
    unknown type gives None.
    """
    entry = _plover_entry(plover_type, mode)
    return entry.cameo if entry else None


def find_cameo_codes(*, plover_type: str | None = None, prefix: str | None = None) -> tuple[CameoCode, ...]:
    """CAMEO codes, in code order, whose PLOVER type is ``plover_type`` (any case) and whose code
    starts with ``prefix``; a filter left as None keeps every code."""
    wanted_type = plover_type.strip().upper() if plover_type else None
    return tuple(code for code in all_cameo_codes()
                 if (wanted_type is None or code.plover_type == wanted_type)
                 and (prefix is None or code.code.startswith(prefix.strip())))
