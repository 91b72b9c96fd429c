"""Recipes: every dish's items are common names the table resolves, read as /log reads them."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import BREAD, BREADS, RECIPES, recipe
from healthbot.food.text import normalize


@pytest.mark.parametrize("dish", sorted(RECIPES))
def test_each_item_of_a_recipe_is_an_amount_of_a_common_name(dish: str) -> None:
    assert normalize(dish) == dish
    for part in RECIPES[dish]:
        [item] = parse_meal(part)
        assert item.quantity_typed, part
        assert normalize(item.food) in ALIASES or normalize(item.singular_food) in ALIASES, part


def test_each_bread_a_dish_is_on_is_a_common_name() -> None:
    assert BREAD in ALIASES
    assert all(food in ALIASES for food in BREADS.values())


def test_a_dish_is_found_by_its_name_as_typed() -> None:
    assert recipe("BLTs") == RECIPES["blt"]
    assert recipe("PB&J") == RECIPES["pb j"]
    assert recipe("grilled cheese sandwich with soup") is None
