"""Verb and noun trigger rules from the CAMEO 2.0 verb dictionary.

A rule says: this lemma, followed (in order, gaps allowed, within its clause) by these words,
is the CAMEO event ``cameo``. ``scripts/build_codebooks.py`` converts PETRARCH-2's dictionary
into ``data/verbs.tsv``; its NOTICE lists what the conversion drops (patterns that constrain the
subject, reverse-only codes). A rule whose code is ``NULL_CODE`` ("---") marks a phrase the
dictionary says is *not* an event ("avert an attack", "defuse a bomb"): when it is the best match,
the clause yields no event. A rule with ``reverse`` set codes an event whose target is the verb's
subject ("X came under attack from Y", "X received a loan from Y"): the caller swaps source and
target. A rule with ``subject`` set applies only when the verb's subject is an actor of that
sector ("troops reached Kursk" is a deployment; "the talks reached a stage" is not). Light and
generic verbs ("go", "seek", "prepare") have no bare rule: only a pattern makes
them an event. Speech verbs ("say", "tell") carry the dictionary's statement patterns
(010-014); the event of a reported clause is better read from the clause itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from realpolitik.codebooks.tables import read_table

NULL_CODE = "---"
# The table writes a rule's subject constraint as the pattern's first word: "^mil".
SUBJECT_MARK = "^"
# Inflections a pattern word may carry in text: the dictionary's words are mostly bare stems
# ("troop", "attack") and TABARI matched them as prefixes; we allow only these endings.
_ENDINGS = ("", "s", "es", "ed", "d", "ing")


@dataclass(frozen=True, slots=True)
class VerbRule:
    """``lemma`` (lower case) followed by the words of ``pattern`` is CAMEO event ``cameo``.

    ``pattern`` is () for the bare verb. ``cameo`` is a code of the CAMEO table, or "---" for a
    phrase that is not an event. ``reverse`` is True when the verb's subject is the event's
    *target* and its source is the agent ("by"/"from" phrase) or object: "Kyiv came under attack
    from Russia" is Russia -> Kyiv, 190; the caller swaps source and target. ``subject`` is the
    sector (upper case, "MIL") the verb's subject must have for the rule to apply, or None.
    """

    lemma: str
    pattern: tuple[str, ...]
    cameo: str
    reverse: bool = False
    subject: str | None = None

    @property
    def is_event(self) -> bool:
        return self.cameo != NULL_CODE


@cache
def _rules(table: str) -> dict[str, tuple[VerbRule, ...]]:
    grouped: dict[str, list[VerbRule]] = {}
    for row in read_table(table):
        words = row["pattern"].split()
        subject = words.pop(0)[len(SUBJECT_MARK):].upper() if words and words[0].startswith(SUBJECT_MARK) else None
        rule = VerbRule(row["lemma"], tuple(words), row["cameo"], reverse=row.get("reverse") == "1",
                        subject=subject)
        grouped.setdefault(rule.lemma, []).append(rule)
    # Longest pattern first; of equal length, a rule for a particular subject before the general one.
    return {lemma: tuple(sorted(rules, key=lambda r: (-len(r.pattern), r.subject is None)))
            for lemma, rules in grouped.items()}


def verb_rules(lemma: str) -> tuple[VerbRule, ...]:
    """The rules of a verb lemma ("send"), most specific (longest pattern) first; () if none."""
    return _rules("verbs.tsv").get(lemma.strip().lower(), ())


@cache
def noun_rules(lemma: str) -> tuple[VerbRule, ...]:
    """The rules of a nominal trigger ("invasion", "signing", "visit", "talks"), longest first.

    The table keeps nouns singular; a lemma also finds the rules of its plural or singular form
    ("talks" finds "talk", as lemmatisers leave some plurals as they are).
    """
    table = _rules("nouns.tsv")
    key = lemma.strip().lower()
    forms = (key, key + "s", key + "es", key[:-1] if key.endswith("s") else key,
             key[:-2] if key.endswith("es") else key)
    found = [rule for form in dict.fromkeys(forms) for rule in table.get(form, ())]
    return tuple(sorted(found, key=lambda rule: -len(rule.pattern)))


def word_matches(pattern_word: str, word: str) -> bool:
    """Whether a text word (lower case) is the pattern word, possibly inflected."""
    return any(word == pattern_word + ending for ending in _ENDINGS)


def pattern_matches(pattern: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``pattern`` occurs in ``words`` in order, gaps allowed."""
    remaining = iter(words)
    return all(any(word_matches(wanted, word) for word in remaining) for wanted in pattern)


def match_rule(rules: Sequence[VerbRule], following: Sequence[str], subject: str | None = None) -> VerbRule | None:
    """The most specific rule whose pattern the ``following`` words (lower case, the trigger's
    clause after it) contain, or None. May be a null rule (``not rule.is_event``). ``subject``:
    the sector of the verb's subject; rules for another subject are skipped."""
    return next((rule for rule in rules if rule.subject in (None, subject)
                 and pattern_matches(rule.pattern, following)), None)
