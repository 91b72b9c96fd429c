"""A food named without an amount, then again by its make or kind with one: "beans on toast,
half a tin of heinz" is half a tin of the beans, "toast and jam, 2 slices of white" two slices
of the toast; the amount is the food's, not a food of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Final

from healthbot.food.item import ParsedItem
from healthbot.food.search import FoodMatch
from healthbot.food.units import Unit

_MAKE_WORDS: Final = 2
"""At most this many words name a make or kind said alone ("heinz", "pink lady")."""
_PIECES: Final = frozenset({Unit.BAR, Unit.PIECE, Unit.WEDGE})
"""What a make is not said in: a piece of the food is a part of it ("popeyes spicy chicken,
a breast": `healthbot.food.parts`), a bar one of a pack ("twix, the regular pack with 2
bars"); a make is said with what it comes in or is measured by ("half a tin of heinz")."""


def makes_named(
    items: list[ParsedItem], alias: Callable[[str], FoodMatch | None]
) -> list[ParsedItem]:
    """The items with each that names, with its amount, the make or kind of a food named
    before without one (the two words together a common name, `alias`) read as that food in
    that amount, where the food was named; as they are otherwise."""
    read: list[ParsedItem] = []
    for item in items:
        make = (
            item.quantity_typed and not item.added and len(item.food.split()) <= _MAKE_WORDS
            and item.unit is not None and item.unit not in _PIECES
        )  # fmt: skip
        at = next(
            (i for i, before in enumerate(read)
             if make and _named_by(item, before, alias) is not None),
            None,
        )  # fmt: skip
        if at is None:
            read.append(item)
            continue
        read[at] = replace(item, food=_named_by(item, read[at], alias) or item.food)
    return read


def _named_by(
    item: ParsedItem, before: ParsedItem, alias: Callable[[str], FoodMatch | None]
) -> str | None:
    """The food before, named without an amount, when the item names its make or kind and
    that is the same food ("heinz beans" are "beans", whose tin the table knows); None
    otherwise (a make that names another food, "a breast" of "popeyes spicy chicken", is
    read as the dish's part, `healthbot.food.parts`)."""
    if before.quantity_typed or before.added or before.unit is not None:
        return None
    if set(item.food.split()) & set(before.food.split()):
        return None  # "beans, half a tin of beans": the food itself, said again
    joined = alias(f"{item.food} {before.food}")
    plain = alias(before.food)
    return (
        before.food
        if joined is not None and plain is not None and plain.uid == joined.uid
        else None
    )
