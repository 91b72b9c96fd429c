"""A piece of a bird named after another of the same bird, its words said once: "a fried
chicken drumstick and thigh" is a fried chicken drumstick and a fried chicken thigh, "2
roast turkey legs and a wing" a roast turkey wing; a piece named alone ("thigh") was asked
about, as if of no bird."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from healthbot.food.item import ParsedItem
from healthbot.food.units import singular

__all__ = ["with_shared_words"]

_PIECES: Final = frozenset(
    {"drumstick", "thigh", "wing", "breast", "leg", "quarter", "back", "neck", "tender",
     "fillet", "cutlet"}
)  # fmt: skip


def with_shared_words(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with a bird's piece named alone after another piece of it (see the module)
    named with the words of that one."""
    read = items[:1]
    for item in items[1:]:
        *bird, piece = read[-1].food.split()
        shared = bird and singular(piece) in _PIECES and singular(item.food) in _PIECES
        read.append(replace(item, food=" ".join([*bird, item.food])) if shared else item)
    return read
