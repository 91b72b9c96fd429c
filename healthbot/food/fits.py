"""Which food an amount said apart from it is of, by what it was measured in: slices are a
bread's ("beans on toast, half a tin of beans over 2 slices"), a shot a spirit's ("rum and coke,
one shot in a can of coke"), a can, glass or bowl anything's but a bread's."""

from __future__ import annotations

from typing import Final

from healthbot.food.aliases import ALIASES, DISTILLED
from healthbot.food.item import ParsedItem
from healthbot.food.units import Unit, singular

SPIRITS: Final = frozenset(
    {"gin", "vodka", "rum", "whiskey", "whisky", "bourbon", "scotch", "tequila", "brandy"}
    | {
        name
        for name, uid in ALIASES.items()
        if uid in DISTILLED and "double" not in name and "shot" not in name
    }
)
"""Spirits, as common names: the kinds and every make of the table ("jameson and coke", "a
captain morgan and coke"), but a double (two shots, not one drink's) or a shot said after it."""
BREADS: Final = frozenset(
    {"toast", "bread", "bagel", "roll", "bun", "crumpet", "crumpets", "muffin", "pitta", "pita",
     "naan", "baguette", "sourdough", "rye", "wholemeal"}
)  # fmt: skip
"""Breads by the last word of their names ("toast", "a slice of rye")."""
NO_BREADS: Final = frozenset(
    {Unit.CAN, Unit.BOTTLE, Unit.GLASS, Unit.CUP, Unit.BOWL, Unit.JAR, Unit.CONTAINER}
)
"""What holds no bread: an amount in it said after a bread is another food's."""


def is_bread(item: ParsedItem) -> bool:
    """Whether the item names a bread ("toast", "a slice of rye")."""
    return item.food.split()[-1] in BREADS


def fits(item: ParsedItem, unit: Unit | None) -> bool | None:
    """Whether an amount in `unit` can be the item's: slices a bread's, a shot a spirit's,
    a vessel's anything's but a bread's; None when the unit says nothing of its food."""
    if unit is Unit.SLICE:
        return is_bread(item)
    if unit is Unit.SHOT:
        return singular(item.food) in SPIRITS or item.food in SPIRITS
    if unit in NO_BREADS:
        return not is_bread(item)
    return None


def fitted_elsewhere(item: ParsedItem, unit: Unit | None, others: list[ParsedItem]) -> bool:
    """Whether an amount in `unit`, said after the item, is not its but one of `others`'
    named without an amount ("rum and coke, one shot": the rum's, not the coke's)."""
    return fits(item, unit) is False and any(
        fits(other, unit) and not other.quantity_typed for other in others
    )
