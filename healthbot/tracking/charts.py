"""The weight trend as a small PNG, drawn in a worker thread (see `healthbot.charts`).

One point a day (the day's last weigh-in), an x axis in days (at least a week wide, so
that a first chart of one or two days reads as days, not as hours of one), a 7-day
average over the points, the goal weight as a labelled line, and a title that names the
unit. The goal comes from the user's profile, read through `healthbot.profile`'s face.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from healthbot.charts import png_of
from healthbot.measures import KG_PER_LB, stones
from healthbot.profile import Profile

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MIN_DAYS_SHOWN = 7
TREND_DAYS = 7
"""The window of the average line: the day and the six before it."""
MIN_SPREAD = 2.0
"""The least span of weights the y axis shows beyond its margins (kg or lb)."""
GOAL_REACH = 3.0
"""How far (in spreads of the weights) the y axis stretches to show the goal line; a goal
further off is named at the edge it lies beyond, so the weights keep their detail."""
GOAL_COLOR = "#3a9a4a"
STONES_NAMED = "st, lb"
"""How a chart in stones ("st": its points in pounds) names its unit."""
STONE_STEPS = (1, 2, 7, 14, 28, 70)
"""The pounds between a chart in stones' ticks: a pound or two, else half stones, stones..."""
MAX_STONE_TICKS = 6
OFFSETS = ["", "%Y", "%Y", "%d %b %Y", "%d %b %Y", "%d %b %Y %H:%M"]
"""What a long chart's date axis names under its ticks, by their level (years, months,
days...): matplotlib's own gives "2026-Dec" for ticks on days."""


async def weight_chart(
    points: Sequence[tuple[date, float]],
    unit: str,
    title: str,
    *,
    profile: Profile | None = None,
    goal_label: str = "goal {weight}",
    today: date | None = None,
) -> bytes:
    """A PNG of weight over days (at least one point), off the event loop. `title` names the
    chart in the user's language, with `{unit}` in it; the profile's goal weight, if any,
    is drawn and labelled with `goal_label` (with `{weight}` in it); the days run up to
    `today` (the user's), when it is after the last weigh-in."""
    if not points:
        raise ValueError("a chart needs a weigh-in")
    goal = goal_weight(profile, unit)
    draw = drawing(points, unit, title, goal=goal, goal_label=goal_label, today=today)
    return await png_of(draw)


def goal_weight(profile: Profile | None, unit: str) -> float | None:
    """The user's goal weight in the chart's unit ("kg", or "lb" and "st": pounds), or None
    without one."""
    if profile is None or profile.target_weight_kg is None:
        return None
    kg = float(profile.target_weight_kg)
    return kg if unit == "kg" else kg / KG_PER_LB


def daily(points: Sequence[tuple[date, float]]) -> list[tuple[date, float]]:
    """One point a day, the day's last weigh-in (points come oldest first), by day."""
    return sorted(dict(points).items())


def trend(points: Sequence[tuple[date, float]]) -> list[tuple[date, float]]:
    """The average of each day's point with the points of the six days before it."""
    return [
        (day, sum(vs) / len(vs))
        for day, _ in points
        if (vs := [v for d, v in points if day - timedelta(days=TREND_DAYS - 1) <= d <= day])
    ]


def drawing(
    points: Sequence[tuple[date, float]],
    unit: str,
    title: str,
    *,
    goal: float | None = None,
    goal_label: str = "goal {weight}",
    today: date | None = None,
) -> Callable[[Figure], None]:
    """What fills the chart's figure (public for the tests, which read what it drew)."""
    days = daily(points)
    named = STONES_NAMED if unit == "st" else unit

    def draw(figure: Figure) -> None:
        from matplotlib.dates import (
            AutoDateLocator,
            ConciseDateFormatter,
            DateFormatter,
            DayLocator,
        )
        from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

        axes = figure.add_subplot()
        xs = [day for day, _ in days]
        values = [value for _, value in days]
        # matplotlib plots dates, but its annotations accept only numbers on the x axis; its
        # date helpers carry no annotations at all.
        axes.plot(xs, values, color="#2a7ab9", marker="o", markersize=4, linewidth=1.2,  # type: ignore[arg-type]
                  label=named)  # fmt: skip
        if len(days) >= 3:
            smooth = trend(days)
            axes.plot([d for d, _ in smooth], [v for _, v in smooth], color="#c0504d",  # type: ignore[arg-type]
                      linewidth=2, alpha=0.8, label=f"{TREND_DAYS}-day average")  # fmt: skip
        # Up to today: a chart that ended on the last weigh-in, days ago, read as current.
        first, last = xs[0], max(xs[-1], today or xs[-1])
        if (last - first).days < MIN_DAYS_SHOWN:  # a first chart: a week of days
            first = last - timedelta(days=MIN_DAYS_SHOWN - 1)
        half_day = timedelta(hours=12)  # around the first and last day's points
        start, end = datetime.combine(first, time()), datetime.combine(last, time())
        axes.set_xlim(start - half_day, end + half_day)  # type: ignore[arg-type]
        if (last - first).days <= 2 * MIN_DAYS_SHOWN:
            axes.xaxis.set_major_locator(DayLocator())  # type: ignore[no-untyped-call]
            axes.xaxis.set_major_formatter(DateFormatter("%a\n%d"))  # type: ignore[no-untyped-call]
        else:
            locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
            axes.xaxis.set_major_locator(locator)
            # The offset under the axis names the year alone ("2026", not "2026-Dec"): the
            # ticks name the months.
            concise = ConciseDateFormatter(locator, offset_formats=OFFSETS)  # type: ignore[no-untyped-call]
            axes.xaxis.set_major_formatter(concise)
        # A flat line gets a margin, so that 0.1 kg does not look like a cliff; a span of
        # at least 3 units keeps the ticks on whole or half units ("158.5", not "158.75").
        low, high = min(values), max(values)
        spread = max(high - low, MIN_SPREAD)
        bottom, top = low - spread * 0.25, high + spread * 0.25
        stones = unit == "st"  # pounds drawn, each tick named "13 st 4 lb": whole pounds
        axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10], integer=stones))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: tick(value, unit)))
        if goal is not None:
            said = in_stones(goal) if stones else f"{goal:,.1f} {unit}"
            label = goal_label.format(weight=said)
            bottom, top = _draw_goal(axes, goal, label, (low, high), (bottom, top))
        axes.set_ylim(bottom, top)
        if stones:  # on whole and half stones ("11 st", "11 st 7"), not 5 lb apart
            axes.yaxis.set_major_locator(MultipleLocator(stone_step(top - bottom)))
        if len(days) >= 3:
            # With a goal line, where no line is: the goal's may run across the top.
            axes.legend(loc="upper right" if goal is None else "best", fontsize=8, frameon=False)
        axes.set_ylabel(named)
        axes.set_title(title.format(unit=named), fontsize=10, loc="left")
        axes.grid(True, alpha=0.3)
        axes.spines[["top", "right"]].set_visible(False)

    return draw


def stone_step(span: float) -> int:
    """The pounds between the ticks of a chart in stones spanning `span` pounds: the least
    of `STONE_STEPS` that gives at most `MAX_STONE_TICKS` of them."""
    return next((s for s in STONE_STEPS if span / s <= MAX_STONE_TICKS), STONE_STEPS[-1])


def tick(value: float, unit: str) -> str:
    """A y tick's label: the weight in the chart's unit ("72.5"), or for "st" (pounds drawn)
    in stones and pounds ("13 st 4")."""
    return in_stones(value).removesuffix(" lb") if unit == "st" else f"{value:,.10g}"


def in_stones(pounds: float) -> str:
    """ "13 st 4 lb" of a weight in pounds."""
    return stones(pounds * KG_PER_LB)


def _draw_goal(
    axes: Axes, goal: float, label: str, weights: tuple[float, float], shown: tuple[float, float]
) -> tuple[float, float]:
    """The goal line, labelled at its right end, within reach of the weights (the y limits
    stretched to it, returned); a goal further off is named at the edge it lies beyond."""
    low, high = weights
    bottom, top = shown
    spread = max(high - low, 1.0)
    if not low - GOAL_REACH * spread <= goal <= high + GOAL_REACH * spread:
        below = goal < low
        axes.text(0.99, 0.02 if below else 0.98, f"{label} {'↓' if below else '↑'}",
                  transform=axes.transAxes, ha="right", va="bottom" if below else "top",
                  fontsize=8, color=GOAL_COLOR)  # fmt: skip
        return bottom, top
    bottom, top = min(bottom, goal - spread * 0.25), max(top, goal + spread * 0.25)
    axes.axhline(goal, color=GOAL_COLOR, linestyle="--", linewidth=1.2)
    # Above the line, unless the line is at the top of the chart.
    above = goal < top - spread * 0.15
    axes.text(0.99, goal, label, transform=axes.get_yaxis_transform(), ha="right",
              va="bottom" if above else "top", fontsize=8, color=GOAL_COLOR)  # fmt: skip
    return bottom, top
