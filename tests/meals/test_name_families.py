"""Common names by family: teas by their leaf's name, oats by their cut, mixed vegetables
as eaten, and "baby" greens as the green (where no common name says otherwise)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("a cup of oolong tea", "14355"),
        ("2 cups of darjeeling", "14355"),
        ("1/4 cup steel cut oats", "08120"),
        ("half a cup of old fashioned oats", "08120"),
        ("a cup of frozen mixed veggies", "11584"),
        ("a cup of baby kale", "11233"),
        ("10 baby carrots", "11960"),  # a common name of its own
    ],
)
async def test_a_family_member_is_the_familys_food(
    service: MealService, text: str, uid: str
) -> None:
    understood = await service.understand(text)
    assert understood.questions == ()
    assert [portion.food_uid for portion in understood.portions] == [uid]
