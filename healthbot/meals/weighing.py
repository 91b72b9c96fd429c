"""How much of a food an item is: its amount typed, in grams, by the food's own measures."""

from __future__ import annotations

from dataclasses import replace
from typing import Final, Protocol

from healthbot.food.drinks import GRAMS_PER_FL_OZ, poured, wine_glass
from healthbot.food.handfuls import handful_grams
from healthbot.food.measures import by_size, match_measure, one_unitless
from healthbot.food.parser import MAX_GRAMS, FoodParseError, ParseProblem
from healthbot.food.repository import Food
from healthbot.food.servings import cooked_patty, served, usual_portion
from healthbot.food.units import GRAMS_PER_UNIT, Size, Unit
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
SMALL_PIECE: Final = 15.0
"""Grams under which one of a food is never what its plural without a count means: a berry,
a grape, a chip ("strawberries" are some, the food's usual portion)."""
GRAM_AMOUNTS: Final = (50.0, 100.0, 150.0, 250.0)
"""What an amount question offers when the food has no measure for the unit typed."""


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
    one = (
        wine_glass(unit, size, food.name, measures)
        or match_measure(unit, size, measures, question.food)
        or (one_unitless(measures) if counts else None)
    )
    if unit is None and size is not None and size.value not in by_size(measures):
        # "2 medium eggs, hard boiled": SR24's boiled egg is only "large"
        one = await sized_as_raw(foods, food, measures, size) or one
    if unit is None and question.quantity < 1:  # "a quarter of a cantaloupe": of a whole
        one = whole_measure(measures, question.size) or one
    if unit is Unit.HANDFUL:  # SR24 has no handful: what the hand holds of that food
        one = handful_grams(food.food_group, measures, size) or one
    if one is None and (fl_oz := poured(unit, size, food.name, food.food_group)):
        one = fl_oz * (match_measure(Unit.FL_OZ, None, measures) or GRAMS_PER_FL_OZ)
    asked = replace(question, kind="amount", choices=(Choice(uid, food.name, None),))
    part = question.quantity if unit is None and question.quantity < 1 else 1.0
    if unit is None and one is not None and Nutrients.of(food, part * one).kcal > MAX_ONE_KCAL:
        # "a turkey sandwich" is no whole turkey: one of that is not what anyone eats.
        return replace(asked, amounts=measure_amounts(question.quantity, measures))
    if question.plural and unit is None and one is not None and one < SMALL_PIECE:
        one = None  # "strawberries": some, not one (`usual_portion`)
    if one is None and unit is None and not question.size and measures:
        usual = usual_portion(measures, food.food_group)
        if question.quantity * usual > MAX_GRAMS:
            raise FoodParseError(ParseProblem.TOO_MUCH, question.span)
        rich = Nutrients.of(food, question.quantity * usual).kcal > MAX_USUAL_KCAL
        if rich and not served(measures):
            return replace(asked, amounts=measure_amounts(question.quantity, measures))
        one = usual
    if one is None:
        return replace(asked, amounts=tuple(Amount(f"{g:g} g", g) for g in GRAM_AMOUNTS))
    grams = question.quantity * one
    if unit in GRAMS_PER_UNIT:  # "a quarter pound patty" is named by its raw meat
        grams = cooked_patty(grams, measures) or grams
    return with_grams(question, food, grams)
