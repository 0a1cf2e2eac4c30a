"""Records <-> table rows: the one place the store's columns meet the model.

``analysis_rows`` flattens one Analysis into a row per fact for every table of
``schema.sql``; ``analysis_from_rows`` rebuilds the Analysis from them, so
``analysis_from_rows(analysis_rows(a)) == a``. Offsets are stored as they are:
code-point indices into the article text, end exclusive.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from realpolitik.model import (
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Location,
    Mention,
    Quote,
    Relation,
    Span,
    Statement,
    System,
    Triad,
)

Row = tuple[Any, ...]

# Columns written for each table, in the order analysis_rows produces them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "content_hash", "title", "url", "source", "published", "language",
                 "origin", "text", "system", "run_id"),
    "actors": ("article_id", "seq", "actor_id", "name", "kind", "country", "sector", "roles",
               "affiliations"),
    "mentions": ("article_id", "actor_seq", "seq", "actor_id", "start_char", "end_char", "text",
                 "sector", "role"),
    "quotes": ("article_id", "seq", "quote_id", "text", "start_char", "end_char", "kind", "speaker",
               "speaker_text", "speaker_start", "speaker_end", "speaker_span_text", "cue"),
    "events": ("article_id", "seq", "event_id", "type", "mode", "cameo", "quad_class", "goldstein",
               "intensity", "source", "target", "date_start", "date_end", "date_precision", "date_text",
               "location_name", "location_country", "lat", "lon", "quantity", "modality", "reported_by",
               "evidence_start", "evidence_end", "evidence_text", "trigger_start", "trigger_end",
               "trigger_text"),
    "event_mentions": ("article_id", "event_seq", "seq", "event_id", "start_char", "end_char", "text"),
    "relations": ("article_id", "seq", "source", "target", "sign", "weight", "kinds", "evidence"),
    "relation_statements": ("article_id", "relation_seq", "seq", "statement_id", "start_char", "end_char",
                            "text"),
}
FACT_TABLES = tuple(t for t in COLUMNS if t != "articles")


def content_hash(text: str) -> str:
    """sha256 of the text (UTF-8), hex: two articles with the same text are the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analysis_rows(analysis: Analysis, run_id: str) -> dict[str, list[Row]]:
    """One row per fact, keyed by table name."""
    aid = analysis.article.id
    rows: dict[str, list[Row]] = {"articles": [_article_row(analysis, run_id)]}
    rows["actors"] = [(aid, i, a.id, a.name, a.kind, a.country, a.sector, list(a.roles),
                       list(a.affiliations)) for i, a in enumerate(analysis.actors)]
    rows["mentions"] = [(aid, i, j, m.actor_id, m.start, m.end, m.text, m.sector, m.role)
                        for i, a in enumerate(analysis.actors) for j, m in enumerate(a.mentions)]
    rows["quotes"] = [_quote_row(aid, i, q) for i, q in enumerate(analysis.quotes)]
    rows["events"] = [_event_row(aid, i, e) for i, e in enumerate(analysis.events)]
    rows["event_mentions"] = [(aid, i, j, e.id, s.start, s.end, s.text)
                              for i, e in enumerate(analysis.events) for j, s in enumerate(e.mentions)]
    rows["relations"] = [(aid, i, r.source, r.target, r.sign, r.weight, list(r.kinds), list(r.evidence))
                         for i, r in enumerate(analysis.relations)]
    rows["relation_statements"] = [(aid, i, j, st.id, st.start, st.end, st.text)
                                   for i, r in enumerate(analysis.relations) for j, st in enumerate(r.statements)]
    return rows


def _article_row(analysis: Analysis, run_id: str) -> Row:
    a = analysis.article
    return (a.id, content_hash(a.text), a.title, a.url, a.source, a.published, a.language, a.origin,
            a.text, json.dumps(_system_json(analysis.system)), run_id)


def _quote_row(aid: str, seq: int, q: Quote) -> Row:
    sp = q.speaker_span
    return (aid, seq, q.id, q.text, q.start, q.end, q.kind, q.speaker, q.speaker_text,
            sp and sp.start, sp and sp.end, sp and sp.text, q.cue)


def _event_row(aid: str, seq: int, e: Event) -> Row:
    d, loc, trig = e.date, e.location, e.trigger
    when = (None, None, None, None) if d is None else (
        date.fromisoformat(d.start), date.fromisoformat(d.end), d.precision, d.text)
    where = (None, None, None, None) if loc is None else (loc.name, loc.country, loc.lat, loc.lon)
    return (aid, seq, e.id, e.type, e.mode, e.cameo, e.quad_class, e.goldstein, e.intensity,
            e.source, e.target, *when, *where, e.quantity, e.modality, e.reported_by,
            e.evidence.start, e.evidence.end, e.evidence.text,
            trig and trig.start, trig and trig.end, trig and trig.text)


def _system_json(s: System) -> dict[str, Any]:
    return {"triads": [[t.actors, t.signs, t.balanced, t.pattern, t.pivot, t.positions] for t in s.triads],
            "blocs": s.blocs, "triad_counts": s.triad_counts, "triangle_index": s.triangle_index,
            "frustration": s.frustration, "frustration_method": s.frustration_method}


def _system_from_json(x: Mapping[str, Any]) -> System:
    triads = tuple(Triad(tuple(a), tuple(s), b, p, v, tuple((n, f) for n, f in pos))  # type: ignore[arg-type]
                   for a, s, b, p, v, pos in x["triads"])
    return System(triads=triads, blocs=tuple(tuple(b) for b in x["blocs"]),
                  triad_counts=tuple((k, n) for k, n in x["triad_counts"]),
                  triangle_index=x["triangle_index"], frustration=x["frustration"],
                  frustration_method=x["frustration_method"])


def analysis_from_rows(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> Analysis:
    """The Analysis that ``rows`` (dicts keyed by column, each table sorted by seq) describe."""
    (art,) = rows["articles"]
    article = Article(id=art["article_id"], text=art["text"], title=art["title"], url=art["url"],
                      source=art["source"], published=art["published"], language=art["language"],
                      origin=art["origin"])
    mentions: dict[int, list[Mention]] = defaultdict(list)
    for m in rows["mentions"]:
        mentions[m["actor_seq"]].append(Mention(m["start_char"], m["end_char"], m["text"], m["actor_id"],
                                                m["sector"], m["role"]))
    spans: dict[int, list[Span]] = defaultdict(list)
    for s in rows["event_mentions"]:
        spans[s["event_seq"]].append(Span(s["start_char"], s["end_char"], s["text"]))
    statements: dict[int, list[Statement]] = defaultdict(list)
    for s in rows["relation_statements"]:
        statements[s["relation_seq"]].append(Statement(s["statement_id"], s["start_char"], s["end_char"], s["text"]))
    return Analysis(
        article=article,
        actors=tuple(_actor(a, mentions[a["seq"]]) for a in rows["actors"]),
        quotes=tuple(_quote(q) for q in rows["quotes"]),
        events=tuple(_event(e, spans[e["seq"]]) for e in rows["events"]),
        relations=tuple(Relation(r["source"], r["target"], r["sign"], r["weight"], tuple(r["kinds"]),
                                 tuple(r["evidence"]), tuple(statements[r["seq"]])) for r in rows["relations"]),
        system=_system_from_json(json.loads(art["system"])),
    )


def _actor(a: Mapping[str, Any], mentions: list[Mention]) -> Actor:
    return Actor(a["actor_id"], a["name"], a["kind"], a["country"], a["sector"], tuple(a["roles"]),
                 tuple(a["affiliations"]), tuple(mentions))


def _quote(q: Mapping[str, Any]) -> Quote:
    span = None if q["speaker_start"] is None else Span(q["speaker_start"], q["speaker_end"],
                                                        q["speaker_span_text"])
    return Quote(q["quote_id"], q["text"], q["start_char"], q["end_char"], q["kind"], q["speaker"],
                 q["speaker_text"], span, q["cue"])


def _optional_span(start: int | None, end: int | None, text: str | None) -> Span | None:
    return None if start is None else Span(start, end, text)  # type: ignore[arg-type]


def _event(e: Mapping[str, Any], mentions: list[Span]) -> Event:
    when = None if e["date_precision"] is None else EventDate(
        e["date_start"].isoformat(), e["date_end"].isoformat(), e["date_precision"], e["date_text"])
    where = None if e["location_name"] is None else Location(
        e["location_name"], e["location_country"], e["lat"], e["lon"])
    return Event(
        id=e["event_id"], type=e["type"], mode=e["mode"], cameo=e["cameo"], quad_class=e["quad_class"],
        goldstein=e["goldstein"], intensity=e["intensity"], source=e["source"], target=e["target"],
        date=when, location=where, quantity=e["quantity"], modality=e["modality"],
        reported_by=e["reported_by"],
        evidence=Span(e["evidence_start"], e["evidence_end"], e["evidence_text"]),
        trigger=_optional_span(e["trigger_start"], e["trigger_end"], e["trigger_text"]),
        mentions=tuple(mentions),
    )
