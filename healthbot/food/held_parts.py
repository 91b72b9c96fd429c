"""A dish said without one of its parts ("a hot dog, no bun", "a caesar salad without
croutons", "a blt, hold the mayo"): its recipe but that part. A part no item of the recipe
names (by its name's last words or a common name of its food) leaves the dish as it was."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import FoodParseError, ParsedItem, parse_meal
from healthbot.food.text import normalize
from healthbot.food.units import singular

_NOT: Final = r"(?:without|no|minus|hold(?:ing)?\s+the|but\s+no)\s+(?:the\s+|any\s+)?"
_PART: Final = r"(?P<part>[a-z][a-z ]{1,30}?)"
_SAID_IN_ITS_NAME: Final = re.compile(rf"^(?P<dish>.+?)\s+{_NOT}{_PART}$")
"""A dish's name with the part it is without ("hot dog without the bun")."""
_SAID_AFTER: Final = re.compile(rf"^{_NOT}{_PART}$")
"""The part an item after the dish says it is without ("a hot dog, no bun": "no bun")."""


def held_back(
    items: list[ParsedItem], recipe: Callable[[str], tuple[str, ...] | None]
) -> tuple[list[ParsedItem], dict[int, str]]:
    """The items with each dish said without a part named as the dish alone (and an item
    that only says so, after it, dropped), and the part each such dish (by its place in the
    items returned) is without."""
    read: list[ParsedItem] = []
    held: dict[int, str] = {}
    index = 0
    while index < len(items):
        item = items[index]
        after = items[index + 1] if index + 1 < len(items) else None
        inside = _SAID_IN_ITS_NAME.match(item.food)
        alone = None if after is None or after.quantity_typed else _SAID_AFTER.match(after.food)
        if inside is not None and _holds(recipe(inside["dish"]), inside["part"]):
            held[len(read)] = inside["part"]
            item = replace(item, food=inside["dish"])
        elif alone is not None and _holds(recipe(item.food), alone["part"]):
            held[len(read)] = alone["part"]
            index += 1  # "no bun" is no food
        read.append(item)
        index += 1
    return read, held


def left_out(food: str, recipe: Callable[[str], tuple[str, ...] | None]) -> bool:
    """Whether a food's name is a dish's with a part of its recipe left out ("hot dog no
    bun"), which `held_back` reads."""
    found = _SAID_IN_ITS_NAME.match(food)
    return found is not None and _holds(recipe(found["dish"]), found["part"])


def without(parts: tuple[str, ...], part: str) -> tuple[str, ...]:
    """The recipe's parts but those that `part` names ("bun": "1 hot dog bun")."""
    return tuple(each for each in parts if not _names(each, part))


def _holds(parts: tuple[str, ...] | None, part: str) -> bool:
    """Whether a recipe has an item `part` names, and one more besides."""
    return parts is not None and 0 < len(without(parts, part)) < len(parts)


def _names(item: str, part: str) -> bool:
    """Whether `part` ("the bun", "croutons") names the recipe's `item` ("1 hot dog bun")."""
    try:
        [read] = parse_meal(item)
    except (FoodParseError, ValueError):
        return False
    food, named = singular(normalize(read.food)), singular(normalize(part))
    same = ALIASES.get(normalize(part)) or ALIASES.get(named)  # "mayo": the mayonnaise
    return food == named or food.endswith(f" {named}") or same == ALIASES.get(food, "")
