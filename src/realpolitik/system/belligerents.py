"""Who fights whom: wars named by nouns, and the forces the text says fight in them.

Wars (``war_signals``). A war noun (``wars`` in the lexicon) is a conflict between its
belligerent and its target, or among the states it is "between":

- target: the object of "on", "against", "with" or "in" ("the war on Y", "the war in Y"),
  also of "of" for an agent noun ("the invasion of Y"); for a place noun, the one state in
  its adjectives and compounds ("the Ukraine war"); a place noun with two or more states
  there is a war among them ("the Iran-Iraq war");
- belligerent: a possessor that is a name ("Russia's war on Y", "Russia's war effort");
  the state in an agent noun's adjectives ("the Russian invasion of Y"); else the side the
  war is fought for, when the noun hangs (through prepositions and nouns) on a support word:
  the possessor of a support noun ("X's primary supporter in its war on Y": the pronoun
  there stands for the supported X, whatever else it could refer to), the recipient of a
  support verb ("supplying shells to X for its war", "supporting X throughout the invasion",
  "troops sent to X for the war in Y"); else a possessive pronoun as the actor layer resolved it.

A war noun with a belligerent but no target takes the article's war target when the
article names exactly one ("the war", "the invasion", "its war effort" once "the war in Y"
is known). Wars below a hedge ("the risk of war"), "no war", and an indefinite war in a
negated, modal or conditional clause ("it could start a war") are left out, and so is a war
that an event of the same pair covers in the same sentence. Known limit: "X's war in Y"
reads X as fighting Y, which misreads an intervention on the side of Y's government.

Combatants (``combatant_signals``). When the text says a state's forces fight, battle or
clash, come under fire or attack, or are killed or wounded (not in a negated, modal or
conditional clause), that state is hostile to the object of "against" (or of the verb) if
there is one; else to every enemy of the side it fights for: a state named by "for", "in"
or "alongside" on the verb, or the state its troops were sent to by an event (MOBILIZE, or
military AID). Enemies come from violent signals (events and wars) only; nothing is
inferred where the text does not say they fight, nor when they fight "in" a named war
without saying against whom ("sent soldiers to fight in the Korean war"), and a side the
state is itself at war with is no side of it. Known limit: the enemies of the side are
those of any war in the article, whatever its time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from realpolitik.model import Event, Quote
from realpolitik.system.relations import LEFT_OUT_MODALITIES, Signal, lexicon, state_of
from realpolitik.system.statements import Reader, clause_verb, covered, hedged, indefinite, irrealis

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from realpolitik.actors.layer import ActorLayer

WAR_SCORE = -1.0
COMBAT_SCORE = -0.8
TARGET_PREPS = ("on", "against", "with", "in")
SIDE_PREPS = ("for", "in", "alongside")
UNDER_FIRE = ("fire", "attack", "shelling", "bombardment", "assault")
COMBAT_VERBS = ("fight", "battle", "clash")
CASUALTY_VERBS = ("kill", "wound", "injure", "capture")
DEPLOYMENT_CODES = ("072", "074")


@dataclass(frozen=True, slots=True)
class War:
    """A war noun read: its belligerents and targets, or the states it is among."""

    token: Token
    belligerents: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    among: tuple[str, ...] = ()


def war_signals(doc: Doc, layer: ActorLayer, quotes: Sequence[Quote], events: Sequence[Event], *,
                labels: frozenset[tuple[int, int]] = frozenset()) -> list[Signal]:
    """Conflict signals from the war nouns of ``doc`` (see the module docstring); ``labels``:
    mentions that name no actor (``statements.label_mentions``)."""
    reader = Reader(layer, quotes, labels)
    wars = [w for t in doc if (w := read_war(t, reader)) is not None]
    known = {t for w in wars for t in w.targets}
    signals: list[Signal] = []
    for w in wars:
        targets = w.targets or (tuple(known) if len(known) == 1 else ())
        pairs = list(combinations(w.among, 2)) + [(b, t) for b in w.belligerents for t in targets]
        found = reader.signals(pairs, WAR_SCORE, "conflict", w.token, "violent")
        signals += [s for s in found if not covered(s, w.token, events, layer)]
    return signals


def read_war(noun: Token, reader: Reader) -> War | None:
    """The war a noun names, or None when it names none (see the module docstring)."""
    kinds = lexicon()["wars"]
    role = kinds.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    if role is None or hedged(noun) or (indefinite(noun) and irrealis(clause_verb(noun))):
        return None
    among = reader.objects(noun, ("between", "among"))
    if len(among) >= 2:
        return War(noun, among=tuple(among))
    modifiers = [a for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                 for a in reader.actors(c.left_edge.idx, c.idx + len(c))]
    targets = reader.objects(noun, TARGET_PREPS + (("of",) if role == "agent" else ()))
    if role == "place" and len(modifiers) >= 2 and not targets:
        return War(noun, among=tuple(modifiers))
    belligerents = modifiers if role == "agent" else []
    targets += modifiers if role == "place" else []
    belligerents += _possessor(noun, reader, names=True)
    if not belligerents:
        belligerents = supported_side(noun, reader) or _possessor(noun, reader, names=False)
    targets = [t for t in dict.fromkeys(targets) if t not in belligerents]
    if not belligerents and not targets:
        return None
    return War(noun, tuple(dict.fromkeys(belligerents)), tuple(targets))


def _possessor(noun: Token, reader: Reader, *, names: bool) -> list[str]:
    """The actors of the possessor of ``noun`` (or of the noun it is a compound of: "X's war
    effort"), names only or pronouns only."""
    owner = noun.head if noun.dep_ == "compound" else noun
    return [a for c in owner.children if c.dep_ == "poss" and (c.pos_ != "PRON") == names
            for a in reader.phrase(c)]


def supported_side(noun: Token, reader: Reader) -> list[str]:
    """The state a war is fought for, read off the support word it hangs on, or [] (see the module docstring)."""
    lex = lexicon()
    token = noun
    for _ in range(8):
        head = token.head
        if head is token:
            return []
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and lemma in lex["war_support_nouns"]:
            owner = head
            while owner.dep_ == "conj":
                owner = owner.head
            found = [a for c in owner.children if c.dep_ == "poss" for a in reader.phrase(c)]
            if found:
                return found
        if head.pos_ in ("VERB", "AUX"):
            return recipients(head, reader) if lemma in lex["war_support_verbs"] else _attribute_owner(head, reader)
        token = head
    return []


def _attribute_owner(verb: Token, reader: Reader) -> list[str]:
    """For a copula whose attribute is a support noun ("it is X's supporter in its war"), its possessor."""
    if verb.lemma_.lower() != "be":
        return []
    nouns = set(lexicon()["war_support_nouns"])
    return [a for attr in verb.children if attr.dep_ == "attr" and attr.lemma_.lower() in nouns
            for c in attr.children if c.dep_ == "poss" for a in reader.phrase(c)]


def recipients(verb: Token, reader: Reader) -> list[str]:
    """Who a support verb gives to: its indirect object or "to" object, else its direct object."""
    found = [a for c in verb.children if c.dep_ == "dative" for a in reader.phrase(c)]
    found += reader.objects(verb, ("to",))
    if not found:
        found = [a for c in verb.children if c.dep_ == "dobj" for a in reader.phrase(c)]
    return list(dict.fromkeys(found))


def combatant_signals(doc: Doc, layer: ActorLayer, quotes: Sequence[Quote], events: Sequence[Event],
                      signals: Sequence[Signal], *, labels: frozenset[tuple[int, int]] = frozenset()) -> list[Signal]:
    """Conflict signals for states whose forces the text says fight (see the module docstring)."""
    reader = Reader(layer, quotes, labels)
    enemies = _enemies(signals)
    found: list[Signal] = []
    for token in doc:
        if not _is_combat(token) or irrealis(token):
            continue
        for state in _fighters(token, reader):
            explicit = reader.objects(token, ("against",))
            explicit += [a for c in token.children if c.dep_ == "dobj" for a in reader.phrase(c)]
            if explicit:
                foes = set(explicit)
            elif _in_named_war(token):  # "fought in the Korean war": which side is not said
                foes = set()
            else:
                sides = _sides(token, state, reader, events, layer)
                foes = {e for side in sides if state not in enemies.get(side, ()) for e in enemies.get(side, ())}
            found += reader.signals([(state, foe) for foe in sorted(foes)], COMBAT_SCORE, "conflict", token, "violent")
    return found


def _enemies(signals: Sequence[Signal]) -> dict[str, set[str]]:
    enemies: dict[str, set[str]] = {}
    for s in signals:
        if s.tier == "violent" and s.score < 0:
            enemies.setdefault(s.source, set()).add(s.target)
            enemies.setdefault(s.target, set()).add(s.source)
    return enemies


def _is_combat(token: Token) -> bool:
    """Fighting, coming under fire, or falling (killed, wounded, captured)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return False
    if lemma in COMBAT_VERBS:
        return True
    if lemma == "come":
        return any(p.lower_ == "under" and any(o.lemma_.lower() in UNDER_FIRE for o in p.children)
                   for p in token.children)
    return lemma in CASUALTY_VERBS and any(c.dep_ == "nsubjpass" for c in token.children)


def _in_named_war(verb: Token) -> bool:
    wars = lexicon()["wars"]
    return any(o.lemma_.lower() in wars for p in verb.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj")


def _fighters(verb: Token, reader: Reader) -> list[str]:
    """The states whose forces do the fighting: the verb's subject, or the noun a participle
    modifies ("North Koreans fighting in Y"), or the object of the verb that sent them ("sent
    soldiers to fight"), when it is a force ("troops", ``forces`` in the lexicon) or names the
    state itself ("Russia", "North Koreans"); volunteers and citizens are not a state's forces."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("acl", "relcl"):
        subjects = [verb.head]
    if not subjects and verb.dep_ in ("xcomp", "advcl"):
        subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
    forces = set(lexicon()["forces"])
    subjects = [s for s in subjects if s.lemma_.lower() in forces or _names_a_state(s, reader)]
    return list(dict.fromkeys(a for s in subjects for a in reader.phrase(s)))


def _names_a_state(token: Token, reader: Reader) -> bool:
    """Whether a mention of a state-level actor covers ``token`` itself ("Koreans" in "North Koreans")."""
    end = token.idx + len(token)
    return any(m.end > token.idx and state_of(m.actor_id, reader.layer)
               for m in reader.layer.mentions_in(token.left_edge.idx, end))


def _sides(verb: Token, state: str, reader: Reader, events: Sequence[Event], layer: ActorLayer) -> list[str]:
    """The states ``state`` fights for: named on the verb ("for Y", "in Y": names, not phrases
    such as "in the Korean war"), or the targets of its troop deployments."""
    named = [a for p in verb.children if p.dep_ == "prep" and p.lower_ in SIDE_PREPS
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
             for a in reader.actors(o.left_edge.idx, o.idx + len(o))]
    sent = [state_of(e.target, layer) for e in events if e.modality not in LEFT_OUT_MODALITIES
            and state_of(e.source, layer) == state and _deployment(e)]
    return [a for a in dict.fromkeys(named + sent) if a and a != state]


def _deployment(event: Event) -> bool:
    """Whether an event sends forces: MOBILIZE, or AID that is military."""
    return event.type == "MOBILIZE" or (event.type == "AID" and (
        (event.cameo or "") in DEPLOYMENT_CODES or event.mode in ("military", "troops")))
