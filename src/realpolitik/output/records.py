"""Records <-> the analysis record of SPEC.md (``schema: realpolitik.analysis/1``).

``to_record`` is the one place the public JSON shape is written; ``from_record``
reads it back (for `whatif`, the store and tests), so the two must stay inverse.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from realpolitik.model import (
    SCHEMA,
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Failure,
    Location,
    Mention,
    Quote,
    Relation,
    Span,
    Statement,
    System,
    Triad,
)


def to_record(analysis: Analysis) -> dict[str, Any]:
    """The SPEC.md record of one analysis."""
    return {
        "schema": SCHEMA,
        "article": article_record(analysis.article),
        "actors": [actor_record(a) for a in analysis.actors],
        "quotes": [quote_record(q) for q in analysis.quotes],
        "events": [event_record(e) for e in analysis.events],
        "relations": [relation_record(r) for r in analysis.relations],
        "system": system_record(analysis.system),
    }


def failure_record(failure: Failure) -> dict[str, Any]:
    """What stands in for a record that could not be analysed."""
    return {"article": {"id": failure.article_id, "origin": failure.origin}, "error": failure.error}


def article_record(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "url": a.url, "source": a.source,
            "published": a.published.isoformat() if a.published else None, "language": a.language}


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _mention(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text}
    if m.sector:
        out["sector"] = m.sector
    if m.role:
        out["role"] = m.role
    return out


def actor_record(a: Actor) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
            "roles": list(a.roles), "affiliations": list(a.affiliations),
            "mentions": [_mention(m) for m in a.mentions]}


def quote_record(q: Quote) -> dict[str, Any]:
    sp = None if q.speaker_span is None else {"start": q.speaker_span.start, "end": q.speaker_span.end}
    return {"id": q.id, "text": q.text, "start": q.start, "end": q.end, "kind": q.kind,
            "speaker": q.speaker, "speaker_text": q.speaker_text, "speaker_span": sp, "cue": q.cue}


def event_record(e: Event) -> dict[str, Any]:
    d = e.date
    loc = e.location
    return {
        "id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo, "quad_class": e.quad_class,
        "goldstein": e.goldstein, "intensity": e.intensity, "source": e.source, "target": e.target,
        "date": None if d is None else {"start": d.start, "end": d.end, "precision": d.precision, "text": d.text},
        "location": None if loc is None else {"name": loc.name, "country": loc.country,
                                               "lat": loc.lat, "lon": loc.lon},
        "quantity": e.quantity, "modality": e.modality, "reported_by": e.reported_by,
        "evidence": _span(e.evidence), "trigger": _span(e.trigger),
        "mentions": [_span(m) for m in e.mentions],
    }


def relation_record(r: Relation) -> dict[str, Any]:
    return {"source": r.source, "target": r.target, "sign": r.sign, "weight": r.weight,
            "kinds": list(r.kinds), "evidence": list(r.evidence),
            "statements": [{"id": s.id, "start": s.start, "end": s.end, "text": s.text} for s in r.statements]}


def _relation(r: dict[str, Any]) -> Relation:
    statements = tuple(Statement(s["id"], int(s["start"]), int(s["end"]), s["text"])
                       for s in r.get("statements") or ())
    return Relation(r["source"], r["target"], int(r["sign"]), float(r["weight"]),
                    tuple(r.get("kinds") or ()), tuple(r.get("evidence") or ()), statements)


def system_record(s: System) -> dict[str, Any]:
    return {
        "triads": [{"actors": list(t.actors), "signs": list(t.signs), "balanced": t.balanced,
                    "pattern": t.pattern, "pivot": t.pivot, "positions": dict(t.positions)}
                   for t in s.triads],
        "blocs": [list(b) for b in s.blocs],
        "triad_counts": dict(s.triad_counts),
        "triangle_index": s.triangle_index,
        "frustration": s.frustration,
        "frustration_method": s.frustration_method,
    }


def dumps(record: dict[str, Any], *, indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


@lru_cache(maxsize=1)
def analysis_schema() -> dict[str, Any]:
    """The JSON Schema of the analysis record, shipped in the package."""
    text = resources.files("realpolitik").joinpath("schema/analysis.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    cls = jsonschema.validators.validator_for(analysis_schema())
    cls.check_schema(analysis_schema())
    return cls(analysis_schema())


def validate_record(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``record`` does not follow SPEC.md."""
    error = next(iter(_validator().iter_errors(record)), None)
    if error is not None:
        raise error


# Reading records back --------------------------------------------------------------


def from_record(record: dict[str, Any], text: str = "") -> Analysis:
    """The Analysis of a SPEC.md record. ``text`` is the article text when known
    (records do not carry it)."""
    a = record["article"]
    article = Article(id=a["id"], text=text, title=a.get("title"), url=a.get("url"), source=a.get("source"),
                      published=date.fromisoformat(a["published"]) if a.get("published") else None,
                      language=a.get("language") or "en")
    return Analysis(
        article=article,
        actors=tuple(_actor(x) for x in record.get("actors") or ()),
        quotes=tuple(_quote(x) for x in record.get("quotes") or ()),
        events=tuple(_event(x) for x in record.get("events") or ()),
        relations=tuple(_relation(r) for r in record.get("relations") or ()),
        system=_system(record.get("system") or {}),
    )


def _to_span(x: dict[str, Any] | None) -> Span | None:
    return None if x is None else Span(x["start"], x["end"], x.get("text", ""))


def _actor(x: dict[str, Any]) -> Actor:
    aid = x["id"]
    mentions = tuple(Mention(m["start"], m["end"], m.get("text", ""), aid, m.get("sector"), m.get("role"))
                     for m in x.get("mentions") or ())
    return Actor(aid, x.get("name") or aid, x.get("kind") or "group", x.get("country"), x.get("sector"),
                 tuple(x.get("roles") or ()), tuple(x.get("affiliations") or ()), mentions)


def _quote(x: dict[str, Any]) -> Quote:
    sp = x.get("speaker_span")
    span = None if sp is None else Span(sp["start"], sp["end"], x.get("speaker_text") or "")
    return Quote(x["id"], x["text"], x["start"], x["end"], x["kind"], x.get("speaker"),
                 x.get("speaker_text"), span, x.get("cue"))


def _event(x: dict[str, Any]) -> Event:
    d, loc = x.get("date"), x.get("location")
    return Event(
        id=x["id"], type=x["type"], evidence=_to_span(x["evidence"]) or Span(0, 0, ""), mode=x.get("mode"),
        cameo=x.get("cameo"), quad_class=x.get("quad_class"), goldstein=x.get("goldstein"),
        intensity=x.get("intensity"), source=x.get("source"), target=x.get("target"),
        date=None if d is None else EventDate(d["start"], d["end"], d["precision"], d.get("text")),
        location=None if loc is None else Location(loc["name"], loc.get("country"), loc.get("lat"), loc.get("lon")),
        quantity=x.get("quantity"), modality=x.get("modality") or "asserted", reported_by=x.get("reported_by"),
        trigger=_to_span(x.get("trigger")), mentions=tuple(_to_span(m) for m in x.get("mentions") or ()),
    )


def _system(x: dict[str, Any]) -> System:
    triads = tuple(Triad(tuple(t["actors"]), tuple(t["signs"]), bool(t["balanced"]), t.get("pattern"),
                         t.get("pivot"), tuple((t.get("positions") or {}).items()))
                   for t in x.get("triads") or ())
    counts = x.get("triad_counts") or {"+++": 0, "++-": 0, "+--": 0, "---": 0}
    return System(triads=triads, blocs=tuple(tuple(b) for b in x.get("blocs") or ()),
                  triad_counts=tuple(counts.items()), triangle_index=x.get("triangle_index"),
                  frustration=x.get("frustration"), frustration_method=x.get("frustration_method"))
