"""The project's own scorer, on a hand-made gold file and hand-made analyses."""

from __future__ import annotations

import pytest

from realpolitik.errors import InputError
from realpolitik.evaluate import evaluate, load_gold
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

TEXT = ("Hanoi and Manila signed a maritime pact on Monday. “We will not be bullied,” said Rosa Ilagan, "
        "a lecturer at Coral Bay University. China condemned the pact.")
GOLD = """
article: {file: article.txt, published: 2024-05-08}
mentions:
  - {text: Hanoi, actor: VNM}
  - {text: Manila, actor: PHL}
people:
  - {name: Rosa Ilagan, role: lecturer, affiliation: Coral Bay University}
quotes:
  - {contains: "We will not be bullied", speaker: Rosa Ilagan, kind: direct}
events:
  - {id: pact, type: [AGREE], cameo: ["05"], source: VNM, target: PHL, symmetric: true,
     date: {start: 2024-05-06, end: 2024-05-06}, contains: "signed a maritime pact"}
  - {id: condemn, type: [ACCUSE], cameo: ["11"], source: CHN, contains: "condemned"}
relations:
  - {pair: [PHL, VNM], sign: 1}
  - {pair: [CHN, PHL], sign: [-1, 0]}
system:
  triads:
    - {actors: [CHN, PHL, VNM], balanced: true, pattern: stable-marriage}
  blocs:
    - [PHL, VNM]
"""


@pytest.fixture
def gold(tmp_path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD, encoding="utf-8")
    return load_gold(tmp_path / "gold.yaml")


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def perfect() -> Analysis:
    q = at("We will not be bullied")
    rosa = Actor("person:rosa-ilagan", "Rosa Ilagan", "person", None, "EDU", ("lecturer",),
                 ("Coral Bay University",), (Mention(*at("Rosa Ilagan"), "Rosa Ilagan", "person:rosa-ilagan"),))
    vnm = Actor("VNM", "Vietnam", "state", "VNM", mentions=(Mention(*at("Hanoi"), "Hanoi", "VNM"),))
    phl = Actor("PHL", "Philippines", "state", "PHL", mentions=(Mention(*at("Manila"), "Manila", "PHL"),))
    pact = Event("e1", "AGREE", Span(0, 10, ""), cameo="057", source="PHL", target="VNM",
                 date=EventDate("2024-05-06", "2024-05-06", "day"))
    condemn = Event("e2", "ACCUSE", Span(0, 10, ""), cameo="112", source="CHN")
    system = System((Triad(("CHN", "PHL", "VNM"), (-1, 1, -1), True, "stable-marriage"),), (("PHL", "VNM"), ("CHN",)))
    return Analysis(Article("a", TEXT), (rosa, vnm, phl),
                    (Quote("q1", TEXT[q[0]:q[1]], *q, "direct", "person:rosa-ilagan"),), (pact, condemn),
                    (Relation("PHL", "VNM", 1, 0.8), Relation("CHN", "PHL", -1, 0.5)), system)


def test_a_perfect_analysis_scores_one_everywhere(gold):
    figures = evaluate(gold, perfect())
    assert {k: v for k, v in figures.items() if v != 1.0} == {"events.missed": "-"}


def test_an_empty_analysis_scores_zero(gold):
    figures = evaluate(gold, Analysis(Article("a", TEXT)))
    assert figures["mentions.linked"] == 0 and figures["quotes.f1"] == 0 and figures["events.recall"] == 0
    assert figures["events.missed"] == "pact,condemn" and figures["system.blocs"] == 0.0


def test_wrong_speaker_counts_as_found_but_not_attributed(gold):
    a = perfect()
    wrong = Quote("q1", a.quotes[0].text, a.quotes[0].start, a.quotes[0].end, "direct", "CHN")
    figures = evaluate(gold, Analysis(a.article, a.actors, (wrong,)))
    assert figures["quotes.found"] == 1.0 and figures["quotes.attributed"] == 0.0


def test_gold_substring_missing_from_the_article_is_an_error(tmp_path):
    (tmp_path / "article.txt").write_text("Other text.", encoding="utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD, encoding="utf-8")
    with pytest.raises(InputError, match="not in the article"):
        evaluate(load_gold(tmp_path / "gold.yaml"), Analysis(Article("a", "Other text.")))


# -- sentence-level event sets --------------------------------------------------------------------------

SENTENCES = [
    '{"id": "a", "text": "Chile attacked Peru.", "published": "2025-01-02", '
    '"events": [{"type": "ASSAULT", "sources": ["CHL"], "targets": ["PERMIL"]}]}',
    '{"id": "b", "text": "Gunmen raided a bank in Lima.", "published": null, '
    '"events": [{"type": "ASSAULT", "sources": ["---"], "targets": ["PER"]}]}',
    '{"id": "c", "text": "The weather was mild.", "published": null, "events": []}',
]


def sentence_analysis(article_id: str, *events: Event, actors: tuple[Actor, ...] = ()) -> Analysis:
    return Analysis(Article(article_id, "x"), actors, (), events, (), System((), ()))


def test_sentence_scores_count_types_triples_precision_and_quiet(tmp_path):
    from realpolitik.evaluate import load_sentences, score_sentences

    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    gold = load_sentences(path)
    gunmen = Actor("group:unnamed-uaf", "unnamed gunmen", "group", None, "UAF")
    analyses = {
        # right; and a second event of the right type on the wrong target
        "a": sentence_analysis("a", Event("e1", "ASSAULT", Span(0, 1, "x"), source="CHL", target="PER"),
                               Event("e2", "ASSAULT", Span(0, 1, "x"), source="CHL", target="BOL")),
        # "---" takes any actor, but an actor
        "b": sentence_analysis("b", Event("e1", "ASSAULT", Span(0, 1, "x"), source="group:unnamed-uaf", target="PER"),
                               actors=(gunmen,)),
        # a negated event is a prediction of nothing
        "c": sentence_analysis("c", Event("e1", "ASSAULT", Span(0, 1, "x"), source="CHL", target="PER",
                                          modality="negated")),
    }
    figures = score_sentences(gold, analyses)
    assert figures["events.types"] == 1.0 and figures["events.triples"] == 1.0
    assert figures["events.precision"] == round(2 / 3, 3)
    assert figures["events.quiet_kept_quiet"] == 1.0
    analyses["b"] = sentence_analysis("b", Event("e1", "ASSAULT", Span(0, 1, "x"), source=None, target="PER"))
    assert score_sentences(gold, analyses)["events.triples"] == 0.5


def test_a_broken_sentence_record_is_an_error_naming_the_line(tmp_path):
    from realpolitik.evaluate import load_sentences

    path = tmp_path / "gold.jsonl"
    path.write_text(SENTENCES[0] + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        load_sentences(path)
