"""The adaptive energy target: a user's real expenditure from what they ate and how their
weight moved. Pure functions, no I/O.

Energy balance over a window of days: expenditure = intake - (energy stored per day), the
energy stored being the change of body mass times its energy density. Assumptions, stated:

- Density: 7,700 kcal per kg of body mass change (Wishnofsky 1958's 3,500 kcal a pound,
  the figure `healthbot.profile`'s pace uses too). Early in a diet part of the loss is water
  and glycogen, so the first weeks' expenditure comes out somewhat high; the window slides.
- Intake: the mean of the days something was logged. A day with nothing logged is unknown,
  not 0 kcal: it is left out, and its weight still counts.
- Weight: a scale's daily readings swing by a kilogram of water and gut content. The trend
  weight shown is an exponentially smoothed weight (alpha 0.1 a day, as the Hacker's Diet
  and MacroFactor do; days without a weigh-in carry the last reading forward). The rate of
  change, though, is the least-squares slope of the weigh-ins over the window: a smoothed
  series lags (about 9 days at alpha 0.1), so its end-to-end change under-reads a steady
  loss for the first weeks, while the slope of the readings is unbiased and has a standard
  error the uncertainty can be built from.
- Uncertainty: one standard error, from the slope's (residual scatter of the weigh-ins) and
  the mean intake's (day-to-day scatter of the logged days), combined as independent.

Not before `MIN_LOGGED_DAYS` logged days and weigh-ins spanning `MIN_SPAN_DAYS`.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

KCAL_PER_KG: Final = 7700.0
"""Energy in a kilogram of body mass change (see the module's assumptions)."""
TREND_ALPHA: Final = 0.1
"""The trend weight's smoothing, per day."""
WINDOW_DAYS: Final = 28
"""How far back the estimate looks: long enough to average out the water, short enough to
follow a change of habits."""
MIN_LOGGED_DAYS: Final = 10
"""Never an estimate from fewer logged days."""
MIN_SPAN_DAYS: Final = 14
"""Weigh-ins must span two weeks (first to last) for a slope worth the name."""
MIN_WEIGH_INS: Final = 5


@dataclass(frozen=True, slots=True)
class Estimate:
    """Expenditure in kcal/day with one standard error, and what it was made from."""

    kcal: float
    error_kcal: float
    intake_kcal: float  # mean of the logged days
    kg_per_week: float  # the weight's rate of change (negative: losing)
    trend_kg: float  # the smoothed weight on the last day
    logged_days: int
    weigh_ins: int
    first: date  # the first day of data in the window
    last: date


@dataclass(frozen=True, slots=True)
class NotYet:
    """Too little data for an estimate: what there is, against what is needed."""

    logged_days: int
    span_days: int  # first to last weigh-in in the window


def trend_weights(weights: Mapping[date, float], last: date) -> dict[date, float]:
    """The smoothed weight of every day from the first weigh-in to `last`: each day moves
    `TREND_ALPHA` of the way to that day's reading (the last one on days without)."""
    if not weights:
        return {}
    day = min(weights)
    trend = reading = weights[day]
    smoothed: dict[date, float] = {}
    while day <= last:
        reading = weights.get(day, reading)
        trend += TREND_ALPHA * (reading - trend)
        smoothed[day] = trend
        day += timedelta(days=1)
    return smoothed


def _slope(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares slope of y over x and its standard error."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx
    intercept = mean_y - slope * mean_x
    residual = sum((y - intercept - slope * x) ** 2 for x, y in points)
    return slope, math.sqrt(residual / (n - 2) / sxx)


def estimate(
    intake: Mapping[date, float], weights: Mapping[date, float], last: date
) -> Estimate | NotYet:
    """The expenditure over the `WINDOW_DAYS` ending `last`, from each logged day's intake
    (days absent: nothing logged) and each day's weigh-in (the day's last reading)."""
    first = last - timedelta(days=WINDOW_DAYS - 1)
    logged = {day: kcal for day, kcal in intake.items() if first <= day <= last}
    eaten = list(logged.values())
    weighed = sorted((day, kg) for day, kg in weights.items() if first <= day <= last)
    span = (weighed[-1][0] - weighed[0][0]).days if weighed else 0
    if len(eaten) < MIN_LOGGED_DAYS or span < MIN_SPAN_DAYS or len(weighed) < MIN_WEIGH_INS:
        return NotYet(logged_days=len(eaten), span_days=span)
    start = weighed[0][0]
    slope, slope_error = _slope([((day - start).days, kg) for day, kg in weighed])
    mean_intake = statistics.fmean(eaten)
    intake_error = statistics.stdev(eaten) / math.sqrt(len(eaten))
    stored = slope * KCAL_PER_KG  # kcal a day into (or out of) the body
    trend = trend_weights({day: kg for day, kg in weights.items() if day <= last}, last)
    return Estimate(
        kcal=mean_intake - stored,
        error_kcal=math.hypot(intake_error, slope_error * KCAL_PER_KG),
        intake_kcal=mean_intake,
        kg_per_week=slope * 7,
        trend_kg=trend[last],
        logged_days=len(eaten),
        weigh_ins=len(weighed),
        first=min(start, *logged),
        last=last,
    )
