"""Verb and noun rules converted from the CAMEO 2.0 verb dictionary."""

import pytest

from realpolitik.codebooks import cameo, match_rule, noun_rules, pattern_matches, verb_rules


@pytest.mark.parametrize(("lemma", "code"), [
    ("say", "010"), ("accuse", "112"), ("attack", "190"), ("meet", "040"), ("visit", "042"),
    ("condemn", "111"), ("threaten", "130"), ("invade", "192"), ("arrest", "173")])
def test_bare_verbs_take_the_dictionary_code(lemma, code):
    bare = [rule for rule in verb_rules(lemma) if not rule.pattern]
    assert bare[0].cameo == code


@pytest.mark.parametrize(("lemma", "clause", "code"), [
    ("send", "about 2,000 troops to the border", "072"),
    ("sign", "a ceasefire with the rebels", "0871"),
    ("sign", "a written agreement on fishing", "057"),
    ("attack", "rebel positions near the river", "193"),
    ("visit", "the capital for talks", "046"),
])
def test_patterns_refine_the_code(lemma, clause, code):
    assert match_rule(verb_rules(lemma), clause.lower().split()).cameo == code


def test_rules_are_most_specific_first_and_use_known_codes():
    for lemma in ("send", "sign", "accuse", "meet", "attack"):
        rules = verb_rules(lemma)
        lengths = [len(rule.pattern) for rule in rules]
        assert rules and lengths == sorted(lengths, reverse=True)
        assert all(rule.lemma == lemma for rule in rules)
        assert all(cameo(rule.cameo) for rule in rules if rule.is_event)


def test_bare_send_and_sign_code_nothing_without_an_object():
    assert match_rule(verb_rules("sign"), ["on", "tuesday"]) is None
    assert match_rule(verb_rules("send"), ["on", "tuesday"]) is None
    assert match_rule(verb_rules("send"), ["a", "message"]).cameo == "040"


def test_null_rule_marks_a_phrase_that_is_no_event():
    rule = match_rule(verb_rules("avert"), ["an", "attack"])
    assert rule is not None and not rule.is_event


def test_unknown_verb_has_no_rules():
    assert verb_rules("photosynthesize") == ()


def test_pattern_match_is_in_order_with_gaps_and_inflections():
    assert pattern_matches(("troop", "to"), ["more", "troops", "north", "to", "x"])
    assert not pattern_matches(("to", "troop"), ["troops", "to"])
    assert not pattern_matches(("arm",), ["army"])
    assert pattern_matches((), [])


@pytest.mark.parametrize(("noun", "code"), [("invasion", "192"), ("visit", "042"), ("talk", "046"),
                                             ("attack", "190")])
def test_nominal_triggers(noun, code):
    bare = [rule for rule in noun_rules(noun) if not rule.pattern]
    assert bare[0].cameo == code


def test_signing_of_a_pact_codes_like_signing_it():
    rule = match_rule(noun_rules("signing"), ["of", "a", "written", "agreement"])
    assert rule.cameo == "057"
