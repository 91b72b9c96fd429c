"""A food named for others ("a bottle of prosecco for the three of us", "nachos for the
table") is shared: what the writer had of it is asked, never the whole nor one portion."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    "text",
    [
        "a bottle of prosecco for the three of us",
        "nachos for the table",
        "a pizza for 4",
        "wings for the family",
        "a lasagne for everyone",
    ],
)
async def test_a_food_for_others_is_asked_about(service: MealService, text: str) -> None:
    understood = await service.understand(text)
    assert understood.questions, [p.food_name for p in understood.portions]
    assert not understood.portions


async def test_a_food_for_a_meal_or_the_road_is_still_the_food(service: MealService) -> None:
    [portion] = (await service.understand("a bagel for breakfast")).portions
    assert portion.food_name.startswith("Bagels")


async def test_a_food_for_me_and_the_kids_is_asked_about(service: MealService) -> None:
    understood = await service.understand("chicken nuggets for me and the kids")
    assert understood.questions, [p.food_name for p in understood.portions]
    assert not understood.portions
