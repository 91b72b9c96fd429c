"""A pouch of a food sold in one: the parser reads "pouch" as a serving, which the table
gives a drink (Capri Sun's 6.75 fl oz) but not rice or fish, so "a pouch of rice" asked how
much. A microwave rice pouch holds 250 g of cooked rice (Uncle Ben's, Tilda, Veetee's); a
pouch of tuna, chicken or salmon is the 2.5-2.6 oz one of StarKist, Bumble Bee or Chicken of
the Sea, drained, and the fish or meat is the canned one ("a tuna pouch" too)."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize
from healthbot.food.units import Unit, singular

POUCHES: Final = {"rice": 250.0, "tuna": 74.0, "chicken": 74.0, "salmon": 71.0}
"""Grams in a pouch of a food by the last word of its name ("a pouch of basmati rice")."""
CANNED: Final = {"salmon": "canned salmon", "chicken": "canned chicken"}
"""A food named alone in a pouch as the canned one (tuna's own name is the canned already)."""
_POUCH_WORDS: Final = frozenset({"pouch", "pouches"})


def pouched(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with each pouch of a food sold in one ("a pouch of rice", "2 tuna pouches")
    read as the grams its pouch holds; the others as they are."""
    return [_pouched(item) for item in items]


def _pouched(item: ParsedItem) -> ParsedItem:
    words = normalize(item.food).split()
    if item.unit is None and len(words) > 1 and words[-1] in _POUCH_WORDS:  # "a tuna pouch"
        words = words[:-1]
    elif item.unit is not Unit.SERVING or not _POUCH_WORDS & set(normalize(item.span).split()):
        return item
    grams = POUCHES.get(singular(words[-1])) if words else None
    if grams is None:
        return item
    food = CANNED.get(" ".join(words), " ".join(words))
    return replace(item, quantity=item.quantity * grams, unit=Unit.G, food=food)
