"""The adaptive expenditure estimate: energy balance over the logged days and the weigh-ins."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from healthbot.nutrition.expenditure import (
    KCAL_PER_KG,
    Estimate,
    NotYet,
    estimate,
    trend_weights,
)

START = date(2026, 3, 1)


def synthetic(
    days: int, *, expenditure: float, intake: float, noise_kg: float, seed: int, skip: float = 0.0
) -> tuple[dict[date, float], dict[date, float]]:
    """A user who burns `expenditure` kcal a day and eats about `intake` (some days not
    logged, eaten all the same), weighing in each morning on a scale that swings by
    `noise_kg` (one standard deviation)."""
    rng = random.Random(seed)
    weight = 90.0
    logged: dict[date, float] = {}
    weighed: dict[date, float] = {}
    for n in range(days):
        day = START + timedelta(days=n)
        weighed[day] = round(weight + rng.gauss(0, noise_kg), 1)
        eaten = rng.gauss(intake, 250)
        if rng.random() >= skip:
            logged[day] = eaten
        weight += (eaten - expenditure) / KCAL_PER_KG
    return logged, weighed


def test_a_synthetic_month_gives_the_expenditure_within_ten_percent_after_three_weeks() -> None:
    logged, weighed = synthetic(30, expenditure=2600, intake=2100, noise_kg=0.4, seed=7, skip=0.1)
    found = estimate(logged, weighed, START + timedelta(days=20))
    assert isinstance(found, Estimate)
    assert found.kcal == pytest.approx(2600, rel=0.10)
    assert found.kg_per_week == pytest.approx(-0.45, abs=0.2)  # 500 kcal a day: 0.45 kg a week
    assert 0 < found.error_kcal < 400


def test_most_synthetic_users_are_within_ten_percent_and_the_estimate_is_unbiased() -> None:
    errors = []
    for seed in range(40):
        logged, weighed = synthetic(
            21, expenditure=2400, intake=2000, noise_kg=0.5, seed=seed, skip=0.15
        )
        found = estimate(logged, weighed, START + timedelta(days=20))
        assert isinstance(found, Estimate)
        errors.append(found.kcal / 2400 - 1)
    assert sum(abs(e) <= 0.10 for e in errors) >= 36  # 90 %
    assert abs(sum(errors) / len(errors)) < 0.02


def test_the_stated_uncertainty_covers_the_truth_about_as_often_as_one_standard_error_should() -> (
    None
):
    inside = 0
    for seed in range(40):
        logged, weighed = synthetic(28, expenditure=2500, intake=2500, noise_kg=0.5, seed=seed)
        found = estimate(logged, weighed, START + timedelta(days=27))
        assert isinstance(found, Estimate)
        inside += abs(found.kcal - 2500) <= found.error_kcal
    assert 20 <= inside <= 36  # about 68 % of 40


def test_fewer_than_ten_logged_days_give_no_estimate() -> None:
    logged, weighed = synthetic(28, expenditure=2500, intake=2200, noise_kg=0.3, seed=1)
    nine = dict(list(logged.items())[:9])
    found = estimate(nine, weighed, START + timedelta(days=27))
    assert found == NotYet(logged_days=9, span_days=27)
    assert isinstance(
        estimate(dict(list(logged.items())[:10]), weighed, START + timedelta(days=27)), Estimate
    )


def test_weigh_ins_over_less_than_two_weeks_give_no_estimate() -> None:
    logged, weighed = synthetic(13, expenditure=2500, intake=2200, noise_kg=0.3, seed=2)
    found = estimate(logged, weighed, START + timedelta(days=12))
    assert found == NotYet(logged_days=13, span_days=12)


def test_a_day_with_nothing_logged_is_left_out_not_counted_as_zero() -> None:
    # Eats 2,000 kcal on the days logged, weight steady: expenditure 2,000 kcal, however
    # many days in between were not logged.
    logged = {START + timedelta(days=n): 2000.0 for n in range(0, 28, 2)}
    weighed = {START + timedelta(days=n): 80.0 for n in range(28)}
    weighed[START + timedelta(days=3)] = 80.2  # a residual, for a standard error
    found = estimate(logged, weighed, START + timedelta(days=27))
    assert isinstance(found, Estimate)
    assert found.logged_days == 14
    assert found.intake_kcal == 2000
    assert found.kcal == pytest.approx(2000, abs=60)


def test_only_the_last_four_weeks_count() -> None:
    early = {START + timedelta(days=n): 4000.0 for n in range(10)}  # a holiday, long gone
    logged = {START + timedelta(days=n): 2000.0 for n in range(30, 58)}
    weighed = {START + timedelta(days=n): 80.0 + (n % 2) * 0.2 for n in range(58)}
    found = estimate({**early, **logged}, weighed, START + timedelta(days=57))
    assert isinstance(found, Estimate)
    assert found.intake_kcal == 2000 and found.first == START + timedelta(days=30)


def test_the_trend_weight_moves_a_tenth_of_the_way_each_day_and_carries_the_last_reading() -> None:
    trend = trend_weights({START: 80.0, START + timedelta(days=1): 81.0}, START + timedelta(days=2))
    assert trend[START] == 80.0
    assert trend[START + timedelta(days=1)] == pytest.approx(80.1)
    assert trend[START + timedelta(days=2)] == pytest.approx(80.19)  # 81 carried forward
    assert trend_weights({}, START) == {}
