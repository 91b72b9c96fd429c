"""Packages that count their pieces: "a 2 pack of reese's" is one package of two cups, as
SR24 writes such a measure ("package 1.6 oz 2 cups")."""

from __future__ import annotations

import re
from collections.abc import Sequence

_PACK_OF = re.compile(r"\b(?:pack|package|packet)\b.*?(?<![\d.])(\d+) ([a-z]+)")


_WEIGHED = frozenset({"oz", "g", "lb", "kg", "fl", "ml", "l"})


def pack_of(count: float, measures: Sequence[tuple[float, str, float]]) -> float | None:
    """Grams in one package that holds `count` pieces ("a 2 pack of reese's": its "package 1.6
    oz 2 cups"); None if no package measure counts that many."""
    for amount, name, grams in measures:
        found = _PACK_OF.search(name.lower())
        pieces = found is not None and found[2] not in _WEIGHED  # "2 cups", not "1.6 oz"
        if found and pieces and amount > 0 and int(found[1]) == count:
            return grams / amount
    return None
