"""Words said after a food, apart, that only describe it: "a serving of lasagne, the frozen
one", "almond milk, unsweetened", "a baked potato, plain", "a twix, the 2 finger pack",
"cornflakes, dry", "instant oatmeal, apple cinnamon". They name no food of their own: the
kind words and a flavour go before the food's name ("frozen lasagne"), the rest fall away.
And what else a span after an item says of that item only (`qualifying`: its size, "the
regular 1.5 oz bar"), or of its cup (`part_of_the_cup`: "a cup of tea with half milk")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from healthbot.food.flavours import FLAVOUR_MARKS, is_flavour
from healthbot.food.quantities import read_number, without_lengths
from healthbot.food.trailing import qualifier
from healthbot.food.units import UNIT_ALIASES, Unit

if TYPE_CHECKING:
    from healthbot.food.parser import ParsedItem

__all__ = ["described_after"]

_KINDS: Final = frozenset(
    {"frozen", "canned", "tinned", "fresh", "dried", "unsweetened", "sweetened", "salted",
     "unsalted", "diet", "decaf", "decaffeinated", "skim", "skimmed", "lowfat", "nonfat",
     "homemade", "instant", "sugarfree", "light",
     "lite", "dry"}
)  # fmt: skip
"""A word of a food's kind said alone after it ("milk, skimmed"): it goes before its name.
(Not a bread's: "a sandwich on wholemeal" is read as the sandwich and its bread.)"""
_KIND_PAIRS: Final = frozenset(
    {"low fat", "fat free", "reduced fat", "full fat", "sugar free", "no sugar",
     "home made", "store bought", "shop bought", "no added sugar"}
)  # fmt: skip
_PLAIN: Final = frozenset(
    {"plain", "as is", "on its own", "by itself", "on their own", "by themselves", "alone",
     "nothing on it", "nothing on them", "nothing added", "nothing else", "usual", "as usual",
     "as always"}
)  # fmt: skip
"""What says a food was eaten as it comes, which its entry is already."""
_POINTERS: Final = frozenset({"one", "ones", "kind", "kinds", "type", "version", "variety", "sort"})
"""Words that point back at the food before: "the frozen one", "the unsweetened kind"."""
_PACKS: Final = frozenset({"pack", "packet", "multipack", "pot", "tub", "carton", "box", "bag"})
"""A package said by what it holds ("the 2 finger pack", "the 4 bar multipack")."""
_MEALS: Final = frozenset({"meal", "meals", "dinner", "dinners", "entree", "entrees"})
_MOST_WORDS: Final = 3


def described_after(tokens: list[str]) -> list[str] | None:
    """The kind words a span said after a food holds when it only describes that food ([]:
    it says nothing the food's entry does not), None when it names something else."""
    words = tokens[1:] if tokens[:1] == ["the"] else tokens
    if words[:1] == ["frozen"] and len(words) == 2 and words[1] in _MEALS:
        words = words[:1]  # "lasagne, frozen meal": a frozen entree
    if not words:
        return None
    # "instant oatmeal, apple cinnamon": apple cinnamon instant oatmeal
    if " ".join(words) in _PLAIN or _kinds(words) or is_flavour(words):
        plain = " ".join(words) in _PLAIN
        return [] if plain else [word for word in words if word not in FLAVOUR_MARKS]
    pointed = tokens[0] == "the" and len(words) <= _MOST_WORDS
    if pointed and words[-1] in _POINTERS and _kinds(words[:-1]):
        return words[:-1]  # "the frozen one", "the low fat kind"
    counted = len(words) in (2, 3) and read_number(words[0]) is not None
    if pointed and counted and words[1] not in UNIT_ALIASES and words[-1] in _PACKS:
        return []  # "the 2 finger pack": the package it is sold in ("the 6 oz pot": an amount)
    of_some = len(words) == 3 and words[1] == "of" and read_number(words[2]) is not None
    if pointed and of_some and words[0] in _PACKS:
        return []  # "the pack of 2"
    return None


def _kinds(words: list[str]) -> bool:
    """Whether the words are a kind's and nothing else ("unsweetened", "low fat")."""
    return bool(words) and (all(word in _KINDS for word in words) or " ".join(words) in _KIND_PAIRS)


# Units that measure what was eaten, not what held it.
MEASURING = frozenset(
    {Unit.G, Unit.KG, Unit.OZ, Unit.LB, Unit.ML, Unit.CL, Unit.DL, Unit.L, Unit.FL_OZ, Unit.CUP,
     Unit.TBSP, Unit.TSP, Unit.PINT}
)  # fmt: skip


def qualifying(items: list[ParsedItem], words: list[str], span: str, apart: bool) -> list[str]:
    """The words of a span after an item, without those that only qualify that item, which
    change it: a size and an amount ("the regular 1.5 oz bar"), and, said apart after a
    comma, kind words ("lasagne, the frozen one"); [] when none are left."""
    if (qualifies := qualifier(without_lengths(words))) is not None:
        size, words = qualifies
        if size is not None and items[-1].size is None:
            items[-1] = replace(items[-1], size=size, span=f"{items[-1].span}, {span}")
        return words
    if apart and (kinds := described_after(without_lengths(words))) is not None:
        items[-1] = _described(items[-1], kinds, span)
        return []
    if apart and len(words) == 2 and words[0] == "just" and _dish(items[-1]):
        items[-1] = _described(items[-1], words[1:], span)  # "a pizza, just cheese"
        return []
    return words


_DISHES: Final = frozenset(
    {"pizza", "pizzas", "sandwich", "burger", "omelette", "omelet", "toastie", "quesadilla",
     "burrito", "pie"}
)  # fmt: skip
"""Dishes named by what they hold: "a pizza, just cheese" is a cheese pizza."""


def _dish(item: ParsedItem) -> bool:
    return item.food.split()[-1] in _DISHES


def _described(before: ParsedItem, kinds: list[str], span: str) -> ParsedItem:
    """The item before with the kind words said after it ("lasagne, the frozen one"): "dry"
    after a measure is the dry food's ("50 g oats, dry"), else eaten without a liquid."""
    if kinds == ["dry"] and before.unit not in MEASURING:
        kinds = []  # "a bowl of cornflakes, dry": no milk
    if kinds[:1] == ["no"] and before.added:
        kinds = []  # "tea with milk, no sugar": of the tea, which has none
    said = before.food.split()
    food = " ".join([*(word for word in kinds if word not in said), *said])
    return replace(before, food=food, span=f"{before.span}, {span}")


_VOLUMES: Final = frozenset(
    {Unit.CUP, Unit.GLASS, Unit.ML, Unit.CL, Unit.DL, Unit.L, Unit.FL_OZ, Unit.PINT}
)


def part_of_the_cup(items: list[ParsedItem], item: ParsedItem) -> list[ParsedItem]:
    """The items to add for one: a part of a drink's volume said with it ("a cup of tea with
    half milk": half a cup of milk, the tea the other half), else the item itself."""
    before = items[-1] if items else None
    part = item.added and item.unit is None and 0 < item.quantity < 1 and item.quantity_typed
    if before is None or not part or before.unit not in _VOLUMES or "milk" not in item.food:
        return [item]
    share = before.quantity * item.quantity
    items[-1] = replace(before, quantity=before.quantity - share)
    return [replace(item, quantity=share, unit=before.unit)]
