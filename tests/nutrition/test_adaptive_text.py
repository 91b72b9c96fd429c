"""/stats' expenditure paragraph as the user reads it: their weight units, and days counted
in words that agree with the number."""

from __future__ import annotations

from datetime import date

import pytest

from healthbot.measures import WeightUnits
from healthbot.nutrition.expenditure import Estimate, NotYet
from healthbot.nutrition.service import Adaptive
from healthbot.nutrition.texts import EN
from healthbot.nutrition.views import adaptive_text

FOUND = Estimate(
    kcal=2604, error_kcal=150, intake_kcal=2100, kg_per_week=-0.454, trend_kg=88.5,
    logged_days=18, weigh_ins=21, first=date(2026, 4, 1), last=date(2026, 4, 21),
)  # fmt: skip


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        ("kg", "your trend weight is 88.5 kg, changing -0.45 kg a week (7,700 kcal a kg)"),
        ("lb", "your trend weight is 195.1 lb, changing -1.0 lb a week (3,500 kcal a lb)"),
        ("st", "your trend weight is 13 st 13 lb, changing -1.0 lb a week (3,500 kcal a lb)"),
    ],
)
def test_the_trend_weight_and_its_rate_read_in_the_users_units(
    shown: WeightUnits, said: str
) -> None:
    assert said in adaptive_text(EN, Adaptive(FOUND, 2300, None, shown))


@pytest.mark.parametrize(
    ("span", "said"), [(0, "weigh-ins over 0 days"), (1, "weigh-ins over 1 day)"),
                       (9, "weigh-ins over 9 days")]
)  # fmt: skip
def test_the_weigh_ins_span_is_one_day_or_days(span: int, said: str) -> None:
    assert said in adaptive_text(EN, Adaptive(NotYet(logged_days=1, span_days=span), 2000, None))
