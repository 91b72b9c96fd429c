"""Tomato sauce as Australia, New Zealand, Britain and South Africa pour it: on a pie, a
sausage, a roll or chips it is what the US calls ketchup ("a meat pie with tomato sauce",
"a snag in a slice of bread with a tbsp of tomato sauce"); with pasta, pizza or rice, or by
the cup, it is the cooked sauce SR24 calls "Tomato products, canned, sauce"."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize
from healthbot.food.units import Unit, singular

__all__ = ["table_sauce"]

TOMATO_SAUCE: Final = "tomato sauce"
KETCHUP: Final = "ketchup"
POURED_ON: Final = frozenset(
    {"pie", "pastie", "pasty", "sausage", "snag", "banger", "saveloy", "sav", "roll", "bun",
     "hot dog", "hotdog", "dog", "burger", "chip", "chips", "fry", "fries", "wedge", "bacon",
     "egg", "sizzle", "sanga", "sanger", "nugget", "meatloaf", "schnitzel", "finger",
     "rissole", "toastie"}
)  # fmt: skip
"""What table sauce is poured on, by a word of the food's name (singular)."""
COOKED_IN: Final = frozenset(
    {"pasta", "spaghetti", "penne", "macaroni", "lasagne", "lasagna", "gnocchi", "ravioli",
     "fettuccine", "linguine", "noodle", "pizza", "rice", "meatball", "bolognese", "parmigiana"}
)  # fmt: skip
"""What a cooked tomato sauce goes with: with any of them, tomato sauce is that sauce."""
_BY_THE_CUP: Final = frozenset({Unit.CUP, Unit.BOWL, Unit.CAN, Unit.JAR, Unit.PLATE})


def table_sauce(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with tomato sauce named beside a food it is poured on, and nothing it is
    cooked with, as ketchup (in the amount typed, or ketchup's own: a tablespoon)."""
    names = [{singular(word) for word in normalize(item.food).split()} for item in items]
    names += [{normalize(item.food)} for item in items]  # "hot dog"
    if any(name & COOKED_IN for name in names) or not any(name & POURED_ON for name in names):
        return items
    return [
        replace(item, food=KETCHUP)
        if normalize(item.food) == TOMATO_SAUCE and item.unit not in _BY_THE_CUP
        else item
        for item in items
    ]
