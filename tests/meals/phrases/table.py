"""Expected energy of the phrase set, computed from the product's packaged food table.

The table is `healthbot/food/data/foods.jsonl.gz` (derived from USDA SR24 by
`healthbot.food.build`), read with `healthbot.food.table.read_table`; an item's energy is its
grams times the food's kcal per 100 g, a phrase's the sum of its items'.
"""

from __future__ import annotations

from functools import cache

from healthbot.food.table import FoodRecord, read_table
from tests.meals.phrases import Item, Phrase


@cache
def foods() -> dict[str, FoodRecord]:
    """The packaged table by uid (read once)."""
    return {food.uid: food for food in read_table().foods}


def food(uid: str) -> FoodRecord:
    """The table's record for `uid`; KeyError if the table lacks it."""
    return foods()[uid]


def item_kcal(item: Item) -> float:
    """The item's energy: grams x kcal per 100 g of its food (a food without energy: 0)."""
    kcal = food(item.uid).kcal
    return item.grams * (kcal or 0.0) / 100


def phrase_kcal(phrase: Phrase) -> float:
    """The phrase's energy: the sum of its items'."""
    return sum(item_kcal(item) for item in phrase.items)
