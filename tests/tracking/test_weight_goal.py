"""The weight chart's goal line (issue 21): drawn and labelled when the profile has a goal
weight, for a first chart of one or two days as for ninety; a goal far from the weights is
named at the edge it lies beyond. Each case is saved as a PNG (under the session's temporary
folder, `weight-goal/`) to be looked at."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from healthbot.charts import render
from healthbot.profile import Profile
from healthbot.tracking.charts import drawing, goal_weight
from healthbot.tracking.texts import EN

LAST = date(2026, 12, 6)


def days_back(*values: float | None) -> list[tuple[date, float]]:
    """Weigh-ins ending on LAST, one a day (None: no weigh-in that day)."""
    start = LAST - timedelta(days=len(values) - 1)
    return [(start + timedelta(days=n), v) for n, v in enumerate(values) if v is not None]


CASES = {
    "one_day": ([(LAST, 72.4), (LAST, 71.9)], 70.0),
    "two_days": (days_back(72.4, 72.1), 70.0),
    "seven_days": (days_back(72.4, 72.1, 72.3, 71.8, 71.9, 71.5, 71.6), 70.0),
    "ninety_days": (days_back(*(80 - n * 0.08 + (n % 5) * 0.15 for n in range(90))), 70.0),
    "a_gap": (days_back(72.4, None, None, None, 71.9, None, 71.5, 71.6), 70.0),
    "goal_above": (days_back(58.2, 58.4, 58.9), 61.0),  # gaining toward it
    "goal_far_below": (days_back(96.0, 95.6, 95.1, 95.3), 70.0),
}


@pytest.fixture(scope="module")
def pngs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the charts are saved to be looked at."""
    folder = tmp_path_factory.getbasetemp() / "weight-goal"
    folder.mkdir(exist_ok=True)
    return folder


def texts_of(figure: Figure) -> list[Text]:
    [axes] = figure.axes
    return [t for t in axes.texts if t.get_text().startswith("goal")]


@pytest.mark.parametrize("case", CASES)
def test_the_goal_line_is_drawn_and_labelled(case: str, pngs: Path) -> None:
    points, goal = CASES[case]
    figure = Figure()
    drawing(points, "kg", EN.weight_title, goal=goal, goal_label=EN.weight_goal)(figure)
    [axes] = figure.axes
    [label] = texts_of(figure)
    low, high = axes.get_ylim()
    weights = list(dict(points).values())  # each day's last
    goal_lines = [line for line in axes.get_lines() if list(line.get_ydata()) == [goal, goal]]
    if case == "goal_far_below":
        # 25 kg below weights that moved 0.9 kg: named at the bottom edge, no line, and the
        # y axis stays on the weights.
        assert label.get_text() == "goal 70.0 kg ↓"
        assert goal_lines == [] and low > 90
    else:
        assert label.get_text() == f"goal {goal:.1f} kg"
        assert len(goal_lines) == 1 and low < goal < high
        assert label.get_position()[1] == goal  # the label sits on the line
    assert low < min(weights) and max(weights) < high  # every weight still shown
    png = render(drawing(points, "kg", EN.weight_title, goal=goal, goal_label=EN.weight_goal))
    assert png.startswith(b"\x89PNG")
    (pngs / f"weight_goal_{case}.png").write_bytes(png)


def test_without_a_goal_nothing_is_added() -> None:
    points, _ = CASES["seven_days"]
    figure = Figure()
    drawing(points, "kg", EN.weight_title)(figure)
    assert texts_of(figure) == []
    assert len(figure.axes[0].get_lines()) == 2  # the weights and the 7-day average


def profile_with(target_kg: str | None) -> Profile:
    return Profile(
        user_id=1, display_name=None, sex=None, birth_year=None, height_cm=None,
        activity_level=None, goal="lose", target_weight_kg=None if target_kg is None
        else Decimal(target_kg), weekly_pace_kg=None, units="imperial", daily_kcal_target=None,
        kcal_target_manual=False, protein_g_target=None, carbs_g_target=None,
        fat_g_target=None, daily_water_ml_target=None, onboarded_at=None,
    )  # fmt: skip


def test_the_goal_weight_comes_from_the_profile_in_the_charts_unit() -> None:
    assert goal_weight(profile_with("68.04"), "kg") == pytest.approx(68.04)
    assert goal_weight(profile_with("68.04"), "lb") == pytest.approx(150.0, abs=0.01)
    assert goal_weight(profile_with(None), "kg") is None
    assert goal_weight(None, "lb") is None
