"""Named read queries over the corpus. Each takes a Store and Filters and returns Rows.

Dates filter on when a fact happened: an event's own date (else its article's
publication date), a quote's, actor's or relation's article publication date.
``start`` and ``end`` are inclusive; facts with no date at all are left out
whenever either bound is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from realpolitik.model import Relation
from realpolitik.store.db import Rows, Store


@dataclass(frozen=True, slots=True)
class Filters:
    """Optional restrictions; None means no restriction. ``actor`` and ``speaker`` are actor ids."""

    start: date | None = None
    end: date | None = None
    actor: str | None = None
    type: str | None = None
    speaker: str | None = None
    limit: int | None = None


NO_FILTERS = Filters()


class Conditions:
    """SQL conditions and their parameters, built up one filter at a time."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def dates(self, column: str, f: Filters) -> None:
        if f.start is not None:
            self.add(f"{column} >= ?", f.start)
        if f.end is not None:
            self.add(f"{column} <= ?", f.end)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def _limit(f: Filters) -> str:
    return f" LIMIT {int(f.limit)}" if f.limit is not None else ""


def query_actors(store: Store, f: Filters = NO_FILTERS) -> Rows:
    """One row per actor id: its most frequent name, kind and country, articles and mentions."""
    w = Conditions()
    w.dates("a.published", f)
    if f.actor:
        w.add("(x.actor_id = ? OR x.name ILIKE ?)", f.actor, f"%{f.actor}%")
    if f.type:
        w.add("x.kind = ?", f.type.lower())
    sql = ("SELECT x.actor_id, mode(x.name) AS name, mode(x.kind) AS kind, mode(x.country) AS country,"
           " count(DISTINCT x.article_id) AS articles,"
           " sum((SELECT count(*) FROM mentions m WHERE m.article_id = x.article_id"
           "      AND m.actor_seq = x.seq))::BIGINT AS mentions"
           " FROM actors x JOIN articles a USING (article_id)" + w.sql() +
           " GROUP BY x.actor_id ORDER BY articles DESC, mentions DESC, x.actor_id" + _limit(f))
    return store.fetch(sql, w.params)


_EVENT_COLUMNS = (
    "e.article_id, e.event_id, coalesce(e.date_start, a.published) AS date, e.type, e.mode, e.cameo,"
    " e.quad_class, e.goldstein, e.source, e.target, e.location_name AS place, e.modality,"
    " e.evidence_start, e.evidence_end, e.evidence_text")


def query_events(store: Store, f: Filters = NO_FILTERS) -> Rows:
    """Every stored event with its article, date, codes, dyad, place and evidence span."""
    w = Conditions()
    w.dates("coalesce(e.date_start, a.published)", f)
    if f.actor:
        w.add("(e.source = ? OR e.target = ?)", f.actor, f.actor)
    if f.type:
        w.add("e.type = ?", f.type.upper())
    sql = (f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a USING (article_id)" + w.sql() +
           " ORDER BY date NULLS LAST, e.article_id, e.seq" + _limit(f))
    return store.fetch(sql, w.params)


def query_merged_events(store: Store, f: Filters = NO_FILTERS, *, window_days: int = 3) -> Rows:
    """Events merged across articles (see migrations/002): one row per real-world event."""
    w = Conditions()
    w.dates("first_day", f)
    if f.actor:
        w.add("(source = ? OR target = ?)", f.actor, f.actor)
    if f.type:
        w.add("type = ?", f.type.upper())
    sql = ("SELECT cluster_id, first_day, last_day, type, mode, cameo, quad_class, goldstein, source, target,"
           " place, num_mentions, num_articles, num_sources, source_url FROM event_clusters(?)" + w.sql() +
           " ORDER BY first_day, type, source NULLS FIRST, target NULLS FIRST, place NULLS FIRST" + _limit(f))
    return store.fetch(sql, [int(window_days), *w.params])


def query_quotes(store: Store, f: Filters = NO_FILTERS) -> Rows:
    """Every stored quote with its article, date, speaker and span."""
    w = Conditions()
    w.dates("a.published", f)
    if f.speaker:
        w.add("q.speaker = ?", f.speaker)
    if f.actor:
        w.add("(q.speaker = ? OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id"
              " AND m.actor_id = ? AND m.start_char >= q.start_char AND m.end_char <= q.end_char))",
              f.actor, f.actor)
    if f.type:
        w.add("q.kind = ?", f.type.lower())
    sql = ("SELECT q.article_id, q.quote_id, a.published AS date, q.speaker, q.speaker_text, q.kind, q.cue,"
           " q.start_char, q.end_char, q.text FROM quotes q JOIN articles a USING (article_id)" + w.sql() +
           " ORDER BY date NULLS LAST, q.article_id, q.seq" + _limit(f))
    return store.fetch(sql, w.params)


def query_relations(store: Store, f: Filters = NO_FILTERS) -> Rows:
    """One row per dyad over the filtered articles; see ``dyad_summary_sql`` for the columns."""
    w = Conditions()
    w.dates("a.published", f)
    if f.actor:
        w.add("(r.source = ? OR r.target = ?)", f.actor, f.actor)
    if f.type:
        w.add("list_contains(r.kinds, ?)", f.type.lower())
    sql = dyad_summary_sql(w.sql()) + " ORDER BY articles DESC, source, target" + _limit(f)
    return store.fetch(sql, w.params)


def dyad_summary_sql(where: str, extra: str = "") -> str:
    """Relations aggregated per dyad: how many articles call it cooperative, hostile or mixed,
    the mean weight, and the net sign (the sign of the weight-summed signs)."""
    return ("SELECT r.source, r.target, count(DISTINCT r.article_id) AS articles," + extra +
            " count(*) FILTER (r.sign > 0) AS cooperative, count(*) FILTER (r.sign < 0) AS hostile,"
            " count(*) FILTER (r.sign = 0) AS mixed, sign(sum(r.sign * r.weight))::INTEGER AS net_sign,"
            " avg(r.weight) AS weight, list_sort(list_distinct(flatten(list(r.kinds)))) AS kinds"
            " FROM relations r JOIN articles a USING (article_id)" + where +
            " GROUP BY r.source, r.target")


def query_dyad(store: Store, a: str, b: str, f: Filters = NO_FILTERS) -> Rows:
    """The events between ``a`` and ``b``, either way round, in date order."""
    w = Conditions()
    w.add("((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))", a, b, b, a)
    w.dates("coalesce(e.date_start, a.published)", f)
    if f.type:
        w.add("e.type = ?", f.type.upper())
    sql = (f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a USING (article_id)" + w.sql() +
           " ORDER BY date NULLS LAST, e.article_id, e.seq" + _limit(f))
    return store.fetch(sql, w.params)


def window_relations(store: Store, f: Filters = NO_FILTERS) -> tuple[Relation, ...]:
    """The relations of the filtered articles merged into one Relation per dyad.

    The merged sign is the sign of the weight-summed signs (0 when they cancel),
    the weight their mean, the kinds their union; evidence names the articles
    ("article_id") since event and quote ids are only unique within an article.
    """
    w = Conditions()
    w.dates("a.published", f)
    extra = " list_sort(list(DISTINCT r.article_id)) AS evidence,"
    sql = dyad_summary_sql(w.sql(), extra) + " ORDER BY source, target"
    return tuple(Relation(row["source"], row["target"], int(row["net_sign"]), float(row["weight"]),
                          tuple(row["kinds"]), tuple(row["evidence"]))
                 for row in store.fetch(sql, w.params).dicts())


def list_failures(store: Store, *, run_id: str | None = None, every_run: bool = False) -> Rows:
    """The failures of ``run_id``, else of the latest run, else (``every_run``) of all runs."""
    where, params = "", []
    if not every_run:
        where = " WHERE f.run_id = coalesce(?, (SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1))"
        params = [run_id]
    sql = ("SELECT f.run_id, r.started_at, f.article_id, f.origin, f.error FROM failures f"
           " LEFT JOIN runs r USING (run_id)" + where + " ORDER BY f.failure_id")
    return store.fetch(sql, params)
