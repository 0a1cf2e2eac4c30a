"""How surely the article says an event happened, and on whose word.

Modality is one of "negated", "hypothetical", "reported", "asserted", checked
in that order:

- negated: a negation on the trigger or on a verb that governs it through a
  complement ("did not attack", "never sent", "no longer supplies", "no
  attack", "did not agree to attack"), or a governing verb of denial or
  refusal ("denied sending troops", "refused to withdraw").
- hypothetical: a modal of possibility or obligation ("should", "could",
  "might", "may", "can", "must"; inverted "Should X do Y" is the same
  auxiliary), a condition ("if", "unless", "whether" on the clause or a clause
  above it), an act that is wanted, planned, threatened or asked for rather
  than done ("wants to attack", "threatened to expel", "is willing to help",
  "urged X to withdraw"), and "would" outside reported speech ("it would pose").
- reported: the event sits in a quote with a speaker, in the clause a verb of
  saying or believing governs ("the US revealed that ...", "X attacked Y,
  officials said"), or in a clause "according to" someone; not in a relative
  clause set off by a comma, which is the writer's own background ("X says it
  is not involved in the alliance, which was sealed when Y and Z signed a pact").

Our choice for plain futures: "will" and the "would" of reported speech
("announced it would release the detainees") keep the event asserted (or reported):
the article states a commitment, which is what CAMEO and PLOVER code, and
the date says when it was stated. Only the wanted, planned or conditional
act is hypothetical.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.events.arguments import mention_for
from realpolitik.model import Mention
from realpolitik.quotes.lexicon import cue_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.actors import ActorLayer
    from realpolitik.model import Quote

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
DENIALS = frozenset({"deny", "refuse", "decline", "fail", "reject", "avoid", "stop", "cease"})
MODALS = frozenset({"should", "could", "might", "may", "can", "must", "ought", "shall"})
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
INTENTIONS = frozenset({
    "want", "wish", "hope", "plan", "intend", "seek", "aim", "try", "attempt", "threaten",
    "propose", "consider", "prepare", "expect", "fear", "vow", "pledge", "promise", "offer",
    "urge", "ask", "call", "demand", "push", "press", "willing", "ready", "able", "likely",
    "eager", "determined", "poised", "possible",
})
# Links through which a governing word shares its negation, modal or intention
# ("did not agree to attack", "could see evidence of troops being sent").
COMPLEMENTS = frozenset({"xcomp", "ccomp", "pcomp", "acomp", "prep", "pobj", "dobj", "attr", "advmod", "acl"})
REPORTING = frozenset({"ccomp", "parataxis"})


def modality_of(trigger: Token, layer: ActorLayer, quotes: tuple[Quote, ...], *,
                refusal: bool = False) -> tuple[str, str | None]:
    """(modality, reported_by actor id or None) for the event whose trigger is ``trigger``.

    ``refusal``: the event is the refusal of the act the trigger names ("would not send aid"):
    the negation is the event, so it does not make it "negated".
    """
    reporter, in_speech = reporter_of(trigger, layer, quotes)
    if not refusal and _negated(trigger):
        return "negated", reporter
    if _hypothetical(trigger, in_speech):
        return "hypothetical", reporter
    if reporter is not None:
        return "reported", reporter
    return "asserted", None


def governors(trigger: Token):
    """``trigger``, then the words above it within one proposition.

    Yields (token, whether only its meaning counts, not its auxiliaries). The
    walk climbs complements and purpose infinitives ("sent troops to fight"),
    and ends at a verb of saying or believing, which is yielded as a meaning
    only: what a speaker says is negated or conditional by words inside the
    speech, and by the verb itself ("denied that", "hoped that").
    """
    token = trigger
    yield token, False
    while token.head.i != token.i:
        dep = token.dep_
        purpose = dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if dep not in COMPLEMENTS and not purpose:
            return
        if dep in REPORTING and token.head.lemma_ in cue_verbs():
            yield token.head, True
            return
        token = token.head
        yield token, False


def _negated(trigger: Token) -> bool:
    for token, meaning_only in governors(trigger):
        if token.i != trigger.i and token.lemma_ in DENIALS:
            return True
        if meaning_only or (token.i != trigger.i and token.pos_ in ("NOUN", "PROPN", "ADP")):
            continue
        if any(_is_negation(c) for c in token.children):
            return True
    return False


def _is_negation(child: Token) -> bool:
    if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
        return True
    # "no longer": "longer" carries "no".
    return child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children)


def _hypothetical(trigger: Token, in_speech: bool) -> bool:
    for token, meaning_only in governors(trigger):
        if token.i != trigger.i and token.lemma_ in INTENTIONS:
            return True
        if meaning_only:
            continue
        for child in token.children:
            word = child.lower_
            if child.dep_ == "aux" and (word in MODALS or (word == "would" and not in_speech)):
                return True
            if child.dep_ == "mark" and word in CONDITIONS:
                return True
    return False


def reporter_of(trigger: Token, layer: ActorLayer, quotes: tuple[Quote, ...]) -> tuple[str | None, bool]:
    """(who reports the event, whether it sits in reported speech at all).

    A quote whose words contain the trigger gives its speaker; else the subject
    of a verb of saying that governs the trigger's clause; else "according to".
    """
    if _in_aside(trigger):
        return _according_to(trigger, layer), False
    in_speech, speaker, _ = _speaker(trigger, layer, quotes)
    if in_speech:
        return speaker, True
    return _according_to(trigger, layer), any(q.start <= trigger.idx < q.end for q in quotes)


def speaker_mentions(trigger: Token, layer: ActorLayer, quotes: tuple[Quote, ...]) -> list[Mention]:
    """The speaker of the reported speech that holds ``trigger``, as a mention; [] outside it."""
    if _in_aside(trigger):
        return []
    _, _, mention = _speaker(trigger, layer, quotes)
    return [mention] if mention is not None else []


def _speaker(trigger: Token, layer: ActorLayer,
             quotes: tuple[Quote, ...]) -> tuple[bool, str | None, Mention | None]:
    """(whether ``trigger`` sits in speech someone is said to utter, their actor id, a mention of
    them): the shortest quote with a speaker that holds it, else the subject of the verb of saying
    that governs its clause."""
    spoken = [q for q in quotes if q.start <= trigger.idx < q.end and q.speaker]
    if spoken:
        quote = min(spoken, key=lambda q: q.end - q.start)
        return True, quote.speaker, _speaker_mention(quote, layer)
    cue = _speech_cue(trigger)
    if cue is None:
        return False, None, None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    mention = mention_for(subject, layer) if subject is not None else None
    return True, (mention.actor_id if mention else None), mention


def _speaker_mention(quote: Quote, layer: ActorLayer) -> Mention | None:
    """The layer's mention of a quote's speaker where the quote names them, else one made for it."""
    where = quote.speaker_span
    found = layer.mention_at(where.start, where.end) if where is not None else None
    if found is not None and found.actor_id == quote.speaker:
        return found
    if layer.actor(quote.speaker) is None:
        return None
    start, end = (where.start, where.end) if where is not None else (quote.start, quote.start)
    return Mention(start, end, quote.speaker_text or "", quote.speaker)


def _in_aside(trigger: Token) -> bool:
    """Whether ``trigger`` sits in a relative clause set off by a comma ("the relationship, which
    was strengthened when Moscow and Pyongyang signed a pact"), below any verb of saying: the
    writer's own background, not the reported words around it."""
    cues = cue_verbs()
    token = trigger
    while token.head.i != token.i and token.lemma_ not in cues:
        if token.dep_ == "relcl" and token.left_edge.i > 0:
            opener = token.left_edge
            if opener.lower_ in ("which", "who", "whose", "whom") and token.doc[opener.i - 1].text == ",":
                return True
        token = token.head
    return False


def _speech_cue(trigger: Token) -> Token | None:
    """The verb of saying whose reported clause holds ``trigger``, if any."""
    cues = cue_verbs()
    token = trigger
    while token.head.i != token.i:
        for child in token.children:
            if child.dep_ == "parataxis" and child.lemma_ in cues:
                return child
        if token.dep_ in REPORTING and token.head.lemma_ in cues:
            return token.head
        token = token.head
    return None


def _according_to(trigger: Token, layer: ActorLayer) -> str | None:
    root = trigger.sent.root
    for token in (trigger, root):
        for child in token.children:
            if child.lower_ == "according":
                objects = [g for c in child.children for g in c.children if g.dep_ == "pobj"]
                mention = mention_for(objects[0], layer) if objects else None
                if mention is not None:
                    return mention.actor_id
    return None
