"""Water in a container whose size is said ("a 600ml bottle", "2 x 1.5 l", "two 330 ml
cans") or known ("a pot of tea"), said again as the plain amount /water reads ("600 ml",
"3 l", "660 ml", "500 ml of tea").

In Sydney "/water 600ml bottle", the bottle on every shop's shelf, was "I couldn't read
that amount", and "a pot of tea" was counted as the Victorian beer glass called a pot
(285 ml), not the teapot it is (about two cups).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

_COUNTS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CONTAINER = r"(?:bottle|glass|can|cup|mug|jug|flask|tumbler|pouch|carton)(?:e?s)?"
_UNIT = r"ml|cl|l|ltr|litres?|liters?|millilitres?|milliliters?|fl\s*oz|fluid\s+ounces?|oz|ounces?"
_SIZED: Final = re.compile(
    rf"^(?:(?P<count>[0-9]{{1,2}}|{'|'.join(_COUNTS)})(?:\s*(?P<times>[x×*])\s*|\s+))?"
    rf"(?P<amount>[0-9]+(?:[.,][0-9]+)?)\s*(?P<unit>{_UNIT})"
    rf"(?:\s+(?P<container>{_CONTAINER}))?(?P<rest>\s.*)?$"
)
_TEAPOT: Final = re.compile(
    rf"^(?:(?P<count>[0-9]{{1,2}}|{'|'.join(_COUNTS)})\s+)?(?:(?:small|big|large)\s+)?"
    r"pots?\s+of\s+(?P<rest>(?:[a-z]+\s+)?tea)$"
)
TEAPOT_ML: Final = 500
"""A pot of tea: about two cups, what a café's pot for one pours."""
_THOUSANDS_ML: Final = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}),([0-9]{3})(?![0-9.,])(?=\s*(?:ml|millilit(?:re|er)s?)\b)"
)
"""A thousands comma before millilitres ("a 1,500 ml bottle"): no one drinks 1.5 ml."""


def sized_water(normal: str) -> str:
    """`normal` (lower case, single spaces) with a container of a said or known size said
    as its amount; any other text as it is."""
    normal = _THOUSANDS_ML.sub(r"\1\2", normal)  # "1,500 ml": 1500, not 1.5
    if (pot := _TEAPOT.match(normal)) is not None:
        return f"{_count(pot['count']) * TEAPOT_ML} ml of {pot['rest']}"
    found = _SIZED.match(normal)
    if found is None or (found["container"] is None and found["count"] is None):
        return normal  # "500 ml", "16 oz of water": /water reads them as they are
    if found["count"] is not None and found["container"] is None and found["times"] is None:
        return normal  # "2 500": no container, no "x"
    try:
        amount = Decimal(found["amount"].replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern allows only numbers
        return normal
    total = _count(found["count"]) * amount
    rest = found["rest"] or ""
    return f"{format(total.normalize(), 'f')} {found['unit']}{rest}"


def _count(word: str | None) -> int:
    if word is None:
        return 1
    return _COUNTS[word] if word in _COUNTS else int(word)
