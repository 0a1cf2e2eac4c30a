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
   - a passive's subject controls its infinitive ("Y was urged to withdraw",
     "Y is scheduled to attend"): when the passive is itself an event it is
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
   pledges or offers to do ("X seeks to deepen ties with Y", "X pledged to
   send aid") is the intent to do it, as CAMEO codes it (03: "express intent
   to cooperate", PLOVER's AGREE: a promise or offer to cooperate): 06x
   becomes 031x, 07x 033x, 08x 035x, 04 036 and 05 032.

Tokens stay inside the events package.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from realpolitik.events.coding import codes_for

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.events.coding import Coding
    from realpolitik.events.frames import Frame

# PLOVER types whose events may lack a target (rule 2).
UNDIRECTED_TYPES = frozenset({"MOBILIZE", "PROTEST", "ACCUSE", "REJECT"})
CONTROL_DEPS = frozenset({"xcomp"})
# Verbs whose subject-controlled infinitive is an act intended, not done (rule 4).
INTENT_VERBS = frozenset({"seek", "want", "plan", "intend", "aim", "hope", "wish", "pledge", "promise",
                          "vow", "offer", "propose"})
# CAMEO's intent code for each cooperative root (rule 4); a sub-code maps digit for digit where
# CAMEO numbers them alike (062 -> 0312, 072 -> 0332, 084 -> 0353).
INTENT_ROOTS = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
INTENT_SUBCODES = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331",
                   "072": "0332", "073": "0333", "074": "0334", "081": "0351", "082": "0352",
                   "084": "0353", "085": "0354", "086": "0355", "087": "0356"}

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
        if _object_controlled(verb) or (_passive_controlled(verb) and verb.i in by_trigger):
            dropped.add(candidate.frame.trigger.i)
        elif verb.i in by_trigger:
            dropped.add(verb.i)
    dropped.update(c.frame.trigger.i for c in complete if _argument_of_coded_verb(c.frame, by_trigger))
    return [_as_intent(c) for c in complete if c.frame.trigger.i not in dropped]


def _as_intent(candidate: Candidate) -> Candidate:
    """``candidate`` coded as the intent to act when its act is cooperative and only intended (rule 4)."""
    verb = _controlling_verb(candidate.frame.trigger)
    cameo = candidate.coding.cameo
    if verb is None or verb.lemma_ not in INTENT_VERBS or _object_controlled(verb) or cameo[:2] not in INTENT_ROOTS:
        return candidate
    intent = codes_for(INTENT_SUBCODES.get(cameo[:3], INTENT_ROOTS[cameo[:2]]))
    if intent is None:
        return candidate
    return Candidate(candidate.frame, replace(intent, consumed=candidate.coding.consumed), candidate.pairs)


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
    if token.dep_ not in CONTROL_DEPS or token.i == token.head.i:
        return None
    return token.head


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
    return any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ in CONTROL_DEPS for c in verb.children)
