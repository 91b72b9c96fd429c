"""A unit word the table spells otherwise: a pouch of a drink is its one serving, not a word
of the food's name to ask about; a pouch of rice or tuna what its pouch holds (review15 F19)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def test_a_pouch_of_a_drink_is_its_serving(service: MealService) -> None:
    understood = await service.understand("2 pouches of capri sun")
    assert understood.questions == ()
    [drink] = understood.portions
    assert "CAPRI SUN" in drink.food_name
    assert round(drink.grams) == 420  # its "NLEA Serving" of 210 g, twice


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a pouch of rice", "20045", 250.0),  # a microwave rice pouch, cooked
        ("half a pouch of brown rice", "20037", 125.0),
        ("a rice pouch", "20045", 250.0),
        ("a pouch of tuna", "15121", 74.0),  # StarKist's 2.6 oz, drained
        ("2 tuna pouches", "15121", 148.0),
        ("a pouch of salmon", "15084", 71.0),  # the canned fish, not a cooked fillet
    ],
)
async def test_a_pouch_of_a_food_sold_in_one_is_what_its_pouch_holds(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    understood = await service.understand(said)
    assert understood.questions == ()
    [portion] = understood.portions
    assert (portion.food_uid, portion.grams) == (uid, pytest.approx(grams))
