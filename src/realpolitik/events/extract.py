"""Who did what to whom: events from one parsed article.

Steps, per sentence:

1. Frames: every verb, then every noun the codebook knows as an event noun,
   with the tokens that fill its roles (``frames``).
2. Codes: CAMEO from the verb dictionary's longest matching pattern, PLOVER
   through the crosswalk (``coding``); no match, no event. Words a governing
   verb's pattern used up ("agreed to lift sanctions") trigger nothing more,
   unless that act lacks the actors to be an event ("Chile's attack on Peru
   was condemned"); a plain verb of saying that cues a clause ("claimed that
   ...") is a quote cue, not an event.
3. Actors: agents and patients resolved through the actor layer
   (``arguments``); the target is the object, or the prepositional phrase
   that names an actor when the object is the source's own troops or no actor
   ("sent troops to Russia"); force used on no named actor targets the state
   where it was used ("killed four children in Gaza"), not the source's own.
   At least one actor, or no event; a subject that names no actor, no event.
   An infinitive whose doer the sentence leaves open ("it was vital to
   defend Y, X said") is done by the side of whoever says so. Conjoined
   subjects make one event per pair for cooperative acts (both directions),
   else one each. Officials (persons of a state with a government, military,
   legislative, judicial, police or intelligence sector, on the event's date
   when it has one) are coded as their state, as CAMEO and PLOVER do.
   Places stand for the state they are in ("Zurich" -> CHE), through the
   actor's country or the gazetteer.
4. Selection (``select``): one event per act (a controlled infinitive or its
   controller, not both), a source and a target for all but undirected acts.
5. Modality and reporter (``modality``); date, place and quantity from the
   clause (``dates``, ``places``, ``quantities``).
6. Repeats folded (``merge``) and ids given in order: "e1", "e2", ...
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from realpolitik import codebooks
from realpolitik.actors.kb import load_knowledge_base
from realpolitik.events import dates, places, quantities
from realpolitik.events.arguments import mention_for, mentions_for
from realpolitik.events.coding import Coding, code_frame, codes_for, has_noun_rules
from realpolitik.events.frames import Frame, expand_conjuncts, noun_frame, obliques_of, verb_frame
from realpolitik.events.merge import RECIPROCAL, merge_events
from realpolitik.events.modality import modality_of, speaker_mentions
from realpolitik.events.select import Candidate, infinitive_with_subject, is_complete, is_refusal, select_candidates
from realpolitik.model import Event, EventDate, Location, Mention, Span
from realpolitik.nlp.headlines import sentences as reparsed_sentences
from realpolitik.quotes.lexicon import cue_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from realpolitik.actors import ActorLayer
    from realpolitik.model import Article, Quote

# Prepositions whose object is the target when the direct object is none,
# most telling first; "of" only for event nouns ("the invasion of Ukraine").
TARGET_PREPOSITIONS = ("to", "into", "against", "on", "at", "toward", "towards", "with", "onto",
                       "upon", "over", "for", "from", "between")
NOUN_TARGET_PREPOSITIONS = ("of", *TARGET_PREPOSITIONS, "by")
# Phrases that name who acts when a reverse-coded verb's subject is the target.
REVERSE_SOURCE_PREPOSITIONS = ("from", "by", "on")
# Phrases that name the act by which a passive's patient suffered.
MEANS_PREPOSITIONS = ("in", "during", "by", "from")
# A withdrawal is from its target ("withdrew from Syria to Israel").
RETREAT_PREPOSITIONS = ("from", *TARGET_PREPOSITIONS)
# Last resort, as CAMEO coders do: the state an act takes place in ("exercises in Alaska").
PLACE_PREPOSITIONS = ("in", "inside", "across", "near")
# Sectors that make a patient the instrument of the act rather than its target:
# a state's "troops" are what it sends, not whom it sends them to; but troops
# attacked or arrested are the target.
INSTRUMENT_SECTORS = frozenset({"MIL", "COP", "SPY"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Verbs of wanting, and the appeal that wanting another to do an act of each CAMEO root is:
# meet (04) -> 026, cooperate diplomatically (05) -> 022, materially (06) -> 021, aid (07) -> 023,
# yield (08) -> 025; anything else -> 020.
WANT_VERBS = frozenset({"want", "wish"})
APPEAL_CODES = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
REJECT_ROOT = "12"
MATERIAL_CONFLICT = 4
ARMED_OR_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "UAF"})
# Verbs of fighting that conjoined parties do to each other ("Thai and Cambodian troops clashed").
MUTUAL_FIGHTING = frozenset({"clash", "fight", "skirmish", "battle", "exchange", "spar"})
# Acts whose clause complement names whom they address: a demand, a threat.
CLAUSE_ADDRESSED = frozenset({"REQUEST", "THREATEN"})
INSTRUMENT_TYPES = frozenset({"AID", "MOBILIZE", "COOPERATE", "AGREE", "SUPPORT", "RETREAT", "CONCEDE", "CONSULT"})


def extract_events(doc: Doc, article: Article, layer: ActorLayer, quotes: tuple[Quote, ...], *,
                   headlines: Mapping[int, Doc] | None = None) -> tuple[Event, ...]:
    """The events of one article, numbered "e1", "e2", ... in order of first telling.

    ``doc`` is the parse of ``article.text``; offsets in the events index that text.
    ``headlines`` (``nlp.headlines.reparse_headlines``): sentence-case parses of Title Case
    headlines, by their first token, read in their place.
    """
    context = _Context.of(article, layer, quotes)
    drafts: list[Event] = []
    headlines = headlines or {}
    for sent in doc.sents:
        sents = reparsed_sentences(headlines[sent.start]) if sent.start in headlines else (sent,)
        for one in sents:
            drafts.extend(_sentence_events(one, context))
    merged = merge_events(drafts)
    return tuple(replace(event, id=f"e{n}") for n, event in enumerate(merged, 1))


@dataclass(frozen=True, slots=True)
class _Context:
    """What every sentence of one article needs. ``countries``: the states its actors belong to."""

    article: Article
    layer: ActorLayer
    quotes: tuple[Quote, ...]
    gazetteer: object = field(default_factory=lambda: places.load_gazetteer())
    classifier: object = field(default_factory=lambda: codebooks.load_event_classifier())
    countries: tuple[str, ...] = ()

    @classmethod
    def of(cls, article: Article, layer: ActorLayer, quotes: tuple[Quote, ...]) -> _Context:
        countries = tuple(dict.fromkeys(a.country for a in layer.actors if a.country))
        return cls(article, layer, quotes, countries=countries)


def _sentence_events(sent: SpacySpan, context: _Context) -> list[Event]:
    used: set[int] = set()
    coded: set[int] = set()
    candidates: list[Candidate] = []
    for frame in _frames(sent, context.layer):
        if frame.trigger.i in used or (frame.borrowed_agent and frame.trigger.head.i in coded):
            continue
        subject = _subject_sector(frame, context.layer)
        coding = code_frame(frame, subject=subject)
        if coding is None or (not coding.consumed and _introduces_speech(frame.trigger)):
            continue
        pairs = _dyads(frame, coding, context)
        if any(is_complete(p, coding.type, coding.reverse) for p in pairs):
            # The pattern's words are used up only by an act that will be an event: in one
            # between too few actors they are free to be acts of their own ("Chile's attack
            # on Peru was condemned").
            used |= coding.consumed
            coded.add(frame.trigger.i)
        # The classifier is slow next to everything else here: ask it only
        # about triggers that have actors.
        dyadic = frame.kind == "noun" and not frame.borrowed_agent and any(None not in p for p in pairs)
        ranked = code_frame(frame, context.classifier, subject=subject, dyadic=dyadic) if pairs else None
        if ranked is not None:
            if ranked.reverse != coding.reverse:
                pairs = _dyads(frame, ranked, context)
            candidates.append(Candidate(frame, ranked, tuple(pairs)))
    candidates.extend(_appeals(candidates, context))
    selected = select_candidates(candidates)
    spans = dates.date_spans(sent) if selected else []
    events: list[Event] = []
    for candidate in selected:
        # Date, place and modality are the clause's: the same for every pair.
        base = _event(candidate.frame, candidate.coding, sent, context, spans)
        events.extend(replace(base, source=_as_of(source, base.date), target=_as_of(target, base.date))
                      for source, target in candidate.pairs)
    return events


def _as_of(actor_id: str | None, when: EventDate | None) -> str | None:
    """A person's state when the person held office on the event's date ("In 1950 Mao sent ...":
    China), though the office ended before the article was written; else the id unchanged."""
    if actor_id is None or not actor_id.startswith("person:") or when is None or when.precision == "article":
        return actor_id
    entry = load_knowledge_base().entry(actor_id)
    role = entry.role_on(date.fromisoformat(when.start)) if entry is not None else None
    if role is None or role.sector not in OFFICIAL_SECTORS:
        return actor_id
    country = role.country or entry.country
    return country if country and country != "IGO" else actor_id


def _appeals(candidates: list[Candidate], context: _Context) -> list[Candidate]:
    """"X wants Y to act": X's appeal to Y (CAMEO 02, by what is asked for), when what Y is
    wanted to do is itself a coded act; ``select`` then drops that act, which is only asked for."""
    triggers = {c.frame.trigger.i for c in candidates}
    found: list[Candidate] = []
    for candidate in candidates:
        act = candidate.frame.trigger
        verb = act.head
        if verb.lemma_ not in WANT_VERBS or verb.i in triggers or verb.i == act.i:
            continue
        asked = _asked_of(act, verb)
        coding = codes_for(APPEAL_CODES.get(candidate.coding.cameo[:2], "020"))
        if asked is None or coding is None:
            continue
        frame = replace(verb_frame(verb), patients=expand_conjuncts(asked))
        if pairs := _dyads(frame, coding, context):
            found.append(Candidate(frame, coding, tuple(pairs)))
            triggers.add(verb.i)
    return found


def _asked_of(act: Token, verb: Token) -> Token | None:
    """Who ``verb`` wants to do ``act``: its object ("wants Peru to leave"), or the subject the
    parser gave the infinitive."""
    if infinitive_with_subject(act):
        return next(c for c in act.children if c.dep_ == "nsubj")
    if act.dep_ == "xcomp":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _frames(sent: SpacySpan, layer: ActorLayer):
    """Verb frames in text order, then noun frames: a verb claims its object noun first.

    A noun that is part of an actor's name or names a kind of people ("the
    Russian military", "peacekeepers", "the ambassador") says who acts, not
    what happens.
    """
    for token in sent:
        # "According to": a verb form working as a preposition.
        if token.pos_ == "VERB" and token.dep_ not in ("prep", "agent"):
            yield verb_frame(token)
    for token in sent:
        if token.pos_ == "NOUN" and has_noun_rules(token.lemma_.lower()) and not _names_people(token, layer):
            yield noun_frame(token)


def _introduces_speech(verb: Token) -> bool:
    """Whether ``verb`` is a plain verb of saying or believing with what was said after it.

    "China claims it is not involved", "the US revealed that ...": the verb
    cues a quote; the event, if any, is in the clause. Verbs whose saying is
    itself an act ("accused X of", "warned X") stay triggers when they have
    an object; with only a clause ("claimed that ...") they cue it.
    """
    cue = cue_verbs().get(verb.lemma_)
    if cue is None or (cue.takes_object and any(c.dep_ in ("dobj", "dative") for c in verb.children)):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or verb.dep_ == "parataxis"


def _names_people(noun: Token, layer: ActorLayer) -> bool:
    if layer.mention_at(noun.idx, noun.idx + len(noun.text)) is not None:
        return True
    kb = load_knowledge_base()
    return kb.sector_of(noun.lower_) is not None or kb.sector_of(noun.lemma_.lower()) is not None


def _dyads(frame: Frame, coding: Coding, context: _Context) -> list[tuple[str | None, str | None]]:
    """(source, target) pairs of the event; [] when no actor takes part.

    A verb whose subject names no actor ("the storm hit the town", "the
    stopover came") is no event between actors: no dyad.
    """
    layer = context.layer
    if coding.reverse and frame.kind == "verb" and not frame.passive:
        return _reversed_dyads(frame, coding, context)
    sources = _mentions(frame.agents, layer)
    if frame.agents and not sources and frame.kind == "verb":
        return []
    if frame.open_subject:
        sources = speaker_mentions(frame.trigger, layer, context.quotes)
    if frame.passive and not sources:
        sources = _agents_of_means(frame, layer)
    targets: list[Mention] = []
    # Parties that meet or agree with each other do not meet the state they meet in
    # ("Armenia and Azerbaijan held talks in Abu Dhabi").
    together = len({s.actor_id for s in sources}) > 1 and (coding.type in RECIPROCAL or coding.quad_class in (1, 2))
    # An act on oneself ("shot himself in Peru") is on no one where it happens.
    reflexive = any(p.lower_.endswith(("self", "selves")) for p in frame.patients)
    # Nor is a private person's act one on the state where it happens ("a man shot two people in Peru").
    private = any(_is_person(s, layer) and not _is_armed_or_state(s, layer) for s in sources)
    for token in frame.patients:
        mention = mention_for(token, layer)
        if mention is None:
            # "pledged euros in aid to Sudan": the phrases of the object, and the phrases in those.
            targets.extend(_oblique_targets(tuple(obliques_of(token)), "noun", sources, layer, places=not together)
                           or _nested_targets(token, sources, layer))
        elif coding.type in INSTRUMENT_TYPES and _is_instrument(mention, sources, frame, layer):
            # Who sends a state's troops acts for that state ("Mao sent Chinese soldiers").
            sources = [mention] if not sources or _is_person(sources[0], layer) else sources
        elif any(_same(mention, s) for s in sources):
            # The source's own people are no target; where they go or come from may be
            # ("recalled its ambassador from Moscow").
            targets.extend(_oblique_targets(tuple(obliques_of(token)), "retreat", sources, layer))
        else:
            targets.append(mention)
    if not targets:
        kind = "retreat" if coding.type == "RETREAT" else frame.kind
        targets = _oblique_targets(frame.obliques, kind, sources, layer, places=not (together or reflexive or private))
    if not targets:
        targets = _embedded_targets(frame, coding, sources, layer)
    if not targets and sources and coding.quad_class == MATERIAL_CONFLICT and not reflexive:
        targets = _place_target(frame, sources, context)
    # Conjoined subjects act on each other ("Moscow and Pyongyang signed a pact"); conjoined
    # givers of a noun's "from" phrase do not ("support from Moscow and Beijing" for a third party).
    mutual = frame.kind == "verb" or frame.borrowed_agent
    fight = frame.trigger.lemma_ in MUTUAL_FIGHTING
    return _pair_up(_as_coded(sources, context), _as_coded(targets, context), coding, mutual=mutual, fight=fight)


def _place_target(frame: Frame, sources: list[Mention], context: _Context) -> list[Mention]:
    """For force used on no named actor ("killed four children in Gaza"), the state where it was
    used, as CAMEO coders code it; not the source's own state. Only for force a state or an armed
    group uses ("a man shot two people on Long Island" is no act on a state)."""
    trigger = frame.trigger
    if not frame.patients or not all(_is_armed_or_state(s, context.layer) for s in sources):
        return []  # where one fights is not whom one fights ("troops fighting in Russia")
    where = _where(trigger, context)
    if where is None or not where.country or any(_country(s, context.layer) == where.country
                                                 or s.actor_id == where.country for s in sources):
        return []
    return [Mention(trigger.idx, trigger.idx + len(trigger.text), where.name, where.country)]


def _is_armed_or_state(mention: Mention, layer: ActorLayer) -> bool:
    actor = layer.actor(mention.actor_id)
    sector = mention.sector or (actor.sector if actor is not None else None)
    return (actor is not None and actor.kind == "state") or sector in ARMED_OR_STATE_SECTORS


def _where(trigger: Token, context: _Context) -> Location | None:
    """Where the act took place: a place in its own clause, else in a participle that tells how it
    was done ("were killed in Israeli shelling in Gaza", the parser making "shelling" a verb)."""
    for head in (trigger, *(c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG")):
        found = places.location_for_clause(trigger.sent, head, context.gazetteer, context_countries=context.countries)
        if found is not None:
            return found
    return None


def _reversed_dyads(frame: Frame, coding: Coding, context: _Context) -> list[tuple[str | None, str | None]]:
    """Pairs for a reverse-coded verb: the subject is the target, the source the actor of a
    "from", "by" or "on" phrase of the verb, its object or its phrases' objects ("relies on X for
    aid", "received assurances from X", "came under fire from X"), or unknown."""
    targets = _mentions(frame.agents, context.layer)
    if not targets:
        return []
    sources: list[Mention] = []
    heads = (*frame.patients, *(obj for _, obj in frame.obliques))
    obliques = (*frame.obliques, *(pair for head in heads for pair in obliques_of(head)))
    for prep, obj in obliques:
        if prep in REVERSE_SOURCE_PREPOSITIONS and not sources:
            sources = [m for m in _mentions(expand_conjuncts(obj), context.layer)
                       if not any(_same(m, t) for t in targets)]
    return _pair_up(_as_coded(sources, context), _as_coded(targets, context), coding)


def _subject_sector(frame: Frame, layer: ActorLayer) -> str | None:
    """The sector of the actor a verb's subject names ("the troops" -> "MIL"), or None.

    A state named by its own name ("Vietnam protested", "Hanoi said") stands for its government
    ("GOV"), as CAMEO codes it; a demonym ("Vietnamese students", "thousands of Serbians") does not.
    """
    if frame.kind != "verb" or frame.passive or not frame.agents:
        return None
    head = frame.agents[0]
    mention = mention_for(head, layer)
    if mention is None:
        return None
    actor = layer.actor(mention.actor_id)
    sector = mention.sector or (actor.sector if actor is not None else None)
    named = layer.mention_at(head.idx, head.idx + len(head.text)) is mention and head.tag_ == "NNP"
    if sector is None and named and actor is not None and actor.kind == "state":
        return "GOV"
    return sector


def _agents_of_means(frame: Frame, layer: ActorLayer) -> list[Mention]:
    """Who acted, for a passive that names the act that did it: "killed in Israeli shelling".

    The parser sometimes takes the actor word for the phrase's object and the act for a verb of
    its own ("in [Israeli] [shelling]"): an actor word right before an event word acts too.
    """
    for prep, obj in frame.obliques:
        if prep not in MEANS_PREPOSITIONS:
            continue
        if obj.pos_ == "NOUN" and has_noun_rules(obj.lemma_.lower()):
            found = _mentions(noun_frame(obj).agents, layer)
            if found:
                return found
        following = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        if following is not None and following.tag_ in ("NN", "VBG") and (
                has_noun_rules(following.lower_) or has_noun_rules(following.lemma_.lower())):
            found = _mentions((obj,), layer)
            if found:
                return found
    return []


def _as_coded(mentions: list[Mention], context: _Context) -> list[Mention]:
    """Actors as CAMEO and PLOVER code them: officials stand for their state ("Putin" -> RUS), and
    places for the state they are in ("Zurich" -> CHE, "the Gaza Strip" -> PSE)."""
    out: list[Mention] = []
    for mention in mentions:
        actor = context.layer.actor(mention.actor_id)
        if actor is not None and actor.kind == "person" and actor.country and actor.sector in OFFICIAL_SECTORS:
            mention = replace(mention, actor_id=actor.country, sector=actor.sector)
        elif actor is not None and actor.kind == "location":
            country = actor.country or _country_of_place(mention.text, context)
            if country:
                mention = replace(mention, actor_id=country)
        out.append(mention)
    return out


def _country_of_place(name: str, context: _Context) -> str | None:
    place = context.gazetteer.place(name, context_countries=context.countries)
    return place.country if place is not None else None


def _is_person(mention: Mention, layer: ActorLayer) -> bool:
    actor = layer.actor(mention.actor_id)
    return actor is not None and actor.kind == "person"


def _mentions(tokens: tuple[Token, ...], layer: ActorLayer) -> list[Mention]:
    """The mentions the tokens stand for, one per actor, in order."""
    found: dict[str, Mention] = {}
    for token in tokens:
        for mention in mentions_for(token, layer):
            found.setdefault(mention.actor_id, mention)
    return list(found.values())


def _is_instrument(mention: Mention, sources: list[Mention], frame: Frame, layer: ActorLayer) -> bool:
    """Whether a patient is what the act uses or moves (own troops) rather than its target."""
    if any(_same(mention, s) for s in sources):
        return True
    if mention.sector not in INSTRUMENT_SECTORS:
        return False
    own = any(_country(s, layer) == mention.actor_id for s in sources)
    directed = any(prep in TARGET_PREPOSITIONS or prep in PLACE_PREPOSITIONS for prep, _ in frame.obliques)
    return own or (directed and (not sources or frame.passive))


def _country(mention: Mention, layer: ActorLayer) -> str | None:
    actor = layer.actor(mention.actor_id)
    return actor.country if actor is not None else None


def _same(a: Mention, b: Mention) -> bool:
    """Same actor in the same capacity: "Georgian protesters" and "the Georgian government" differ."""
    return a.actor_id == b.actor_id and (a.sector == b.sector or None in (a.sector, b.sector))


def _embedded_targets(frame: Frame, coding: Coding, sources: list[Mention], layer: ActorLayer) -> list[Mention]:
    """The target of a verb the trigger's pattern used up ("wants to attack Switzerland"), or of
    the act a threat threatens ("threatened to retaliate against Peru")."""
    for token in frame.window:
        threatened = coding.type == "THREATEN" and token.dep_ == "xcomp" and token.head.i == frame.trigger.i
        if (token.i in coding.consumed or threatened) and token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp"):
            inner = verb_frame(token)
            found = [m for m in _mentions(inner.patients, layer) if not any(_same(m, s) for s in sources)]
            return found or _oblique_targets(inner.obliques, "verb", sources, layer)
    if coding.type in CLAUSE_ADDRESSED:
        # "demanded that Germany pay": who is to act; "warned it would strike Iran": who is struck.
        for clause in (c for c in frame.trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
            inner = verb_frame(clause)
            for group in (inner.agents, inner.patients):
                found = [m for m in _mentions(group, layer) if not any(_same(m, s) for s in sources)]
                if found:
                    return found
    return []


def _oblique_targets(obliques, kind: str, sources: list[Mention], layer: ActorLayer, *,
                     places: bool = True) -> list[Mention]:
    """The actors of the first prepositional phrase that names one, by preference.

    The place of the act serves only when someone acts (and ``places``): "the bombing in
    Aleppo" alone names no actor.
    """
    preps = {"noun": NOUN_TARGET_PREPOSITIONS, "retreat": RETREAT_PREPOSITIONS}.get(kind, TARGET_PREPOSITIONS)
    for group in (preps, PLACE_PREPOSITIONS if sources and places else ()):
        for wanted in group:
            for prep, obj in obliques:
                if prep != wanted:
                    continue
                found = [m for m in _mentions(expand_conjuncts(obj), layer)
                         if not any(_same(m, s) for s in sources)]
                if not found and group is preps:
                    # "advised against travel to Tunisia": the phrase inside the phrase.
                    found = _oblique_targets(tuple(obliques_of(obj)), "verb", sources, layer)
                if group is PLACE_PREPOSITIONS:
                    found = [m for m in found if _is_state(m.actor_id, layer)]
                if found:
                    return found
    return []


def _nested_targets(token: Token, sources: list[Mention], layer: ActorLayer) -> list[Mention]:
    """The actors of a target phrase inside a phrase of ``token`` ("euros [in aid [to Sudan]]")."""
    for _, obj in obliques_of(token):
        found = _oblique_targets(tuple(obliques_of(obj)), "verb", sources, layer, places=False)
        if found:
            return found
    return []


def _is_state(actor_id: str, layer: ActorLayer) -> bool:
    """Whether an actor stands for one state: a state, or a place in one; not a region the
    knowledge base knows to span several ("East Asia", "the Gulf")."""
    actor = layer.actor(actor_id)
    if actor is None or actor.kind not in ("state", "location"):
        return False
    entry = load_knowledge_base().entry(actor_id) if actor.kind == "location" else None
    return entry is None or entry.country is not None


def _pair_up(sources: list[Mention], targets: list[Mention], coding: Coding, *,
             mutual: bool = True, fight: bool = False) -> list[tuple[str | None, str | None]]:
    """Events for compound actors: one per pair when they act together, else one per source and target.

    Conjoined actors with no other party act on each other, in both
    directions, when the act is reciprocal by nature (PLOVER's AGREE,
    CONSULT, COOPERATE) or cooperative ("Moscow and Pyongyang signed a
    pact"), or by the verb fighting each other ("Thai and Cambodian troops
    clashed", ``fight``); otherwise each acts on its own ("Chilean and Peruvian
    students protested").
    """
    together = mutual and (coding.type in RECIPROCAL or coding.quad_class in (1, 2) or fight)
    if len({s.actor_id for s in sources}) > 1 and not targets and together:
        # Neither party comes first: each direction is an event, as CAMEO coders list them.
        ids = list(dict.fromkeys(s.actor_id for s in sources))
        return [(a, b) for a in ids for b in ids if a != b]
    pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])
             if s is None or t is None or not _same(s, t)]
    ids = [(s.actor_id if s else None, t.actor_id if t else None) for s, t in pairs]
    return list(dict.fromkeys(p for p in ids if p != (None, None)))


def _event(frame: Frame, coding: Coding, sent: SpacySpan, context: _Context, spans: list) -> Event:
    """The event of ``frame`` without its actors; ``spans`` are the sentence's date expressions."""
    trigger = frame.trigger
    refusal = coding.cameo.startswith(REJECT_ROOT) and is_refusal(trigger)
    modality, reporter = modality_of(trigger, context.layer, context.quotes, refusal=refusal)
    return Event(
        id="",
        type=coding.type,
        evidence=_evidence(trigger, sent, context.article.text),
        mode=coding.mode,
        cameo=coding.cameo,
        quad_class=coding.quad_class,
        goldstein=coding.goldstein,
        intensity=coding.intensity,
        date=_date(sent, trigger, context, spans),
        location=_where(trigger, context),
        quantity=quantities.quantity_for_clause(sent, trigger),
        modality=modality,
        reported_by=reporter,
        # The article's words: a headline's trigger comes from its sentence-case parse.
        trigger=Span(trigger.idx, trigger.idx + len(trigger.text),
                     context.article.text[trigger.idx:trigger.idx + len(trigger.text)]),
    )


def _date(sent: SpacySpan, trigger: Token, context: _Context, spans: list) -> EventDate | None:
    """The date of the trigger's clause, else of the nearest clause above that has one, else the
    date that opens the sentence, else, for a past-tense clause, the date of the episode the
    paragraph is telling (``dates.paragraph_date``).

    "Last month, the US revealed that troops were being sent": the sending is
    dated by the revealing. "On Tuesday it said X, and on Wednesday officials
    said Y": Y is dated by its own reporting clause, not the opening date.
    Without any, the publication date stands in.
    """
    published = context.article.published
    for head in _clause_heads(trigger):
        found = dates.date_for_clause(sent, head, published, spans=spans, leading=False)
        if found is not None:
            return found
    found = dates.date_for_clause(sent, trigger, published, spans=spans) or \
        dates.paragraph_date(sent, trigger, published)
    if found is not None:
        return found
    if published is None:
        return None
    return EventDate(published.isoformat(), published.isoformat(), "article")


def _clause_heads(trigger: Token):
    """``trigger``, then each verb above it up to the sentence root."""
    yield trigger
    token = trigger
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            yield token


def _evidence(trigger: Token, sent: SpacySpan, text: str) -> Span:
    """The clause of the trigger: the subtree of its verb (the trigger, or the verb above a noun)."""
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    first = max(head.left_edge.i, sent.start)
    last = min(head.right_edge.i, sent.end - 1)
    doc = sent.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Span(start, end, text[start:end])
