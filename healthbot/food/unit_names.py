"""Common names that begin with a unit's word, typed without "of": "a cup noodles" is
Nissin's Cup Noodles, not a cup of noodles, and "2 cup noodles" two of its cups. The parser
reads the unit word as the amount's; where the unit's word and the food's name make a
common name, and no "of" joins them, the item is that name counted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize


def unit_named(items: list[ParsedItem], names: Mapping[str, str] = ALIASES) -> list[ParsedItem]:
    """The items with each one whose unit's word begins a common name read as that name."""
    return [_named(item, names) for item in items]


def _named(item: ParsedItem, names: Mapping[str, str]) -> ParsedItem:
    if item.unit is None:
        return item
    said, food = normalize(item.span).split(), normalize(item.food).split()
    if not food or "of" in said:
        return item
    at = next((i for i in range(1, len(said)) if said[i : i + len(food)] == food), None)
    if at is None:
        return item
    name = " ".join([said[at - 1], *food])
    if not any(key in names for key in (name, name.removesuffix("s"))):
        return item
    return replace(item, unit=None, food=name)
