"""Import people and organisations from a Wikidata JSON dump into a user KB file.

The dump is Wikidata's ``latest-all.json`` format: a JSON array with one entity per
line (plain, ``.gz`` or ``.bz2``). It is streamed twice, so memory stays bounded by
the number of countries and positions, never by the dump:

1. countries (ISO 3166-1 alpha-3, P298) and positions (labels, and the country a
   position belongs to through P1001 or P17);
2. humans (P31 = Q5) with citizenship (P27) and positions held (P39, with P580/P582
   dates), organisations of known kinds with their country (P17), and English aliases.

The output is the YAML format of ``realpolitik.actors.userkb`` (``--kb FILE``).
"""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import yaml

from realpolitik.actors.kb import KnowledgeBase, slug
from realpolitik.errors import InputError

HUMAN = "Q5"
# Kinds of organisation imported (instance of): organisation, political party, government
# agency, university, international organisation, business, non-profit, research institute,
# newspaper.
ORGANISATION_KINDS = frozenset({"Q43229", "Q7278", "Q327333", "Q3918", "Q484652", "Q4830453",
                                "Q163740", "Q31855", "Q11032"})
INTERNATIONAL = "Q484652"


@dataclass
class Lookups:
    """What the first pass learns: country Q-ids -> ISO3, position Q-ids -> (label, ISO3)."""

    countries: dict[str, str] = field(default_factory=dict)
    positions: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def open_dump(path: str | Path) -> IO[str]:
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "dump not found")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def entities(path: str | Path) -> Iterator[dict]:
    """The entities of a dump, one at a time; a malformed line raises InputError with its number."""
    with open_dump(path) as f:
        for number, line in enumerate(f, 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not a Wikidata entity line ({exc.msg})") from None


def _values(entity: dict, prop: str) -> list[tuple[object, dict]]:
    """(value, qualifiers) of every statement of ``prop``."""
    out = []
    for claim in entity.get("claims", {}).get(prop, ()):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if value is not None:
            out.append((value.get("id") if isinstance(value, dict) else value, claim.get("qualifiers", {})))
    return out


def _label(entity: dict) -> str | None:
    return entity.get("labels", {}).get("en", {}).get("value")


def first_pass(path: str | Path) -> Lookups:
    found = Lookups()
    position_countries: dict[str, str | None] = {}
    for entity in entities(path):
        qid, label = entity.get("id"), _label(entity)
        iso3 = next((v for v, _ in _values(entity, "P298") if isinstance(v, str)), None)
        if iso3:
            found.countries[qid] = iso3
        where = next((v for v, _ in _values(entity, "P1001") + _values(entity, "P17")), None)
        if label and ("Q4164871" in {v for v, _ in _values(entity, "P31")} or _values(entity, "P1001")):
            found.positions[qid] = (label, None)
            position_countries[qid] = where
    for qid, where in position_countries.items():
        found.positions[qid] = (found.positions[qid][0], found.countries.get(where or ""))
    return found


def _date(qualifiers: dict, prop: str) -> str | None:
    for snak in qualifiers.get(prop, ()):
        time = snak.get("datavalue", {}).get("value", {}).get("time", "")
        if len(time) >= 11 and time[0] == "+":
            day = time[1:11].replace("-00", "-01")
            return day
    return None


def to_record(entity: dict, lookups: Lookups, kb: KnowledgeBase) -> dict | None:
    """The user-KB record of a human or organisation, or None for anything else."""
    label = _label(entity)
    kinds = {v for v, _ in _values(entity, "P31")}
    if not label or not (HUMAN in kinds or kinds & ORGANISATION_KINDS):
        return None
    aliases = [a["value"] for a in entity.get("aliases", {}).get("en", ())]
    if HUMAN in kinds:
        citizenship = next((lookups.countries[v] for v, _ in _values(entity, "P27") if v in lookups.countries), None)
        roles = [_role(v, q, lookups, kb) for v, q in _values(entity, "P39") if v in lookups.positions]
        record = {"id": "person:" + slug(label), "name": label, "kind": "person", "country": citizenship,
                  "aliases": aliases, "roles": roles}
    else:
        country = next((lookups.countries[v] for v, _ in _values(entity, "P17") if v in lookups.countries), None)
        kind = "igo" if INTERNATIONAL in kinds else "organization"
        record = {"id": "org:" + slug(label), "name": label, "kind": kind,
                  "country": "IGO" if kind == "igo" else country, "aliases": aliases}
    return {k: v for k, v in record.items() if v not in (None, [])}


def _role(position: str, qualifiers: dict, lookups: Lookups, kb: KnowledgeBase) -> dict:
    title, country = lookups.positions[position]
    words = title.lower().split()
    sector = next((kb.sector_of(w) for w in words if kb.sector_of(w)), None)
    role = {"title": title, "country": country, "sector": sector,
            "start": _date(qualifiers, "P580"), "end": _date(qualifiers, "P582")}
    return {k: v for k, v in role.items() if v is not None}


def import_wikidata(dump: str | Path, out: IO[str], kb: KnowledgeBase) -> int:
    """Write the dump's people and organisations to ``out`` as user-KB YAML; returns how many."""
    lookups = first_pass(dump)
    count = 0
    for entity in entities(dump):
        record = to_record(entity, lookups, kb)
        if record:
            out.write(yaml.safe_dump([record], allow_unicode=True, sort_keys=False))
            count += 1
    return count
