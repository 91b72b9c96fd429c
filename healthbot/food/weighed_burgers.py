"""A burger named by the weight of its meat ("a 1/4 lb burger", "an 8 oz cheeseburger on a
bun"): a cooked patty of that raw weight in its bun, not that weight of a whole sandwich."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.text import normalize
from healthbot.food.units import GRAMS_PER_UNIT, UNIT_ALIASES, Unit, singular

_BURGERS: Final = {
    "burger": (),
    "hamburger": (),
    "beef burger": (),
    "cheeseburger": ("1 slice american cheese",),
    "cheese burger": ("1 slice american cheese",),
}
"""Burgers whose weight is their patty's, with what they hold besides the patty and bun."""
_PATTY: Final = "beef burger patty"
_BUN: Final = "hamburger bun"
_IN_A_BUN: Final = re.compile(r" (?:on|in) (?:a |the |its )?(?:bun|roll|bap)s?$")
_BREADS: Final = frozenset({"bun", "roll", "bap", "hamburger bun", "burger bun", "brioche bun"})
"""Breads named after the burger ("on a bun"): the burger's own bun, said."""
_NO_BUN: Final = re.compile(r"\b(?:no |without (?:a |the )?|hold the )buns?\b|\bbunless\b")
"""A text saying the burger came without its bun ("no bun", "bunless")."""
_OF_MEAT: Final = re.compile(r"\bof (?:ham)?burger\b")
"""A weight "of hamburger" (US: of ground beef, "a pound of hamburger"): meat, no bun."""
_COUNT: Final = re.compile(r"^\s*(\d+|two|three|four)\s+(\S+)")
_COUNTS: Final = {"two": 2, "three": 3, "four": 4}


def burgers_by_meat(items: list[ParsedItem], text: str) -> list[ParsedItem]:
    """Each burger weighed in pounds, ounces or grams as its patty (whose raw weight that
    is: `healthbot.food.servings.cooked_patty`) and a bun, each burger's, unless a bun is
    the next item ("a 1/4 lb burger on a bun") or the `text` says it had none ("no bun"),
    and a cheeseburger's slice of cheese."""
    bunless = _NO_BUN.search(text.lower()) is not None
    read: list[ParsedItem] = []
    for index, item in enumerate(items):
        food = _IN_A_BUN.sub("", normalize(item.food))
        parts = _BURGERS.get(singular(food))
        if parts is None or item.unit not in GRAMS_PER_UNIT:
            read.append(item)
            continue
        pounds = item.quantity * GRAMS_PER_UNIT[item.unit] / GRAMS_PER_UNIT[Unit.LB]
        read.append(replace(item, food=_PATTY, quantity=pounds, unit=Unit.LB))  # raw meat's
        if _OF_MEAT.search(item.span.lower()):
            continue
        count = _count(item.span)
        after = items[index + 1] if index + 1 < len(items) else None
        said = bunless or (after is not None and singular(normalize(after.food)) in _BREADS)
        for part in (*parts, *(() if said else (f"1 {_BUN}",))):
            [one] = parse_meal(part)
            span = f"{item.span}: {part}"
            read.append(replace(one, quantity=count * one.quantity, span=span))
    return read


def _count(span: str) -> int:
    """How many burgers the span counts before their weight ("2 quarter pound burgers"): a
    number followed by a weight's unit is that weight ("8 oz burger"), one burger."""
    found = _COUNT.match(span.lower())
    if found is None or UNIT_ALIASES.get(found[2].rstrip(".,")) in GRAMS_PER_UNIT:
        return 1
    return _COUNTS.get(found[1]) or int(found[1])
