"""A dish said without a part of its recipe is logged without it, as /log reads it."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "uids"),
    [
        # the bun was committed, on the card: "a hot dog without bun: 1 hot dog bun"
        ("a hot dog, no bun", ["07023"]),
        ("2 hot dogs without the buns", ["07023"]),
        ("a caesar salad without croutons", ["11251", "01032", "43015"]),
        ("a hot dog, no mustard", ["07023", "18350"]),  # no part of it: the dish
        ("a mcchicken, hold the mayo", ["21356"]),  # the menu's own, as before
    ],
)
async def test_a_dish_said_without_a_part_is_logged_without_it(
    service: MealService, text: str, uids: list[str]
) -> None:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    assert [portion.food_uid for portion in understood.portions] == uids
