"""What a food was made with changes its energy: hot chocolate made with water is SR24's cocoa
mix prepared with water, with milk the mix in a mug of milk, said alone the homemade cocoa of
milk; porridge with milk has the milk beside it."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def kcal(service: MealService, said: str) -> float:
    understood = await service.understand(said)
    assert understood.questions == ()
    return sum(p.nutrients.kcal for p in understood.portions)


@pytest.mark.parametrize(
    ("with_water", "with_milk"),
    [
        ("hot chocolate made with water", "hot chocolate made with milk"),
        ("a mug of hot chocolate with boiling water", "a mug of hot chocolate made with milk"),
        ("porridge made with water", "porridge made with milk"),
    ],
)
async def test_made_with_water_is_less_than_made_with_milk(
    service: MealService, with_water: str, with_milk: str
) -> None:
    water, milk = await kcal(service, with_water), await kcal(service, with_milk)
    assert water < 0.8 * milk


async def test_hot_chocolate_made_with_water_is_the_mix_made_with_water(
    service: MealService,
) -> None:
    understood = await service.understand("2 hot chocolates made with water")
    assert [p.food_uid for p in understood.portions] == ["14194"]
    assert understood.portions[0].grams == pytest.approx(2 * 206)  # its 6 fl oz serving each
