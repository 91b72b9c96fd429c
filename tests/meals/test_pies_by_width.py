"""A pizza said by its width or its size is a pie of that width, by area: SR24 weighs chains'
pizzas only as one 14" pie and its slices (`healthbot.food.pies`)."""

from __future__ import annotations

import pytest

from healthbot.food.pies import INCHES_OF_SIZE
from healthbot.food.units import Size
from healthbot.meals.service import MealService


async def grams(service: MealService, text: str) -> float:
    understood = await service.understand(text)
    assert not understood.questions, (text, understood.questions)
    [portion] = understood.portions
    return portion.grams


@pytest.mark.parametrize(
    ("text", "inches"),
    [("an 8 inch pizza", 8), ("a 10 inch pizza", 10), ("an eight inch pizza", 8),
     ("a 12 inch pizza", 12), ("a personal pizza", 6)],
)  # fmt: skip
async def test_a_pizza_said_by_its_width_is_that_pie_by_area(
    service: MealService, text: str, inches: float
) -> None:
    # each was the whole 14" pie (853 g, 2,269 kcal), whatever width was said
    whole = await grams(service, "a pizza")
    assert await grams(service, text) == pytest.approx(whole * (inches / 14) ** 2, rel=0.01)


@pytest.mark.parametrize("size", [Size.SMALL, Size.MEDIUM, Size.LARGE])
async def test_a_pizza_said_by_a_chains_size_is_a_pie_that_wide(
    service: MealService, size: Size
) -> None:
    # "a medium pizza" was the 14" pie and "a large pizza" was asked for grams
    whole = await grams(service, "a pizza")
    said = await grams(service, f"a {size.value} pizza")
    assert said == pytest.approx(whole * (INCHES_OF_SIZE[size] / 14) ** 2, rel=0.01)


async def test_a_slice_stays_a_slice_whatever_the_pies_size(service: MealService) -> None:
    assert await grams(service, "2 slices of a large pizza") == pytest.approx(
        2 * await grams(service, "a slice of pizza")
    )
