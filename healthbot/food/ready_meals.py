"""A dish said to be a ready meal ("a spaghetti bolognaise ready meal", "a lasagne microwave
meal", "a chicken curry tv dinner"): the frozen entree of that dish, as SR24 weighs it by its
tray ("frozen spaghetti bolognaise": Spaghetti with meat sauce, frozen entree). Without this,
"ready meal" is read as words of the dish's name and the bot asks which food it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.text import normalize

READY_MEALS: Final = (
    "ready meal", "ready made meal", "readymade meal", "microwave meal", "frozen meal",
    "frozen dinner", "tv dinner", "frozen entree",
)  # fmt: skip
"""How a dish's name ends when it is said to be a ready meal."""
FROZEN: Final = "frozen"

Mend = Callable[[str], str]


def _same(food: str) -> str:
    return food


def ready_meals(items: list[ParsedItem], mend: Mend = _same) -> list[ParsedItem]:
    """The items with each dish said to be a ready meal named as its frozen kind."""
    return [_ready(item, mend) for item in items]


def _ready(item: ParsedItem, mend: Mend) -> ParsedItem:
    food = normalize(mend(item.food))
    for said in READY_MEALS:
        dish = food.removesuffix(f" {said}")
        if dish != food and dish:
            dish = dish.removeprefix(f"{FROZEN} ")
            return replace(item, food=f"{FROZEN} {dish}")
    return item
