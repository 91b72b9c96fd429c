"""A liquid said as taken from one whole of a food ("the water from a fresh coconut", "the
juice of a lemon"): the food's liquid by its name ("coconut water", "lemon juice") in its
usual portion, not the liquid alone ("water": tap water, no energy)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem
from healthbot.food.units import singular

_FROM_ONE: Final = re.compile(
    r"^(?:the\s+)?(?P<liquid>water|juice|milk)\s+(?:from|of|out\s+of)\s+(?:a|an|one|the)\s+"
    r"(?:(?:fresh|young|green|whole|ripe|big|small|cracked|opened)\s+)*(?P<food>[a-z]+)$"
)
"""The liquid of one whole: "water from a young coconut", "juice of a lime"."""


def liquids_of(items: list[ParsedItem]) -> list[ParsedItem]:
    """Each item that is a liquid taken from one whole of a food as that food's liquid."""
    return [_liquid(item) for item in items]


def _liquid(item: ParsedItem) -> ParsedItem:
    found = _FROM_ONE.match(" ".join(item.food.lower().split()))
    if found is None or item.unit is not None:
        return item
    food = f"{singular(found['food'])} {found['liquid']}"
    # one fruit's juice is SR24's raw juice, weighed by what "1 fruit yields" ("the juice of
    # an orange": 86 g), not the carton's glass
    food = f"raw {food}" if found["liquid"] == "juice" else food
    return replace(item, food=food, quantity=1.0, quantity_typed=False)
