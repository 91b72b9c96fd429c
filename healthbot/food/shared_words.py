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


_BIRD_WORDS: Final = frozenset(
    {"chicken", "turkey", "duck", "goose", "quail", "chook", "hen", "poussin", "fried", "roast",
     "roasted", "grilled", "baked", "bbq", "barbecued", "smoked", "rotisserie", "boiled",
     "poached", "crispy", "breaded", "battered", "stewed", "braised", "jerk", "tandoori"}
)  # fmt: skip
"""The words of a bird and of how it was cooked: what a piece named alone shares (a chain's
name, "KFC original recipe", is read on its menu for every piece already)."""


def with_shared_words(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with a bird's piece named alone after another piece of it (see the module)
    named with the words of that one."""
    read = items[:1]
    for item in items[1:]:
        *said, piece = read[-1].food.split()
        bird = [word for word in said if word in _BIRD_WORDS]
        shared = bird and singular(piece) in _PIECES and singular(item.food) in _PIECES
        read.append(replace(item, food=" ".join([*bird, item.food])) if shared else item)
    return read
