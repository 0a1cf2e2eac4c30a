"""When an event happened: date expressions resolved against the publication date.

``resolve_date`` is pure: it reads one expression ("On Tuesday", "last week",
"In October 1950") and returns an inclusive ISO date range with its precision.
Relative expressions need the publication date and the clause's tense: "on
Tuesday" in a past clause is the Tuesday on or before publication, in a future
clause the Tuesday on or after it. Weeks are ISO weeks (Monday to Sunday).
The arithmetic is done here rather than with dateparser, whose past-preferring
setting moves a bare weekday a week too far back.

``date_for_clause`` finds the expression that belongs to an event's clause in a
parsed sentence and decides the tense; it is the only part that reads spaCy.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span

from realpolitik.model import EventDate
from realpolitik.nlp.components import ends_line

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Modifiers that point before or after publication ("this past Tuesday", "the coming week").
BACKWARD = ("last", "past", "this past")
FORWARD = ("next", "coming", "this coming")
# How many sentences back a dateless past-tense clause looks for the date of its episode.
PARAGRAPH_REACH = 3
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_DAYPART = r"(?:\s+(?:night|morning|afternoon|evening))?"


@dataclass(frozen=True, slots=True)
class _Context:
    published: date | None
    past: bool


Resolution = tuple[date, date, str]


def resolve_date(expression: str, published: date | None, *, past: bool = True) -> EventDate | None:
    """Resolve a date expression to an inclusive range, or None when it is not one we can place.

    ``published`` anchors relative expressions ("yesterday", "in June"); without it
    only absolute ones ("8 November 2024", "2019", "the 1950s") resolve. ``past``
    says whether the clause reports a past act (True) or a planned one (False); it
    decides which way a bare weekday, month or day-month goes. The result keeps
    ``expression`` as its ``text``.
    """
    text = _normalise(expression)
    context = _Context(published, past)
    for pattern, handler in _RULES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        found = handler(match, context)
        if found is None:
            return None
        start, end, precision = found
        return EventDate(start.isoformat(), end.isoformat(), precision, expression.strip())
    return None


def _normalise(expression: str) -> str:
    """Lower-case, drop a leading preposition or article, ordinal suffixes, dots and commas."""
    text = expression.lower().replace("\u2019", "'").replace(",", " ").replace(".", " ")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\b(mid|early|late)-", r"\1 ", text)
    text = " ".join(text.split())
    text = re.sub(r"^(?:on|in|at|during|over|from|by|as of)\s+", "", text)
    text = re.sub(r"^(?:the\s+)?(?:early|mid|middle of|late|end of|beginning of|start of)\s+", "", text)
    return re.sub(r"^the\s+(?!day\b|weekend\b|past\b|previous\b|'\d|\d{4})", "", text)


# -- absolute expressions ---------------------------------------------------------------------------------

def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> Resolution | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found, found, "day"


def _day_month_year(m: re.Match, _: _Context) -> Resolution | None:
    return _day(int(m["year"]), MONTHS[m["month"]], int(m["day"]))


def _iso(m: re.Match, _: _Context) -> Resolution | None:
    return _day(int(m["year"]), int(m["mon"]), int(m["day"]))


def _month_year(m: re.Match, _: _Context) -> Resolution:
    return (*_month_range(int(m["year"]), MONTHS[m["month"]]), "month")


def _year(m: re.Match, _: _Context) -> Resolution:
    year = int(m["year"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _year_range(m: re.Match, _: _Context) -> Resolution | None:
    """'1950-53' or '1950 to 1953' -> 1950-01-01..1953-12-31, precision year."""
    first, last = int(m["year"]), m["end"]
    last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if last_year <= first:
        return None
    return date(first, 1, 1), date(last_year, 12, 31), "year"


def _decade(m: re.Match, _: _Context) -> Resolution:
    """'the 1950s' (or "the '50s", read as the 1900s) -> 1950-01-01..1959-12-31, precision year."""
    digits = m["decade"]
    first = int(digits) if len(digits) == 4 else 1900 + int(digits[1:])
    return date(first, 1, 1), date(first + 9, 12, 31), "year"


# -- expressions relative to the publication date ---------------------------------------------------------

def _needs_published(handler: Callable[[re.Match, date, bool], Resolution | None]):
    """Wrap a handler that cannot resolve without a publication date."""

    def wrapped(m: re.Match, context: _Context) -> Resolution | None:
        return None if context.published is None else handler(m, context.published, context.past)

    return wrapped


def _iso_week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@_needs_published
def _named_day(m: re.Match, published: date, past: bool) -> Resolution:
    if m["name"] == "overnight":
        return published - timedelta(days=1), published, "day"
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2,
              "day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "earlier today": 0, "later today": 0}[m["name"]]
    day = published + timedelta(days=offset)
    return day, day, "day"


@_needs_published
def _weekday(m: re.Match, published: date, past: bool) -> Resolution:
    """A weekday: 'last' is the one before publication, 'next' the one after, 'this' in its week."""
    target, modifier = WEEKDAYS[m["weekday"]], m["modifier"] or ""
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if modifier in BACKWARD:
        day = published - timedelta(days=back or 7)
    elif modifier in FORWARD:
        day = published + timedelta(days=ahead or 7)
    elif modifier == "this":
        day = _iso_week(published)[0] + timedelta(days=target)
    else:
        day = published - timedelta(days=back) if past else published + timedelta(days=ahead)
    return day, day, "day"


@_needs_published
def _ago(m: re.Match, published: date, past: bool) -> Resolution | None:
    """'three days ago' is a day; 'two weeks ago' the ISO week around that day; months and years likewise."""
    count = NUMBER_WORDS.get(m["count"]) or int(m["count"])
    unit = m["unit"].rstrip("s")
    if unit == "day":
        day = published - timedelta(days=count)
        return day, day, "day"
    if unit in ("week", "fortnight"):
        return (*_iso_week(published - timedelta(weeks=count * (2 if unit == "fortnight" else 1))), "week")
    if unit == "month":
        return (*_month_range(*_shift_months(published, -count)), "month")
    year = published.year - count
    return date(year, 1, 1), date(year, 12, 31), "year"


_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "earlier this": 0, "later this": 0,
         "next": 1, "coming": 1, "this coming": 1}


@_needs_published
def _relative_period(m: re.Match, published: date, past: bool) -> Resolution:
    """last/this/next week, month or year (ISO weeks, calendar months and years).

    'earlier this ...' ends, and 'later this ...' starts, at publication; 'the past week' (month, year)
    is the seven days (month, year) up to publication.
    """
    step, unit, modifier = _STEP[m["modifier"]], m["unit"], m["modifier"]
    if modifier == "past":
        back = {"week": timedelta(days=6), "month": timedelta(days=30), "year": timedelta(days=364)}[unit]
        return published - back, published, unit
    if unit == "week":
        start, end = _iso_week(published + timedelta(weeks=step))
    elif unit == "month":
        start, end = _month_range(*_shift_months(published, step))
    else:
        start, end = date(published.year + step, 1, 1), date(published.year + step, 12, 31)
    if modifier == "earlier this":
        end = published
    elif modifier == "later this":
        start = published
    return start, end, unit


@_needs_published
def _weekend(m: re.Match, published: date, past: bool) -> Resolution:
    """The Saturday and Sunday nearest publication in the clause's direction, precision week."""
    modifier = (m["modifier"] or "").removeprefix("the").strip()
    saturday = _iso_week(published)[0] + timedelta(days=5)
    if modifier in BACKWARD or (not modifier and past):
        if saturday > published:
            saturday -= timedelta(weeks=1)
    elif modifier in FORWARD and saturday <= published:
        saturday += timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1), "week"


@_needs_published
def _bare_month(m: re.Match, published: date, past: bool) -> Resolution:
    """'June' in a past clause: the latest June begun by publication; in a future clause, the next one
    not yet over. 'last June' is the latest June over before publication, 'next June' the first to come."""
    month, modifier = MONTHS[m["month"]], m["modifier"] or ""
    year = published.year
    if modifier in BACKWARD:
        year -= month >= published.month
    elif modifier in FORWARD:
        year += month <= published.month
    elif not modifier and past:
        year -= month > published.month
    elif not modifier:
        year += month < published.month
    return (*_month_range(year, month), "month")


@_needs_published
def _day_month(m: re.Match, published: date, past: bool) -> Resolution | None:
    """A day and month without a year: the latest on or before publication in a past clause, else the
    first on or after it (29 February looks up to eight years away)."""
    month, day = MONTHS[m["month"]], int(m["day"])
    years = range(published.year, published.year - 9, -1) if past else range(published.year, published.year + 9)
    for year in years:
        found = _day(year, month, day)
        if found and (found[0] <= published if past else found[0] >= published):
            return found
    return None


def _season(m: re.Match, context: _Context) -> Resolution | None:
    """Northern-hemisphere seasons as three whole months, precision month; winter runs December to February.

    With a year ("summer 2023") it is absolute; otherwise it goes like a bare month.
    """
    first, last = SEASONS[m["season"]]
    if m["year"]:
        start = date(int(m["year"]), first, 1)
        return start, _season_end(start, last), "month"
    published = context.published
    if published is None:
        return None
    modifier = m["modifier"] or ""
    start = date(published.year + _STEP.get(modifier, 0), first, 1)
    if modifier in BACKWARD or (not modifier and context.past):
        if start > published:
            start = date(start.year - 1, first, 1)
    elif not modifier and _season_end(start, last) < published:
        start = date(start.year + 1, first, 1)
    return start, _season_end(start, last), "month"


def _season_end(start: date, last_month: int) -> date:
    year = start.year + (1 if last_month < start.month else 0)
    return _month_range(year, last_month)[1]


_COUNT = r"(?P<count>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
_MOD = r"(?:(?P<modifier>this past|this coming|last|this|next|past|coming)\s+)?"
_RULES: tuple[tuple[re.Pattern, Callable[[re.Match, _Context], Resolution | None]], ...] = tuple(
    (re.compile(pattern), handler) for pattern, handler in (
        (r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})", _iso),
        (r"(?P<day>\d{1,2})\s+(?:of\s+)?" + _MONTH + r"\s+(?P<year>\d{4})", _day_month_year),
        (_MONTH + r"\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})", _day_month_year),
        (_MONTH + r"\s+(?:of\s+)?(?P<year>\d{4})", _month_year),
        (r"(?:the\s+)?(?:year\s+)?(?P<year>1[5-9]\d\d|20\d\d)", _year),
        (r"(?:between\s+)?(?P<year>1[5-9]\d\d|20\d\d)\s*(?:-|–|to|and)\s*(?P<end>\d{2}|\d{4})", _year_range),
        (r"(?:the\s+)?(?:early\s+|mid\s+|late\s+)?(?P<decade>1[5-9]\d0|20\d0|'\d0)s", _decade),
        (r"(?:the\s+)?(?P<name>day before yesterday|day after tomorrow|today|tonight|yesterday|tomorrow|"
         r"last night|overnight|this morning|this afternoon|this evening|earlier today|later today)"
         r"(?:\s+(?:night|morning|afternoon|evening))?", _named_day),
        (_MOD + _WEEKDAY + _DAYPART, _weekday),
        (_COUNT + r"\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+ago", _ago),
        (r"(?:the\s+)?(?P<modifier>earlier this|later this|last|this|next|past|previous|coming)\s+"
         r"(?P<unit>week|month|year)", _relative_period),
        (r"(?P<modifier>this past|this coming|last|this|next|past|coming|the past|the)?\s*weekend", _weekend),
        (r"(?P<day>\d{1,2})\s+(?:of\s+)?" + _MONTH, _day_month),
        (_MONTH + r"\s+(?P<day>\d{1,2})", _day_month),
        (_MOD + _MONTH, _bare_month),
        (_MOD + r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?", _season),
    )
)


# -- finding the expression that dates an event's clause --------------------------------------------------

# Dependencies that start a clause of their own; xcomp does not ("began sending troops last week").
CLAUSAL_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "csubj", "csubjpass", "pcomp", "acl",
                          "parataxis"})
# Clause links through which a sentence's leading adverbial still dates an embedded clause.
GOVERNED_DEPS = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PLAN_LEMMAS = frozenset({"plan", "intend", "schedule", "set", "expect", "due", "aim", "prepare", "go"})
# Date-like stretches the small model sometimes leaves untagged; month names need a cue, since "May" is
# also a modal verb.
_FINDER = re.compile(
    r"\b(?:(?:last|this|next|past|coming)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?\b"
    r"|\b(?:yesterday|today|tomorrow|tonight|overnight)\b"
    r"|\b(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend)\b"
    r"|\b(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+ago\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b(?:,?\s+\d{4})?"
    r"|\b(?<=in )(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?\b",
    re.IGNORECASE,
)


def clause_head(token):
    """The verb that heads the clause ``token`` is in (a spaCy Token; the root when none is found).

    Climbs heads until a verb whose dependency starts a clause; xcomp verbs belong to their governor's
    clause, so "agreed to send" and "began sending" are one clause.
    """
    current = token
    while current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX") and current.dep_ in CLAUSAL_DEPS:
            return current
        current = current.head
    return current


def sentence_entities(sent) -> list[Span]:
    """The named entities inside ``sent``, read from its tokens.

    ``Span.ents`` builds every entity of the whole document on each call; this stays within the sentence.
    """
    found: list[Span] = []
    start = None
    for token in sent:
        if start is not None and token.ent_iob_ != "I":
            found.append(Span(sent.doc, start, token.i, label=sent.doc[start].ent_type_))
            start = None
        if token.ent_iob_ == "B":
            start = token.i
    if start is not None:
        found.append(Span(sent.doc, start, sent.end, label=sent.doc[start].ent_type_))
    return found


def governs(upper, lower) -> bool:
    """True when clause head ``lower`` hangs below ``upper`` through clause links only (ccomp, conj, ...)."""
    current = lower
    while current.i != upper.i:
        if current.dep_ not in GOVERNED_DEPS or current.head.i == current.i:
            return False
        current = clause_head(current.head)
    return True


def is_future(head) -> bool:
    """Whether the clause headed by ``head`` looks ahead: will/shall, 'going to', a plan verb, or the
    present tense (news uses it for scheduled acts: "the talks open on Tuesday"). Past by default."""
    words = [head, *(child for child in head.children if child.dep_ in ("aux", "auxpass"))]
    if any(word.lower_ in FUTURE_AUX for word in words):
        return True
    if any(word.lower_ in ("had", "did", "would", "was", "were") or word.tag_ in ("VBD",) for word in words):
        return False
    present = head.tag_ in ("VBZ", "VBP") or any(w.lower_ in ("is", "are", "am") for w in words[1:])
    if head.lemma_ in PLAN_LEMMAS and any(child.dep_ == "xcomp" for child in head.children):
        return True
    return present


def date_for_clause(sent, trigger, published: date | None, *, spans: list | None = None,
                    leading: bool = True) -> EventDate | None:
    """The date of the event whose trigger is ``trigger`` (a spaCy Token in the Span ``sent``).

    Takes the first resolvable date expression (a DATE entity, or a date-like stretch the model missed)
    in the trigger's own clause, nearest the trigger first; failing that, one in the clause the trigger's
    clause is coordinated with ("gathered on Monday and marched", ``_shares_time``); failing that, a date that opens the
    sentence ("On Tuesday, the US said troops had entered ...") when its clause governs the trigger's clause.
    The clause's tense decides past or future (``is_future``). ``text`` is the expression with its
    preposition ("On Tuesday"). None when no expression resolves: the caller then stands in the
    publication date with precision "article". ``spans`` (``date_spans(sent)``) may be passed to save
    finding the sentence's date expressions again for each trigger. ``leading=False`` leaves out the
    sentence-opening date, for a caller that first asks the clauses above the trigger for their own.
    """
    own = clause_head(trigger)
    past = not is_future(own)
    spans = date_spans(sent) if spans is None else spans
    in_clause = sorted((s for s in spans if clause_head(s.root) == own), key=lambda s: _distance(s, trigger))
    partner = clause_head(own.head) if _shares_time(own) else None
    coordinated = [s for s in spans if partner is not None and clause_head(s.root) == partner]
    leading = [s for s in spans if leading and s.start == _first_word(sent)
               and clause_head(s.root) != own and governs(clause_head(s.root), own)]
    for span in (*in_clause, *coordinated, *leading):
        found = resolve_date(_with_preposition(span).text, published, past=past)
        if found is not None:
            return found
    return None


def paragraph_date(sent, trigger, published: date | None, *, reach: int = PARAGRAPH_REACH) -> EventDate | None:
    """The date a past-tense clause with no date of its own takes from the story around it.

    News tells a dated episode and goes on with it: "In October 1950, Mao sent troops. ... It was
    vital to defend the North, he said." The date of the main clause of the nearest sentence
    before ``sent`` that has one, looking back at most ``reach`` sentences and never past the
    start of the paragraph. A present or future clause ("China now says ...") takes nothing.
    """
    if is_future(clause_head(trigger)):
        return None
    doc = sent.doc
    current = sent
    for _ in range(reach):
        if current.start == 0 or _opens_paragraph(current):
            return None
        current = doc[current.start - 1].sent
        found = date_for_clause(current, current.root, published)
        if found is not None:
            return found
    return None


def _opens_paragraph(sent) -> bool:
    """Whether a line break comes right before ``sent``."""
    return ends_line(sent.doc[sent.start - 1])


def _shares_time(head) -> bool:
    """Whether a clause happens when its governor does: a coordinated verb, or a bare participle
    ("fired missiles on Monday, killing 10"), not one with its own conjunction ("after ...")."""
    if head.dep_ == "conj":
        return True
    return head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ == "mark" for c in head.children)


def date_spans(sent) -> list:
    """DATE entities of the sentence, plus date-like stretches (``_FINDER``) that overlap no entity."""
    spans = [ent for ent in sentence_entities(sent) if ent.label_ in ("DATE", "TIME")]
    taken = {i for ent in spans for i in range(ent.start, ent.end)}
    offset = sent.start_char
    for match in _FINDER.finditer(sent.text):
        found = sent.doc.char_span(offset + match.start(), offset + match.end(), alignment_mode="expand")
        if found is not None and not taken.intersection(range(found.start, found.end)):
            spans.append(found)
            taken.update(range(found.start, found.end))
    return spans


def _with_preposition(span):
    """The span widened to the preposition that governs it ("on" + "Tuesday")."""
    before = span.start - 1
    doc = span.doc
    if before >= 0 and doc[before].dep_ == "prep" and span.root.head.i == before:
        return doc[before:span.end]
    return span


def _first_word(sent) -> int:
    """Index of the sentence's first token, or of the preposition that opens it ("On Tuesday, ...")."""
    first = sent.start
    return first + 1 if sent.doc[first].dep_ == "prep" and first + 1 < sent.end else first


def _distance(span, token) -> int:
    return 0 if span.start <= token.i < span.end else min(abs(span.start - token.i), abs(span.end - 1 - token.i))
