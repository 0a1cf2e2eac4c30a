"""SVG drawings for the HTML report: the signed network and small triangle glyphs.

The layout is computed here, in Python, so that the report needs no script to
draw and the same analysis always gives the same picture. Everything returned
is an SVG fragment with its text escaped; nothing refers to anything outside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

import numpy as np

from realpolitik.model import Relation

# Bloc colours: distinguishable from the green/red/grey kept for edge signs.
BLOC_COLOURS = ("#4c72b0", "#dd8452", "#8172b3", "#937860", "#da8bc3", "#64b5cd", "#ccb974", "#2f4b7c")
NO_BLOC_COLOUR = "#b0b0b0"
SIGN_COLOURS = {1: "#1a9850", -1: "#d73027", 0: "#8c8c8c"}
SIGN_DASHES = {1: "", -1: "9 6", 0: ""}
SIGN_SYMBOLS = {1: "+", -1: "\u2212", 0: "\u00b1"}

WIDTH, HEIGHT, MARGIN = 760, 520, 70


@dataclass(frozen=True, slots=True)
class Node:
    """One actor in the drawing: ``colour`` comes from its bloc, ``href`` is an in-page anchor."""

    id: str
    label: str
    colour: str
    bloc: int | None
    href: str


def bloc_colour(bloc: int | None) -> str:
    """The colour of bloc number ``bloc`` (0-based); grey for actors outside every bloc."""
    return NO_BLOC_COLOUR if bloc is None else BLOC_COLOURS[bloc % len(BLOC_COLOURS)]


def layout(nodes: list[Node], relations: tuple[Relation, ...]) -> dict[str, tuple[float, float]]:
    """Deterministic positions in the unit square for ``nodes``.

    Stress majorisation (SMACOF) towards target distances that read the signs:
    allies close, adversaries far, members of one bloc nearer than strangers. It
    starts from the blocs placed on a circle, uses no randomness, and turns the
    result so that its longest extent lies along x (the canvas is wider than tall).
    """
    if not nodes:
        return {}
    ids = [n.id for n in nodes]
    x = _initial_positions(nodes)
    if len(ids) > 2:
        x = _majorise(x, _target_distances(nodes, relations))
    return dict(zip(ids, _normalise(_principal_axes(x)), strict=True))


def _initial_positions(nodes: list[Node]) -> np.ndarray:
    groups: dict[int | None, list[int]] = {}
    for i, node in enumerate(nodes):
        groups.setdefault(node.bloc, []).append(i)
    x = np.zeros((len(nodes), 2))
    for g, members in enumerate(groups.values()):
        angle = 2 * math.pi * g / len(groups)
        centre = np.array([math.cos(angle), math.sin(angle)]) if len(groups) > 1 else np.zeros(2)
        for k, i in enumerate(members):
            a = 2 * math.pi * k / len(members) + angle + 0.5
            x[i] = centre + 0.5 * np.array([math.cos(a), math.sin(a)])
    return x


def _target_distances(nodes: list[Node], relations: tuple[Relation, ...]) -> np.ndarray:
    at = {n.id: i for i, n in enumerate(nodes)}
    blocs = np.array([-1 if n.bloc is None else n.bloc for n in nodes])
    same = (blocs[:, None] == blocs[None, :]) & (blocs[:, None] >= 0)
    d = np.where(same, 1.3, 1.9)
    for r in relations:
        if r.source in at and r.target in at and r.source != r.target:
            weight = max(0.0, min(1.0, r.weight))
            target = {1: 1.1 - 0.3 * weight, -1: 2.0 + 0.4 * weight}.get(r.sign, 1.6)
            d[at[r.source], at[r.target]] = d[at[r.target], at[r.source]] = target
    np.fill_diagonal(d, 0.0)
    return d


def _majorise(x: np.ndarray, d: np.ndarray) -> np.ndarray:
    """SMACOF with weights 1/d^2; stops when nothing moves, and early on big graphs."""
    n = len(d)
    iterations = 300 if n <= 200 else 60
    w = np.zeros_like(d)
    off = ~np.eye(n, dtype=bool)
    w[off] = 1.0 / d[off] ** 2
    v = -w
    np.fill_diagonal(v, w.sum(axis=1))
    # V is a weighted Laplacian: singular along the all-ones vector, which this shift removes.
    ones = np.full((n, n), 1.0 / n)
    v_plus = np.linalg.inv(v + ones) - ones
    for _ in range(iterations):
        dist = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2))
        dist[dist < 1e-9] = 1e-9
        b = -w * d / dist
        np.fill_diagonal(b, 0.0)
        np.fill_diagonal(b, -b.sum(axis=1))
        moved = v_plus @ (b @ x)
        if np.abs(moved - x).max() < 1e-6:
            return moved
        x = moved
    return x


def _principal_axes(x: np.ndarray) -> np.ndarray:
    centred = x - x.mean(axis=0)
    if len(x) < 2:
        return centred
    _, vectors = np.linalg.eigh(centred.T @ centred)
    turned = centred @ vectors[:, ::-1]
    # Fix the eigenvectors' arbitrary signs so the same input always gives the same picture.
    for axis in range(2):
        if turned[0, axis] > 0:
            turned[:, axis] *= -1
    return turned


def _normalise(x: np.ndarray) -> list[tuple[float, float]]:
    """Fit into the unit square keeping the aspect ratio, stretched by at most 1.5 in y."""
    low, high = x.min(axis=0), x.max(axis=0)
    extent = np.maximum(high - low, 1e-9)
    scale_x = 1.0 / extent[0] if extent[0] > 1e-6 else 1.0
    scale_y = min(1.0 / extent[1], 1.5 * scale_x) if extent[1] > 1e-6 else 1.0
    centre = (high + low) / 2
    return [(float(0.5 + (p[0] - centre[0]) * scale_x), float(0.5 + (p[1] - centre[1]) * scale_y))
            for p in x]


def network_svg(nodes: list[Node], relations: tuple[Relation, ...], relation_hrefs: list[str]) -> str:
    """The signed network as an inline ``<svg>``.

    Edges: positive solid green, negative dashed red, mixed (sign 0) grey; width
    grows with weight. Nodes are filled with their bloc's colour and each bloc
    gets a faint enclosing circle. ``relation_hrefs[i]`` is the anchor of
    ``relations[i]``'s row in the report.
    """
    unit = layout(nodes, relations)
    top = min((p[1] for p in unit.values()), default=0.0)
    pos = {i: _to_canvas((p[0], p[1] - top)) for i, p in unit.items()}
    # The drawing is only as tall as the layout needs, plus room for halos and labels.
    height = max((p[1] for p in pos.values()), default=0.0) + MARGIN
    parts = [f'<svg class="network" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
             f'aria-label="Signed network of relations">']
    parts += _bloc_halos(nodes, pos)
    drawn = [(r, href) for r, href in zip(relations, relation_hrefs, strict=True)
             if r.source in pos and r.target in pos]
    parts += [_edge(r, href, pos, label=len(drawn) <= 40) for r, href in drawn]
    parts += [_node(n, pos[n.id]) for n in nodes]
    parts.append("</svg>")
    return "\n".join(parts)


def _to_canvas(p: tuple[float, float]) -> tuple[float, float]:
    return (MARGIN + p[0] * (WIDTH - 2 * MARGIN), MARGIN * 0.7 + p[1] * (HEIGHT - 1.7 * MARGIN))


def _bloc_halos(nodes: list[Node], pos: dict[str, tuple[float, float]]) -> list[str]:
    """A soft region around each bloc: its convex hull drawn with a wide round stroke."""
    halos = []
    for b in sorted({n.bloc for n in nodes if n.bloc is not None}):
        hull = _convex_hull([pos[n.id] for n in nodes if n.bloc == b])
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in hull)
        colour = bloc_colour(b)
        # One group opacity, so the stroke and the fill it overlaps blend as one shape.
        halos.append(f'<g class="halo" opacity="0.14"><polygon points="{points}" fill="{colour}" '
                     f'stroke="{colour}" stroke-width="60" stroke-linejoin="round" stroke-linecap="round"/></g>')
    return halos


def _convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain; one or two points come back as they are."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o, a, b) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for chain, seq in ((lower, pts), (upper, reversed(pts))):
        for p in seq:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
    return lower[:-1] + upper[:-1]


def _edge(r: Relation, href: str, pos: dict[str, tuple[float, float]], *, label: bool) -> str:
    (x1, y1), (x2, y2) = pos[r.source], pos[r.target]
    sign = r.sign if r.sign in SIGN_COLOURS else 0
    width = 1.5 + 5 * max(0.0, min(1.0, r.weight))
    dash = f' stroke-dasharray="{SIGN_DASHES[sign]}"' if SIGN_DASHES[sign] else ""
    title = escape(f"{r.source} \u2013 {r.target}: {SIGN_SYMBOLS[sign]} weight {r.weight:.2f}"
                   + (f" ({', '.join(r.kinds)})" if r.kinds else ""))
    out = [f'<a href="#{escape(href)}" class="edge sign{sign:+d}"><title>{title}</title>',
           f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{SIGN_COLOURS[sign]}" '
           f'stroke-width="{width:.1f}"{dash} stroke-linecap="round"/>']
    if label:
        mx, my = _label_point((x1, y1), (x2, y2), pos)
        out.append(f'<circle cx="{mx:.1f}" cy="{my:.1f}" r="8" fill="#fff" stroke="{SIGN_COLOURS[sign]}"/>'
                   f'<text x="{mx:.1f}" y="{my + 4:.1f}" class="sign-label" fill="{SIGN_COLOURS[sign]}">'
                   f"{SIGN_SYMBOLS[sign]}</text>")
    out.append("</a>")
    return "".join(out)


def _label_point(a: tuple[float, float], b: tuple[float, float],
                 pos: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """Where on the edge to put its sign: near the middle, away from nodes and their labels."""
    def clearance(t: float) -> float:
        x, y = a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
        return min(min(math.hypot(x - px, y - py), math.hypot(x - px, y - py - 28)) for px, py in pos.values())

    best = max((0.5, 0.42, 0.58, 0.35, 0.65), key=lambda t: (min(clearance(t), 36.0), -abs(t - 0.5)))
    return a[0] + best * (b[0] - a[0]), a[1] + best * (b[1] - a[1])


def _node(n: Node, p: tuple[float, float]) -> str:
    x, y = p
    label = n.label if len(n.label) <= 24 else n.label[:23] + "\u2026"
    return (f'<a href="#{escape(n.href)}" class="node" data-actor="{escape(n.id)}">'
            f"<title>{escape(n.label)} ({escape(n.id)})</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="15" fill="{n.colour}" stroke="#fff" stroke-width="2"/>'
            f'<text x="{x:.1f}" y="{y + 31:.1f}" class="node-label">{escape(label)}</text></a>')


def triangle_svg(labels: tuple[str, str, str], signs: tuple[int, int, int]) -> str:
    """A small triangle with corners a (top), b (bottom left), c (bottom right).

    ``signs`` are those of (a,b), (b,c), (a,c), as in ``Triad``.
    """
    corners = ((60.0, 18.0), (16.0, 92.0), (104.0, 92.0))
    pairs = ((0, 1), (1, 2), (0, 2))
    parts = ['<svg class="glyph" viewBox="0 0 120 120" aria-hidden="true">']
    for (i, j), sign in zip(pairs, signs, strict=True):
        s = sign if sign in SIGN_COLOURS else 0
        (x1, y1), (x2, y2) = corners[i], corners[j]
        dash = f' stroke-dasharray="{SIGN_DASHES[s]}"' if SIGN_DASHES[s] else ""
        parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{SIGN_COLOURS[s]}" '
                     f'stroke-width="3"{dash}/>')
    for (x, y), label in zip(corners, labels, strict=True):
        short = label if len(label) <= 8 else label[:7] + "\u2026"
        text_y = y - 10 if y < 50 else y + 20
        parts.append(f'<circle cx="{x}" cy="{y}" r="6" fill="#444"/>'
                     f'<text x="{x}" y="{text_y}" class="glyph-label">{escape(short)}</text>')
    parts.append("</svg>")
    return "".join(parts)
