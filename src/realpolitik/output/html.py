"""The HTML report: one self-contained page for one analysis.

``render_html(analysis)`` returns a complete HTML document with its CSS, script
and drawings inline, so it opens from disk with no network access (a content
security policy forbids any fetch). Sections: summary, the signed network with
its blocs and the relations behind it, the strategic triangles, the event
timeline, the quotes, the actors, and the article text with the words behind
every fact highlighted.

Cross-links are plain anchors and work without the script: each quote, event
and actor links to its span in the text (``#t-quote-0``) and each highlighted
quote or event ends in a small reference back to its card (``#quote-0``). The
script only adds smooth scrolling and a flash, lets a click on any highlight go
to its card, and sets ``<body data-wired="N">`` once it has wired N elements.

Offsets are code-point offsets into ``article.text``. Spans that overlap without
nesting are split into pieces that do nest; every piece carries ``data-f`` (the
id of the card it belongs to) and the first piece of a fact's main span carries
the anchor. Spans outside the text or empty are left out of the highlighting.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from html import escape
from importlib import resources
from string import Template
from urllib.parse import urlsplit

from realpolitik import __version__
from realpolitik.model import SCHEMA, Actor, Analysis, Event, Quote, Triad
from realpolitik.output.drawing import Node, bloc_colour, network_svg, triangle_svg

PATTERN_NAMES = {
    "menage-a-trois": "m\u00e9nage \u00e0 trois",
    "romantic-triangle": "romantic triangle",
    "stable-marriage": "stable marriage",
    "unit-veto": "unit veto",
}
SIGNS = {1: "+", -1: "\u2212", 0: "0"}
SNIPPET = 160
DASH, NDASH, ARROW, DOT, DOWN = "\u2014", "\u2013", "\u2192", " \u00b7 ", "\u2193"


@functools.cache
def _asset(name: str) -> str:
    return resources.files("realpolitik.output").joinpath("templates", name).read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class _Index:
    """Lookups shared by the sections.

    ``facts`` maps a quote or event id to the DOM id of its card (the first one,
    should ids repeat); ``rows`` does the same for actor ids. Cards themselves are
    numbered by position (``event-0``, ``quote-0``, ``actor-0``), so DOM ids never clash.
    """

    actors: dict[str, Actor]
    bloc: dict[str, int]
    facts: dict[str, str]
    rows: dict[str, str]

    def name(self, actor_id: str | None) -> str:
        if actor_id is None:
            return "\u2014"
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def colour(self, actor_id: str) -> str:
        return bloc_colour(self.bloc.get(actor_id))


def _index(a: Analysis) -> _Index:
    facts: dict[str, str] = {}
    for prefix, records in (("event", a.events), ("quote", a.quotes)):
        for i, fact in enumerate(records):
            facts.setdefault(fact.id, f"{prefix}-{i}")
    for i, statement in enumerate(_statements(a)):
        # a statement has no card of its own: its evidence link goes to its words in the text
        facts.setdefault(statement.id, f"t-statement-{i}")
    rows = {actor.id: f"actor-{i}" for i, actor in reversed(list(enumerate(a.actors)))}
    bloc = {member: b for b, members in enumerate(a.system.blocs) for member in members}
    actors = {actor.id: actor for actor in reversed(a.actors)}
    return _Index(actors, bloc, facts, rows)


def _title(article) -> str:
    """The article's title, else the file it came from."""
    return article.title or (article.origin if article.origin not in ("", "-") else "Untitled article")


def _statements(a: Analysis) -> list:
    """The relation statements of the article, once each, in text order."""
    seen = {st.id: st for r in a.relations for st in r.statements}
    return sorted(seen.values(), key=lambda st: (st.start, st.id))


def render_html(analysis: Analysis) -> str:
    """The report for ``analysis`` as one complete, self-contained HTML document."""
    index = _index(analysis)
    article = analysis.article
    facts = "\n".join((_summary(analysis), _network(analysis, index), _triangles(analysis, index),
                       _timeline(analysis, index), _quotes(analysis, index), _actors(analysis, index)))
    return Template(_asset("report.html")).substitute(
        lang=escape(article.language or "en"),
        title=escape(_title(article)),
        version=escape(__version__),
        css=_asset("report.css"),
        js=_asset("report.js"),
        header=_header(analysis),
        facts=facts,
        article=_article(analysis, index),
    )


# ---- header and summary ----------------------------------------------------------------------

def _header(a: Analysis) -> str:
    art = a.article
    meta = [f"source: {escape(art.source or 'unknown')}",
            f"published: {escape(art.published.isoformat() if art.published else 'unknown')}"]
    if art.url:
        meta.append(_link_if_web(art.url))
    meta.append(f'<span class="muted">id {escape(art.id[:16])} \u00b7 {escape(SCHEMA)}</span>')
    return (f"<h1>{escape(_title(art))}</h1>"
            f'<p class="meta">{DOT.join(meta)}</p>')


def _link_if_web(url: str) -> str:
    """A link to the original article, only for http(s): a ``javascript:`` URL stays text."""
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">original article</a>'
    return f"url: {escape(url)}"


def _summary(a: Analysis) -> str:
    s = a.system
    counts = DOT.join(f"{escape(k)} {v}" for k, v in s.triad_counts)
    method = escape(s.frustration_method or "method unknown")
    frustration = DASH if s.frustration is None else str(s.frustration)
    index = DASH if s.triangle_index is None else f"{s.triangle_index:.2f}"
    stats = [("actors", len(a.actors)), ("quotes", len(a.quotes)), ("events", len(a.events)),
             ("relations", len(a.relations)), ("closed triads", len(s.triads)), ("blocs", len(s.blocs)),
             ("triangle index", index), (f"frustration ({method})", frustration)]
    cells = "".join(f"<div><dt>{escape(k)}</dt><dd>{v}</dd></div>" for k, v in stats)
    return (f'<section id="summary"><h2>Summary</h2><dl class="stats">{cells}</dl>'
            f'<p class="muted">Triads by signs: {counts}</p></section>')


# ---- network and relations ---------------------------------------------------------------------

def _network(a: Analysis, index: _Index) -> str:
    nodes = _nodes(a, index)
    if not nodes:
        body = '<p class="empty">No relations between actors were found in this article.</p>'
    else:
        hrefs = [f"relation-{i}" for i in range(len(a.relations))]
        body = network_svg(nodes, a.relations, hrefs) + _legend(a, index)
    return (f'<section id="network"><h2>Signed network</h2>{body}'
            f"{_relations(a, index)}</section>")


def _nodes(a: Analysis, index: _Index) -> list[Node]:
    order = [member for members in a.system.blocs for member in members]
    order += [end for r in a.relations for end in (r.source, r.target)]
    unique = list(dict.fromkeys(order))
    return [Node(i, index.name(i), index.colour(i), index.bloc.get(i), index.rows.get(i, "actors"))
            for i in unique]


def _legend(a: Analysis, index: _Index) -> str:
    edges = ('<span class="key"><svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" '
             'stroke="#1a9850" stroke-width="3"/></svg> cooperative (+)</span>'
             '<span class="key"><svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" '
             'stroke="#d73027" stroke-width="3" stroke-dasharray="9 6"/></svg> hostile (\u2212)</span>'
             '<span class="key"><svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" '
             'stroke="#8c8c8c" stroke-width="3"/></svg> mixed (0)</span>'
             '<span class="key muted">width: weight</span>')
    blocs = [f'<li><span class="swatch" style="background:{bloc_colour(b)}"></span>Bloc {b + 1}: '
             f"{escape(', '.join(index.name(m) for m in members))}</li>"
             for b, members in enumerate(a.system.blocs)]
    if not blocs:
        return f'<div class="legend">{edges}</div><p class="empty">No blocs were found.</p>'
    bloc_list = f'<ul class="blocs">{"".join(blocs)}</ul>'
    return f'<div class="legend">{edges}</div>{bloc_list}'


def _relations(a: Analysis, index: _Index) -> str:
    if not a.relations:
        return ""
    rows = []
    for i, r in enumerate(a.relations):
        sign = r.sign if r.sign in SIGNS else 0
        rows.append(f'<tr id="relation-{i}"><td>{escape(index.name(r.source))} \u2013 '
                    f"{escape(index.name(r.target))}</td>"
                    f'<td class="sign s{sign:+d}">{SIGNS[sign]}</td><td>{r.weight:.2f}</td>'
                    f"<td>{escape(', '.join(r.kinds)) or DASH}</td>"
                    f"<td>{_evidence_links(r.evidence, index) or DASH}</td></tr>")
    return ('<h3>Relations</h3><table class="relations"><thead><tr><th>Pair</th><th>Sign</th>'
            "<th>Weight</th><th>Kinds</th><th>Evidence</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _evidence_links(ids: tuple[str, ...], index: _Index) -> str:
    links = [f'<a href="#{index.facts[i]}">{escape(i)}</a>' if i in index.facts else escape(i) for i in ids]
    return ", ".join(links)


# ---- strategic triangles -----------------------------------------------------------------------

def _triangles(a: Analysis, index: _Index) -> str:
    if not a.system.triads:
        body = ('<p class="empty">No closed triads: no three actors in this article are all '
                "related to one another.</p>")
    else:
        body = f'<ol class="triads">{"".join(_triad(t, index) for t in a.system.triads)}</ol>'
    return f'<section id="triangles"><h2>Strategic triangles</h2>{body}</section>'


def _triad(t: Triad, index: _Index) -> str:
    a, b, c = t.actors
    names = tuple(index.name(x) for x in t.actors)
    edges = ", ".join(f"{escape(index.name(x))}\u2013{escape(index.name(y))} "
                      f'<b class="s{s:+d}">{SIGNS.get(s, "?")}</b>'
                      for (x, y), s in zip(((a, b), (b, c), (a, c)), t.signs, strict=True))
    key = "".join({1: "+", -1: "-"}.get(s, "0") for s in sorted(t.signs, reverse=True))
    pattern = PATTERN_NAMES.get(t.pattern or "", t.pattern or "no Dittmer pattern")
    facts = [f"<dt>pattern</dt><dd>{escape(pattern)} ({escape(key)})</dd>",
             f"<dt>balance</dt><dd>{'balanced' if t.balanced else 'unbalanced'}</dd>"]
    if t.pattern == "romantic-triangle":
        facts.append(f"<dt>pivot</dt><dd>{escape(index.name(t.pivot))}</dd>")
    pariah = _pariah(t)
    if pariah:
        facts.append(f"<dt>pariah</dt><dd>{escape(index.name(pariah))}</dd>")
    if t.positions:
        scores = ", ".join(f"{escape(index.name(x))} {score:+.2f}" for x, score in t.positions)
        facts.append(f"<dt>positions</dt><dd>{scores}</dd>")
    return (f'<li class="card triad">{triangle_svg(names, t.signs)}<div>'
            f"<h3>{escape(f' {NDASH} '.join(names))}</h3><p>{edges}</p>"
            f'<dl class="facts">{"".join(facts)}</dl></div></li>')


def _pariah(t: Triad) -> str | None:
    """In a stable marriage the actor outside the one positive edge; None otherwise."""
    if t.pattern != "stable-marriage" or list(t.signs).count(1) != 1:
        return None
    a, b, c = t.actors
    pairs = ((a, b), (b, c), (a, c))
    married = set(pairs[list(t.signs).index(1)])
    return next(x for x in t.actors if x not in married)


# ---- events, quotes, actors --------------------------------------------------------------------

def _timeline(a: Analysis, index: _Index) -> str:
    if not a.events:
        return ('<section id="timeline"><h2>Event timeline</h2>'
                '<p class="empty">No events were found.</p></section>')
    rows = "".join(_event_row(e, f"event-{i}", index) for i, e in sorted(enumerate(a.events), key=_when_key))
    return ('<section id="timeline"><h2>Event timeline</h2><table class="timeline"><thead><tr>'
            "<th>When</th><th>Event</th><th>CAMEO</th><th>Goldstein</th><th>Who \u2192 whom</th>"
            f"<th>Modality</th><th>Text</th></tr></thead><tbody>{rows}</tbody></table></section>")


def _when_key(item: tuple[int, Event]) -> tuple[bool, str, int]:
    """Dated events first, by start date; then undated ones; ties in text order."""
    e = item[1]
    return (e.date is None, e.date.start if e.date else "", e.evidence.start)


def _event_row(e: Event, dom: str, index: _Index) -> str:
    kind = escape(e.type) + (f' <span class="muted">{escape(e.mode)}</span>' if e.mode else "")
    modality = escape(e.modality) + (f" by {escape(index.name(e.reported_by))}" if e.reported_by else "")
    extra = [f"at {escape(e.location.name)}"] if e.location else []
    extra += [f"quantity {e.quantity:,}"] if e.quantity is not None else []
    where = f'<br><span class="muted">{DOT.join(extra)}</span>' if extra else ""
    return (f'<tr id="{dom}" class="fact"><td class="when">{_when(e)}</td>'
            f'<td><span class="fact-id">{escape(e.id)}</span> {kind}{where}</td>'
            f"<td>{escape(e.cameo or DASH)}</td><td>{_goldstein(e.goldstein)}</td>"
            f"<td>{escape(index.name(e.source))} \u2192 {escape(index.name(e.target))}</td>"
            f"<td>{modality}</td><td>{_snippet(e.evidence.text)} {_to_text(dom)}</td></tr>")


def _when(e: Event) -> str:
    if e.date is None:
        return '<span class="muted">date unknown</span>'
    d = e.date
    span = escape(d.start) if d.start == d.end else f"{escape(d.start)} {NDASH}<br>{escape(d.end)}"
    note = "publication date" if d.precision == "article" else d.precision
    said = f"<br><q>{escape(d.text)}</q>" if d.text else ""
    return f'{span}<br><span class="muted">{escape(note)}</span>{said}'


def _goldstein(score: float | None) -> str:
    if score is None:
        return "\u2014"
    share = min(abs(score), 10.0) * 5  # percent of the bar: half of it is 10 points
    side = "left:50%" if score >= 0 else f"left:{50 - share:.0f}%"
    colour = "pos" if score >= 0 else "neg"
    return (f'<span class="gold"><span class="bar {colour}" style="{side};width:{share:.0f}%"></span>'
            f"</span> {score:+.1f}")


def _quotes(a: Analysis, index: _Index) -> str:
    if not a.quotes:
        return '<section id="quotes"><h2>Quotes</h2><p class="empty">No quotes were found.</p></section>'
    items = "".join(_quote(q, f"quote-{i}", index) for i, q in enumerate(a.quotes))
    return f'<section id="quotes"><h2>Quotes</h2><ol class="quotes">{items}</ol></section>'


def _quote(q: Quote, dom: str, index: _Index) -> str:
    speaker = escape(index.name(q.speaker)) if q.speaker else "unattributed"
    named = q.speaker_text and q.speaker_text != index.name(q.speaker)
    said = f" (as \u201c{escape(q.speaker_text)}\u201d)" if named else ""
    cue = f", {escape(q.cue)}" if q.cue else ""
    return (f'<li id="{dom}" class="card fact"><blockquote>{escape(q.text)}</blockquote>'
            f'<p class="who"><span class="fact-id">{escape(q.id)}</span> \u2014 <b>{speaker}</b>{said}'
            f'{cue} <span class="muted">{escape(q.kind)}</span> {_to_text(dom)}</p></li>')


def _actors(a: Analysis, index: _Index) -> str:
    if not a.actors:
        return '<section id="actors"><h2>Actors</h2><p class="empty">No actors were found.</p></section>'
    rows = []
    for i, actor in enumerate(a.actors):
        dom = f"actor-{i}"
        roles = "; ".join((*actor.roles, *actor.affiliations))
        link = _to_text(dom, f"{len(actor.mentions)} \u2193") if actor.mentions else "0"
        rows.append(f'<tr id="{dom}" class="fact"><td><span class="swatch" '
                    f'style="background:{index.colour(actor.id)}"></span>{escape(actor.name)}</td>'
                    f"<td><code>{escape(actor.id)}</code></td><td>{escape(actor.kind)}</td>"
                    f"<td>{escape(actor.country or DASH)}</td><td>{escape(actor.sector or DASH)}</td>"
                    f"<td>{escape(roles) or DASH}</td><td>{link}</td></tr>")
    return ('<section id="actors"><h2>Actors</h2><table class="actors"><thead><tr><th>Name</th><th>Id</th>'
            "<th>Kind</th><th>Country</th><th>Sector</th><th>Roles</th><th>Mentions</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></section>")


def _snippet(text: str) -> str:
    short = text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "\u2026"
    return f'<span class="snippet">{escape(short)}</span>'


def _to_text(dom: str, label: str = "in text \u2193") -> str:
    return f'<a class="to-text" href="#t-{dom}" data-goto="{dom}">{escape(label)}</a>'


# ---- the article text --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mark:
    """A highlight: ``fact`` is the DOM id of its card; ``anchor`` goes on its first piece."""

    start: int
    end: int
    css: str
    fact: str
    title: str
    anchor: str | None = None
    ref: str | None = None
    style: str | None = None


def _article(a: Analysis, index: _Index) -> str:
    legend = ('<p class="legend"><span class="m-actor" style="--c:#4c72b0">actor</span> '
              '<span class="m-quote">quote</span> <span class="m-speaker">speaker</span> '
              '<span class="m-event">event evidence</span> <span class="m-trigger">trigger</span> '
              '<span class="m-statement">relation statement</span></p>')
    if not a.article.text.strip():
        body = '<p class="empty">The article has no text.</p>'
    else:
        body = f'<div class="text" id="article-text">{render_text(a.article.text, _marks(a, index))}</div>'
    return f'<section id="article"><h2>Article text</h2>{legend}{body}</section>'


def _marks(a: Analysis, index: _Index) -> list[Mark]:
    marks = []
    for i, actor in enumerate(a.actors):
        dom, style = f"actor-{i}", f"--c:{index.colour(actor.id)}"
        for n, m in enumerate(sorted(actor.mentions, key=lambda m: m.start)):
            marks.append(Mark(m.start, m.end, "m-actor", dom, actor.name, f"t-{dom}" if n == 0 else None,
                               style=style))
    for i, q in enumerate(a.quotes):
        dom, who = f"quote-{i}", f"{q.id}: quote by {index.name(q.speaker)}"
        marks.append(Mark(q.start, q.end, "m-quote", dom, who, f"t-{dom}", ref=q.id))
        if q.speaker_span:
            marks.append(Mark(q.speaker_span.start, q.speaker_span.end, "m-speaker", dom, who))
    for i, e in enumerate(a.events):
        dom, what = f"event-{i}", f"{e.id}: {e.type} {index.name(e.source)} {ARROW} {index.name(e.target)}"
        marks.append(Mark(e.evidence.start, e.evidence.end, "m-event", dom, what, f"t-{dom}", ref=e.id))
        marks += [Mark(s.start, s.end, "m-event", dom, what) for s in e.mentions]
        if e.trigger:
            marks.append(Mark(e.trigger.start, e.trigger.end, "m-trigger", dom, what))
    for i, st in enumerate(_statements(a)):
        dom = f"statement-{i}"
        marks.append(Mark(st.start, st.end, "m-statement", dom, f"{st.id}: relation statement", f"t-{dom}"))
    return marks


def render_text(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, with ``marks`` as properly nested ``<mark>`` elements.

    Where two marks cross, the one that ends first is opened inside the other and
    the other is split at the crossing; every piece repeats ``data-f``. Marks that
    are empty or reach outside the text are dropped.
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        opening.setdefault(m.start, []).append(i)
        closing.setdefault(m.end, []).append(i)
    out: list[str] = []
    stack: list[int] = []
    started: set[int] = set()
    active: set[int] = set()
    for lo, hi in itertools.pairwise(bounds):
        active.difference_update(closing.get(lo, ()))
        active.update(opening.get(lo, ()))
        keep = 0
        while keep < len(stack) and stack[keep] in active:
            keep += 1
        out += ["</mark>"] * (len(stack) - keep)
        del stack[keep:]
        for i in sorted(active - set(stack), key=lambda i: (-marks[i].end, marks[i].start, i)):
            out.append(_open(marks[i], first=i not in started))
            stack.append(i)
            started.add(i)
        out.append(escape(text[lo:hi]))
        out += [_ref(marks[i]) for i in stack if marks[i].end == hi and marks[i].ref]
    out += ["</mark>"] * len(stack)
    return "".join(out)


def _open(m: Mark, *, first: bool) -> str:
    anchor = f' id="{m.anchor}"' if first and m.anchor else ""
    style = f' style="{escape(m.style)}"' if m.style else ""
    return f'<mark class="{m.css}" data-f="{escape(m.fact)}"{anchor}{style} title="{escape(m.title)}">'


def _ref(m: Mark) -> str:
    return f'<a class="ref" href="#{escape(m.fact)}">{escape(m.ref or "")}</a>'
