"""The bundled examples, analysed end to end and scored against their gold files.

The floors are what the pipeline reaches on these articles today; a change that
drops below one is a regression to look at, not a number to lower.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realpolitik.evaluate import evaluate, load_gold
from realpolitik.output.records import to_record, validate_record
from realpolitik.pipeline import analyze_text

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*/gold.yaml"))

FLOORS = {
    "mentions.linked": 0.9,
    "people.found": 0.9,
    "people.described": 0.8,
    "quotes.f1": 0.85,
    "events.recall": 0.55,
    "events.dates": 0.8,
    "relations.signs": 0.8,
    "system.triads": 1.0,
    "system.blocs": 1.0,
}


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.parent.name)
def scored(request):
    gold = load_gold(request.param)
    published = date.fromisoformat(str(gold.data["article"]["published"]))
    analysis = analyze_text(gold.text, published=published)
    return analysis, evaluate(gold, analysis)


@pytest.mark.slow
def test_example_output_validates(scored):
    validate_record(to_record(scored[0]))


@pytest.mark.slow
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_example_meets_floor(scored, figure):
    assert scored[1][figure] >= FLOORS[figure], scored[1]


@pytest.mark.slow
def test_every_fact_points_at_its_words(scored):
    analysis = scored[0]
    text = analysis.article.text
    for actor in analysis.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
    for q in analysis.quotes:
        assert text[q.start:q.end] == q.text
    for e in analysis.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


@pytest.mark.slow
def test_every_id_the_record_uses_is_one_of_its_actors(scored):
    analysis = scored[0]
    ids = {a.id for a in analysis.actors}
    used = {q.speaker for q in analysis.quotes}
    used |= {x for e in analysis.events for x in (e.source, e.target, e.reported_by)}
    used |= {x for r in analysis.relations for x in (r.source, r.target)}
    used |= {x for b in analysis.system.blocs for x in b}
    assert used - {None} <= ids
