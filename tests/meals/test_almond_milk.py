"""Almond milk, which SR24 lacks, as what a carton holds (almonds blended in water): never a
glass of whole milk (149 kcal) or a milk chocolate with almonds, its name's other foods."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService

WHOLE_MILK, ALMONDS, SUGAR = "01077", "12061", "19335"


@pytest.mark.parametrize(
    ("said", "kcal"),
    [
        ("a glass of almond milk", 33.0),  # 8 of a cup's 8.4 fl oz of almonds and water
        ("almond milk", 35.0),
        ("a cup of unsweetened almond milk", 35.0),
        ("a glass of vanilla almond milk", 55.0),  # and its sugar
    ],
)
async def test_almond_milk_is_almonds_and_water(
    service: MealService, said: str, kcal: float
) -> None:
    understood = await service.understand(said)
    assert understood.questions == ()
    assert {p.food_uid for p in understood.portions} <= {ALMONDS, "14411", SUGAR}
    assert sum(p.nutrients.kcal for p in understood.portions) == pytest.approx(kcal, abs=3)


async def test_almond_milk_in_a_coffee_is_a_splash_of_it(service: MealService) -> None:
    understood = await service.understand("coffee with almond milk")
    assert understood.questions == ()
    almonds = sum(p.grams for p in understood.portions if p.food_uid == ALMONDS)
    assert almonds == pytest.approx(6 * 2 / 16, abs=0.1)  # 2 tbsp of its cup


async def test_a_latte_with_almond_milk_is_made_with_it(service: MealService) -> None:
    understood = await service.understand("a latte with almond milk")
    assert understood.questions == ()
    assert WHOLE_MILK not in {p.food_uid for p in understood.portions}
    assert "01079" not in {p.food_uid for p in understood.portions}  # no 2% milk either
    assert sum(p.nutrients.kcal for p in understood.portions) < 60
