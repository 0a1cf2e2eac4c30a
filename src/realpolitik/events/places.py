"""Where an event happened: place names to a country and coordinates.

The gazetteer (``data/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``
from GeoNames, CC BY 4.0) holds countries, continents, seas, regions often in
the news and every city of at least 15,000 people. Names match after folding
(case, accents, apostrophes, hyphens and dots do not matter: "Mek'ele" =
"Mekele", "U.S." = "US"). An ambiguous name goes to the candidate in the
article's context countries, unless another is over ``CONTEXT_OVERRIDE`` times
larger (an American story that mentions Paris means France); otherwise to the
largest. Primary names beat alternate names.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from realpolitik.events.dates import clause_head, sentence_entities
from realpolitik.model import Location

GAZETTEER = ("events", "data", "gazetteer.tsv")
CONTEXT_OVERRIDE = 50
# Generic words around a place name: "the city of Kharkiv", "Kursk oblast", "Idlib province".
DESIGNATOR_SUFFIXES = ("province", "region", "oblast", "governorate", "state", "prefecture", "county",
                       "district", "krai", "territory", "area", "city", "town", "republic")
REGION_DESIGNATORS = frozenset({"province", "region", "oblast", "governorate", "state", "prefecture",
                                "krai", "territory", "republic"})
DESIGNATOR_PREFIX = re.compile(r"^(?:the )?(?:(?:city|town|village|province|region|state|port city|port) of )?")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "to", "inside", "outside", "across", "along", "toward",
                            "towards", "from", "around", "off", "over", "through", "on", "within", "onto",
                            "throughout", "between", "beyond"})
# "to Japan" is a place only for a movement ("sent troops to Japan"); otherwise a recipient ("wrote to Japan").
DIRECTIONAL_PREPS = frozenset({"to", "from", "toward", "towards", "between", "onto"})
MOVEMENT_LEMMAS = frozenset({"send", "deploy", "move", "travel", "fly", "arrive", "go", "come", "return",
                             "deliver", "ship", "transfer", "flee", "cross", "march", "sail", "dispatch",
                             "relocate", "withdraw", "evacuate", "redeploy", "advance", "retreat", "head",
                             "launch", "fire", "smuggle", "export", "import", "expel", "deport", "escape"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives to place names it does not know ("Kursk" as PRODUCT).
MISLABELS = frozenset({"PRODUCT", "ORG", "NORP", "WORK_OF_ART", "PERSON"})
# Countries and capitals name actors as often as places ("Moscow said"): they count only after a
# locative preposition. Other places count anywhere in the clause but as its subject.
ACTOR_LIKE_KINDS = frozenset({"country", "capital", "continent"})
# Lower is more specific: the event's place is "Kursk", not "Russia", in "in Russia's Kursk region".
SPECIFICITY = {"city": 0, "capital": 0, "region": 1, "sea": 1, "country": 2, "continent": 3}
# Dependencies through which a name is part of a bigger noun phrase ("Russia's Kursk region").
NOUN_PHRASE_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos", "case", "conj", "cc"})


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. ``kind`` is country, region, sea, continent, capital (a national capital) or
    city; ``country`` is ISO3
    (None for seas and continents); ``lat``/``lon`` may be None for uninhabited territories."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str

    def location(self) -> Location:
        return Location(self.name, self.country, self.lat, self.lon)


_FOLD_TABLE = str.maketrans({"'": None, "‘": None, "’": None, "ʼ": None, "ʻ": None, "`": None, "´": None,
                              ".": None, "-": " ", "‐": " ", "–": " "})


def fold(name: str) -> str:
    """Match key of a name: lower-case ASCII without marks, apostrophes or dots; hyphens as spaces."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return " ".join(name.lower().translate(_FOLD_TABLE).split())


class Gazetteer:
    """Places by folded name: primary names and alternate names in separate indexes."""

    def __init__(self, entries: Sequence[tuple[Place, Sequence[str]]]):
        self._primary: dict[str, list[Place]] = {}
        self._alternate: dict[str, list[Place]] = {}
        for place, alternates in entries:
            self._primary.setdefault(fold(place.name), []).append(place)
            for name in alternates:
                self._alternate.setdefault(fold(name), []).append(place)

    def __len__(self) -> int:
        return sum(len(places) for places in self._primary.values())

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name`` (primary names, or alternate names when no primary name matches)."""
        key = fold(name)
        return list(self._primary.get(key) or self._alternate.get(key) or ())

    def lookup(self, name: str, *, context_countries: Sequence[str] = ()) -> Location | None:
        """The place ``name`` most likely means, as a Location; None when the gazetteer does not know it.

        Tries the name as written, then without designators ("Kursk oblast" -> "Kursk", preferring a
        region when the designator said region). ``context_countries`` are the ISO3 codes of the
        article's countries, most salient first.
        """
        place = self.place(name, context_countries=context_countries)
        return None if place is None else place.location()

    def place(self, name: str, *, context_countries: Sequence[str] = ()) -> Place | None:
        """Like ``lookup`` but returns the gazetteer entry itself."""
        cleaned = DESIGNATOR_PREFIX.sub("", fold(name))
        found = self.candidates(cleaned)
        wanted_kind = None
        if not found:
            base, designator = _strip_designator(cleaned)
            found = self.candidates(base) if designator else []
            wanted_kind = "region" if designator in REGION_DESIGNATORS else None
        return choose(found, context_countries, wanted_kind=wanted_kind)


def choose(found: Sequence[Place], context_countries: Sequence[str] = (), *,
           wanted_kind: str | None = None) -> Place | None:
    """Pick among same-named places: the wanted kind, then context countries in order, then population."""
    if not found:
        return None
    if wanted_kind and any(p.kind == wanted_kind for p in found):
        found = [p for p in found if p.kind == wanted_kind]
    largest = max(found, key=lambda p: p.population)
    rank = {code: i for i, code in reversed(list(enumerate(context_countries)))}
    in_context = [p for p in found if p.country in rank]
    if in_context:
        best = min(in_context, key=lambda p: (rank[p.country], -p.population))
        if largest.population <= CONTEXT_OVERRIDE * max(best.population, 1):
            return best
    return largest


def _strip_designator(key: str) -> tuple[str, str | None]:
    words = key.split()
    if len(words) > 1 and words[-1] in DESIGNATOR_SUFFIXES:
        return " ".join(words[:-1]), words[-1]
    return key, None


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    resource = files("realpolitik").joinpath(*GAZETTEER)
    with resource.open(encoding="utf-8") as handle:
        return Gazetteer([_entry(row) for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)])


def _entry(row: list[str]) -> tuple[Place, list[str]]:
    name, kind, country, lat, lon, population, alternates = row
    place = Place(name, country or None, float(lat) if lat else None, float(lon) if lon else None,
                  int(population), kind)
    return place, alternates.split("|") if alternates else []


def location_for_clause(sent, trigger, gazetteer: Gazetteer, *,
                        context_countries: Sequence[str] = ()) -> Location | None:
    """Where the event whose trigger is ``trigger`` (a spaCy Token in the Span ``sent``) took place.

    Candidates are place entities (GPE, LOC, FAC) of the trigger's clause and names the model mislabelled
    (PRODUCT, ORG, ...) that the gazetteer knows and that a locative preposition or a designator ("Kursk
    province") marks as places. Countries and capitals count only after a locative preposition, and after
    "to"/"from" only for movements (``MOVEMENT_LEMMAS``). Preferred: a name after "in/at/near/into/to ..."
    attached inside the trigger's subtree, then the most specific place, then the nearest. None when the
    clause names no place.
    """
    own = clause_head(trigger)
    best: tuple[tuple[int, int, int], Location] | None = None
    for span in _place_spans(sent):
        if clause_head(span.root) != own:
            continue
        found = _locate(span, trigger, gazetteer, context_countries)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else best[1]


def _place_spans(sent) -> list:
    """Place entities, mislabelled entities and proper nouns outside any entity, widened by a designator."""
    entities = sentence_entities(sent)
    spans = [ent for ent in entities if ent.label_ in PLACE_LABELS or ent.label_ in MISLABELS]
    covered = {t.i for ent in entities for t in ent}
    spans += [sent.doc[t.i:t.i + 1] for t in sent if t.pos_ == "PROPN" and t.i not in covered]
    return [_with_designator(span, sent.end) for span in spans]


def _with_designator(span, sentence_end: int):
    after = span.end
    if after < sentence_end and span.doc[after].lower_ in DESIGNATOR_SUFFIXES:
        return span.doc[span.start:after + 1]
    return span


def _locate(span, trigger, gazetteer: Gazetteer, context_countries: Sequence[str]):
    """(rank, Location) for one candidate span, or None when it is not a place of this event."""
    preposition = _locative_preposition(span.root)
    place = gazetteer.place(_name_text(span), context_countries=context_countries)
    if place is None or (span.root.dep_ in ("nsubj", "nsubjpass") and preposition is None):
        return None
    is_entity_place = span.label_ in PLACE_LABELS or span[-1].lower_ in DESIGNATOR_SUFFIXES
    if preposition is None and (place.kind in ACTOR_LIKE_KINDS or not is_entity_place):
        return None
    if place.kind in ACTOR_LIKE_KINDS and preposition is not None and preposition.lower_ in DIRECTIONAL_PREPS \
            and trigger.lemma_.lower() not in MOVEMENT_LEMMAS:
        return None
    attached = preposition is not None and (preposition.head == trigger or trigger.is_ancestor(preposition))
    distance = abs(span.root.i - trigger.i)
    return (0 if attached else 1, SPECIFICITY.get(place.kind, 2), distance), place.location()


def _name_text(span) -> str:
    """The span's text without a leading article or possessive ending ("the Donbas", "Russia's")."""
    words = [t for t in span if t.dep_ != "case" and not (t.i == span.start and t.lower_ == "the")]
    return " ".join(t.text for t in words)


def _locative_preposition(token):
    """The locative preposition the noun phrase around ``token`` hangs from, or None."""
    current = token
    while current.dep_ in NOUN_PHRASE_DEPS and current.head.i != current.i:
        current = current.head
    if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPS:
        return current.head
    return None
