"""How much of a food an item is: its amount typed, in grams, by the food's own measures."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, Protocol

from healthbot.food.drinks import GRAMS_PER_FL_OZ, poured, wine_glass
from healthbot.food.handfuls import handful_grams
from healthbot.food.measures import by_size, match_measure, one_unitless
from healthbot.food.packs import pack_of, pack_of_several
from healthbot.food.parser import MAX_GRAMS, FoodParseError, ParseProblem
from healthbot.food.repository import Food
from healthbot.food.servings import (
    RESTAURANT_GROUPS,
    bought_raw,
    cooked_patty,
    cut_counted,
    cut_helping,
    restaurant_order,
    served,
    served_several,
    usual_portion,
)
from healthbot.food.units import GRAMS_PER_UNIT, Size, Unit, singular
from healthbot.food.wholes import whole_measure
from healthbot.meals.answers import Amount, Choice, Portion, Question, with_grams
from healthbot.meals.portions import Nutrients
from healthbot.meals.raw_sizes import Measured, sized_as_raw
from healthbot.meals.readings import measure_amounts

MAX_USUAL_KCAL: Final = 400.0
"""An item without quantity or unit takes the food's usual portion ("a latte": a cup of
milk) only up to this energy; above it ("butter": a cup, 1,628 kcal) the bot asks how much."""
MAX_ONE_KCAL: Final = 2500.0
"""One whole counted item ("a turkey", "a cake") past this energy is not what "a ..." means:
the bot asks how much."""
MAX_UNCOUNTED_GRAMS: Final = 500.0
"""A whole heavier than this is not what the food's name without a count means: no one eats
the 4.5 kg melon "watermelon" or "some watermelon" says, but a helping of it."""
_CUT_WORDS: Final = frozenset({"slice", "slices", "chunk", "chunks", "piece", "pieces"})
"""Words after a food that count its cut parts, not wholes ("a watermelon slice")."""
SMALL_PIECE: Final = 15.0
"""Grams under which one of a food is never what its plural without a count means: a berry,
a grape, a chip ("strawberries" are some, the food's usual portion)."""
LARGE_GLASS: Final = 1.5
"""A large or big glass of a drink other than wine (whose bar glasses `wine_glass` knows):
12 fl oz, half as much again as the 8 fl oz glass of milk or juice."""
_SMALL_WHOLE: Final = 50.0
"""Grams up to which a food's smallest measure may stand for one of its cuts ("2 sugar
cubes": its cube, 2.3 g)."""
_VOLUME: Final = re.compile(r"(?:cup|tbsp|tsp|fl oz|pint|quart|nlea)\b")
"""Measures that weigh no one thing of a food ("tbsp", "NLEA serving")."""
GRAM_AMOUNTS: Final = (50.0, 100.0, 150.0, 250.0)
"""What an amount question offers when the food has no measure for the unit typed."""
CEREALS: Final = "Breakfast Cereals"
"""SR24's food group of cereals, cold or cooked: a bowl of one is its labelled serving, else a
cup (porridge, grits), not the 1.5 cups of a bowl of soup."""


class Weighed(Measured, Protocol):
    """What `weigh` asks of the food catalog (`healthbot.meals.foods`)."""

    async def food(self, uid: str) -> Food | None:
        """A food by its uid."""
        ...


async def weigh(foods: Weighed, question: Question, uid: str) -> Portion | Question:
    """The item of `question` as a portion of food `uid`, or an amount question."""
    food = await foods.food(uid)
    if food is None:  # a uid from a stale question whose food left the table
        return replace(question, kind="food", choices=())
    unit = Unit(question.unit) if question.unit else None
    size = Size(question.size) if question.size else None
    measures = await foods.measures(uid)
    # "a large glass of red" is a bar's large glass, not SR24's one serving
    # "2 weetabix": what is counted is its biscuit, beside its cup
    counts = unit is None and size is None and question.counted
    # "general tso's chicken", "half the general tso's": the order a restaurant serves (or a
    # part of it), not one of its pieces
    ordered = unit is None and size is None and (not question.counted or question.quantity < 1)
    # "a reese's 2 pack": one pack of two, each a half of it
    packed = unit is Unit.PACKAGE and _pack_said(question)
    cut = _one_cut(question, food, measures) if counts else None
    if cut is False:  # "4 cucumber slices": no measure of a slice, and 4 cucumbers they are not
        asked = replace(question, kind="amount", choices=(Choice(uid, food.name, None),))
        return replace(asked, amounts=tuple(Amount(f"{g:g} g", g) for g in GRAM_AMOUNTS))
    one = (
        cut
        or (_in_a_pack(question, measures, food.name) if packed else None)
        or wine_glass(unit, size, food.name, measures)
        or (restaurant_order(measures, food.food_group) if ordered else None)
        or (_cereal_bowl(measures) if unit is Unit.BOWL and food.food_group == CEREALS else None)
        or match_measure(unit, size, measures, question.food, food.name)
        or (one_unitless(measures) if counts else None)
    )
    if unit is None and size is not None and size.value not in by_size(measures):
        # "2 medium eggs, hard boiled": SR24's boiled egg is only "large"
        one = await sized_as_raw(foods, food, measures, size) or one
    one = _of_several(question, food, measures, packed=packed) or one
    if one is None and (fl_oz := poured(unit, size, food.name, food.food_group)):
        one = fl_oz * (match_measure(Unit.FL_OZ, None, measures) or GRAMS_PER_FL_OZ)
    asked = replace(question, kind="amount", choices=(Choice(uid, food.name, None),))
    part = question.quantity if unit is None and question.quantity < 1 else 1.0
    if unit is None and one is not None and Nutrients.of(food, part * one).kcal > MAX_ONE_KCAL:
        # "a turkey sandwich" is no whole turkey: one of that is not what anyone eats.
        return replace(asked, amounts=measure_amounts(question.quantity, measures))
    if unit is None and one is not None and _not_one(question, food, one, measures):
        one = None  # "strawberries": some; "roast chicken": a helping (`usual_portion`)
    if one is None and unit is None and not question.size and measures:
        usual = usual_portion(measures, food.food_group)
        # A helping for each of a count ("20 cherries", whose one is not weighed) is a guess:
        # too much only when its smallest measure each is ("100 pizzas"), else it is asked.
        smallest = min((g / n for n, _, g in measures if n > 0), default=usual)
        if question.quantity * smallest > MAX_GRAMS:
            raise FoodParseError(ParseProblem.TOO_MUCH, question.span)
        too_much = question.quantity * usual > MAX_GRAMS
        rich = Nutrients.of(food, question.quantity * usual).kcal > MAX_USUAL_KCAL
        if too_much or (rich and not served(measures)):
            return replace(asked, amounts=measure_amounts(question.quantity, measures))
        one = usual
    if one is None:
        return replace(asked, amounts=tuple(Amount(f"{g:g} g", g) for g in GRAM_AMOUNTS))
    grams = question.quantity * one
    if unit in GRAMS_PER_UNIT:  # "a quarter pound patty" is named by its raw meat
        pounds = unit is Unit.LB and bought_raw(question.food)
        grams = cooked_patty(grams, measures, pounds=pounds) or grams
    return with_grams(question, food, grams)


def _of_several(
    question: Question, food: Food, measures: tuple[tuple[float, str, float], ...], *, packed: bool
) -> float | None:
    """Grams in one of an item that is a part or a lot of the food's measure: a part of a
    whole ("a quarter of a cantaloupe"), a plural served by several ("hotcakes": McDonald's
    "3 hotcakes"), a pack of a plural ("a pack of reese's cups": of two cups), a handful
    (SR24 has none: what the hand holds of that food), a large glass of a drink (12 fl oz);
    None for any other."""
    unit = Unit(question.unit) if question.unit else None
    size = Size(question.size) if question.size else None
    if unit is None and question.quantity < 1:
        return whole_measure(measures, question.size)
    if unit is None and size is None and question.plural:
        several = served_several(measures, question.food, SMALL_PIECE)
        return several or cut_helping(measures, question.food)
    if unit is Unit.PACKAGE and not packed and _plural(question.span):
        return pack_of_several(measures)
    if unit is Unit.HANDFUL:
        return handful_grams(food.food_group, measures, size, food.kcal)
    wine = wine_glass(unit, size, food.name, measures)
    if unit is Unit.GLASS and size is Size.LARGE and wine is None:
        glass = match_measure(unit, None, measures, question.food, food.name)
        return None if glass is None else LARGE_GLASS * glass  # "a big glass of milk"
    return None


def _plural(span: str) -> bool:
    """Whether the span ends in a plural ("a pack of reese's cups")."""
    last = re.sub(r"[^a-z&' ]+", " ", span.lower()).split()[-1:]
    return bool(last) and singular(last[0]) != last[0]


def _pack_said(question: Question) -> bool:
    """Whether a count before "pack" says what one pack holds ("a 2 pack", "the 2-pack",
    "pack of 2"), not how many packs ("2 packs")."""
    count = f"{question.quantity:g}"
    said = re.sub(r"[^a-z0-9]+", " ", question.span.lower())
    return question.quantity > 1 and bool(re.search(rf"\b{count} pack\b|\bpack of {count}\b", said))


def _in_a_pack(
    question: Question, measures: tuple[tuple[float, str, float], ...], name: str
) -> float | None:
    """Grams in each of the pieces a pack of them holds: the package measure that counts
    them, else one piece ("a 2 pack of snickers": two bars)."""
    pack = pack_of(question.quantity, measures)
    if pack is not None:
        return pack / question.quantity
    return match_measure(None, None, measures, question.food, name)


def _cereal_bowl(measures: tuple[tuple[float, str, float], ...]) -> float | None:
    """Grams in a bowl of a cereal: its labelled serving, else a cup ("a bowl of oatmeal")."""
    return match_measure(Unit.SERVING, None, measures) or match_measure(Unit.CUP, None, measures)


def _one_cut(
    question: Question, food: Food, measures: tuple[tuple[float, str, float], ...]
) -> float | bool | None:
    """Grams of one of a food's cut pieces counted after its name ("2 tomato slices": SR24's
    "slice, medium", 20 g); False when it has no measure of that cut and a whole of it is
    more than a cut is ("4 cucumber slices": never 4 cucumbers); None for a food not said by
    its cuts, or one with a small measure ("2 sugar cubes": the cube's 2.3 g)."""
    cut = cut_counted(question.food, food.name)
    if cut is None:
        return None
    one = match_measure(cut, None, measures, question.food, food.name)
    pieces = [g / n for n, name, g in measures if n > 0 and not _VOLUME.match(name.lower())]
    smallest = min(pieces, default=0.0)
    return one or (None if 0 < smallest <= _SMALL_WHOLE else False)


def _not_one(
    question: Question, food: Food, one: float, measures: tuple[tuple[float, str, float], ...]
) -> bool:
    """Whether a food named without a unit is not one of it but its usual portion: a plural
    of something small ("strawberries": some, not one), or, named without a count or size, a
    whole past `MAX_UNCOUNTED_GRAMS` ("watermelon") or one that SR24 weighs only by a part of
    it and that is more than a usual helping (`MAX_USUAL_KCAL`): "roast chicken" is a
    helping of it, not the whole bird its "0.5 chicken, bone removed" makes (598 g, 1,429
    kcal)."""
    if question.plural and one < SMALL_PIECE:
        return True
    if one > MAX_UNCOUNTED_GRAMS and _CUT_WORDS.intersection(question.food.lower().split()):
        return True  # "a watermelon slice": one of its slices, not the 4.5 kg melon
    if question.counted or question.size or food.food_group in RESTAURANT_GROUPS:
        return False
    if one > MAX_UNCOUNTED_GRAMS:
        return True
    halved = any(0 < amount < 1 and grams / amount == one for amount, _, grams in measures)
    return halved and Nutrients.of(food, one).kcal > MAX_USUAL_KCAL
