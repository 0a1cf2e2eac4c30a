"""A readable terminal report of one analysis (rich). Every section says so when it is empty."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from realpolitik.model import Analysis, Event

SIGN = {1: "[green]+[/green]", -1: "[red]−[/red]", 0: "[yellow]0[/yellow]"}


def render_report(analysis: Analysis, *, color: bool = False, width: int = 120) -> str:
    """The report as text; ANSI colours only when ``color``."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width)
    for part in (_header(analysis), _actors(analysis), _quotes(analysis), _events(analysis),
                 _relations(analysis), _system(analysis)):
        console.print(part)
    return buffer.getvalue()


def _empty(message: str) -> Text:
    return Text(message, style="italic dim")


def _section(title: str, body) -> Panel:
    return Panel(body, title=f"[bold]{title}[/bold]", title_align="left", expand=True)


def _header(a: Analysis) -> Panel:
    art = a.article
    lines = [f"[bold]{art.title or art.origin}[/bold]",
             f"id {art.id}   published {art.published or 'unknown'}   source {art.source or 'unknown'}",
             f"{len(art.text.split()):,} words · {len(a.actors)} actors · {len(a.quotes)} quotes · "
             f"{len(a.events)} events · {len(a.relations)} relations"]
    return Panel("\n".join(lines), title="[bold]realpolitik[/bold]", title_align="left")


def _actors(a: Analysis) -> Panel:
    if not a.actors:
        return _section("Actors", _empty("No actors recognised."))
    table = Table(expand=True, show_lines=False)
    for col in ("id", "name", "kind", "country", "sector", "described as", "mentions"):
        table.add_column(col, overflow="fold")
    ranked = sorted(a.actors, key=lambda x: (-len(x.mentions), x.id))
    for actor in ranked:
        described = "; ".join([*actor.roles, *actor.affiliations])
        table.add_row(actor.id, actor.name, actor.kind, actor.country or "", actor.sector or "",
                      described, str(len(actor.mentions)))
    return _section("Actors", table)


def _name(a: Analysis, actor_id: str | None) -> str:
    if actor_id is None:
        return "—"
    actor = next((x for x in a.actors if x.id == actor_id), None)
    return actor.name if actor else actor_id


def _quotes(a: Analysis) -> Panel:
    if not a.quotes:
        return _section("Quotes", _empty("No quotes found."))
    table = Table(expand=True)
    for col, ratio in (("speaker", 2), ("kind", 1), ("cue", 1), ("words", 6)):
        table.add_column(col, ratio=ratio, overflow="fold")
    for q in a.quotes:
        speaker = _name(a, q.speaker) if q.speaker else f"[dim]{q.speaker_text or 'unattributed'}[/dim]"
        table.add_row(speaker, q.kind, q.cue or "", _clip(q.text, 300))
    return _section("Quotes", table)


def _when(e: Event) -> str:
    if e.date is None:
        return "undated"
    d = e.date
    span = d.start if d.start == d.end else f"{d.start}…{d.end}"
    return f"{span} ({d.precision})"


def _events(a: Analysis) -> Panel:
    if not a.events:
        return _section("Events (timeline)", _empty("No events found."))
    table = Table(expand=True)
    for col, ratio in (("when", 4), ("event", 4), ("CAMEO", 3), ("Goldstein", 4), ("who → whom", 5),
                       ("how sure", 4), ("where / how many", 4), ("evidence", 9)):
        table.add_column(col, overflow="fold", ratio=ratio)
    for e in sorted(a.events, key=lambda e: (e.date.start if e.date else "9999", e.id)):
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        sure = e.modality + (f" by {_name(a, e.reported_by)}" if e.reported_by else "")
        where = ", ".join(x for x in (e.location.name if e.location else "",
                                      f"{e.quantity:,}" if e.quantity else "") if x)
        goldstein = "" if e.goldstein is None else f"{e.goldstein:+.1f}"
        table.add_row(_when(e), kind, e.cameo or "", goldstein,
                      f"{_name(a, e.source)} → {_name(a, e.target)}", sure, where, _clip(e.evidence.text, 140))
    return _section("Events (timeline)", table)


def _relations(a: Analysis) -> Panel:
    if not a.relations:
        return _section("Relations", _empty("No signed relations found."))
    table = Table(expand=True)
    for col in ("pair", "sign", "weight", "kinds", "evidence"):
        table.add_column(col, overflow="fold")
    for r in sorted(a.relations, key=lambda r: (-r.weight, r.source, r.target)):
        table.add_row(f"{_name(a, r.source)} — {_name(a, r.target)}", SIGN.get(r.sign, str(r.sign)),
                      f"{r.weight:.2f}", ", ".join(r.kinds), ", ".join(r.evidence))
    return _section("Relations", table)


def _system(a: Analysis) -> Panel:
    s = a.system
    if not s.triads and not s.blocs:
        return _section("System", _empty("No closed triangles or blocs: too few signed relations."))
    parts: list = []
    if s.triads:
        table = Table(expand=True, title="Triangles")
        for col in ("actors", "signs", "balanced", "pattern", "pivot"):
            table.add_column(col)
        for t in s.triads:
            signs = " ".join(SIGN.get(x, str(x)) for x in t.signs)
            table.add_row(" · ".join(t.actors), signs, "yes" if t.balanced else "[red]no[/red]",
                          t.pattern or "", t.pivot or "")
        parts.append(table)
    else:
        parts.append(_empty("No closed triangles."))
    blocs = "   ".join("{" + ", ".join(b) + "}" for b in s.blocs) or "none"
    counts = "  ".join(f"{k}: {v}" for k, v in s.triad_counts)
    index = "n/a" if s.triangle_index is None else f"{s.triangle_index:.2f}"
    frustration = "n/a" if s.frustration is None else f"{s.frustration} ({s.frustration_method})"
    parts.append(Text.from_markup(f"[bold]Blocs[/bold] {blocs}\n[bold]Triads[/bold] {counts}   "
                                  f"[bold]triangle index[/bold] {index}   [bold]frustration[/bold] {frustration}"))
    return _section("System", Group(*parts))


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
