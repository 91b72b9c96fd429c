"""Dishes and branded sweets that have an allergen their names do not say (SR24's names)."""

from __future__ import annotations

import pytest

from healthbot.meals.allergens import allergen_in


@pytest.mark.parametrize(
    ("name", "allergy"),
    [
        ("Candies, MARS SNACKFOOD US, SNICKERS Bar", "peanuts"),
        ("Candies, MARS SNACKFOOD US, SNICKERS Bar", "milk"),
        ("Candies, NESTLE, BUTTERFINGER Bar", "peanut"),
        ("Candies, NESTLE, BABY RUTH Bar", "nuts"),
        ("Restaurant, Chinese, kung pao chicken", "peanuts"),
        ("Snacks, trail mix, regular", "tree nuts"),
        ("Candies, KIT KAT Wafer Bar", "wheat"),
        ("Candies, KIT KAT Wafer Bar", "dairy"),
        ("Pizza, cheese topping, regular crust, frozen, cooked", "gluten"),
        ('LITTLE CAESARS 14" Original Round Cheese Pizza, Regular Crust', "lactose"),
        ("Egg, whole, cooked, omelet", "eggs"),
        ("Eggnog", "egg"),
        ("Waffles, plain, frozen, ready-to-heat", "eggs"),
        ("French toast, frozen, ready-to-heat", "wheat"),
        ("McDONALD'S, BIG MAC", "gluten"),
        ("Sauce, teriyaki, ready-to-serve", "soy"),
        ("Sauce, worcestershire", "fish"),
        ("Beverages, beer, regular, all", "gluten"),
    ],
)
def test_a_dish_or_sweet_known_to_have_the_allergen_has_it(name: str, allergy: str) -> None:
    assert allergen_in(name, [allergy]) == allergy


@pytest.mark.parametrize(
    ("name", "allergy"),
    [
        ("Snacks, rice cakes, brown, plain", "wheat"),  # no "cake" word for wheat
        ('LITTLE CAESARS 14" Original Round Cheese Pizza, Regular Crust', "fish"),
        ("Candies, TWIZZLERS Strawberry Twists Candy", "peanuts"),
        ("CRACKER BARREL, farm raised catfish platter", "milk"),  # no latte in "platter"
        ("Beverages, beer, regular, all", "wheat"),  # barley: gluten, not wheat
        ("Soy sauce made from soy (tamari)", "fish"),
    ],
)
def test_names_that_only_look_like_it_have_not(name: str, allergy: str) -> None:
    assert allergen_in(name, [allergy]) is None
