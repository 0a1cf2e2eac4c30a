"""The reviewed corrections of scripts/codebook_sources/, as the shipped tables carry them.

Each test pins one documented rule: which nouns are event nouns and their bare codes, light verbs
without a bare rule, reverse-coded patterns, and the reviewed verb patterns.
"""

from pathlib import Path

import pytest

from realpolitik.codebooks import NULL_CODE, VerbRule, cameo, match_rule, noun_rules, verb_rules

SOURCES = Path(__file__).resolve().parents[2] / "scripts" / "codebook_sources"


def read_source(name: str) -> list[list[str]]:
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]


def bare(rules) -> str | None:
    return next((rule.cameo for rule in rules if not rule.pattern), None)


@pytest.mark.parametrize("noun", ["military", "troop", "soldier", "government", "solution",
                                  "agreement", "deal", "alliance", "election", "hostage"])
def test_nouns_that_name_no_act_trigger_nothing(noun):
    assert noun_rules(noun) == ()


@pytest.mark.parametrize(("noun", "code"), [
    ("war", "190"), ("sanction", "163"), ("embargo", "163"), ("support", "050"), ("aid", "070"),
    ("assistance", "070"), ("loan", "071"), ("ceasefire", "0871"), ("truce", "0871"),
    ("airstrike", "195"), ("shelling", "194"), ("strike", "190"), ("offensive", "190"),
    ("summit", "040"), ("talk", "046"), ("negotiation", "046"), ("mediation", "045"),
    ("veto", "129"), ("withdrawal", "0874"), ("deployment", "154"), ("drill", "150"),
    ("rejection", "120"), ("ratification", "057"), ("coup", "180"), ("trial", "173"),
    ("crackdown", "175"), ("massacre", "202"), ("kidnapping", "181"), ("assassination", "186")])
def test_common_event_nouns_have_their_reviewed_bare_code(noun, code):
    assert bare(noun_rules(noun)) == code


def test_plural_event_nouns_find_the_singular_entry():
    assert bare(noun_rules("sanctions")) == bare(noun_rules("sanction")) == "163"
    assert bare(noun_rules("talks")) == "046"
    assert bare(noun_rules("hostilities")) is None  # "hostility" + "ies" is not a plural we guess


@pytest.mark.parametrize(("noun", "following", "code"), [
    ("release", ["of", "two", "hostages"], "0841"),
    ("signing", ["of", "a", "border", "treaty"], "057"),
    ("test", ["of", "a", "cruise", "missile"], "150"),
])
def test_vague_nouns_are_events_only_with_a_pattern(noun, following, code):
    assert not match_rule(noun_rules(noun), ["on", "monday"]).is_event
    assert match_rule(noun_rules(noun), following).cameo == code


@pytest.mark.parametrize("lemma", ["go", "head", "seek", "want", "prepare", "plan", "take", "give",
                                   "decide", "need", "leave", "conduct", "pay"])
def test_light_verbs_code_nothing_without_an_object_pattern(lemma):
    assert verb_rules(lemma)
    assert bare(verb_rules(lemma)) is None
    assert match_rule(verb_rules(lemma), ["again", "soon"]) is None


@pytest.mark.parametrize(("lemma", "following", "code"), [
    ("go", ["to", "war", "with", "its", "neighbour"], "190"),
    ("seek", ["fresh", "talks"], "026"),
    ("give", ["emergency", "aid"], "070"),
    ("take", ["two", "hostages"], "181"),
])
def test_light_verbs_keep_their_patterns(lemma, following, code):
    assert match_rule(verb_rules(lemma), following).cameo == code


def test_verb_rule_is_forward_unless_told():
    assert VerbRule("attack", (), "190").reverse is False
    assert VerbRule("receive", ("loan",), "071", reverse=True).reverse is True
    assert not any(rule.reverse for rule in verb_rules("attack"))


@pytest.mark.parametrize(("lemma", "following", "code"), [
    ("come", ["under", "heavy", "attack", "from", "the", "rebels"], "190"),
    ("come", ["under", "rocket", "fire"], "194"),
    ("receive", ["a", "large", "loan", "from", "the", "bank"], "071"),
    ("face", ["mounting", "criticism"], "111"),
])
def test_reverse_patterns_swap_source_and_target(lemma, following, code):
    rule = match_rule(verb_rules(lemma), following)
    assert rule.cameo == code and rule.reverse


@pytest.mark.parametrize(("lemma", "following", "code"), [
    ("launch", ["a", "ballistic", "missile", "into", "the", "sea"], "150"),
    ("launch", ["two", "missiles", "at", "the", "port"], "194"),
    ("fire", ["a", "cruise", "missile", "at", "the", "city"], "194"),
    ("fire", ["a", "missile", "into", "the", "sea", "on", "friday"], "150"),
    ("test", ["a", "new", "rocket", "engine"], "150"),
    ("conduct", ["its", "sixth", "nuclear", "test"], "150"),
    ("hold", ["joint", "naval", "drills"], "062"),
    ("stage", ["large", "exercises", "near", "the", "border"], "150"),
    ("deploy", ["more", "troops", "along", "the", "frontier"], "154"),
    ("deploy", ["on", "monday"], "154"),
    ("send", ["troops", "to", "its", "ally"], "072"),
    ("sign", ["a", "gas", "deal"], "057"),
    ("ink", ["a", "defence", "pact"], "057"),
    ("hold", ["talks", "with", "the", "envoy"], "046"),
    ("pledge", ["humanitarian", "aid"], "0333"),
    ("pledge", ["fresh", "aid"], "033"),
    ("vow", ["to", "retaliate"], "138"),
    ("reject", ["the", "idea"], "120"),
    ("sanction", ["three", "banks"], "163"),
])
def test_reviewed_verb_patterns(lemma, following, code):
    assert match_rule(verb_rules(lemma), following).cameo == code


def test_reviewed_nouns_are_in_the_shipped_table_with_known_codes():
    for noun, _verb, code, *_ in read_source("event_nouns.tsv"):
        if code == "-":
            assert noun_rules(noun) == () or noun_rules(noun)[0].lemma != noun
            continue
        assert bare([rule for rule in noun_rules(noun) if rule.lemma == noun]) == code
        assert code == NULL_CODE or cameo(code).plover_type


def test_light_verb_list_matches_the_shipped_table():
    for lemma, *_ in read_source("light_verbs.tsv"):
        assert bare(verb_rules(lemma)) is None


@pytest.mark.parametrize(("lemma", "following", "subject", "code", "reverse"), [
    ("come", ["under", "heavy", "fire"], "MIL", "190", True),
    ("come", ["under", "heavy", "fire"], None, "111", True),
    ("reach", ["the", "border"], "MIL", "154", False),
    ("enter", ["the", "capital"], "MIL", "154", False),
])
def test_subject_rules_apply_only_to_their_sector(lemma, following, subject, code, reverse):
    rule = match_rule(verb_rules(lemma), following, subject)
    assert (rule.cameo, rule.reverse) == (code, reverse)


def test_movement_verbs_without_armed_forces_as_subject_are_no_event():
    assert match_rule(verb_rules("reach"), ["the", "capital"]) is None
    assert match_rule(verb_rules("reach"), ["a", "deal"], "MIL").cameo == "057"


def test_subject_rules_come_before_general_rules_of_their_length():
    rules = verb_rules("come")
    position = {(rule.pattern, rule.subject): i for i, rule in enumerate(rules)}
    assert position[(("under", "fire"), "MIL")] < position[(("under", "fire"), None)]


@pytest.mark.parametrize(("lemma", "following", "code"), [
    ("rely", ["on", "its", "neighbour", "for", "support"], "050"),
    ("depend", ["on", "the", "bank", "for", "aid"], "070"),
    ("rely", ["on", "moscow", "for", "military", "aid"], "072"),
])
def test_reliance_is_reverse_coded_support(lemma, following, code):
    rule = match_rule(verb_rules(lemma), following)
    assert rule.cameo == code and rule.reverse


def test_subject_patterns_give_nouns_no_rules():
    assert not any(rule.subject for noun in ("entry", "crossing", "arrival") for rule in noun_rules(noun))


@pytest.mark.parametrize(("lemma", "following", "code"), [
    ("receive", ["rifles", "and", "weapons", "from", "the", "army"], "072"),
    ("obtain", ["military", "aid", "from", "its", "ally"], "072"),
    ("receive", ["emergency", "aid", "from", "the", "league"], "070"),
])
def test_things_received_from_a_giver_are_its_aid(lemma, following, code):
    rule = match_rule(verb_rules(lemma), following)
    assert rule.cameo == code and rule.reverse


def test_weapons_received_without_a_giver_are_not_reverse_coded_aid():
    rule = match_rule(verb_rules("receive"), ["new", "weapons"])
    assert rule is None or not (rule.cameo == "072" and rule.reverse)


def test_urging_is_an_appeal():
    assert bare(verb_rules("urge")) == "020"
