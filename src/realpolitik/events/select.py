"""Which coded triggers of a sentence become events: fewer, right events.

A sentence often holds several coded verbs that tell one act: "prepared to
attend the summit", "agreed to lift sanctions", "asked Peru to withdraw".
The rules, applied to a sentence's candidates (trigger, codes, dyads):

1. A verb and the verb it controls through a "to"-infinitive or gerund
   (xcomp, and the verbs coordinated with that one) tell one act:
   - with subject control ("X agreed to lift", "X prepared to attend") the
     inner verb names the act and the outer verb only its stance, which
     modality already records: the inner event stands, the outer goes;
   - with object control ("X asked Y to withdraw", "X urged Y to help") the
     outer verb is the act, a request or demand to Y, and the inner one is
     only what was asked for: the inner event goes, whether or not the
     outer verb is coded;
   - a threat ("X threatened to retaliate against Y") is the act, with the
     target of what it threatens; the threatened act goes;
   - a passive's subject controls its infinitive ("Y was urged to withdraw",
     "Y is due to visit"): when the passive is itself an event it is
     the request and the inner event goes; otherwise ("scheduled",
     "expected") the inner event stands.
   An outer verb whose own pattern used up the inner verb ("wants to
   attack" as a threat) already left no inner candidate.
2. An event needs both a source and a target, as CAMEO coders and PETRARCH
   code them, except acts that need no one to act on: shows of force
   (MOBILIZE: exercises, tests, alerts), protests, and condemnations or
   rejections of a thing rather than an actor (ACCUSE, REJECT: "condemned
   the summit", "rejected calls for a ceasefire"). A reverse-coded act
   ("X's troops came under fire") names its target and may leave its source
   unknown.
3. An event noun that is the object of a verb that is itself an event
   ("condemned the allegations", "accused X of aggression") adds nothing:
   the verb's event tells the act.
4. A cooperative act (CAMEO 04-08) that the subject only seeks, plans,
   pledges, offers or agrees to do ("X seeks to deepen ties with Y", "X pledged to
   send aid", "X agreed to reopen its embassy") is the intent to do it, as CAMEO codes it (03: "express intent
   to cooperate", PLOVER's AGREE: a promise or offer to cooperate): 06x
   becomes 031x, 07x 033x, 08x 035x, 04 036 and 05 032. So is a cooperative act
   other than a meeting that its doer announces for the future ("X said it
   would release the detainees", "X announced it will send aid"); a meeting
   announced ("X and Y will meet") stays a meeting, as CAMEO coders code it.
5. A cooperative act that is refused ("X would not send aid", "X won't meet
   Y", "X refused to withdraw") is a rejection, as CAMEO codes it (12: 125
   reject a meeting, 121 material cooperation, 124 refuse to yield); its
   modality is that of the refusal, not "negated".

Tokens stay inside the events package.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from realpolitik.events.coding import INTENT_VERBS, codes_for
from realpolitik.quotes.lexicon import cue_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.events.coding import Coding
    from realpolitik.events.frames import Frame

# PLOVER types whose events may lack a target (rule 2).
UNDIRECTED_TYPES = frozenset({"MOBILIZE", "PROTEST", "ACCUSE", "REJECT"})
CONTROL_DEPS = frozenset({"xcomp"})
# CAMEO's intent code for each cooperative root (rule 4); a sub-code maps digit for digit where
# CAMEO numbers them alike (062 -> 0312, 072 -> 0332, 084 -> 0353).
# Verbs whose subject-controlled act is only intended or promised (rule 4): "agreed to reopen
# embassies" is PLOVER's AGREE ("agree to ... cooperate"), the reopening not yet done.
COMMITMENT_VERBS = INTENT_VERBS | {"agree"}
INTENT_ROOTS = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
INTENT_SUBCODES = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331",
                   "072": "0332", "073": "0333", "074": "0334", "081": "0351", "082": "0352",
                   "084": "0353", "085": "0354", "086": "0355", "087": "0356"}

# A refused cooperative act is a rejection (rule 5): of a meeting (04) -> 125, of diplomatic
# cooperation (05) -> 120, of material cooperation or aid (06, 07) -> 121, refusing to yield (08) -> 124.
REFUSAL_CODES = {"04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}
REFUSING_VERBS = frozenset({"refuse", "decline"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "wo", "'ll", "shall"})

Pair = tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A coded trigger and the (source, target) pairs of the events it makes."""

    frame: Frame
    coding: Coding
    pairs: tuple[Pair, ...]


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that become events, in their order, with only their complete pairs (rule 2),
    one of each controlling and controlled verb (rule 1).

    ``candidates`` are one sentence's coded triggers that have actors.
    """
    complete = []
    for candidate in candidates:
        pairs = tuple(p for p in candidate.pairs if is_complete(p, candidate.coding.type, candidate.coding.reverse))
        if pairs:
            complete.append(Candidate(candidate.frame, candidate.coding, pairs))
    by_trigger = {c.frame.trigger.i: c for c in complete}
    dropped: set[int] = set()
    for candidate in complete:
        verb = _controlling_verb(candidate.frame.trigger)
        if verb is None:
            continue
        outer = by_trigger.get(verb.i)
        if _object_controlled(verb) or (_passive_controlled(verb) and outer is not None) or _threat(outer):
            dropped.add(candidate.frame.trigger.i)
        elif verb.i in by_trigger:
            dropped.add(verb.i)
    dropped.update(c.frame.trigger.i for c in complete if _argument_of_coded_verb(c.frame, by_trigger))
    return [_as_refusal(_as_intent(c)) for c in complete if c.frame.trigger.i not in dropped]


def _threat(candidate: Candidate | None) -> bool:
    """Whether a controlling verb's event is a threat: what it threatens is not done (rule 1)."""
    return candidate is not None and candidate.coding.type == "THREATEN"


def _as_intent(candidate: Candidate) -> Candidate:
    """``candidate`` coded as the intent to act when its act is cooperative and only intended or
    announced (rule 4)."""
    cameo = candidate.coding.cameo
    if cameo[:2] not in INTENT_ROOTS or not (_intended(candidate.frame.trigger) or _announced(candidate)):
        return candidate
    intent = codes_for(INTENT_SUBCODES.get(cameo[:3], INTENT_ROOTS[cameo[:2]]))
    if intent is None:
        return candidate
    return Candidate(candidate.frame, replace(intent, consumed=candidate.coding.consumed), candidate.pairs)


def _intended(trigger: Token) -> bool:
    """Whether the subject of ``trigger`` only seeks, plans or offers to do it ("X seeks to deepen ties")."""
    verb = _controlling_verb(trigger)
    return verb is not None and verb.lemma_ in COMMITMENT_VERBS and not _object_controlled(verb)


def _announced(candidate: Candidate) -> bool:
    """Whether a cooperative act other than a meeting is a future one its doer announces ("X said it
    would release the detainees", "X announced it will send aid") (rule 4)."""
    trigger = candidate.frame.trigger
    return (candidate.coding.cameo[:2] != "04" and trigger.dep_ == "ccomp" and trigger.head.lemma_ in cue_verbs()
            and _has_future_auxiliary(trigger) and not any(c.dep_ == "neg" for c in trigger.children))


def _as_refusal(candidate: Candidate) -> Candidate:
    """``candidate`` coded as the refusal of its act when its act is cooperative and refused (rule 5)."""
    cameo = candidate.coding.cameo
    if cameo[:2] not in REFUSAL_CODES or not is_refusal(candidate.frame.trigger):
        return candidate
    refusal = codes_for(REFUSAL_CODES[cameo[:2]])
    if refusal is None:
        return candidate
    return Candidate(candidate.frame, replace(refusal, consumed=candidate.coding.consumed), candidate.pairs)


def is_refusal(trigger: Token) -> bool:
    """Whether the act of ``trigger`` is refused: negated with "will" or "would" ("X would not
    send aid", "X won't meet Y"), or the infinitive of "refuse" or "decline" ("X refused to
    withdraw") (rule 5)."""
    if any(c.dep_ == "neg" for c in trigger.children) and _has_future_auxiliary(trigger):
        return True
    verb = _controlling_verb(trigger)
    return verb is not None and verb.lemma_ in REFUSING_VERBS and not _object_controlled(verb)


def _has_future_auxiliary(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def is_complete(pair: Pair, kind: str, reverse: bool = False) -> bool:
    """Whether a (source, target) pair makes an event of PLOVER type ``kind`` (rule 2);
    ``reverse``: the event was coded from its target's side, whose source may be unknown."""
    source, target = pair
    if reverse and target is not None:
        return True
    return source is not None and (target is not None or kind in UNDIRECTED_TYPES)


def _controlling_verb(trigger: Token) -> Token | None:
    """The verb that controls ``trigger`` through an infinitive or gerund, if any.

    "scheduled to give a speech and meet dissidents": "meet" is coordinated
    with "give", which "scheduled" controls.
    """
    token = trigger
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.i == token.head.i or not (token.dep_ in CONTROL_DEPS or infinitive_with_subject(token)):
        return None
    return token.head


def infinitive_with_subject(verb: Token) -> bool:
    """Whether ``verb`` is a "to"-infinitive clause with a subject of its own, as parsers often
    read an object-controlled infinitive ("wants Peru to leave": "Peru" the subject of "leave")."""
    return (verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))


def _argument_of_coded_verb(frame: Frame, by_trigger: dict[int, Candidate]) -> bool:
    """Whether an event noun is the object of a verb that is itself an event (rule 3)."""
    if frame.kind != "noun":
        return False
    head = frame.trigger.head
    if frame.trigger.dep_ == "pobj":
        head = head.head
    return head.i != frame.trigger.i and head.pos_ == "VERB" and head.i in by_trigger


def _passive_controlled(verb: Token) -> bool:
    """Whether ``verb`` is a passive whose subject controls its infinitive ("Peru was urged to
    withdraw", "X is expected to attend"): an act asked of the subject when ``verb`` is an event."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ in CONTROL_DEPS for c in verb.children)


def _object_controlled(verb: Token) -> bool:
    """Whether ``verb`` has a direct object that its infinitive's act is asked of ("asked Peru to")."""
    children = list(verb.children)
    return ((any(c.dep_ == "dobj" for c in children) and any(c.dep_ in CONTROL_DEPS for c in children))
            or any(infinitive_with_subject(c) for c in children))
