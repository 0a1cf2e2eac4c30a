"""How many: counts of people, units or weapons tied to an event.

``parse_quantity`` reads a number phrase ("at least 10,000", "1.5 million",
"10k", "thousands"); ``quantity_for_clause`` finds the count an event's clause
gives for people, units or weapons ("about 8,000 soldiers", "killed at least
12") and ignores years, money, percentages, distances and ordinals.

Vague plurals count as their unit, the least they can mean: "thousands" is
1,000, "tens of thousands" 10,000, "hundreds" 100, "hundreds of thousands"
100,000, "millions" 1,000,000, "dozens" and "a dozen" 12, "scores" 20;
"several thousand" and "a few hundred" are 1,000 and 100.
"""

from __future__ import annotations

import re

from realpolitik.events.dates import clause_head

UNITS = {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
         "billions": 10**9, "tens": 10}
SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1}
# Words around a number that do not change it ("at least", "some", "nearly", "up to", "more than").
HEDGES = re.compile(r"^(?:at least|at most|about|around|some|nearly|almost|approximately|roughly|an estimated|"
                    r"estimated|more than|over|up to|as many as|fewer than|less than|under|close to|"
                    r"several|a few|few|many|just over|just under|upwards of|no fewer than|no less than)\s+")
# What a count of an event may count: people, armed units, weapons and vehicles, casualties.
_COUNT_WORDS = """
troop soldier personnel serviceman servicemen fighter militant combatant rebel insurgent guerrilla mercenary
volunteer conscript reservist recruit officer sailor marine pilot commando sniper guard policeman police
people person civilian resident citizen villager refugee migrant worker prisoner hostage detainee captive
protester demonstrator rioter student member delegate diplomat official envoy journalist man woman child
family casualty death dead wounded injured victim body
missile rocket drone shell bomb warhead munition round mine grenade rifle gun weapon artillery howitzer
tank vehicle truck aircraft jet warplane fighter-jet plane helicopter ship warship vessel boat submarine
destroyer frigate carrier battalion brigade division regiment unit platoon squadron battery
launcher system
"""
COUNT_NOUNS = frozenset(_COUNT_WORDS.split())
# Nouns that take a count of people as "a force of 10,000" or "a 10,000-strong force".
FORCE_NOUNS = frozenset({"force", "contingent", "army", "deployment", "detachment", "garrison", "convoy",
                         "crowd", "delegation"})
SKIP_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_NUMBER = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+)\s*(k|m|bn)?$")
_SUFFIX = {"k": 1000, "m": 10**6, "bn": 10**9}


def parse_quantity(phrase: str) -> int | None:
    """The number a phrase states ("at least 10,000" -> 10000), or None when it states none.

    Hedges ("about", "at least", "up to") are dropped; vague plurals take the values in the module
    docstring. Fractions of a unit round to whole numbers ("1.5 million" -> 1500000).
    """
    text = " ".join(phrase.lower().replace("-", " ").split())
    while (stripped := HEDGES.sub("", text)) != text:
        text = stripped
    if text in VAGUE:
        return VAGUE[text]
    vague = re.fullmatch(r"(tens|hundreds) of (thousands|millions)", text)
    if vague:
        return VAGUE[vague[1]] * VAGUE[vague[2]]
    return _exact_number(text.split())


def _exact_number(words: list[str]) -> int | None:
    """'1.5 million', 'two million', 'twenty five', '10k', 'a dozen' -> int; None for anything else."""
    total, current, seen = 0, 0.0, False
    for word in words:
        if word in UNITS:
            current = (current or 1) * UNITS[word]
            if UNITS[word] >= 1000:
                total, current = total + current, 0.0
        elif word in SMALL:
            current += SMALL[word]
        elif (match := _NUMBER.match(word)) is not None:
            current += float(match[1].replace(",", "")) * _SUFFIX.get(match[2] or "", 1)
        elif word != "and":
            return None
        seen = seen or word != "and"
    return round(total + current) if seen else None


def quantity_for_clause(sent, trigger) -> int | None:
    """The count the clause of ``trigger`` (a spaCy Token in the Span ``sent``) gives, or None.

    A count qualifies when it numbers a noun of ``COUNT_NOUNS`` ("8,000 soldiers", "thousands of troops"),
    sizes a force ("a 10,000-strong force", "a contingent of 3,000") or stands alone as an argument of a
    verb ("killed at least 12"). Numbers inside DATE, TIME, MONEY, PERCENT, ORDINAL or QUANTITY entities never
    count. Nearest the trigger wins, counts inside the trigger's subtree first.
    """
    own = clause_head(trigger)
    best: tuple[tuple[int, int], int] | None = None
    for run in _number_runs(sent):
        value = _count_of(run)
        if value is None or clause_head(run[-1]) != own:
            continue
        rank = (0 if trigger.is_ancestor(run[-1]) else 1, abs(run[-1].i - trigger.i))
        if best is None or rank < best[0]:
            best = (rank, value)
    return None if best is None else best[1]


def _is_number_word(token) -> bool:
    lower = token.lower_
    return token.tag_ == "CD" or lower in VAGUE or lower in UNITS or (lower in SMALL and lower not in ("a", "an"))


def _number_runs(sent) -> list[list]:
    """Maximal runs of number tokens outside skipped entities ("1.5 million", "tens of thousands")."""
    runs: list[list] = []
    for token in sent:
        if token.ent_type_ in SKIP_ENTITIES or not _is_number_word(token):
            continue
        previous = runs[-1][-1] if runs else None
        joined_by_of = previous is not None and token.i == previous.i + 2 and token.nbor(-1).lower_ == "of" \
            and previous.lower_ in ("tens", "hundreds")
        if previous is not None and (token.i == previous.i + 1 or joined_by_of):
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _count_of(run: list) -> int | None:
    """The run's value when it counts people, units or weapons; None otherwise."""
    text = " ".join(t.text for t in run)
    if len(run) > 1 and run[1].i == run[0].i + 2:
        text = f"{run[0].text} of {run[1].text}"
    value = parse_quantity(_with_article(run, text))
    if value is None or _is_money(run):
        return None
    noun = _counted_noun(run)
    if noun is not None:
        return value if _is_countable(noun) else None
    last = run[-1]
    if _sizes_force(last):
        return value
    is_argument = last.dep_ in ("dobj", "nsubjpass", "nsubj") and last.head.pos_ == "VERB"
    looks_like_year = len(run) == 1 and re.fullmatch(r"1\d{3}|20\d{2}", last.text) is not None
    return value if is_argument and not looks_like_year else None


def _with_article(run: list, text: str) -> str:
    """'a dozen', 'a million': the article before a unit word is part of the number."""
    first = run[0]
    if first.lower_ in UNITS and first.i > first.sent.start and first.nbor(-1).lower_ in ("a", "an"):
        return "a " + text
    return text


def _counted_noun(run: list):
    """The noun a run numbers: its head for "8,000 soldiers", the object of "of" for "thousands of troops"."""
    last = run[-1]
    if last.lower_ in VAGUE or last.lower_ in UNITS:
        for child in last.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    if last.dep_ in ("nummod", "compound", "amod", "quantmod") and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    return None


def _sizes_force(last) -> bool:
    """'a force of 10,000' or 'a 10,000-strong force'."""
    doc = last.doc
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in FORCE_NOUNS:
        return True
    strong = doc[last.i + 2] if last.i + 2 < len(doc) and doc[last.i + 1].text == "-" else None
    return strong is not None and strong.lower_ == "strong" and strong.head.lemma_.lower() in FORCE_NOUNS | COUNT_NOUNS


def _is_countable(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in COUNT_NOUNS or noun.lower_ in COUNT_NOUNS or noun.ent_type_ == "NORP"


def _is_money(run: list) -> bool:
    first = run[0]
    before = first.nbor(-1) if first.i > first.sent.start else None
    return before is not None and before.tag_ == "$"
