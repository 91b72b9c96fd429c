"""A food named with a size only one of its kinds is sold by: "a large chips", "small chips"
are the chip shop's chips (fries, by the fast-food size), since a bag of crisps, which US
"chips" are, comes in no small, medium or large; said without a size, "chips" keeps its
common name. Without this, the size finds no measure of the crisps and the bot asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize
from healthbot.food.units import Size

SIZED_KIND: Final = {"chips": "chip shop chips", "chip": "chip shop chips"}
"""A food's name -> the name of its kind that comes in sizes."""
_SIZES: Final = frozenset({Size.SMALL, Size.MEDIUM, Size.LARGE, Size.REGULAR})

Mend = Callable[[str], str]


def _same(food: str) -> str:
    return food


def sized_kinds(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """The items with each food said with a size read as its kind sold in sizes."""
    return [_sized(item, mend) for item in items]


def _sized(item: ParsedItem, mend: Mend) -> ParsedItem:
    if item.size not in _SIZES or item.unit is not None:
        return item
    kind = SIZED_KIND.get(normalize(mend(item.food)))
    return item if kind is None else replace(item, food=kind)
