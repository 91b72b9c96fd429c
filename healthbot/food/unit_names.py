"""Common names that begin with a unit's word, typed without "of": "a cup noodles" is
Nissin's Cup Noodles, not a cup of noodles, and "2 cup noodles" two of its cups. The parser
reads the unit word as the amount's; where the unit's word and the food's name make a
common name, and no "of" joins them, the item is that name counted; but one or a part of a
volume typed in digits is a measure ("1 cup noodles", as "1 cup rice")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize
from healthbot.food.units import ML_PER_UNIT


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
    if item.unit in ML_PER_UNIT and _measured(said[: at - 1], item.quantity):
        return item  # "1 cup noodles", "1.5 cup noodles": a measure, as "1 cup rice" is
    return replace(item, unit=None, food=name)


def _measured(count: list[str], quantity: float) -> bool:
    """Whether a count typed in digits before a volume's word says a measure of the food:
    one or a part of one ("1", "1.5", "1/2"); more, the word singular ("2 cup noodles", not
    "2 cups"), are so many of the name, as a count in words ("a", "two") always is."""
    digits = any(char.isdigit() for word in count for char in word)
    return digits and (quantity <= 1 or not float(quantity).is_integer())
