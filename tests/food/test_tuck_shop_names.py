"""Sweets, bakery and takeaway names of Britain, Ireland, Australia, New Zealand and Canada, and
wraps and café breakfasts by their menu names: each at its nearest SR24 food and the weight of
one as sold, or its parts."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import recipe
from healthbot.food.servings import default_amount
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("typed", "uid", "grams"),
    [
        ("a crunchie", "19159", 40.0),  # honeycomb in chocolate, as a 3 Musketeers
        ("a bounty", "19142", 57.0),  # coconut in chocolate, as a Mounds
        ("2 freddos", "19120", 36.0),  # milk chocolate frogs, 18 g each
        ("a curly wurly", "19075", 26.0),  # caramel, as a Caramello
        ("a moro bar", "19135", 60.0),  # caramel nougat, as a Milky Way
        ("a pain au chocolat", "18239", 60.0),  # a butter croissant's dough
        ("a vanilla slice", "18238", 110.0),  # custard in pastry, as a cream puff
        ("a chiko roll", "36601", 160.0),  # an egg roll by its weight
        ("3 party pies", "22529", 135.0),  # small meat pies, 45 g each
        ("a battered sav", "22973", None),  # a corn dog, by SR24's own
    ],
)
def test_a_tuck_shop_name_is_its_nearest_food_at_one_as_sold(
    typed: str, uid: str, grams: float | None
) -> None:
    [item] = parse_meal(typed)
    assert ALIASES[item.singular_food] == uid
    assert default_amount(item) == (None if grams is None else (grams, Unit.G))


@pytest.mark.parametrize(
    ("dish", "foods"),
    [
        ("blt wrap", ["flour tortilla", "bacon", "lettuce", "tomato", "mayonnaise"]),
        ("hummus wraps", ["flour tortilla", "hummus", "lettuce", "tomato", "cucumber"]),
        ("banh mi", ["baguette", "roast pork", "mayonnaise", "carrot", "cucumber"]),
        ("lobster roll", ["hot dog bun", "lobster", "mayonnaise", "butter"]),
        ("halal snack pack", ["fries", "ground lamb", "cheddar", "mayonnaise"]),
        ("overnight oats", ["oats", "milk", "greek yogurt", "honey"]),
        ("shakshuka", ["poached eggs", "marinara", "onion", "olive oil"]),
    ],
)
def test_a_wrap_or_a_cafe_breakfast_is_its_parts(dish: str, foods: list[str]) -> None:
    parts = recipe(dish)
    assert parts is not None
    assert [item.food for part in parts for item in parse_meal(part)] == foods


@pytest.mark.parametrize(
    ("typed", "grams"),
    [("a morning bun", 65.0), ("2 morning buns", 130.0), ("a cinnamon danish", 65.0)],
)
def test_a_morning_bun_is_a_cinnamon_danish_pastry_not_a_burger_bun(
    typed: str, grams: float
) -> None:
    # croissant dough rolled with cinnamon sugar: SR24's cinnamon danish, its 4-1/4" pastry
    [item] = parse_meal(typed)
    assert ALIASES[item.singular_food] == "18244"
    assert default_amount(item) == (grams, Unit.G)
