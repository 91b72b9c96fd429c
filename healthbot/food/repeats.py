"""A food had again, said by pointing back at it: "a donut and then a second one", "a glass of
merlot, then another", "a latte, same again", "3 cookies and 2 more", "a beer and another
glass".

`with_repeats` reads such an item as the food said last (with what "with" added to it: "a
coffee with milk, and another" is a second coffee with milk), in the count the repeat says
(one, "2 more", "another half") of what that food was counted in (another glass, another
slice), or in the same amount for "same again"; where the repeat names the food itself
("another beer", "a second donut", "2 more cookies"), the pointing words go and the food
stays as typed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from healthbot.food.item import ParsedItem
from healthbot.food.units import UNIT_ALIASES

_AGAIN: Final = frozenset({"another", "second", "more", "same"})
"""Words that say a food was had again ("another", "a second", "one more", "same again")."""
_ORDINALS: Final = frozenset({"second"})
"""Of those, the ones that point back only as the first word ("a second one", not "a
second-hand ..." inside a name)."""
_POINTING: Final = frozenset(
    {"one", "ones", "again", "later", "afterwards", "after", "too", "then", "round", "the",
     "little", "bit", "lot"}
)  # fmt: skip
"""Words around them that add nothing: "another one", "the same again later", "a little
more milk"."""
_PARTS: Final = {"half": 0.5}
"""A part of one had again: "a bagel and another half"."""


def with_repeats(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with each that points back at the food before it read as that food again;
    as they are otherwise."""
    read: list[ParsedItem] = []
    for item in items:
        words = item.food.split()
        said = [word for word in words if word not in _AGAIN | _POINTING]
        again = not item.added and bool(_AGAIN & set(words)) and not item.unnamed
        if not again or (words[0] not in _AGAIN and _ORDINALS & set(words)):
            read.append(item)
            continue
        count = item.quantity * _PARTS.get(said[0], 1.0) if said else item.quantity
        said = [word for word in said if word not in _PARTS]  # "a bagel and another half"
        if said and not (len(said) == 1 and said[0] in UNIT_ALIASES):
            # "another beer", "2 more cookies": the food named, without the pointing words
            read.append(replace(item, food=" ".join(said)))
            continue
        at = next((i for i in range(len(read) - 1, -1, -1) if not read[i].added), None)
        if at is None:
            read.append(item)
            continue
        unit = said[0] if said else None
        read.extend(_again(read[at:], replace(item, quantity=count), unit, "same" in words))
    return read


def _again(
    dish: list[ParsedItem], item: ParsedItem, unit: str | None, same: bool
) -> list[ParsedItem]:
    """The dish (a food and what was added to it) had again as `item` says: in the same
    amount, or `item`'s count of what the food was counted in (or of `unit`, "another
    glass")."""
    food, *added = dish
    if same:
        return [replace(part, span=item.span) for part in dish]
    if unit is not None:
        first = replace(food, quantity=item.quantity, unit=UNIT_ALIASES[unit], size=None)
    else:
        first = replace(food, quantity=item.quantity)
    first = replace(first, span=item.span, quantity_typed=True)
    return [first, *(replace(part, span=item.span) for part in added)]
