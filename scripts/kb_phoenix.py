"""Convert the Phoenix actor dictionaries (PETRARCH-2) into realpolitik's own records.

The dictionaries list actor phrases in upper case with underscores for spaces:

    VLADIMIR_PUTIN_  # comment
    +PRESIDENT_PUTIN_            <- another name for the same actor
        [RUSGOV >080508]         <- CAMEO code (country + sector) with an optional date range
        [RUSELI]                 <- the code outside any dated range

Dates are YYMMDD (years up to 30 read as 20YY) or YYYYMMDD; ">d" opens a range,
"<d" closes one, "a-b" gives both. People become ``person:`` records with dated
roles; government bodies (GOV, MIL, LEG, JUD, COP, SPY) become extra names of their
state with a sector and role; other bodies and armed groups become ``org:`` or
``group:`` records. Facts only: names, codes and dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

CODE = re.compile(r"\[([A-Z]{3,})\s*([<>]?\d{6,8})?\s*(?:-\s*(\d{6,8}))?\s*\]")
SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "REB", "BUS", "MED", "JRN", "EDU",
                     "NGO", "CVL", "LAB", "AGR", "REL", "REF", "HLH", "HRI", "ENV", "DEV", "ELI", "OPP",
                     "CRM", "UAF", "PRM", "SOC", "MNC", "INS", "SEP", "MOD", "RAD", "IGO"})
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")
ORG_WORDS = frozenset({"MINISTRY", "MINISTRIES", "PARTY", "COUNCIL", "ARMY", "FORCE", "FORCES",
    "COMMITTEE", "CONGRESS", "DEPARTMENT", "OFFICE", "AGENCY", "BANK", "COURT", "UNION", "FRONT",
    "MOVEMENT", "GROUP", "ORGANIZATION", "ORGANISATION", "BRIGADE", "BRIGADES", "ASSEMBLY", "PARLIAMENT",
    "GOVERNMENT", "POLICE", "NAVY", "COMMISSION", "INSTITUTE", "UNIVERSITY", "MILITIA", "COMPANY",
    "CORPORATION", "SERVICE", "SERVICES", "GUARD", "GUARDS", "ALLIANCE", "LEAGUE", "ASSOCIATION",
    "FEDERATION", "NETWORK", "CELLS", "NUCLEI", "SOCIETY", "CHURCH", "TRIBUNAL", "FUND", "PROGRAM",
    "PROGRAMME", "MISSION", "SECRETARIAT"})


@dataclass
class RawActor:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    comment: str = ""


def phoenix_date(text: str | None) -> str | None:
    """ISO date of a Phoenix date ("080508" -> 2008-05-08, "19110101" -> 1911-01-01)."""
    if not text:
        return None
    digits = text.lstrip("<>")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = ("20" if year <= 30 else "19") + digits
    if digits[4:] in ("0000", "0100"):
        digits = digits[:4] + "0101"
    iso = f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    try:
        date.fromisoformat(iso)
    except ValueError:
        return None
    return iso


def phrase_to_name(phrase: str) -> str:
    words = phrase.replace("_", " ").split()
    if len(words) == 1 and len(words[0]) <= 5 and "." not in words[0]:
        return words[0]  # most short single words here are acronyms ("PLA", "CPPCC")
    return " ".join(w.title() if not w.startswith("AL-") else "al-" + w[3:].title() for w in words)


def _nonstate(raw: RawActor, role: dict) -> tuple[str, dict] | None:
    """An NGO or company: kept only when its name says it is a body (people hide in these lists)."""
    names = list(dict.fromkeys(phrase_to_name(p) for p in [raw.name, *raw.aliases]))
    if not has_org_word(raw) or not names:
        return None
    return "org", {"name": names[0], "kind": "organization", "country": role["country"],
                   "sector": role["sector"], "aliases": names}


def read_raw(path: Path) -> Iterator[RawActor]:
    """Entries of one dictionary file, in file order."""
    current: RawActor | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _, comment = raw.partition("#")
        stripped = body.strip()
        if not stripped:
            continue
        head = stripped.split("[", 1)[0].split("\t", 1)[0].strip()  # the name ends at its first code
        if not raw[0].isspace() and not stripped.startswith(("+", "[")):
            if current:
                yield current
            current = RawActor(head, comment=comment)
        elif stripped.startswith("+") and current and head.strip("+"):
            current.aliases.append(head.lstrip("+").strip())
        if current:
            current.codes += [(m.group(1), m.group(2), m.group(3)) for m in CODE.finditer(stripped)]
    if current:
        yield current


def role_of(code: str, first: str | None, second: str | None, states: set[str]) -> dict | None:
    """A role record from a code and its dates; None for codes that name no country."""
    if code.startswith("IMG"):  # a transnational militarised group ("Islamic State")
        return {"country": None, "sector": "REB", "start": None, "end": None, "title": None, "img": True}
    if code[:3] in ("NGO", "MNC"):  # non-governmental bodies and companies, maybe with a home state
        home = code[3:6] if code[3:6] in states else None
        return {"country": home, "sector": "NGO" if code.startswith("NGO") else "BUS", "start": None,
                "end": None, "title": None, "nonstate": True}
    country = code[:3] if code[:3] in states else ("IGO" if code.startswith("IGO") else None)
    if country is None:
        return None
    sector = code[3:6] if country != "IGO" and len(code) >= 6 else None
    start = end = None
    if first and first.startswith("<"):
        end = phoenix_date(first)
    elif first:
        start = phoenix_date(first)
        end = phoenix_date(second)
    if (first and not (start or end)) or (second and not end):
        return None  # a malformed date: better no role than a wrong one
    return {"country": country, "sector": sector, "start": start, "end": end, "title": None}


def has_org_word(raw: RawActor) -> bool:
    return any(w.strip("'S") in ORG_WORDS or w in ORG_WORDS for w in raw.name.replace("_", " ").split())


def is_person(raw: RawActor) -> bool:
    """Two to five words and none that heads an organisation's name."""
    return not has_org_word(raw) and 2 <= len(raw.name.replace("_", " ").split()) <= 5


def convert(raw: RawActor, states: set[str], kind: str) -> tuple[str, dict] | None:
    """("person" | "body" | "group", record) for one entry, or None to skip it."""
    roles = [r for r in (role_of(c, a, b, states) for c, a, b in raw.codes) if r]
    if not roles:
        return None
    names = [phrase_to_name(p) for p in [raw.name, *raw.aliases]]
    names = [n for n in dict.fromkeys(names) if n and any(c.isalpha() for c in n)]
    if names and names[0].startswith("The ") and len(names[0].split()) > 1:
        names.insert(0, names[0][4:])  # "The Islamic State" is shown as "Islamic State"
    if not names:
        return None
    if any(r.pop("img", False) for r in roles):
        kind = "group"
    if any(r.pop("nonstate", False) for r in roles):
        return _nonstate(raw, roles[-1])
    if kind != "group" and is_person(raw) and any(r["sector"] for r in roles):
        names = list(dict.fromkeys(n.title() if n.isupper() else n for n in names))
        return "person", {"name": names[0], "kind": "person", "aliases": names, "roles": roles}
    role = roles[-1]
    if role["sector"] not in SECTORS and role["sector"] is not None:
        return None  # a territory's code in the sector slot, or a code we cannot read
    if kind == "group" or role["sector"] in ("REB", "UAF", "PRM", "CRM"):
        return "group", {"name": names[0], "kind": "group", "country": role["country"],
                         "sector": role["sector"] or "REB", "aliases": names}
    if role["country"] in states and role["sector"] in STATE_SECTORS:
        return "body", {"state": role["country"], "sector": role["sector"], "aliases": names}
    if (role["sector"] is None and role["country"] != "IGO") or not (has_org_word(raw) or kind == "group"):
        return None  # a place, a state's own name, or a one-word name we cannot place
    kind = "igo" if role["country"] == "IGO" else "organization"
    return "org", {"name": names[0], "kind": kind, "country": role["country"],
                   "sector": role["sector"], "aliases": names}


PHOENIX_FREEZE = "2016-06-30"
FILES = (("Phoenix.Countries.actors.txt", "auto"), ("Phoenix.International.actors.txt", "auto"),
         ("Phoenix.MilNonState.actors.txt", "group"))


def read_phoenix_actors(folder: Path, states: set[str], supplement: Path,
                        reserved: set[str]) -> tuple[list[dict], list[dict]]:
    """(people, bodies) records for the knowledge base, supplement roles merged in.

    ``reserved`` holds lower-cased names of states, capitals and demonyms: never a person's name."""
    people: dict[str, dict] = {}
    bodies: dict[str, dict] = {}
    for name, kind in FILES:
        for raw in read_raw(folder / name):
            converted = convert(raw, states, kind)
            if converted:
                _collect(*converted, people, bodies)
    for person in people.values():
        for role in person["roles"]:
            if role["start"] and not role["end"] and role["start"] < PHOENIX_FREEZE:
                role["end"] = PHOENIX_FREEZE  # the dictionaries stop here; the supplement goes on
    _merge_supplement(people, yaml.safe_load(supplement.read_text(encoding="utf-8"))["people"])
    for group in yaml.safe_load((supplement.parent / "groups.yaml").read_text(encoding="utf-8"))["groups"]:
        key = "group:" + slug(group["name"])
        bodies[key] = {"id": key, "name": group["name"], "kind": "group", "country": group["country"],
                       "sector": group["sector"],
                       "aliases": [[a, "name"] for a in dict.fromkeys([group["name"], *group["aliases"]])]}
    owners = _word_owners(people)
    for person in people.values():
        person["aliases"] = [[a, "person"] for a in _safe_aliases(person, owners)
                             if a.lower() not in reserved]
        person["country"] = person.get("country") or _main_country(person["roles"])
    return sorted(people.values(), key=lambda p: p["id"]), sorted(bodies.values(), key=lambda b: b["id"])


def slug(text: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _collect(kind: str, record: dict, people: dict, bodies: dict) -> None:
    if kind == "person":
        key = "person:" + slug(record["name"])
        known = people.setdefault(key, {"id": key, "name": record["name"], "kind": "person",
                                        "aliases": [], "roles": []})
        known["aliases"] += [a for a in record["aliases"] if a not in known["aliases"]]
        known["roles"] += [r for r in record["roles"] if r not in known["roles"]]
    elif kind == "body":
        key = record["state"]
        known = bodies.setdefault(key, {"id": key, "alias_only": True, "aliases": []})
        texts = {a[0] for a in known["aliases"]}
        known["aliases"] += [[a, "body", record["sector"]] for a in record["aliases"] if a not in texts]
    else:
        key = ("group:" if kind == "group" else "org:") + slug(record["name"])
        known = bodies.setdefault(key, {**record, "id": key, "aliases": []})
        texts = {a[0] for a in known["aliases"]}
        known["aliases"] += [[a, "name"] for a in record["aliases"] if a not in texts]


def _iso(value: object) -> str | None:
    """A supplement date: a date, "YYYY-MM-DD" or "YYYY-MM" (the first of the month)."""
    if value is None:
        return None
    text = str(value)
    return text + "-01" if len(text) == 7 else text


def _merge_supplement(people: dict, supplement: list[dict]) -> None:
    for item in supplement:
        key = "person:" + slug(item["name"])
        person = people.setdefault(key, {"id": key, "kind": "person", "aliases": [], "roles": []})
        person["name"] = item["name"]
        person["country"] = item["country"]
        person["aliases"] = [item["name"], *item.get("aliases", []),
                             *(a for a in person["aliases"] if a not in item.get("aliases", []))]
        dated = [{"title": t, "country": c, "sector": s, "start": _iso(a), "end": _iso(b)}
                 for t, c, s, a, b in item["roles"]]
        first = min(r["start"] for r in dated)
        kept = [r for r in person["roles"] if r["start"] is None or r["start"] < first]
        for r in kept:  # Phoenix's view stops where the checked roles begin
            if r["start"] and (r["end"] is None or r["end"] > first):
                r["end"] = first
        person["roles"] = [r for r in kept if r["start"] or r["sector"] == "ELI"] + dated


def _word_owners(people: dict) -> dict[str, set[str]]:
    """First and last words of every person's name -> the people who have them."""
    owners: dict[str, set[str]] = {}
    for p in people.values():
        words = p["name"].split()
        for w in {words[0], words[-1]}:
            owners.setdefault(w.lower(), set()).add(p["id"])
    return owners


def _safe_aliases(person: dict, owners: dict[str, set[str]]) -> list[str]:
    """The person's names; one-word names only when no other person has the same word."""
    names = list(dict.fromkeys([person["name"], *person["aliases"]]))
    return [n for n in names if len(n.split()) > 1 or owners.get(n.lower(), set()) <= {person["id"]}]


def _main_country(roles: list[dict]) -> str | None:
    """The country of the latest state role (an IGO post does not change citizenship)."""
    dated = sorted((r for r in roles if r["country"] not in (None, "IGO")), key=lambda r: r["start"] or "")
    return dated[-1]["country"] if dated else None
