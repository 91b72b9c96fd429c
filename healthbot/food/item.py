"""One item of a food-log text ("2 large eggs", "a 5 oz piece of salmon", "half a cup of
rice") read into a `ParsedItem`: its quantity, unit, size and food words; what no one eats
("nan eggs", "999999 kg butter") refused with a `FoodParseError`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from healthbot.food.aliases import ALIASES
from healthbot.food.amounts import LEADING_FILLER, leading_quantity, span_words
from healthbot.food.problems import (
    MAX_COUNT,
    MAX_FOOD_CHARS,
    MAX_GRAMS,
    MAX_ITEM_CHARS,
    FoodParseError,
    ParseProblem,
)
from healthbot.food.quantities import ARTICLES, read_measure, read_number, without_lengths
from healthbot.food.trailing import trailing, unprepared
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    NAMED_VOLUMES,
    SIZE_ALIASES,
    UNIT_ALIASES,
    Size,
    Unit,
    grams_of,
    millilitres_of,
    singular,
)

__all__ = ["ParsedItem", "check_plausible", "parse_item"]


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One food of a meal as typed: `quantity` `unit` (None: counted) of `size` `food`."""

    quantity: float
    unit: Unit | None
    size: Size | None
    food: str  # lower case, without the quantity, unit and size words
    span: str  # the item's text as the user typed it
    quantity_typed: bool = True  # False when no quantity was given and 1 was assumed
    added: bool = False  # named after "with" ("coffee with milk"): an addition to the last
    unnamed: bool = False  # an amount whose food was not said ("2 eggs, 3"): asked about

    @property
    def singular_food(self) -> str:
        """The food with its last word singular ("chicken breasts" → "chicken breast")."""
        return singular(self.food)


_EXPONENT = re.compile(r"[0-9]+(?:[.,][0-9]+)?e[+-]?[0-9]+")  # scientific notation
# What float() reads that is no number, alone or in a sign, range or fraction ("-inf", "2-nan",
# "nan/2"); tokens are folded to lower case.
_NOT_FINITE = re.compile(r"(?:^|[-/.,])(?:nan|inf|infinity)(?:$|[-/.,])")
# Foods whose name starts with one of those words: "nan bread" is how many spell naan.
_NOT_FINITE_FOODS = frozenset({"nan bread"})
# Naans named by their kind, the word before "nan": "a garlic nan", "peshwari nan".
_NAAN_KINDS = frozenset({"garlic", "peshwari", "peshawari", "keema", "kulcha", "tandoori"})


_PIECES: Final = frozenset({"piece", "pieces", "pc", "pcs", "count", "ct"})

# A cut named after its weight: "a 5 oz piece of salmon", "6 oz fillet of cod".
# And a serving of it: "a 40g serve of cheddar", "a 200 g helping of rice".
_CUTS = frozenset(
    {"piece", "pieces", "fillet", "fillets", "portion", "chunk", "hunk", "slab", "serve",
     "serving", "helping", "plate", "plateful"}
)  # fmt: skip


# Words of a size that a name says before the food, typed after it ("cappuccino tall",
# "espresso double"); "double double" is a name of its own.
_SIZE_WORDS: Final = frozenset({"tall", "grande", "venti", "trenta", "double", "triple"})


# Kinds of bread that name the bread alone after its slices ("2 slices of wholemeal").
_BREADS: Final = frozenset(
    {"white", "wheat", "whole wheat", "wholewheat", "brown", "wholemeal", "multigrain",
     "granary", "seeded", "wholegrain", "whole grain", "whole meal", "multi grain"}
)  # fmt: skip


def parse_item(span: str, added: bool = False, words: list[str] | None = None) -> ParsedItem | None:
    """One item of a meal; None when it holds no words at all (an emoji, a stray dash).
    `words`: the span's tokens as `span_words` gives them, when the caller has them already."""
    if len(span) > MAX_ITEM_CHARS:
        raise FoodParseError(ParseProblem.TOO_LONG, span[:MAX_FOOD_CHARS] + "…")
    tokens = without_lengths(span_words(span) if words is None else words)
    while tokens and tokens[0] in LEADING_FILLER:
        tokens = tokens[1:]
    if tokens[:1] == ["the"] and len(tokens) > 2 and _counted_or_sized(tokens[1:3]):
        tokens = tokens[1:]  # "the 8 piece chicken tenders" ("the 9 oz sirloin": a menu's)
    if all(part == "-" for part in tokens):
        return None
    if any(part.startswith("-") and read_number(part[1:]) is not None for part in tokens):
        raise FoodParseError(ParseProblem.NEGATIVE, span)  # never read "-2 eggs" as 2 eggs
    if any(_EXPONENT.fullmatch(part) for part in tokens):
        raise FoodParseError(ParseProblem.BAD_NUMBER, span)  # "1e308 g": no food is named so
    if any(_not_finite_at(tokens, index) for index in range(len(tokens))):
        raise FoodParseError(ParseProblem.BAD_NUMBER, span)  # "nan eggs", "inf g rice"
    value, index = leading_quantity(tokens)
    size, unit, index = read_measure(tokens, index)
    food = tokens[index:]
    if unit in _COUNTING and (count := _count_held(food)) is not None:
        # "a box of 12 donuts", "a plate of 6 wings": the pieces it held, counted
        value, unit, food = (1.0 if value is None else value) * count, None, food[1:]
    if (after := _amount_after(tokens, value, size, unit, food)) is not None:
        value, size, unit, food = after
    typed = value is not None or unit is not None
    while food and food[0] in ARTICLES | {"of", "x"}:
        food = food[1:]
    food = _food_words(food, unit)
    if not food:
        raise FoodParseError(ParseProblem.NO_FOOD, span)
    text = " ".join(food)
    if len(text) > MAX_FOOD_CHARS:
        raise FoodParseError(ParseProblem.TOO_LONG, span[:MAX_FOOD_CHARS] + "…")
    unit = _spoken_for(unit, tokens[: len(tokens) - len(food)], food)
    item = ParsedItem(1.0 if value is None else value, unit, size, text, span, typed, added)
    check_plausible(item)
    return item


_VESSEL_AFTER: Final = frozenset({"pint", "pints", "can", "cans"}) | NAMED_VOLUMES.keys()
"""What a drink is poured from, which may be said after it: "a Castle quart", "a coke can"."""


def _amount_after(
    tokens: list[str], value: float | None, size: Size | None, unit: Unit | None, food: list[str]
) -> tuple[float, Size | None, Unit | None, list[str]] | None:
    """An amount said after the food: the whole amount when none was before ("chicken breast
    150g"), else what the one before was ("2 tusker 500ml", "a VB stubby")."""
    if value is None and unit is None:
        return trailing(tokens)
    named = " ".join(food)
    if named in ALIASES or f"{named}s" in ALIASES:
        return None  # "a tater tot": a name, not a tot of it
    if value is not None and unit is None and len(food) > 1 and food[-1] in _VESSEL_AFTER:
        vessel = food[-1]
        if vessel in NAMED_VOLUMES:
            return value * NAMED_VOLUMES[vessel], size, Unit.ML, food[:-1]
        return value, size, UNIT_ALIASES[vessel], food[:-1]
    measured = _measure_after(value, unit, food)
    return None if measured is None else (measured[0], size, measured[1], measured[2])


# What a volume or a weight said after a food may say the size of: its bottle, can or glass.
_HELD_IN: Final = frozenset(
    {Unit.CAN, Unit.BOTTLE, Unit.GLASS, Unit.CUP, Unit.CONTAINER, Unit.PACKAGE}
)


def _measure_after(
    value: float | None, unit: Unit | None, food: list[str]
) -> tuple[float, Unit, list[str]] | None:
    """The amount a volume or a weight typed after a counted food says ("2 tusker 500ml":
    1000 ml, a volume being each one's; "2 chicken breasts 400g": 400 g, a weight the lot's;
    "a can of coke 330ml": 330 ml); None when the food ends in no such amount."""
    after = trailing(food)
    if after is None or after[2] is None or not after[3]:
        return None
    measure, _, measure_unit, named = after
    if measure_unit is Unit.OZ and unit in _HELD_IN:
        measure_unit = Unit.FL_OZ  # "a glass of milk 8 oz"
    if measure_unit in GRAMS_PER_UNIT:
        return measure, measure_unit, named  # "2 slices of toast 60g": 60 g of toast
    if measure_unit not in ML_PER_UNIT or (unit is not None and unit not in _HELD_IN):
        return None
    return (1.0 if value is None else value) * measure, measure_unit, named


def _counted_or_sized(words: list[str]) -> bool:
    """Whether the words after "the" say how many pieces or which size ("the 8 piece", "the
    large"): an amount, which "the" only points at."""
    return words[1] in _PIECES or words[0] in SIZE_ALIASES or words[0] == "extra"


# What holds pieces that may be counted in it ("a box of 12 donuts").
_COUNTING: Final = frozenset(
    {Unit.BOX, Unit.PACKAGE, Unit.BAG, Unit.CONTAINER, Unit.PLATE, Unit.BOWL}
)


def _count_held(food: list[str]) -> float | None:
    """The whole number of pieces `food` starts with ("12 donuts" after "a box of": 12), named
    after it and not by a unit ("12 oz"); None for any other words."""
    if len(food) < 2 or food[1] in UNIT_ALIASES or food[1] in ARTICLES:
        return None
    count = read_number(food[0])
    return count if count is not None and count > 1 and count == int(count) else None


def _food_words(food: list[str], unit: Unit | None) -> list[str]:
    """The words naming the food, after its amount, without those that only say it again."""
    if unit is not None and len(food) > 2 and food[1] == "of" and _cut_of(unit, food[0]):
        food = food[2:]  # "a 5 oz piece of salmon", "a 100g bar of chocolate": the weight says it
    food = unprepared([part for part in food if part != "-"])
    if unit is Unit.SLICE and " ".join(food) in _BREADS:
        food = [*food, "bread"]  # "2 slices of white": of white bread
    if len(food) > 1 and food[-1] in _SIZE_WORDS and food[-2] != food[-1]:
        food = [food[-1], *food[:-1]]  # "cappuccino tall": a tall cappuccino
    return food


# A spoon of what is stirred into a drink is a teaspoon ("two spoons of sugar"), and so is a
# sugar counted ("2 sugars"); a dash of milk or cream in one a splash of it, of anything else
# (a sauce, a spirit) a pinch.
_SPOONS: Final = frozenset({"spoon", "spoons", "spoonful", "spoonfuls"})
_STIRRED: Final = frozenset({"sugar", "sugars", "sweetener", "sweeteners", "splenda", "stevia"})
_DASHES: Final = frozenset({"dash", "dashes"})
_POURED: Final = frozenset({"milk", "cream", "creamer", "half"})


def _spoken_for(unit: Unit | None, said: list[str], food: list[str]) -> Unit | None:
    """The unit a spoken word before a food means for that food (`_SPOONS`, `_DASHES`)."""
    if unit is Unit.TBSP and food and food[-1] in _STIRRED and not _SPOONS.isdisjoint(said):
        return Unit.TSP
    if unit is None and said and food in (["sugar"], ["sugars"]):
        return Unit.TSP  # "2 sugars", "one sugar": a teaspoon each, as a cup is sweetened
    if unit is Unit.SPLASH and not _DASHES.isdisjoint(said) and _POURED.isdisjoint(food):
        return Unit.PINCH
    return unit


def _cut_of(unit: Unit, word: str) -> bool:
    """Whether `word` after an amount in `unit` is the piece or package it is of ("a 5 oz
    piece", "a 100g bar", "an 8 oz bag"): a cut, or any unit's word after a weight or volume."""
    weighed = unit in GRAMS_PER_UNIT or unit in ML_PER_UNIT
    return word in _CUTS or (weighed and word in UNIT_ALIASES)


def _not_finite_at(tokens: list[str], index: int) -> bool:
    """The token at `index` is a number float() reads that is none ("nan", "-inf"), and no
    food's name starts with it there."""
    if _NOT_FINITE.search(tokens[index]) is None:
        return False
    if tokens[index] == "nan" and index and tokens[index - 1] in _NAAN_KINDS:
        return False
    return singular(" ".join(tokens[index : index + 2])) not in _NOT_FINITE_FOODS


def check_plausible(item: ParsedItem) -> None:
    """Refuse zero and amounts no one eats at once ("999999 kg butter")."""
    if not item.quantity > 0:
        raise FoodParseError(ParseProblem.ZERO, item.span)
    if item.unit is None:
        amount, limit = item.quantity, MAX_COUNT
    else:
        weight = grams_of(item.quantity, item.unit) or millilitres_of(item.quantity, item.unit)
        amount, limit = (item.quantity, MAX_COUNT) if weight is None else (weight, MAX_GRAMS)
    if amount > limit:
        raise FoodParseError(ParseProblem.TOO_MUCH, item.span)
