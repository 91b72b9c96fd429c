"""The weight chart reads on its own (issue 21): one point a day (the day's last), an x axis
in days at least a week wide, a 7-day average, a title with the unit. Checked on what it
drew; each case is saved as a PNG under the test's folder to be looked at."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import cast

import pytest
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from healthbot.charts import render
from healthbot.tracking.charts import drawing, trend
from healthbot.tracking.texts import EN

LAST = date(2026, 12, 6)


def days_back(*values: float | None) -> list[tuple[date, float]]:
    """Weigh-ins ending today, one a day (None: no weigh-in that day)."""
    start = LAST - timedelta(days=len(values) - 1)
    return [(start + timedelta(days=n), v) for n, v in enumerate(values) if v is not None]


CASES = {
    # Two weigh-ins the same day: the day's last is its point.
    "one_day": [(LAST, 72.4), (LAST, 71.9)],
    "two_days": days_back(72.4, 72.1),
    "seven_days": days_back(72.4, 72.1, 72.3, 71.8, 71.9, 71.5, 71.6),
    "ninety_days": days_back(*(80 - n * 0.08 + (n % 5) * 0.15 for n in range(90))),
    "a_gap": days_back(72.4, None, None, None, 71.9, None, 71.5, 71.6),
}


@pytest.mark.parametrize("case", CASES)
def test_the_weight_chart_has_a_point_a_day_a_week_wide_axis_and_a_title(
    case: str, tmp_path: Path
) -> None:
    points = CASES[case]
    figure = Figure()
    drawing(points, "kg", EN.weight_title)(figure)
    [axes] = figure.axes
    assert axes.get_title(loc="left") == "Weight (kg): each day's last weigh-in"
    weights, *average = axes.get_lines()
    per_day = dict(points)  # the last of each day
    xs, ys = weights.get_data(orig=True)  # the dates and weights as plotted
    plotted = list(zip(cast("list[date]", xs), cast("list[float]", ys), strict=True))
    assert plotted == sorted(per_day.items())
    low, high = axes.get_xlim()
    assert high - low >= 7  # days: a first chart is a week wide, not an hour of one day
    if len(per_day) >= 3:
        [line] = average
        expected = trend(sorted(per_day.items()))
        assert list(cast("list[float]", line.get_ydata())) == pytest.approx(
            [v for _, v in expected]
        )
        assert expected[-1][1] == pytest.approx(
            sum(v for d, v in per_day.items() if d > LAST - timedelta(days=7))
            / sum(1 for d in per_day if d > LAST - timedelta(days=7))
        )
    else:
        assert average == []
    png = render(drawing(points, "kg", EN.weight_title))
    assert png.startswith(b"\x89PNG")
    (tmp_path / f"weight_{case}.png").write_bytes(png)  # to be looked at


def test_the_days_run_up_to_today_past_the_last_weigh_in() -> None:
    # Weighed on Tuesday and Wednesday, /weight on Friday: the axis ended on Wednesday, as
    # if Wednesday were today.
    points = [(date(2026, 12, 8), 68.0), (date(2026, 12, 9), 67.8)]
    figure = Figure()
    drawing(points, "kg", EN.weight_title, today=date(2026, 12, 11))(figure)
    [axes] = figure.axes
    low, high = axes.get_xlim()
    friday = date2num(date(2026, 12, 11))
    assert friday - 0.5 <= high <= friday + 1 and high - low >= 7
    figure = Figure()
    drawing(points, "kg", EN.weight_title, today=date(2026, 12, 9))(figure)
    assert figure.axes[0].get_xlim()[1] < friday - 1  # weighed today: ends today


def test_two_weigh_ins_a_pound_apart_get_ticks_on_whole_or_half_pounds(tmp_path: Path) -> None:
    # 159 then 158 lb: ticks every quarter pound, labelled "158.75", "158.50".
    points = days_back(159.0, 158.0)
    figure = Figure()
    drawing(points, "lb", EN.weight_title)(figure)
    [axes] = figure.axes
    figure.canvas.draw()
    ticks = [tick.get_text() for tick in axes.get_yticklabels() if tick.get_text()]
    assert ticks and all(len(tick.partition(".")[2]) <= 1 for tick in ticks), ticks
    assert all(float(tick.replace(",", "")) * 2 == round(float(tick) * 2) for tick in ticks)
    (tmp_path / "weight_a_pound_apart.png").write_bytes(render(drawing(points, "lb", "{unit}")))


def test_a_long_chart_names_the_year_under_its_dates_not_an_iso_month(tmp_path: Path) -> None:
    # Six weeks of weigh-ins: ticks "Nov", "08", "15", "22", "Dec", and under them
    # "2026-Dec", a programmer's date.
    points = [(LAST - timedelta(days=n), 80.0 + n / 10) for n in (0, 1, 3, 6, 9, 12, 40)]
    figure = Figure()
    drawing(points, "kg", EN.weight_title)(figure)
    [axes] = figure.axes
    figure.canvas.draw()  # type: ignore[no-untyped-call]
    ticks = [tick.get_text() for tick in axes.get_xticklabels()]
    assert "Dec" in ticks and "Nov" in ticks, ticks
    assert axes.xaxis.get_major_formatter().get_offset() == "2026"  # type: ignore[attr-defined]
    (tmp_path / "weight_six_weeks.png").write_bytes(render(drawing(points, "kg", "{unit}")))
