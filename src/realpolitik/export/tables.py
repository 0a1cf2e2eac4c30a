"""Tables out of the store: Parquet for every table, CSV in GDELT-like and POLECAT-like layouts.

The GDELT-like file has one row per real-world event (the merged events of
migration 002, so NumMentions/NumSources/NumArticles mean what they mean in
GDELT) under GDELT 2.0 event-table column names; actor and country codes are
ours (ISO3, SPEC.md ids), not GDELT's FIPS. The POLECAT-like file has one row
per event per article under POLECAT's column names, with PLOVER types and modes.
Columns the store cannot fill are left out rather than filled with guesses.
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.errors import StoreError
from realpolitik.store.db import Store
from realpolitik.store.rows import COLUMNS

# Every table the store writes (from its own list, so a new one is exported too), and the rest.
TABLES = (*COLUMNS, "runs", "failures", "schema_migrations", "merged_events")

# One name per article and actor id: the actor rows of that article.
_ACTOR = ("(SELECT article_id, actor_id, any_value(name) AS name, any_value(country) AS country,"
          " any_value(sector) AS sector FROM actors GROUP BY article_id, actor_id)")
# One name and country per actor id over the whole corpus: the most frequent.
_ACTOR_CORPUS = ("(SELECT actor_id, mode(name) AS name, mode(country) AS country FROM actors"
                 " GROUP BY actor_id)")

GDELT_SQL = f"""
SELECT row_number() OVER (ORDER BY m.first_day, m.type, m.source, m.target, m.place)::BIGINT AS GLOBALEVENTID,
       strftime(m.first_day, '%Y%m%d')::INTEGER AS SQLDATE,
       strftime(m.first_day, '%Y%m')::INTEGER AS MonthYear,
       year(m.first_day) AS Year,
       round(year(m.first_day) + (dayofyear(m.first_day) - 1) / 365.0, 4) AS FractionDate,
       m.source AS Actor1Code, a1.name AS Actor1Name, a1.country AS Actor1CountryCode,
       m.target AS Actor2Code, a2.name AS Actor2Name, a2.country AS Actor2CountryCode,
       m.cameo AS EventCode, left(m.cameo, 3) AS EventBaseCode, left(m.cameo, 2) AS EventRootCode,
       m.quad_class AS QuadClass, round(m.goldstein, 1) AS GoldsteinScale,
       m.num_mentions AS NumMentions, m.num_sources AS NumSources, m.num_articles AS NumArticles,
       m.location_name AS ActionGeo_FullName, m.location_country AS ActionGeo_CountryCode,
       m.lat AS ActionGeo_Lat, m.lon AS ActionGeo_Long, m.source_url AS SOURCEURL,
       m.type AS PLOVERType, m.mode AS PLOVERMode
FROM merged_events m
LEFT JOIN {_ACTOR_CORPUS} a1 ON a1.actor_id = m.source
LEFT JOIN {_ACTOR_CORPUS} a2 ON a2.actor_id = m.target
ORDER BY GLOBALEVENTID
"""

POLECAT_SQL = f"""
SELECT e.article_id || ':' || e.event_id AS "Event ID",
       coalesce(e.date_start, a.published) AS "Event Date",
       e.type AS "Event Type", e.mode AS "Event Mode", e.intensity AS "Event Intensity",
       CASE e.quad_class WHEN 1 THEN 'VERBAL COOPERATION' WHEN 2 THEN 'MATERIAL COOPERATION'
            WHEN 3 THEN 'VERBAL CONFLICT' WHEN 4 THEN 'MATERIAL CONFLICT' END AS "Quad Code",
       s.name AS "Actor Name", s.country AS "Actor Country", s.sector AS "Primary Actor Sector",
       e.source AS "Actor ID",
       t.name AS "Recipient Name", t.country AS "Recipient Country", t.sector AS "Primary Recipient Sector",
       e.target AS "Recipient ID",
       e.location_name AS "Placename", e.location_country AS "Country",
       e.lat AS "Latitude", e.lon AS "Longitude",
       a.source AS "Source", a.published AS "Publication Date", a.title AS "Headline",
       a.article_id AS "Story ID", a.language AS "Language",
       e.modality AS "Modality", e.evidence_text AS "Event Text"
FROM events e JOIN articles a USING (article_id)
LEFT JOIN {_ACTOR} s ON s.article_id = e.article_id AND s.actor_id = e.source
LEFT JOIN {_ACTOR} t ON t.article_id = e.article_id AND t.actor_id = e.target
ORDER BY "Event Date" NULLS LAST, e.article_id, e.seq
"""


def _literal(path: Path) -> str:
    """A path as an SQL string literal (COPY takes no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


def _copy(store: Store, select: str, path: Path, options: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        store.connection.execute(f"COPY ({select}) TO {_literal(path)} ({options})")
    except Exception as exc:  # duckdb raises several unrelated classes for I/O and SQL errors
        raise StoreError(f"{path}: export failed: {exc}") from None
    return path


def export_parquet(store: Store, out: Path) -> list[Path]:
    """One Parquet file per table (and the merged events): ``out/<table>.parquet``."""
    return [_copy(store, f"SELECT * FROM {table}", out / f"{table}.parquet", "FORMAT parquet")
            for table in TABLES]


def export_gdelt_csv(store: Store, out: Path) -> list[Path]:
    """``out/events.gdelt.csv``: one row per merged event, GDELT 2.0 column names."""
    return [_copy(store, GDELT_SQL, out / "events.gdelt.csv", "FORMAT csv, HEADER")]


def export_polecat_csv(store: Store, out: Path) -> list[Path]:
    """``out/events.polecat.csv``: one row per event per article, POLECAT column names."""
    return [_copy(store, POLECAT_SQL, out / "events.polecat.csv", "FORMAT csv, HEADER")]
