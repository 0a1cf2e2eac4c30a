"""A dyad's Goldstein series over time and the points where it shifts (ruptures, PELT).

The series has one value per week or month with at least one scored event
between the two actors (either way round): the mean Goldstein score of those
events. Periods without events are left out rather than filled, so a change
point marks the first period of a new regime among the periods that have news.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from realpolitik.errors import InputError
from realpolitik.store.db import Store
from realpolitik.store.queries import NO_FILTERS, Conditions, Filters

PERIODS = ("week", "month")


@dataclass(frozen=True, slots=True)
class Period:
    """One week (starting Monday) or month: its events and their Goldstein mean and sum."""

    start: date
    events: int
    goldstein: float
    goldstein_sum: float


@dataclass(frozen=True, slots=True)
class Timeline:
    """The series of the dyad (a, b) and the starts of the periods where it shifts."""

    a: str
    b: str
    by: str
    periods: tuple[Period, ...]
    change_points: tuple[date, ...]


def dyad_timeline(store: Store, a: str, b: str, *, by: str = "month", f: Filters = NO_FILTERS,
                  penalty: float | None = None) -> Timeline:
    """The Goldstein series of the events between ``a`` and ``b`` and its change points."""
    if by not in PERIODS:
        raise InputError("--by", f"expected one of {', '.join(PERIODS)}, got {by!r}")
    w = Conditions()
    w.add("((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))", a, b, b, a)
    w.add("e.goldstein IS NOT NULL")
    w.dates("coalesce(e.date_start, a.published)", f)
    w.add("coalesce(e.date_start, a.published) IS NOT NULL")
    sql = (f"SELECT date_trunc('{by}', coalesce(e.date_start, a.published))::DATE AS period, count(*),"
           " avg(e.goldstein), sum(e.goldstein) FROM events e JOIN articles a USING (article_id)"
           + w.sql() + " GROUP BY period ORDER BY period")
    periods = tuple(Period(*row) for row in store.fetch(sql, w.params).rows)
    shifts = change_points([p.goldstein for p in periods], penalty=penalty)
    return Timeline(a, b, by, periods, tuple(periods[i].start for i in shifts))


def change_points(values: Sequence[float], *, penalty: float | None = None, min_size: int = 2) -> list[int]:
    """Indices where a new segment of ``values`` begins (never 0), by PELT with a squared-error cost.

    The default penalty is 4 * sigma^2 * ln(n) (twice BIC's, to keep spurious
    short segments out of short series), with sigma the noise
    level estimated from the median absolute difference of neighbours, so a
    steady but noisy series yields none and a clean step yields exactly one.
    """
    n = len(values)
    if n < 2 * min_size:
        return []
    import numpy as np
    import ruptures

    signal = np.asarray(values, dtype=float)
    if penalty is None:
        penalty = 4 * max(_noise(signal) ** 2, 1e-6) * math.log(n)
    ends = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal).predict(pen=penalty)
    return [int(i) for i in ends[:-1]]


def _noise(signal) -> float:
    """A robust noise level: the median absolute difference of neighbours, scaled for a normal."""
    import numpy as np

    diffs = np.abs(np.diff(signal))
    return float(np.median(diffs)) / (0.6745 * math.sqrt(2))
