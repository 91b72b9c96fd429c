"""A bird's piece "with the skin on" is SR24's "meat and skin" entry; other foods' usual
entries have their skin already, and "skin" is never a food of its own there."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_birds_piece_with_its_skin(service: MealService) -> None:
    understood = await service.understand("a roast chicken thigh with the skin on")
    assert understood.questions == ()
    [thigh] = understood.portions
    assert "thigh, meat and skin" in thigh.food_name


async def test_skin_said_of_another_food_is_no_item(service: MealService) -> None:
    understood = await service.understand("a baked sweet potato with the skin")
    assert understood.questions == ()
    assert len(understood.portions) == 1
