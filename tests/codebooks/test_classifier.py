"""The shipped event classifier: loads without scikit-learn, predicts sensible types."""

import pytest

from realpolitik.codebooks import NO_EVENT, load_event_classifier, plover_types


@pytest.fixture(scope="module")
def classifier():
    return load_event_classifier()


def test_classes_are_the_plover_types_and_no_event(classifier):
    assert set(classifier.classes) == set(plover_types()) | {NO_EVENT}


@pytest.mark.parametrize(("text", "expected"), [
    ("Government troops shelled rebel villages and killed twelve civilians.", "ASSAULT"),
    ("Thousands of workers marched through the capital demanding higher wages.", "PROTEST"),
    ("Police arrested the opposition leader at his home on Sunday.", "COERCE"),
    ("The two foreign ministers met in Geneva to discuss the dispute.", "CONSULT"),
])
def test_predicts_the_type_of_short_sentences(classifier, text, expected):
    assert expected in [label for label, _ in classifier.predict(text)[:3]]


def test_predictions_are_probabilities_best_first(classifier):
    ranked = classifier.predict("Rebels fired rockets at the airport.")
    probabilities = [p for _, p in ranked]
    assert probabilities == sorted(probabilities, reverse=True)
    no_event = classifier.no_event_probability("Rebels fired rockets at the airport.")
    assert sum(probabilities) + no_event == pytest.approx(1.0)


@pytest.mark.parametrize("text", [
    "The bakery on the corner sells bread and cakes every morning.",
    "The river is about 400 kilometres long.",
    "The minister is 61 years old and has three children.",
])
def test_no_event_outweighs_every_type_for_sentences_without_an_event(classifier, text):
    assert classifier.no_event_probability(text) > classifier.predict(text)[0][1]


def test_an_attack_is_an_event(classifier):
    text = "Soldiers opened fire on the protesters."
    assert classifier.predict(text)[0][1] > classifier.no_event_probability(text)


def test_empty_text_does_not_fail(classifier):
    assert len(classifier.predict("")) == len(classifier.classes) - 1
