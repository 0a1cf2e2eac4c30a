"""A dyad's Goldstein series and its change points; `timeline` and `system` over the store."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from realpolitik.cli.main import main
from realpolitik.model import Relation
from realpolitik.store import open_store
from realpolitik.store.queries import Filters
from realpolitik.store.timeline import change_points, dyad_timeline


def test_change_points_find_one_clean_step_and_none_in_steady_noise():
    assert change_points([3.0] * 6 + [-7.0] * 6) == [6]
    rng = random.Random(7)
    assert change_points([rng.gauss(0, 1.5) for _ in range(24)]) == []
    assert change_points([1.0, -1.0]) == []


def _month_of_reports(analysis_of, event_in, month: int, goldstein: float, n: int):
    out = []
    for k in range(n):
        text = f"China and Russia met again ({month}-{k})."
        out.append(analysis_of(text, published=date(2024, month, 1 + k), events=(
            event_in(text, "met", "CONSULT", "CHN" if k % 2 else "RUS", "RUS" if k % 2 else "CHN",
                     goldstein=goldstein),)))
    return out


@pytest.fixture
def shifting_dyad(store, analysis_of, event_in):
    """China-Russia: cooperative January to June, hostile July to December."""
    batch = []
    for month in range(1, 13):
        batch += _month_of_reports(analysis_of, event_in, month, 4.0 if month <= 6 else -6.0, 2)
    store.write_batch(batch, [], "r1")
    return store


def test_the_timeline_shifts_where_the_dyad_turns_hostile(shifting_dyad):
    timeline = dyad_timeline(shifting_dyad, "CHN", "RUS", by="month")
    assert [p.start.month for p in timeline.periods] == list(range(1, 13))
    assert [p.events for p in timeline.periods] == [2] * 12
    assert timeline.change_points == (date(2024, 7, 1),)
    weekly = dyad_timeline(shifting_dyad, "RUS", "CHN", by="week", f=Filters(end=date(2024, 6, 30)))
    assert weekly.periods[0].start == date(2024, 1, 1) and weekly.change_points == ()


def test_cli_timeline_and_system_read_the_store(tmp_path, shifting_dyad, capsys):
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        ids = [r[0] for r in shifting_dyad.fetch("SELECT article_id FROM articles").rows]
        store.write_batch([shifting_dyad.analysis(i) for i in ids], [], "r1")
    assert main(["timeline", "CHN", "RUS", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["change_points"] == ["2024-07-01"]
    assert main(["timeline", "CHN", "RUS", "--db", str(db), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "period,events,goldstein,goldstein_sum,shift" and lines[7].endswith(",shift")


def test_cli_system_analyses_the_window(tmp_path, analysis_of, capsys):
    system = pytest.importorskip("realpolitik.system")
    if not hasattr(system, "analyze_system"):
        pytest.skip("realpolitik.system.analyze_system is not written yet")
    text = "China, Russia and North Korea: the United States."
    analysis = analysis_of(text, published=date(2024, 2, 1), relations=(
        Relation("CHN", "RUS", 1, 0.9), Relation("PRK", "RUS", 1, 0.8), Relation("CHN", "PRK", 1, 0.7)))
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        store.write_batch([analysis], [], "r1")
    assert main(["system", "--db", str(db), "--from", "2024-01-01", "--to", "2024-12-31"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert len(record["relations"]) == 3 and record["system"]["triad_counts"]["+++"] == 1
    assert main(["system", "--db", str(db), "--to", "2023-12-31"]) == 0
    assert json.loads(capsys.readouterr().out)["relations"] == []
