"""A unit word the table spells otherwise: a pouch of a drink is its one serving, not a word
of the food's name to ask about."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_pouch_of_a_drink_is_its_serving(service: MealService) -> None:
    understood = await service.understand("2 pouches of capri sun")
    assert understood.questions == ()
    [drink] = understood.portions
    assert "CAPRI SUN" in drink.food_name
    assert round(drink.grams) == 420  # its "NLEA Serving" of 210 g, twice
