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

from healthbot.food.item import ParsedItem, parse_item
from healthbot.food.units import IMPERIAL_PINT_ML, UNIT_ALIASES, Unit

_AGAIN: Final = frozenset({"another", "second", "more", "same"})
"""Words that say a food was had again ("another", "a second", "one more", "same again")."""
_ORDINALS: Final = frozenset({"second"})
"""Of those, the ones that point back only as the first word ("a second one", not "a
second-hand ..." inside a name)."""
_POINTING: Final = frozenset(
    {"one", "ones", "again", "later", "afterwards", "after", "too", "then", "round", "the"}
)  # fmt: skip
"""Words around them that add nothing: "another one", "the same again later". Not "a bit",
"a little" or "a lot": "a bit more" is some amount more, asked about, never a whole second
helping."""
_SOME: Final = frozenset({"bit", "little", "lot", "tad"})
"""Words that make "more" an amount not said ("a bit more", "a little more", "a lot more"):
left to ask how much."""
_PARTS: Final = {"half": 0.5}
"""A part of one had again: "a bagel and another half"."""


def with_repeats(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items with each that points back at the food before it read as that food again;
    as they are otherwise."""
    read: list[ParsedItem] = []
    for item in items:
        words = item.food.split()
        said = [word for word in words if word not in _AGAIN | _POINTING]
        # after "with", "another" alone is the dish again ("a tea with sugar and another")
        again = (not item.added or not said) and bool(_AGAIN & set(words)) and not item.unnamed
        if not again or (words[0] not in _AGAIN and _ORDINALS & set(words)):
            read.append(item)
            continue
        count = item.quantity * _PARTS.get(said[0], 1.0) if said else item.quantity
        said = [word for word in said if word not in _PARTS]  # "a bagel and another half"
        if said and not (len(said) == 1 and said[0] in UNIT_ALIASES):
            # "another beer", "2 more cookies", "another bowl of cereal": the item read again
            # without the pointing words, a helping of its own (typed: never taken for the
            # food before named twice)
            read.append(_named(item, said))
            continue
        at = next((i for i in range(len(read) - 1, -1, -1) if not read[i].added), None)
        if at is None or _SOME & set(item.span.lower().split()):
            read.append(item)
            continue
        unit = said[0] if said else None
        read.extend(_again(read[at:], replace(item, quantity=count), unit, "same" in words))
    return read


def said_again(item: ParsedItem) -> bool:
    """Whether the item says it was had again ("more chips", "another beer", "a second
    one"): a helping of its own, never the food before named twice."""
    return bool(_AGAIN & set(item.span.lower().split()))


def _named(item: ParsedItem, said: list[str]) -> ParsedItem:
    """The repeat `item` that names its food (`said`: its words without the pointing ones),
    read as that food in the count the repeat says: "another bowl of cereal" a bowl of
    cereal, "2 more cookies" 2 cookies."""
    count = item.quantity if item.quantity_typed and item.quantity != 1 else None
    again = parse_item(" ".join([_number(count), *said]), added=item.added)
    if again is None:
        return replace(item, food=" ".join(said), quantity_typed=True)
    return replace(again, span=item.span, quantity_typed=True)


def _number(count: float | None) -> str:
    """How `count` is written before a food: "a" for none said, else its figure."""
    return "a" if count is None else f"{count:g}"


def _again(
    dish: list[ParsedItem], item: ParsedItem, unit: str | None, same: bool
) -> list[ParsedItem]:
    """The dish (a food and what was added to it) had again as `item` says: in the same
    amount, or `item`'s count of what the food was counted in (or of `unit`, "another
    glass")."""
    food, *added = dish
    if same:
        return [replace(part, span=item.span) for part in dish]
    if unit is not None and UNIT_ALIASES[unit] is Unit.PINT and food.unit is Unit.ML:
        # "a pint of bitter, then another pint": the imperial pint the first was read as
        first = replace(food, quantity=item.quantity * IMPERIAL_PINT_ML, size=None)
    elif unit is not None:
        first = replace(food, quantity=item.quantity, unit=UNIT_ALIASES[unit], size=None)
    else:
        first = replace(food, quantity=item.quantity)
    first = replace(first, span=item.span, quantity_typed=True)
    return [first, *(replace(part, span=item.span) for part in added)]
