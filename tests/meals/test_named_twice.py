"""A food named again by another name right after it ("a cup of fried plantain (dodo)",
"an aubergine (eggplant)") is the same food once, not a second helping, nor a question."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    "text",
    ["half a cup of garbanzo beans (chickpeas)", "a courgette (zucchini), grilled"],
)
async def test_a_food_named_again_in_brackets_is_logged_once(
    service: MealService, text: str
) -> None:
    understood = await service.understand(text)
    assert understood.questions == ()
    assert len(understood.portions) == 1


async def test_the_same_food_named_twice_with_amounts_is_two_helpings(
    service: MealService,
) -> None:
    understood = await service.understand("a banana and a banana")
    assert len(understood.portions) == 2
