"""Tomato sauce poured on a pie, a sausage or chips is ketchup; cooked with pasta, pizza or
rice, or by the cup, it is the sauce."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.table_sauce import table_sauce


def foods(text: str) -> list[str]:
    return [item.food for item in table_sauce(parse_meal(text))]


@pytest.mark.parametrize(
    "text",
    [
        "a sausage roll with tomato sauce",
        "a pie and chips, tomato sauce",
        "2 snags in bread with 2 tbsp of tomato sauce",
        "fish fingers with tomato sauce",
    ],
)
def test_tomato_sauce_on_a_pie_a_sausage_or_chips_is_ketchup(text: str) -> None:
    # it was 'Tomato products, canned, sauce': half a cup (29 kcal) for a squeeze of ketchup
    assert "ketchup" in foods(text)
    assert "tomato sauce" not in foods(text)


@pytest.mark.parametrize(
    "text",
    [
        "penne with tomato sauce",
        "a sausage and a cup of pasta with tomato sauce",
        "a cup of tomato sauce with a bread roll",  # by the cup: the sauce
        "tomato sauce",
    ],
)
def test_tomato_sauce_with_pasta_or_by_the_cup_is_the_sauce(text: str) -> None:
    assert "tomato sauce" in foods(text)
