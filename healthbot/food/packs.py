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


def pack_of_several(measures: Sequence[tuple[float, str, float]]) -> float | None:
    """Grams in the package of a food that counts the most pieces, more than one ("a pack of
    reese's cups": its "package 1.6 oz 2 cups", not its "package 0.6 oz 1 cup"); None if no
    package measure counts more than one."""
    counted = []
    for amount, name, grams in measures:
        found = _PACK_OF.search(name.lower())
        if found and found[2] not in _WEIGHED and amount > 0 and int(found[1]) > 1:
            counted.append((int(found[1]), grams / amount))
    return max(counted)[1] if counted else None
