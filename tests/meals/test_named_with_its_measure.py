"""A common name said with the measure its food comes in names that food before the bare
name does: "a stick of cheese" is string cheese, though "cheese" alone is cheddar."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("a stick of cheese", "01029"),  # string cheese, part-skim mozzarella; was cheddar
        ("2 sticks of mozzarella", "01029"),  # was whole-milk mozzarella
        ("a stick of string cheese", "01029"),
        ("a bottle of hero", "14003"),  # Nigeria's Hero lager; was asked about
        ("a slice of cheese", "01009"),  # no such name: the bare name's cheddar
        ("a can of pepsi", "14400"),  # no such name either: not a brand's can of water
    ],
)
async def test_a_food_named_with_its_measure_is_the_food_that_name_gives(
    service: MealService, text: str, uid: str
) -> None:
    understood = await service.understand(text)
    assert not understood.questions, (text, understood.questions)
    assert [portion.food_uid for portion in understood.portions] == [uid]
