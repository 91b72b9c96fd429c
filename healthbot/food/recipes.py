"""Dishes named alone, as the common names they are made of (`data/recipes.tsv`): a BLT is
two slices of bread, three of bacon, a lettuce leaf, two slices of tomato and a tablespoon of
mayonnaise, each logged as its own item from the table."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Final

from healthbot.food.aliases import read_table
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.text import normalize

RECIPES: Final[dict[str, tuple[str, ...]]] = {
    dish: tuple(part.strip() for part in items.split(";"))
    for dish, items in read_table(Path(__file__).parent / "data" / "recipes.tsv").items()
}
"""A dish's name -> its items as /log reads them ("2 slices bread")."""

BREAD: Final = "bread"
"""The food of a recipe's item that a bread named after the dish replaces."""
BREADS: Final = {
    **{bread: bread for bread in (
        "bread", "white bread", "wheat bread", "whole wheat bread", "rye", "rye bread",
        "sourdough", "sourdough bread", "multigrain bread", "pumpernickel", "toast",
        "french bread", "italian bread")},
    "white": "white bread", "wheat": "wheat bread", "whole wheat": "whole wheat bread",
    "multigrain": "multigrain bread",
}  # fmt: skip
"""Breads a dish is said to be on ("a turkey sandwich on rye", "on wheat"), as common names."""


def recipe(food: str) -> tuple[str, ...] | None:
    """The items of a dish named alone ("blt", "grilled cheese", "tuna sandwiches"); None if
    the name is no dish of the table."""
    name = normalize(food)
    return RECIPES.get(name) or RECIPES.get(name.removesuffix("s"))


def with_recipes(items: list[ParsedItem]) -> list[ParsedItem]:
    """Each dish named alone (no unit) replaced by its recipe's items, times the count
    typed; a bread named right after it without an amount ("a BLT on rye") is its bread."""
    read: list[ParsedItem] = []
    index = 0
    while index < len(items):
        item = items[index]
        parts = recipe(item.food) if item.unit is None else None
        index += 1
        if parts is None:
            read.append(item)
            continue
        after = items[index] if index < len(items) else None
        bread = None
        if after is not None and not after.quantity_typed and normalize(after.food) in BREADS:
            bread, index = BREADS[normalize(after.food)], index + 1
        for part in parts:
            [made] = parse_meal(part)
            food = bread if bread is not None and made.food == BREAD else made.food
            read.append(
                replace(made, quantity=made.quantity * item.quantity, food=food,
                        span=f"{item.span}: {part}", added=False)
            )  # fmt: skip
    return read
