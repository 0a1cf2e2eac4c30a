"""Type a trigger: CAMEO code from the verb dictionary, PLOVER through the crosswalk.

The CAMEO verb dictionary gives, per verb, patterns of words that must follow
it; the longest pattern that matches the trigger's own clause wins ("send
troops" beats "send"). When patterns of the same length give codes of
different PLOVER types, the event classifier picks the type it finds more
likely for the clause. There is no catch-all: a verb the dictionary does not
know, a verb none of whose patterns matches, a phrase the dictionary marks as
no event ("avert an attack"), the public-statement codes (CAMEO 01, which
PLOVER does not type), and a bare verb whose clause the classifier is sure
holds no political event all give no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from realpolitik import codebooks
from realpolitik.codebooks.rules import word_matches

# The endings a text word may add to a pattern word (the codebook's own list).
INFLECTIONS = ("", "s", "es", "ed", "d", "ing")

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.events.frames import Frame

# "Said", "stated", "commented": quote cues and small talk, not events.
GENERIC_STATEMENTS = frozenset({"01", "010"})
# Verbs whose subject-controlled infinitive is an act intended, not done ("wants to assist Y"): a
# pattern of theirs that reads the infinitive as what is asked for ("want help": an appeal) does
# not apply to it.
INTENT_VERBS = frozenset({"seek", "want", "plan", "intend", "aim", "hope", "wish", "pledge", "promise",
                          "vow", "offer", "propose"})
APPEAL_ROOT = "02"
# A bare trigger is dropped when the classifier gives its clause at least this
# probability of holding no political event.
NO_EVENT_VETO = 0.8
# A bare event noun ("support", "sanctions") is kept only when its PLOVER type is
# among the classifier's this many likeliest types for the clause: the noun
# rules come from light-verb objects and are often wrong out of context.
NOUN_CONFIRM_TOP = 3
# A bare event noun takes another of its senses when the classifier gives that sense's type at
# least this probability (and more than the dictionary's first sense).
SENSE_SWITCH = 0.5


@dataclass(frozen=True, slots=True)
class Coding:
    """The codes of one trigger. ``consumed`` holds the indices of the window tokens the pattern used.

    ``reverse``: the winning rule is reverse-coded, so the verb's subject is the event's target
    and its source the agent or "from" phrase ("came under fire from X": X -> subject).
    """

    cameo: str
    type: str
    mode: str | None
    quad_class: int | None
    goldstein: float | None
    intensity: float | None
    consumed: frozenset[int] = frozenset()
    reverse: bool = False


@lru_cache(maxsize=4096)
def _verb_rules(lemma: str) -> tuple:
    """(rule, its pattern words as a set) for a verb lemma, longest pattern first."""
    return tuple((rule, frozenset(rule.pattern)) for rule in codebooks.verb_rules(lemma))


@lru_cache(maxsize=4096)
def _noun_rules(lemma: str) -> tuple:
    return tuple((rule, frozenset(rule.pattern)) for rule in codebooks.noun_rules(lemma))


def has_noun_rules(lemma: str) -> bool:
    """Whether a noun lemma can name an event ("invasion", "talks"): a cheap pre-check."""
    return bool(_noun_rules(lemma))


@lru_cache(maxsize=1024)
def codes_for(cameo_code: str) -> Coding | None:
    """The PLOVER type and scores of a CAMEO code, or None when it names no PLOVER event."""
    entry = codebooks.cameo(cameo_code)
    if entry is None or not entry.plover_type or cameo_code in GENERIC_STATEMENTS:
        return None
    kind = entry.plover_type.upper()
    mode = entry.plover_mode or None
    return Coding(cameo_code, kind, mode, entry.quad_class, entry.goldstein,
                  codebooks.plover_intensity(kind, mode))


def code_frame(frame: Frame, classifier=None, *, subject: str | None = None, dyadic: bool = False) -> Coding | None:
    """The codes of ``frame``'s trigger, or None when it is no recognised political event.

    ``classifier`` (``codebooks.EventClassifier``) settles ties between equally
    specific patterns of different types and must bear out a bare event noun;
    without it the dictionary's order decides. It is not asked about verbs the
    dictionary settles alone: on short clauses it is too unsure to overrule
    the dictionary, and asking costs more than the rest of the stage. ``subject`` is the sector of
    the actor the verb's subject names ("MIL" for "the troops"), for rules that constrain it.
    ``dyadic``: the caller found that an event noun's own phrase names who acts and on whom
    ("Chile's war on Peru"); such a noun needs no bearing out by the classifier.
    """
    rules = _rules_for(frame)
    if frame.kind == "verb" and frame.trigger.lemma_ in INTENT_VERBS:
        rules = _without_own_appeals(rules, frame.window)
    candidates = _best_matches(rules, frame.window, subject)
    if not candidates or not candidates[0][0].is_event:
        return None
    codings = [(codes_for(rule.cameo), used, rule.reverse) for rule, used in candidates]
    codings = [(c, used, reverse) for c, used, reverse in codings if c is not None]
    if not codings:
        return None
    if classifier is not None:
        text = _clause_text(frame.trigger)
        if len({c.type for c, *_ in codings}) > 1:
            scores = _probabilities(classifier, text)
            codings.sort(key=lambda cu: -scores.get(cu[0].type, 0.0))
        if frame.kind == "noun" and not candidates[0][0].pattern:
            codings[0] = _sense(rules, codings[0], classifier, text)
        bare_noun = frame.kind == "noun" and not candidates[0][0].pattern and not dyadic
        if bare_noun and not _confirmed(codings[0][0], classifier, text):
            return None
    coding, used, reverse = codings[0]
    return Coding(coding.cameo, coding.type, coding.mode, coding.quad_class,
                  coding.goldstein, coding.intensity, frozenset(used), reverse)


def _without_own_appeals(rules: tuple, window: tuple[Token, ...]) -> tuple:
    """``rules`` less the appeals whose words name the subject's own intended act: "X wants to
    assist Y" is X's intent to assist, not X asking for assistance (an infinitive the verb controls)."""
    own = [t for t in window if t.dep_ == "xcomp" and t.pos_ in ("VERB", "AUX")]
    if not own:
        return rules
    forms = set().union(*(stems(t.lower_) | stems(t.lemma_.lower()) for t in own))
    return tuple((rule, words) for rule, words in rules
                 if not (rule.cameo.startswith(APPEAL_ROOT) and words & forms))


@lru_cache(maxsize=256)
def _probabilities(classifier, text: str) -> dict[str, float]:
    """The classifier's probabilities for a clause, asked once per clause (several
    triggers often share one)."""
    return classifier.probabilities(text)


def _sense(rules: tuple, coding: tuple, classifier, text: str) -> tuple:
    """For a bare event noun with senses of different types ("strike": an air strike, CAMEO 190, or
    a labour strike, 143), the sense the classifier finds the clause to be about, when it is sure
    (``SENSE_SWITCH``); else ``coding`` (a (Coding, used, reverse) triple) unchanged."""
    kind = coding[0].type
    senses: dict[str, object] = {}
    for rule, _ in reversed(rules):  # shortest patterns first: the noun's most general code per type
        entry = codes_for(rule.cameo) if rule.is_event else None
        if entry is not None and entry.type != kind:
            senses.setdefault(entry.type, entry)
    if not senses:
        return coding
    scores = _probabilities(classifier, text)
    best = max(senses, key=lambda t: scores.get(t, 0.0))
    if scores.get(best, 0.0) < SENSE_SWITCH or scores.get(best, 0.0) <= scores.get(kind, 0.0):
        return coding
    return senses[best], coding[1], False


def _confirmed(coding: Coding, classifier, text: str) -> bool:
    """Whether the classifier bears out a bare trigger (no pattern words)."""
    ranked = sorted(_probabilities(classifier, text).items(), key=lambda item: -item[1])
    if dict(ranked).get(codebooks.NO_EVENT, 0.0) >= NO_EVENT_VETO:
        return False
    likeliest = [kind for kind, _ in ranked if kind != codebooks.NO_EVENT][:NOUN_CONFIRM_TOP]
    return coding.type in likeliest


def _rules_for(frame: Frame) -> tuple:
    lemma = frame.trigger.lemma_.lower()
    if frame.kind == "noun":
        return _noun_rules(lemma)
    particle = next((c.lower_ for c in frame.trigger.children if c.dep_ == "prt"), None)
    phrasal = _verb_rules(f"{lemma} {particle}") if particle else ()
    return phrasal or _verb_rules(lemma)


def _best_matches(rules: tuple, window: tuple[Token, ...],
                  subject: str | None = None) -> list[tuple[object, tuple[int, ...]]]:
    """The matching rules with the longest pattern, in dictionary order, with the tokens they used.

    A rule for a particular subject (``rule.subject``) applies only when ``subject`` is that
    sector, and then outranks the general rules of the same length ("troops came under fire").
    """
    forms = [stems(t.lower_) | stems(t.lemma_.lower()) for t in window]
    present = frozenset().union(*forms) if forms else frozenset()
    best: list = []
    length = -1
    for rule, words in rules:
        if len(rule.pattern) < length:
            break
        if not words <= present or rule.subject not in (None, subject):
            continue
        used = match_pattern(rule.pattern, window, forms, guarded=_yields_nothing(rule))
        if used is None:
            continue
        if len(rule.pattern) > length:
            best, length = [], len(rule.pattern)
        if not best or best[0][0].subject is None or rule.subject is not None:
            best.append((rule, used))
    return best


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The pattern words ``word`` can stand for: itself and itself less an inflection
    the codebook allows ("troops" -> "troop", "attacked" -> "attack")."""
    found = {word}
    for ending in INFLECTIONS:
        if ending and word.endswith(ending) and len(word) > len(ending):
            found.add(word[: -len(ending)])
    return frozenset(f for f in found if word_matches(f, word))


def match_pattern(pattern: tuple[str, ...], window: tuple[Token, ...], forms=None, *,
                  guarded: bool = False) -> tuple[int, ...] | None:
    """Token indices matching ``pattern``'s words in order (gaps allowed), or None.

    A word matches a token's lower-case form or its lemma, inflected as the
    codebook allows ("troop" matches "troops"). ``forms`` (``stems`` of each
    window token) may be passed to save recomputing them. ``guarded``: a word
    may not match the object of a preposition the pattern does not name.
    """
    if forms is None:
        forms = [stems(t.lower_) | stems(t.lemma_.lower()) for t in window]
    used: list[int] = []
    position = 0
    for word in pattern:
        while position < len(window) and (word not in forms[position]
                                          or (guarded and _in_unnamed_phrase(window[position], pattern))):
            position += 1
        if position == len(window):
            return None
        used.append(window[position].i)
        position += 1
    return tuple(used)


def _yields_nothing(rule) -> bool:
    """Whether a rule codes no event: the dictionary's null code or a plain comment (010)."""
    return not rule.is_event or rule.cameo in GENERIC_STATEMENTS


def _in_unnamed_phrase(token: Token, pattern: tuple[str, ...]) -> bool:
    """Whether ``token`` is the object of a preposition that ``pattern`` does not name.

    The dictionary's patterns that code nothing read their noun as the verb's object ("defend
    the war" is a comment on it); "defended the town in the war" is still an act of defence.
    """
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ not in pattern


def _clause_text(trigger: Token) -> str:
    head = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return head.doc[head.left_edge.i: head.right_edge.i + 1].text
