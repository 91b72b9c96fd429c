"""Milk and sugar said after a cup of coffee or tea, as what is stirred into it.

"a mug of instant, milk no sugar", "builder's tea, milk and one sugar", "a long black with a
dash of milk": a milk, a cream or a creamer named after a brewed coffee, an espresso or a
tea, bare (no amount of its own), is a splash in the cup however it is joined, as "with"
makes it ("coffee with milk": `servings.TOPPINGS`), not a glass of milk beside it; "no
sugar" after it says nothing more. A dash, a drop or a touch of milk is a splash of it, and
a spoon of sugar in a cup is a teaspoon ("two spoons of sugar"), not a tablespoon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.aliases import ALIASES
from healthbot.food.coffee_menu import DRINKS, NAMED_MILKS
from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize
from healthbot.food.units import Unit

HOT_DRINKS: Final = frozenset(
    {"14209", "14201", "14210", "14202", "14215", "14214", "14355", "14381", "14545"}
)
"""SR24's brewed and instant coffees, espressos and hot teas (black, herbal, chamomile)."""
CREAMS: Final = frozenset(
    {"cream", "light cream", "coffee cream", "single cream", "half and half", "creamer",
     "coffee creamer", "coffee mate", "condensed milk", "evaporated milk"}
)  # fmt: skip
"""What is poured into a coffee or a tea besides a milk."""
SUGARS: Final = frozenset({"sugar", "white sugar", "brown sugar", "sugars"})
_LITTLE: Final = re.compile(r"^(?:an?\s+)?(?:dash|drop|touch|spot|drizzle|little)\s+(?:of\s+)?")
"""A little of a milk said without a measure of it ("a dash of milk", "a drop of milk")."""
_NOTHING_MORE: Final = re.compile(r"\s+(?:no|without|and\s+no)\s+(?:sugar|sweetener)s?$")
"""What is said not to be in the cup, after the milk ("milk no sugar")."""
_SPOON: Final = re.compile(r"(?<!table)spoon", re.I)

Mend = Callable[[str], str]


def _same(food: str) -> str:
    return food


def stirred_in(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """The items with the milk, cream and sugar said after a coffee or a tea read as stirred
    into it (see the module); any other item as it was."""
    read: list[ParsedItem] = []
    in_cup = False  # the items since the last coffee or tea are what was put in it
    for item in items:
        name = normalize(mend(item.singular_food))
        if ALIASES.get(name) in HOT_DRINKS or name in DRINKS:
            in_cup = True
            read.append(item)
            continue
        poured = _poured(item, name) if in_cup else None
        if poured is None:
            in_cup = in_cup and _sugar(name)
            read.append(_spooned(item, name) if in_cup else item)
            continue
        read.append(poured)
    return read


def _poured(item: ParsedItem, name: str) -> ParsedItem | None:
    """A milk or a cream said after a cup as a splash of it (`added`, as "with" makes it);
    None for any other item, or one with an amount of its own."""
    if item.size is not None:
        return None
    food = _NOTHING_MORE.sub("", name)
    little = _LITTLE.match(food)
    food = food[little.end() :] if little else food
    if food not in NAMED_MILKS and food not in CREAMS:
        return None
    if little is not None:
        return replace(item, food=food, quantity=1.0, unit=Unit.SPLASH, added=True)
    if item.unit is not None or item.quantity_typed:
        return None
    return replace(item, food=food, added=True)


def _sugar(name: str) -> bool:
    return name in SUGARS or name.endswith(" sugar")


def _spooned(item: ParsedItem, name: str) -> ParsedItem:
    """Sugar by the spoon in a cup ("two spoons of sugar") as teaspoons of it."""
    if _sugar(name) and item.unit is Unit.TBSP and _SPOON.search(item.span):
        return replace(item, unit=Unit.TSP)
    return item
