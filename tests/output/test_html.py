"""The HTML report: structure, escaping, highlighting of overlapping spans, the drawing.

Records are built by hand; no model is needed.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.model import (
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Mention,
    Quote,
    Relation,
    Span,
    System,
    Triad,
)
from realpolitik.output.drawing import SIGN_COLOURS, Node, bloc_colour, layout, network_svg
from realpolitik.output.html import Mark, render_html, render_text

TEXT = "Norway told Chile that Kenya would sign the fishing treaty soon, officials said."


def find(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def mention(text: str, phrase: str, actor_id: str) -> Mention:
    s = find(text, phrase)
    return Mention(s.start, s.end, s.text, actor_id)


def small_analysis(text: str = TEXT, **changes) -> Analysis:
    """Three states, one quote crossing one event's evidence, a closed triad."""
    quote = find(text, "Kenya would sign the fishing treaty")
    actors = (Actor("NOR", "Norway", "state", mentions=(mention(text, "Norway", "NOR"),)),
              Actor("CHL", "Chile", "state", mentions=(mention(text, "Chile", "CHL"),)),
              Actor("KEN", "Kenya", "state", mentions=(mention(text, "Kenya", "KEN"),)))
    quotes = (Quote("q1", quote.text, quote.start, quote.end, "indirect", "NOR", "Norway",
                    find(text, "Norway"), "told"),)
    events = (Event("e1", "AGREE", find(text, "sign the fishing treaty soon"), cameo="057", goldstein=8.0,
                    source="KEN", target="CHL", date=EventDate("2025-06-01", "2025-06-01", "day"),
                    trigger=find(text, "sign")),)
    relations = (Relation("CHL", "KEN", 1, 0.8, ("support",), ("e1",)),
                 Relation("CHL", "NOR", 1, 0.3, (), ("q1",)),
                 Relation("KEN", "NOR", -1, 0.6, ("dispute",), ()))
    system = System(triads=(Triad(("CHL", "KEN", "NOR"), (1, -1, 1), False, "romantic-triangle", "CHL"),),
                    blocs=(("CHL", "KEN"), ("NOR",)))
    fields = {"article": Article("a1", text, title="Fishing talks", published=date(2025, 6, 2)),
              "actors": actors, "quotes": quotes, "events": events, "relations": relations, "system": system}
    return Analysis(**{**fields, **changes})


class ArticleText(HTMLParser):
    """Reads ``div#article-text``: its text, and for each character the facts whose marks cover it.

    Fails on a closing tag that does not match the open one, so it also checks nesting.
    Reference links (``a.ref``) are not article text and are skipped.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.stack: list[tuple[str, str | None, bool]] = []
        self.chars: list[tuple[str, frozenset[str]]] = []
        self.anchors: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "article-text":
            self.depth = 1
            return
        if not self.depth:
            return
        self.depth += 1
        self.stack.append((tag, a.get("data-f"), "ref" in (a.get("class") or "").split()))
        if "id" in a:
            self.anchors[a["id"]] = len(self.chars)

    def handle_endtag(self, tag):
        if not self.depth:
            return
        self.depth -= 1
        if self.depth:
            assert self.stack.pop()[0] == tag, f"</{tag}> closes something else"

    def handle_data(self, data):
        if self.depth and not any(ref for _, _, ref in self.stack):
            covering = frozenset(f for _, f, _ in self.stack if f)
            self.chars += [(c, covering) for c in data]

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


def read_article(html: str) -> ArticleText:
    parser = ArticleText()
    parser.feed(html)
    parser.close()
    assert not parser.stack, "unclosed marks"
    return parser


def test_report_has_every_section_and_needs_no_network():
    html = render_html(small_analysis())
    for section in ("summary", "network", "triangles", "timeline", "quotes", "actors", "article"):
        assert f'<section id="{section}">' in html
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"https?://", html)
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|<img\b|@import|url\(", html)
    assert html.count("<script>") == 1 and html.count("<style>") == 1


def test_every_quote_and_event_links_to_its_text_and_back():
    html = render_html(small_analysis())
    anchors = read_article(html).anchors
    for card in ("quote-0", "event-0"):
        assert f'id="{card}"' in html
        assert f'href="#t-{card}"' in html
        assert f'class="ref" href="#{card}"' in html
        assert f"t-{card}" in anchors
    assert anchors["t-quote-0"] == TEXT.index("Kenya would")
    assert anchors["t-event-0"] == TEXT.index("sign the")


def test_dom_ids_are_unique_even_when_fact_ids_repeat():
    a = small_analysis()
    clash = Quote("e1", "officials said", TEXT.index("officials"), TEXT.index("officials") + 14, "indirect")
    html = render_html(small_analysis(quotes=(*a.quotes, clash)))
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_markup_in_any_text_is_escaped():
    hostile = "<script>alert(1)</script> & Norway <b>said</b> nothing"
    actors = (Actor("NOR", "Nor<i>way</i>", "state", mentions=(mention(hostile, "Norway", "NOR"),)),)
    html = render_html(Analysis(Article("x", hostile, title="</title><script>bad()</script>"),
                                actors, relations=(Relation("NOR", "SWE", -1, 0.5),)))
    assert "<script>alert" not in html and "<script>bad" not in html and "<b>said" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in html
    assert "Nor&lt;i&gt;way&lt;/i&gt;" in html
    assert html.count("<script>") == 1
    assert read_article(html).text == hostile


def test_crossing_spans_are_split_so_each_character_keeps_all_its_facts():
    a = small_analysis()
    parsed = read_article(render_html(a))
    assert parsed.text == TEXT
    quote, evidence = (a.quotes[0].start, a.quotes[0].end), (a.events[0].evidence.start, a.events[0].evidence.end)
    assert quote[0] < evidence[0] < quote[1] < evidence[1]  # the case under test: they cross
    for i, (_, facts) in enumerate(parsed.chars):
        assert ("quote-0" in facts) == (quote[0] <= i < quote[1] or TEXT.index("Norway") <= i < 6)
        assert ("event-0" in facts) == (evidence[0] <= i < evidence[1])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab <&>\n\u00e9\U0001f642", min_size=1, max_size=30), st.data())
def test_render_text_keeps_the_text_and_covers_exactly_each_span(text, data):
    n = len(text)
    bounds = st.tuples(st.integers(-2, n + 2), st.integers(-2, n + 2))
    spans = data.draw(st.lists(bounds, max_size=6))
    marks = [Mark(s, e, "m-event", f"f{i}", "t", anchor=f"t-f{i}", ref=f"r{i}") for i, (s, e) in enumerate(spans)]
    parsed = read_article(f'<div id="article-text">{render_text(text, marks)}</div>')
    assert parsed.text == text
    for i, (_, facts) in enumerate(parsed.chars):
        expected = {f"f{k}" for k, (s, e) in enumerate(spans) if 0 <= s < e <= n and s <= i < e}
        assert facts == expected


def test_offsets_are_code_points():
    text = "\U0001f30d \u00c6r\u00f8 said Peru and Chile agreed."
    actors = (Actor("PER", "Peru", "state", mentions=(mention(text, "Peru", "PER"),)),)
    parsed = read_article(render_html(Analysis(Article("c", text), actors)))
    covered = "".join(c for c, facts in parsed.chars if "actor-0" in facts)
    assert covered == "Peru"


def test_spans_outside_the_text_are_dropped_but_the_card_stays():
    bad = Quote("q9", "ghost", 70, 500, "direct")
    html = render_html(small_analysis(quotes=(bad,)))
    assert 'id="quote-0"' in html and 'id="t-quote-0"' not in html
    assert read_article(html).text == TEXT


def test_an_empty_analysis_says_so_in_every_section():
    html = render_html(Analysis(Article("empty", "")))
    for message in ("No relations between actors", "No closed triads", "No events were found",
                    "No quotes were found", "No actors were found", "The article has no text"):
        assert message in html
    assert 'data-wired' not in html.split("<script>")[0]


def test_timeline_orders_events_by_date_and_puts_undated_ones_last():
    text = "First came talks. Then a deal. Later a visit."
    events = (Event("late", "CONSULT", find(text, "Later a visit"), date=EventDate("2025-03-01", "2025-03-01", "day")),
              Event("none", "AGREE", find(text, "Then a deal")),
              Event("early", "CONSULT", find(text, "First came talks"),
                    date=EventDate("2024-12-01", "2024-12-31", "month")))
    html = render_html(Analysis(Article("t", text), events=events))
    timeline = html[html.index('id="timeline"'):html.index('id="quotes"')]
    order = re.findall(r'<span class="fact-id">(\w+)</span>', timeline)
    assert order == ["early", "late", "none"]
    assert "date unknown" in timeline


def test_only_web_urls_become_links():
    web = render_html(Analysis(Article("u", "x", url="https://news.example.org/a")))
    assert 'href="https://news.example.org/a"' in web
    script = render_html(Analysis(Article("u", "x", url="javascript:alert(1)")))
    assert 'href="javascript' not in script and "javascript:alert(1)" in script


def test_relation_evidence_links_to_the_cards():
    html = render_html(small_analysis())
    row = re.search(r'<tr id="relation-0">.*?</tr>', html).group()
    assert 'href="#event-0">e1</a>' in row
    assert 'href="#quote-0">q1</a>' in re.search(r'<tr id="relation-1">.*?</tr>', html).group()


def test_triangles_show_signs_pattern_and_pivot():
    html = render_html(small_analysis())
    triangles = html[html.index('id="triangles"'):html.index('id="timeline"')]
    assert "romantic triangle (++-)" in triangles
    assert "<dt>pivot</dt><dd>Chile</dd>" in triangles
    assert "unbalanced" in triangles


def test_stable_marriage_names_its_pariah():
    triad = Triad(("CHL", "KEN", "NOR"), (1, -1, -1), True, "stable-marriage")
    html = render_html(small_analysis(system=System(triads=(triad,))))
    assert "<dt>pariah</dt><dd>Norway</dd>" in html


def test_network_edges_show_sign_by_colour_and_dash_and_weight_by_width():
    nodes = [Node("A", "A", bloc_colour(0), 0, "a"), Node("B", "B", bloc_colour(0), 0, "b"),
             Node("C", "C", bloc_colour(1), 1, "c")]
    relations = (Relation("A", "B", 1, 1.0), Relation("A", "C", -1, 0.2), Relation("B", "C", 0, 0.5))
    svg = network_svg(nodes, relations, ["r0", "r1", "r2"])
    lines = re.findall(r'<line [^>]*/>', svg)
    assert len(lines) == 3
    positive, negative, mixed = lines
    assert SIGN_COLOURS[1] in positive and "dasharray" not in positive
    assert SIGN_COLOURS[-1] in negative and "dasharray" in negative
    assert SIGN_COLOURS[0] in mixed and "dasharray" not in mixed
    widths = [float(re.search(r'stroke-width="([\d.]+)"', line).group(1)) for line in lines]
    assert widths[0] > widths[2] > widths[1]
    assert svg.count(f'fill="{bloc_colour(0)}" stroke="#fff"') == 2
    assert 'href="#r1"' in svg


def test_layout_is_deterministic_inside_the_square_and_keeps_allies_closer():
    nodes = [Node(i, i, bloc_colour(b), b, i) for i, b in (("A", 0), ("B", 0), ("C", 0), ("D", 1), ("E", 1))]
    relations = (Relation("A", "B", 1, 0.9), Relation("B", "C", 1, 0.9), Relation("A", "C", 1, 0.9),
                 Relation("D", "E", 1, 0.9), Relation("A", "D", -1, 0.9), Relation("C", "E", -1, 0.9))
    first, second = layout(nodes, relations), layout(nodes, relations)
    assert first == second
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in first.values())

    def dist(a, b):
        return ((first[a][0] - first[b][0]) ** 2 + (first[a][1] - first[b][1]) ** 2) ** 0.5

    assert dist("A", "B") < dist("A", "D") and dist("D", "E") < dist("C", "E")


def test_layout_of_one_or_two_nodes_is_finite():
    one = layout([Node("A", "A", "#000", None, "a")], ())
    two = layout([Node("A", "A", "#000", None, "a"), Node("B", "B", "#000", None, "b")], ())
    assert one == {"A": (0.5, 0.5)}
    assert all(0 <= v <= 1 for p in two.values() for v in p) and two["A"] != two["B"]


def test_relation_statements_are_highlighted_and_linked_from_the_relation():
    from realpolitik.model import Analysis, Article, Relation, Statement

    text = "Chile relies on Peru for grain. Nothing else happened."
    statement = Statement("s1", 0, 31, text[:31])
    analysis = Analysis(Article("x", text), relations=(
        Relation("CHL", "PER", 1, 0.6, ("dependence",), ("s1",), (statement,)),))
    page = render_html(analysis)
    assert '<a href="#t-statement-0">s1</a>' in page
    assert 'id="t-statement-0"' in page and 'class="m-statement"' in page
