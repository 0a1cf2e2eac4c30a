"""Predicate-argument frames read off the dependency parse.

A frame is a candidate trigger (a verb, or a noun that names an event) with the
tokens that fill its roles: who acts (``agents``), who or what it is done to
(``patients``, the direct object or the subject of a passive) and its
prepositional phrases (``obliques``, preposition and object). Frames know
nothing about actors or codes; ``extract`` resolves and codes them.

Tokens stay inside the events package: they never leave ``extract_events``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies that open a clause of their own: their words are not part of the
# verb's pattern window and their subjects are not the verb's arguments.
CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "csubj", "acl", "cc", "punct"})
SUBJECTS = frozenset({"nsubj", "csubj"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Words a passive participle attaches with when it modifies its patient
# ("troops being sent", "prisoners released by Israel").
PARTICIPLE_DEPS = frozenset({"acl", "relcl"})


@dataclass(frozen=True, slots=True)
class Frame:
    """One candidate trigger and its role fillers (argument head tokens).

    ``passive`` is True when ``patients`` came from a passive subject or from
    the noun a passive participle modifies. ``window`` holds the tokens after
    the trigger that belong to its own clause, in order: the words that verb
    patterns are matched against. ``borrowed_agent`` marks an event noun whose
    agent is the subject of the verb it is the object of ("X launched an attack").
    ``open_subject`` marks an infinitive whose doer the sentence leaves open ("it was vital to
    defend Y"): whoever says so speaks for the side that would act.
    """

    trigger: Token
    kind: str
    agents: tuple[Token, ...] = ()
    patients: tuple[Token, ...] = ()
    obliques: tuple[tuple[str, Token], ...] = ()
    passive: bool = False
    window: tuple[Token, ...] = ()
    borrowed_agent: bool = False
    open_subject: bool = False


def expand_conjuncts(token: Token) -> tuple[Token, ...]:
    """``token`` and the tokens coordinated with it ("Moscow and Pyongyang").

    A list the parser reads as an apposition ("the US, Russia, and
    Switzerland": "Russia" appos with a conjunct) counts as coordination, and
    so does a name the parser read as modifying the name after "and".
    """
    found = [token, *(t for t in token.conjuncts if t.i > token.i)]
    for child in token.children:
        if child.dep_ == "appos" and any(c.dep_ == "cc" for c in child.children):
            found.extend((child, *child.conjuncts))
        elif _misread_conjunct(token, child):
            found.insert(0, child)
    return tuple(dict.fromkeys(found))


def _misread_conjunct(head: Token, child: Token) -> bool:
    """A name the parser hung on another as a modifier though "and" joins them: "[Xi] and Russian
    President Vladimir [Putin]" read as Xi modifying Putin."""
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children)
    return (head.pos_ == "PROPN" and child.pos_ == "PROPN" and child.i < head.i
            and child.dep_ in ("nmod", "compound") and joined)


def verb_frame(verb: Token) -> Frame:
    """The frame of a verb: subject, objects and prepositional phrases."""
    agents = tuple(_subjects(verb))
    patients = tuple(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    obliques = tuple(obliques_of(verb))
    if verb.dep_ in PARTICIPLE_DEPS and verb.tag_ == "VBN" and not patients:
        # "troops (being) sent to Russia": the modified noun undergoes the act.
        patients, passive = (verb.head,), True
    window = _window(verb)
    if passive:
        agents = tuple(p for prep, p in obliques if prep == "by")
        obliques = tuple((prep, p) for prep, p in obliques if prep != "by")
        window = _patient_words(verb, patients) + window
    open_subject = not agents and not passive and _is_extraposed(verb)
    return Frame(verb, "verb", _flat(agents), _flat(patients), obliques, passive, window,
                 open_subject=open_subject)


def _patient_words(verb: Token, patients: tuple[Token, ...]) -> tuple[Token, ...]:
    """The patient phrase of a passive, read as if it followed the verb.

    "troops were sent to Russia" matches the pattern of "sent troops to Russia".
    """
    words: list[Token] = []
    for patient in patients:
        # The window of a noun leaves out its clauses, so a participle ("troops
        # being sent") is not read twice.
        words.append(patient)
        words.extend(_window(patient))
    return tuple(sorted(words, key=lambda t: t.i))


def noun_frame(noun: Token) -> Frame:
    """The frame of an event noun: possessor or "by" phrase act; "of"/"on"/... phrases suffer.

    "Russia's invasion of Ukraine", "the attack by rebels on the base", and the
    light-verb and copular cases: "X launched an attack on Y" (agent: the verb's
    subject), "X is Y's main backer" (agent: the copula's subject, patient: Y).
    """
    owner = _possessor(noun)
    obliques = tuple(obliques_of(noun))
    agents = [p for prep, p in obliques if prep == "by"]
    if not agents and owner is None:
        # "support from Moscow", "pressure from Congress": who gives it.
        agents = [p for prep, p in obliques if prep == "from"]
    patients: list[Token] = []
    if owner is not None and _is_copular_complement(noun):
        agents, patients = list(_subjects(_governor(noun))), [owner]
    elif owner is not None:
        agents.append(owner)
    # "Israeli shelling", "the US-led strikes": an actor word before the noun acts. Names and
    # demonyms are capitalised; "a dramatic protest" leaves the agent to the verb ("X staged").
    agents.extend(c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and _is_capitalised(c))
    borrowed = False
    if not agents and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        agents, borrowed = list(_subjects(noun.head)), True
        # "staged a protest in Beijing": the light verb's phrases belong to the act.
        obliques += tuple(obliques_of(noun.head))
    obliques = tuple((prep, p) for prep, p in obliques if p not in agents)
    return Frame(noun, "noun", _flat(agents), _flat(patients), obliques, False, _window(noun), borrowed)


def _is_capitalised(token: Token) -> bool:
    """Whether a modifier is written as a name ("Israeli", "US-led"), not a common word ("dramatic")."""
    return token.text[:1].isupper() or any(c.text[:1].isupper() for c in token.subtree)


def _flat(tokens) -> tuple[Token, ...]:
    return tuple(c for t in tokens for c in expand_conjuncts(t))


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject; for a verb without one, the subject it shares.

    Shared subjects: the first conjunct's ("attacked A and seized B"), the
    controlling verb's for "to"-infinitives and gerunds ("agreed to lift",
    "denied sending"), the modified noun for a relative clause whose
    subject is "which"/"who", and for an active participle that modifies it
    ("troops guarding the border").
    """
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if own:
        if own[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        return own
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subjects(verb.head)
    if verb.dep_ in ("xcomp", "advcl", "pcomp"):
        head = _clause_verb(verb.head)
        if head is None or _is_extraposed(verb):
            return []
        own = head.i == verb.head.i and verb.dep_ == "xcomp"
        # Object control ("asked Obama to help") only for a bare infinitive's
        # object, and a passive's subject is the object it was ("Obama was
        # asked to help", "is due to visit"); otherwise the subject
        # controls ("agreed to lift", "is willing to help", "go as far as to assist").
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] if own else []
        return objects or _subjects(head)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _active_participle(verb):
        # "soldiers guarding the border", "air strikes killed 40 people" read as a modifier.
        return [verb.head]
    return []


def _active_participle(verb: Token) -> bool:
    """Whether a verb that modifies a noun does what it says to an object of its own ("soldiers
    guarding the border", "strikes killed 40 people" misread as a modifier); not an infinitive
    ("the decision to attack"), a passive ("the man held"), nor a verb with no object, which
    says what the noun is doing rather than to whom ("forces fighting in Russia")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.tag_ in ("VBG", "VBD", "VBN") and any(c.dep_ == "dobj" for c in verb.children)


def _is_extraposed(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of "it is ADJ to ..." ("it was important to defend Y",
    "it is time to act"): "it" stands for the infinitive's clause, not for whoever acts."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = _clause_verb(verb.head)
    if head is None or head.lemma_ != "be":
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    predicate = any(c.dep_ in ("acomp", "attr") for c in head.children)
    return subject is not None and subject.lower_ == "it" and predicate


def _clause_verb(token: Token) -> Token | None:
    """``token`` or the nearest verb above it through adjectives and adverbs ("willing", "far")."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.pos_ not in ("ADJ", "ADV") or token.head.i == token.i:
            return None
        token = token.head
    return None


def obliques_of(head: Token):
    """(preposition, object) pairs attached to ``head``, including "agent" phrases."""
    for child in head.children:
        if child.dep_ not in ("prep", "agent", "dative"):
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            yield "to", child
            continue
        for obj in objects:
            yield child.lower_, obj


def _possessor(noun: Token) -> Token | None:
    """The possessor of ``noun``, or of the noun it is coordinated with ("X's ally and backer")."""
    for candidate in (noun, noun.head if noun.dep_ == "conj" else None):
        if candidate is None:
            continue
        owner = next((c for c in candidate.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return None


def _is_copular_complement(noun: Token) -> bool:
    head = _governor(noun)
    return head.lemma_ == "be" and (noun.dep_ == "attr" or noun.head.dep_ == "attr")


def _governor(noun: Token) -> Token:
    """The word ``noun`` depends on, looking through coordination."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head


def _window(trigger: Token) -> tuple[Token, ...]:
    """Tokens after ``trigger`` within its own clause, in text order."""
    out: list[Token] = []
    stack = [c for c in trigger.children if c.i > trigger.i and c.dep_ not in CLAUSAL]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSAL or c.dep_ == "conj")
    return tuple(sorted(out, key=lambda t: t.i))
