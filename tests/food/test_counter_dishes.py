"""Dishes of the taco counter, the Gulf coast, the diner, the chip shop and the hawker centre:
each its parts in one serving's amounts; chips with gravy, curry sauce or cheese are fries, not
crisps."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import recipe, with_recipes


@pytest.mark.parametrize(
    ("dish", "foods"),
    [
        ("carnitas tacos", ["corn tortillas", "carnitas", "onion"]),
        ("chicken mole", ["chicken thigh", "mole"]),
        ("jambalaya", ["rice", "andouille", "chicken thigh", "shrimp", "tomato sauce"]),
        ("country fried steak", ["steak", "breadcrumbs", "vegetable oil", "sausage gravy"]),
        ("chicken alfredo", ["pasta", "chicken breast", "heavy cream", "parmesan", "butter"]),
        ("pelau", ["arroz con gandules", "chicken thigh", "canned coconut milk"]),
        ("char siew rice", ["rice", "roast pork", "hoisin sauce"]),
        ("kota", ["bread", "fries", "polony", "cheese", "fried egg"]),
        ("samp and beans", ["samp", "kidney beans", "vegetable oil"]),
        ("fish finger sarnie", ["bread", "fish fingers", "mayonnaise"]),
    ],
)
def test_a_counter_dish_is_its_parts(dish: str, foods: list[str]) -> None:
    parts = recipe(dish)
    assert parts is not None
    assert [item.food for part in parts for item in parse_meal(part)] == foods


@pytest.mark.parametrize(
    "text", ["chips and gravy", "chips and curry sauce", "cheesy chips", "a saveloy and chips"]
)
def test_chips_with_what_a_chip_shop_pours_are_fries(text: str) -> None:
    foods = [item.food for item in with_recipes(parse_meal(text))]
    assert "french fries" in foods and "chips" not in foods


def test_pork_for_tacos_and_jerk_is_roast_shoulder_not_ground_pork() -> None:
    assert ALIASES["carnitas"] == ALIASES["jerk pork"] == ALIASES["tocino"] == "10071"
