"""How a food was cooked, said after it on its own ("fish fingers, oven baked") goes to the
food before it: no question about the words."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_cooking_said_after_the_food_is_no_item(service: MealService) -> None:
    understood = await service.understand("4 fish sticks, oven cooked")
    assert understood.questions == ()
    [sticks] = understood.portions
    assert "fish" in sticks.food_name.lower()
