"""Score an analysis against a gold file: what a careful analyst reads out of an article.

The gold format (see examples/*/gold.yaml) lists the surface forms that must be
linked to an actor, the people with their roles, the attributed statements (each
located by an exact substring of the article), the events, the signed relations
and the system's triads and blocs. People are matched by name, case and accents
ignored; a body of a state (kind other than person, with that country) speaks for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from realpolitik.errors import InputError
from realpolitik.model import Actor, Analysis, Event, Quote


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().replace("’", "'").split())


def _as_list(value: Any) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _ratio(hit: int, total: int) -> float:
    return round(hit / total, 3) if total else 1.0


@dataclass(frozen=True, slots=True)
class Gold:
    path: Path
    data: dict[str, Any]
    text: str

    def span(self, needle: str) -> tuple[int, int]:
        start = self.text.find(needle)
        if start < 0:
            raise InputError(str(self.path), f"gold substring not in the article: {needle!r}")
        return start, start + len(needle)

    def people(self) -> dict[str, dict[str, Any]]:
        return {p["name"]: p for p in self.data.get("people", [])}


def load_gold(path: str | Path) -> Gold:
    """The gold file and the text of the article it describes (``article.file``, beside it)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from None
    text = (path.parent / data["article"]["file"]).read_text(encoding="utf-8")
    return Gold(path, data, text)


class _Matcher:
    def __init__(self, analysis: Analysis, people: dict[str, dict[str, Any]]):
        self.actors = {a.id: a for a in analysis.actors}
        self.people = people

    def stands_for(self, actor_id: str | None, want: str) -> bool:
        """Does ``actor_id`` stand for ``want`` (an actor code or a gold person's name)?"""
        if actor_id is None:
            return False
        actor = self.actors.get(actor_id) or Actor(actor_id, actor_id, "group")
        if want in self.people:
            names = {_norm(want)} | {_norm(x) for x in self.people[want].get("aliases", []) if " " in x}
            return actor.kind == "person" and _norm(actor.name) in names
        return actor_id == want or (actor.kind != "person" and actor.country == want)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_mentions(gold: Gold, analysis: Analysis) -> dict[str, float]:
    actors = {a.id: a for a in analysis.actors}
    wanted = gold.data.get("mentions", [])
    hit = sum(1 for m in wanted if m["actor"] in actors
              and any(_norm(m["text"]) in _norm(x.text) for x in actors[m["actor"]].mentions))
    return {"mentions.linked": _ratio(hit, len(wanted))}


def score_people(gold: Gold, analysis: Analysis) -> dict[str, float]:
    found = described = 0
    people = gold.data.get("people", [])
    for person in people:
        names = {_norm(person["name"])} | {_norm(x) for x in person.get("aliases", []) if " " in x}
        match = next((a for a in analysis.actors if a.kind == "person" and _norm(a.name) in names), None)
        if match is None:
            continue
        found += 1
        described += all(_described(person.get(key), values)
                         for key, values in (("role", match.roles), ("affiliation", match.affiliations)))
    return {"people.found": _ratio(found, len(people)), "people.described": _ratio(described, len(people))}


def _described(want: str | None, have: tuple[str, ...]) -> bool:
    return not want or any(_norm(want) in _norm(h) or _norm(h) in _norm(want) for h in have if h)


def score_quotes(gold: Gold, analysis: Analysis) -> dict[str, float]:
    """A gold quote is found when an unused prediction covers half of it; attributed when its speaker is right."""
    match = _Matcher(analysis, gold.people())
    wanted = gold.data.get("quotes", [])
    used: set[str] = set()
    found = attributed = 0
    for q in wanted:
        g = gold.span(q["contains"])
        best = _best_quote(g, analysis.quotes, used)
        if best is None:
            continue
        used.add(best.id)
        found += 1
        attributed += match.stands_for(best.speaker, q["speaker"]) if q["speaker"] != "anonymous" else (
            best.speaker is not None and not any(match.stands_for(best.speaker, p) for p in gold.people()))
    neutral = [gold.span(q["contains"]) for q in wanted] + [gold.span(x) for x in gold.data.get("optional_quotes", [])]
    claimed = [p for p in analysis.quotes if p.speaker]
    right = sum(1 for p in claimed if any(_overlap(n, (p.start, p.end)) for n in neutral))
    precision = _ratio(right, len(claimed)) if claimed else 0.0
    recall = _ratio(attributed, len(wanted))
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    return {"quotes.found": _ratio(found, len(wanted)), "quotes.attributed": recall,
            "quotes.precision": precision, "quotes.f1": f1}


def _best_quote(g: tuple[int, int], quotes: tuple[Quote, ...], used: set[str]) -> Quote | None:
    covering = [(q, _overlap(g, (q.start, q.end))) for q in quotes if q.id not in used]
    covering = [(q, ov) for q, ov in covering if ov * 2 >= g[1] - g[0]]
    return max(covering, key=lambda x: x[1])[0] if covering else None


def _event_matches(g: dict[str, Any], e: Event, stands_for: Callable[[str | None, str], bool]) -> bool:
    type_ok = e.type in _as_list(g.get("type")) or (e.cameo or "")[:2] in _as_list(g.get("cameo"))
    pairs = [(g.get("source"), g.get("target"))]
    if g.get("symmetric"):
        pairs.append((g.get("target"), g.get("source")))
    return type_ok and any((s is None or stands_for(e.source, s)) and (t is None or stands_for(e.target, t))
                           for s, t in pairs)


def score_events(gold: Gold, analysis: Analysis) -> dict[str, Any]:
    match = _Matcher(analysis, {})
    wanted = gold.data.get("events", [])
    used: set[str] = set()
    hit = dated_ok = 0
    missed = []
    for g in wanted:
        e = next((e for e in analysis.events if e.id not in used and _event_matches(g, e, match.stands_for)), None)
        if e is None:
            missed.append(g["id"])
            continue
        used.add(e.id)
        hit += 1
        if g.get("date") and e.date:
            dated_ok += str(g["date"]["start"]) <= e.date.start and e.date.end <= str(g["date"]["end"])
    dated = sum(1 for g in wanted if g.get("date"))
    return {"events.recall": _ratio(hit, len(wanted)), "events.dates": _ratio(dated_ok, dated),
            "events.missed": ",".join(missed) or "-"}


def score_relations(gold: Gold, analysis: Analysis) -> dict[str, float]:
    signs = {frozenset((r.source, r.target)): r.sign for r in analysis.relations}
    wanted = gold.data.get("relations", [])
    ok = sum(1 for g in wanted if signs.get(frozenset(g["pair"])) in _as_list(g["sign"]))
    return {"relations.signs": _ratio(ok, len(wanted))}


def score_system(gold: Gold, analysis: Analysis) -> dict[str, float]:
    triads = {frozenset(t.actors): t for t in analysis.system.triads}
    wanted = gold.data.get("system", {}).get("triads", [])
    ok = 0
    for g in wanted:
        t = triads.get(frozenset(g["actors"]))
        ok += t is not None and t.balanced == g["balanced"] and g.get("pattern", t.pattern) == t.pattern
    blocs = [set(b) for b in analysis.system.blocs]
    homes = [next((i for i, b in enumerate(blocs) if set(g) <= b), None)
             for g in gold.data.get("system", {}).get("blocs", [])]
    blocs_ok = all(h is not None for h in homes) and len(set(homes)) == len(homes)
    return {"system.triads": _ratio(ok, len(wanted)), "system.blocs": 1.0 if blocs_ok else 0.0}


def evaluate(gold: Gold, analysis: Analysis) -> dict[str, Any]:
    """Every figure, by part: mentions, people, quotes, events, relations, system."""
    figures: dict[str, Any] = {}
    for part in (score_mentions, score_people, score_quotes, score_events, score_relations, score_system):
        figures.update(part(gold, analysis))
    return figures


# -- sentence-level event sets ------------------------------------------------------------------------

UNKNOWN_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class SentenceGold:
    """One hand-coded sentence: ``events`` hold a PLOVER ``type`` and ``sources``/``targets``,
    lists of actor codes whose first three letters are a country (ISO3), "IGO", or "---" for an
    actor whose country is unknown. No events: nothing happened."""

    id: str
    text: str
    published: str | None
    events: tuple[dict[str, Any], ...]


def load_sentences(path: str | Path) -> list[SentenceGold]:
    """A JSONL file of hand-coded sentences (``id``, ``text``, ``published``, ``events``)."""
    import json

    path = Path(path)
    rows: list[SentenceGold] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read sentence file: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append(SentenceGold(str(row["id"]), row["text"], row.get("published"), tuple(row["events"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}", f"not a sentence record: {exc}") from None
    return rows


def country_code(actor_id: str | None, analysis: Analysis) -> str | None:
    """The code an event coder compares: a state's ISO3, "IGO" for an international body, else the
    actor's country."""
    if actor_id is None:
        return None
    actor = next((a for a in analysis.actors if a.id == actor_id), None)
    if actor is not None and actor.kind == "igo":
        return "IGO"
    if actor is None or actor.kind == "state":
        return actor_id if len(actor_id) == 3 and actor_id.isupper() else None
    return actor.country


def _codes_fit(wanted: list[str], actor_id: str | None, analysis: Analysis) -> bool:
    codes = {code[:3] for code in wanted or []}
    if not codes:
        return True
    if UNKNOWN_COUNTRY in codes and actor_id is not None:
        return True
    return country_code(actor_id, analysis) in codes


def _triple_fits(g: dict[str, Any], e: Event, analysis: Analysis) -> bool:
    return e.type == g["type"] and _codes_fit(g.get("sources"), e.source, analysis) \
        and _codes_fit(g.get("targets"), e.target, analysis)


def score_sentences(gold: list[SentenceGold], analyses: dict[str, Analysis]) -> dict[str, Any]:
    """Who did what to whom, sentence by sentence. ``types``: share of gold events whose type a
    predicted event has; ``triples``: whose type, source and target country one has; ``precision``:
    share of predicted events that match a gold triple; ``quiet_kept_quiet``: share of sentences
    with no event that got none. Negated events are predictions of nothing."""
    n_gold = typed = tripled = n_pred = right = quiet = kept = 0
    for record in gold:
        analysis = analyses.get(record.id)
        events = [e for e in analysis.events if e.modality != "negated"] if analysis else []
        if not record.events:
            quiet += 1
            kept += not events
        for g in record.events:
            n_gold += 1
            typed += any(e.type == g["type"] for e in events)
            tripled += any(_triple_fits(g, e, analysis) for e in events)
        n_pred += len(events)
        right += sum(any(_triple_fits(g, e, analysis) for g in record.events) for e in events)
    precision, recall = _ratio(right, n_pred), _ratio(tripled, n_gold)
    return {
        "sentences": len(gold),
        "gold.events": n_gold,
        "events.types": _ratio(typed, n_gold),
        "events.triples": recall,
        "events.precision": precision,
        "events.f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "events.quiet_kept_quiet": _ratio(kept, quiet),
    }
