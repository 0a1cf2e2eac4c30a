"""Date expressions resolved against the publication date, and the date of an event's clause."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.dates import date_for_clause, paragraph_date, resolve_date

THURSDAY = date(2024, 11, 7)  # published Thursday 7 November 2024 (ISO week 45)


def span(expression, published=THURSDAY, *, past=True):
    found = resolve_date(expression, published, past=past)
    return None if found is None else (found.start, found.end, found.precision)


@pytest.mark.parametrize(("expression", "expected"), [
    ("On Tuesday", ("2024-11-05", "2024-11-05", "day")),
    ("Tuesday night", ("2024-11-05", "2024-11-05", "day")),
    ("on Thursday", ("2024-11-07", "2024-11-07", "day")),
    ("last Thursday", ("2024-10-31", "2024-10-31", "day")),
    ("on Friday", ("2024-11-01", "2024-11-01", "day")),
    ("yesterday", ("2024-11-06", "2024-11-06", "day")),
    ("today", ("2024-11-07", "2024-11-07", "day")),
    ("the day before yesterday", ("2024-11-05", "2024-11-05", "day")),
    ("overnight", ("2024-11-06", "2024-11-07", "day")),
    ("three days ago", ("2024-11-04", "2024-11-04", "day")),
])
def test_days_before_publication(expression, expected):
    assert span(expression) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("last week", ("2024-10-28", "2024-11-03", "week")),
    ("the previous week", ("2024-10-28", "2024-11-03", "week")),
    ("this week", ("2024-11-04", "2024-11-10", "week")),
    ("earlier this week", ("2024-11-04", "2024-11-07", "week")),
    ("two weeks ago", ("2024-10-21", "2024-10-27", "week")),
    ("the past week", ("2024-11-01", "2024-11-07", "week")),
    ("over the weekend", ("2024-11-02", "2024-11-03", "week")),
    ("last month", ("2024-10-01", "2024-10-31", "month")),
    ("earlier this month", ("2024-11-01", "2024-11-07", "month")),
    ("in June", ("2024-06-01", "2024-06-30", "month")),
    ("in December", ("2023-12-01", "2023-12-31", "month")),
    ("in November", ("2024-11-01", "2024-11-30", "month")),
    ("mid-June", ("2024-06-01", "2024-06-30", "month")),
    ("last summer", ("2023-06-01", "2023-08-31", "month")),
    ("last year", ("2023-01-01", "2023-12-31", "year")),
    ("two years ago", ("2022-01-01", "2022-12-31", "year")),
])
def test_periods_before_publication(expression, expected):
    assert span(expression) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("on Tuesday", ("2024-11-12", "2024-11-12", "day")),
    ("on Thursday", ("2024-11-07", "2024-11-07", "day")),
    ("next Thursday", ("2024-11-14", "2024-11-14", "day")),
    ("tomorrow", ("2024-11-08", "2024-11-08", "day")),
    ("next week", ("2024-11-11", "2024-11-17", "week")),
    ("later this week", ("2024-11-07", "2024-11-10", "week")),
    ("this weekend", ("2024-11-09", "2024-11-10", "week")),
    ("next month", ("2024-12-01", "2024-12-31", "month")),
    ("in June", ("2025-06-01", "2025-06-30", "month")),
    ("in December", ("2024-12-01", "2024-12-31", "month")),
    ("Nov. 8", ("2024-11-08", "2024-11-08", "day")),
    ("next year", ("2025-01-01", "2025-12-31", "year")),
])
def test_future_clauses_look_ahead(expression, expected):
    assert span(expression, past=False) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("In October 1950", ("1950-10-01", "1950-10-31", "month")),
    ("2019", ("2019-01-01", "2019-12-31", "year")),
    ("in late 2019", ("2019-01-01", "2019-12-31", "year")),
    ("8 November 2024", ("2024-11-08", "2024-11-08", "day")),
    ("November 8, 2024", ("2024-11-08", "2024-11-08", "day")),
    ("on the 3rd of March 2022", ("2022-03-03", "2022-03-03", "day")),
    ("Sept. 11, 2001", ("2001-09-11", "2001-09-11", "day")),
    ("2024-11-05", ("2024-11-05", "2024-11-05", "day")),
    ("in the 1950s", ("1950-01-01", "1959-12-31", "year")),
    ("the '60s", ("1960-01-01", "1969-12-31", "year")),
    ("summer 2023", ("2023-06-01", "2023-08-31", "month")),
    ("1950-53", ("1950-01-01", "1953-12-31", "year")),
    ("from 1950 to 1953", ("1950-01-01", "1953-12-31", "year")),
])
def test_absolute_dates_need_no_publication_date(expression, expected):
    assert span(expression, None) == expected
    assert span(expression) == expected


def test_day_and_month_without_year_goes_back_a_year_when_still_ahead():
    assert span("Nov. 8") == ("2023-11-08", "2023-11-08", "day")
    assert span("5 November") == ("2024-11-05", "2024-11-05", "day")


def test_leap_day_without_year_finds_the_nearest_leap_year():
    assert span("Feb. 29", date(2026, 3, 1)) == ("2024-02-29", "2024-02-29", "day")
    assert span("Feb. 29", date(2026, 3, 1), past=False) == ("2028-02-29", "2028-02-29", "day")


def test_month_of_publication_is_this_years_in_a_past_clause():
    assert span("in June", date(2024, 6, 20)) == ("2024-06-01", "2024-06-30", "month")
    assert span("last June", date(2024, 6, 20)) == ("2023-06-01", "2023-06-30", "month")


def test_weekday_on_a_sunday_publication_stays_in_its_iso_week():
    sunday = date(2024, 11, 10)
    assert span("on Monday", sunday) == ("2024-11-04", "2024-11-04", "day")
    assert span("this Monday", sunday) == ("2024-11-04", "2024-11-04", "day")
    assert span("last week", sunday) == ("2024-10-28", "2024-11-03", "week")


def test_relative_expressions_need_a_publication_date():
    for expression in ("On Tuesday", "last week", "in June", "yesterday", "three days ago", "Nov. 8"):
        assert resolve_date(expression, None) is None


@pytest.mark.parametrize("expression", ["since 2022", "for three years", "recently", "the Korean War",
                                        "February 30, 2024", "in recent weeks", ""])
def test_unknown_or_impossible_expressions_give_none(expression):
    assert resolve_date(expression, THURSDAY) is None


def test_result_keeps_the_expression_as_written():
    assert resolve_date("  On Tuesday ", THURSDAY).text == "On Tuesday"


# -- dates of clauses (need the model) --------------------------------------------------------------------

def clause_date(nlp, text, trigger, published=THURSDAY, *, finder=date_for_clause):
    """(start, end, precision, text) of the date ``finder`` gives the word ``trigger`` of ``text``."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    found = finder(token.sent, token, published)
    return None if found is None else (found.start, found.end, found.precision, found.text)


@pytest.mark.slow
def test_clause_date_resolves_a_weekday_in_a_past_clause(nlp):
    assert clause_date(nlp, "Protesters stormed the parliament in Lima on Tuesday.", "stormed") == \
        ("2024-11-05", "2024-11-05", "day", "on Tuesday")


@pytest.mark.slow
def test_clause_date_looks_ahead_in_a_future_clause(nlp):
    assert clause_date(nlp, "The two foreign ministers will meet in Vienna on Tuesday.", "meet") == \
        ("2024-11-12", "2024-11-12", "day", "on Tuesday")


@pytest.mark.slow
def test_clause_date_takes_a_leading_adverbial_that_governs_the_clause(nlp):
    found = clause_date(nlp, "Last week, the ministry said that its navy had seized a tanker.", "seized")
    assert found == ("2024-10-28", "2024-11-03", "week", "Last week")


@pytest.mark.slow
def test_clause_date_keeps_each_clause_its_own_date(nlp):
    text = "The treaty was signed in the 1990s, and the summit opens in June."
    assert clause_date(nlp, text, "signed")[:3] == ("1990-01-01", "1999-12-31", "year")
    assert clause_date(nlp, text, "opens")[:3] == ("2025-06-01", "2025-06-30", "month")


@pytest.mark.slow
def test_clause_date_is_shared_by_a_coordinated_verb(nlp):
    text = "Farmers blocked the highway on Monday and burned tyres outside the ministry."
    assert clause_date(nlp, text, "burned")[:3] == ("2024-11-04", "2024-11-04", "day")


@pytest.mark.slow
def test_clause_without_a_date_gives_none(nlp):
    assert clause_date(nlp, "The rebels shelled the airport.", "shelled") is None


# -- the date of a paragraph's episode (need the model) ---------------------------------------------------

def episode_date(nlp, text, trigger, published=THURSDAY):
    return clause_date(nlp, text, trigger, published, finder=paragraph_date)


@pytest.mark.slow
def test_a_dateless_past_clause_takes_the_date_of_the_episode_told_before_it(nlp):
    text = ("In March 2011, protesters occupied the main square of the capital. "
            "Hundreds more joined them at night. The army surrounded the square.")
    assert episode_date(nlp, text, "surrounded") == ("2011-03-01", "2011-03-31", "month", "In March 2011")


@pytest.mark.slow
def test_the_nearest_dated_sentence_sets_the_episode(nlp):
    text = "Last week, the navy seized a tanker. On Tuesday, the crew was freed. The owners paid a fine."
    assert episode_date(nlp, text, "paid")[:3] == ("2024-11-05", "2024-11-05", "day")


@pytest.mark.slow
def test_an_episode_ends_with_its_paragraph(nlp):
    text = "In March 2011, protesters occupied the main square.\n\nThe army surrounded the square."
    assert episode_date(nlp, text, "surrounded") is None


@pytest.mark.slow
def test_a_present_or_future_clause_takes_no_episode_date(nlp):
    text = "In March 2011, protesters occupied the main square. The government denies any crackdown."
    assert episode_date(nlp, text, "denies") is None


@pytest.mark.slow
def test_an_episode_reaches_back_only_a_few_sentences(nlp):
    text = ("In March 2011, protesters occupied the square. Shops closed. Buses stopped. "
            "Schools shut. The army surrounded the square.")
    assert episode_date(nlp, text, "surrounded") is None
