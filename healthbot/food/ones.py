"""A food named by "one" or "ones", which points back at the food named before it: "tamales,
2 pork ones" are 2 pork tamales, "a chocolate donut and 2 glazed ones" 2 glazed donuts.

A food named before without an amount ("my tia sent over tamales and I had 2 pork ones") was
only what there was: the ones are what was eaten of it, and it goes; "the ... one" after a
food with its amount says what that food was ("a scone, the cheese one": a cheese scone).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from healthbot.food.item import ParsedItem
from healthbot.food.units import singular_word

_ONES: Final = frozenset({"one", "ones"})


def with_ones_named(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with each "ones" named after the food before it; as they are otherwise."""
    read: list[ParsedItem] = []
    for item in items:
        words = item.food.split()
        before = next((i for i in reversed(read) if not i.added), None)
        if len(words) < 2 or words[-1] not in _ONES or before is None or item.added:
            read.append(item)
            continue
        head = before.food.split()[-1]
        if head in _ONES:
            read.append(item)
            continue
        one = singular_word(head)
        named = one if words[-1] == "one" else (head if head != one else f"{one}s")
        food = " ".join([*words[:-1], named])
        if item.span.lower().startswith("the ") and before.quantity_typed:
            # "a scone, the cheese one": the scone said again, a cheese one
            said = " ".join([*words[:-1], before.food])
            span = f"{before.span}, {item.span}"
            read[read.index(before)] = replace(before, food=said, span=span)
            continue
        if not before.quantity_typed:
            read.remove(before)  # "tamales, 2 pork ones": the tamales were what there was
        read.append(replace(item, food=food))
    return read
