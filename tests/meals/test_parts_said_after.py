"""A dish named first, then its parts with their amounts ("beans on toast, a tin of heinz on 3
slices", "whisky and ginger ale, a shot in a can of ginger ale"): the parts are the dish's
amounts, each on the food it fits, and nothing is asked or logged twice."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("beans on toast, a tin of heinz on 3 slices", "a tin of baked beans, 3 slices of toast"),
        ("whisky and ginger ale, a shot in a can of ginger ale",
         "a shot of whisky, a can of ginger ale"),
        ("a shot of tequila in a glass of lemonade", "a shot of tequila, a glass of lemonade"),
    ],
)  # fmt: skip
async def test_the_parts_said_after_a_dish_are_its_amounts(
    service: MealService, text: str, parts: str
) -> None:
    said, named = await service.understand(text), await service.understand(parts)
    assert said.questions == named.questions == ()
    assert [(p.food_uid, p.grams) for p in said.portions] == [
        (p.food_uid, p.grams) for p in named.portions
    ]
