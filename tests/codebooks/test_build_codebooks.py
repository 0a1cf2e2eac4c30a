"""The verb-dictionary conversion in scripts/build_codebooks.py, on hand-made snippets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
build = pytest.importorskip("build_codebooks")

KNOWN = {"040", "071", "111", "190", "1723"}

SNIPPET = """\
VERB PATTERNS
---  HOST   [040]  ---
WELCOME
GREET [---]
- * ENVOY                                    [040]
- * LOAN (FROM)                              [:071]
- * (UNDER FIRE)                             [:111]
- * CURFEW                                   [17231]
TRANSFORMATIONS
"""


def test_reverse_only_codes_are_kept_with_the_reverse_flag():
    assert build.parse_code(":071", KNOWN) == ("071", True)
    assert build.parse_code("040:071", KNOWN) == ("040", False)
    assert build.parse_code("---", KNOWN) == ("---", False)
    assert build.parse_code("9999", KNOWN) is None


def test_blocks_give_each_verb_the_patterns_with_their_direction():
    rules = build.convert_verb_dictionary_lines(SNIPPET.splitlines(), KNOWN)
    assert rules[("welcome", ())] == ("040", False)
    assert ("greet", ()) not in rules  # its own code says it is no event
    assert rules[("greet", ("loan", "from"))] == ("071", True)
    assert rules[("welcome", ("under", "fire"))] == ("111", True)
    assert rules[("welcome", ("curfew",))] == ("1723", False)  # generalised to the known parent


def test_reviewed_patterns_expand_alternatives():
    assert build.expand_words("deploy troop/soldier to") == [
        ("deploy", "troop", "to"), ("deploy", "soldier", "to")]


def test_light_verb_objects_map_to_listed_nouns_singular_or_plural():
    nouns = {"talk": ("", "046"), "exercise": ("", "150")}
    assert build.listed_noun("talks", nouns) == "talk"
    assert build.listed_noun("exercises", nouns) == "exercise"
    assert build.listed_noun("military", nouns) is None


def test_rows_write_the_reverse_flag_and_put_longer_patterns_first():
    rows = build.sort_rules({("meet", ()): ("040", False), ("meet", ("envoy",)): ("040", False),
                             ("receive", ("loan",)): ("071", True)})
    assert rows == [("meet", ("envoy",), "040", ""), ("meet", (), "040", ""),
                    ("receive", ("loan",), "071", "1")]


def test_a_subject_constraint_stays_the_first_pattern_word_and_gives_no_noun_rule():
    assert build.expand_words("^MIL under fire") == [("^mil", "under", "fire")]
    table = Path(__file__).resolve().parents[2] / "src" / "realpolitik" / "codebooks" / "data" / "cameo.tsv"
    known = {line.split("\t")[0] for line in table.read_text(encoding="utf-8").splitlines()[1:]}
    verb_rules = {("invade", ("^mil",)): ("154", False), ("invade", ("city",)): ("192", False)}
    nouns = build.derive_noun_rules(verb_rules, known)
    assert ("incursion", ("city",)) in nouns
    assert ("incursion", ("^mil",)) not in nouns
