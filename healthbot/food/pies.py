"""A pie said by its width or size: SR24 weighs chains' pizzas as one 14" pie (its "pizza"
measure) and a slice of it; "an 8 inch pizza" or "a medium pizza" is a smaller pie, by area.

A chain's sizes are its pies' widths: small 10", medium 12", large 14", extra large 16"
(Domino's, Pizza Hut and Papa John's menus); a personal pizza is 6"-8" (Pizza Hut's 6").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from healthbot.food.units import Size

INCHES_OF_SIZE: Final = {
    Size.MINI: 6.0,
    Size.KID: 6.0,
    Size.SMALL: 10.0,
    Size.MEDIUM: 12.0,
    Size.REGULAR: 12.0,
    Size.LARGE: 14.0,
    Size.EXTRA_LARGE: 16.0,
    Size.JUMBO: 18.0,
}
"""A chain pizza's width by the size it is ordered in."""

PERSONAL_INCHES: Final = 6.0

_OWN_WIDTH: Final = re.compile(r"\b(\d{1,2})\"[^,]*\bpizza\b", re.I)
"""The width a food's SR24 name gives its pie: 'Fast Food, Pizza Chain, 14" pizza, ...',
'PIZZA HUT 14" Pepperoni Pizza, Pan Crust'."""


def pie_grams(
    name: str, measures: Sequence[tuple[float, str, float]], inches: float | None
) -> float | None:
    """Grams in one pie `inches` wide of a food whose SR24 name gives its own pie's width and
    that SR24 weighs whole ("1 pizza"): the whole by area; None for any other food, or when
    no width is said."""
    own = _OWN_WIDTH.search(name)
    if inches is None or own is None:
        return None
    whole = next((g / n for n, label, g in measures if label.lower() == "pizza" and n > 0), None)
    if whole is None:
        return None
    return whole * (inches / float(own[1])) ** 2


def inches_said(typed: str | None, span: str, size: Size | None) -> float | None:
    """The width a pie is said in: the inches typed ("8", from "an 8 inch pizza"),
    "personal", or a chain's size word; None when none is."""
    if typed is not None and typed.isdigit():
        return float(typed)
    if "personal" in span.lower().split():
        return PERSONAL_INCHES
    return INCHES_OF_SIZE.get(size) if size is not None else None
