"""Praise names no food ("juicy" is no juice pack); salt and pepper, said as a pair, is a
seasoning of no energy, not a dish of sweet peppers."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_juicy_is_praise_not_a_food_word(service: MealService) -> None:
    understood = await service.understand("a juicy pear")
    assert understood.questions == ()
    [pear] = understood.portions
    assert pear.food_name == "Pears, raw"


async def test_salt_and_pepper_adds_no_energy(service: MealService) -> None:
    understood = await service.understand("two fried eggs with salt and pepper")
    assert understood.questions == ()
    eggs, seasoning = understood.portions
    assert "Egg" in eggs.food_name
    assert seasoning.nutrients.kcal == 0
