"""A count of a food that no measure weighs one of ("40 porridges") says no grams: a helping
for each would be a guess, so the amount is asked; it is refused as too much only when even
the food's smallest measure each is ("30 mashed potatoes": 30 cups). A count of small fruit
named with where it was eaten is weighed by the fruit."""

from __future__ import annotations

import pytest

from healthbot.food.parser import FoodParseError, ParseProblem
from healthbot.meals.service import MealService


async def test_a_count_of_helpings_too_many_to_guess_is_asked(service: MealService) -> None:
    understood = await service.understand("40 porridges")
    assert understood.portions == ()
    [question] = understood.questions
    assert question.kind == "amount"


async def test_a_count_too_much_by_the_smallest_measure_is_refused(service: MealService) -> None:
    with pytest.raises(FoodParseError) as refused:
        await service.understand("30 mashed potatoes")
    assert refused.value.problem is ParseProblem.TOO_MUCH


async def test_small_fruit_counted_where_it_was_eaten_is_weighed_by_the_fruit(
    service: MealService,
) -> None:
    understood = await service.understand("I had about 25 cherries on the balcony")
    assert understood.questions == ()
    [portion] = understood.portions
    as_said = (await service.understand("25 cherries")).portions[0]
    assert (portion.food_uid, portion.grams) == (as_said.food_uid, as_said.grams)
