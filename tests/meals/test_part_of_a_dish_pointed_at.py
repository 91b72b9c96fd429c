"""A part of one of a dish's foods pointed at after it ("fish and chips, shared the chips with
my sister": half of the chips) is that part of the dish's food, the dish's other foods kept
whole: not the part alone, the fish lost."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def _grams(service: MealService, text: str) -> dict[str, float]:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    grams: dict[str, float] = {}
    for portion in understood.portions:
        grams[portion.food_uid] = grams.get(portion.food_uid, 0.0) + portion.grams
    return grams


@pytest.mark.parametrize(
    ("text", "dish", "part", "share"),
    [
        ("Fish and chips from the chippy, shared the chips with my sister", "fish and chips",
         "1 large french fries", 1 / 2),
        ("fish and chips, a third of the chips", "fish and chips", "1 large french fries", 1 / 3),
        ("bangers and mash, shared the mash with my husband", "bangers and mash",
         "1 cup mashed potatoes", 1 / 2),
        ("sausage and chips, split the chips with my wife", "sausage and chips",
         "1 large french fries", 1 / 2),
        ("chips and cheese, shared the chips with my brother", "chips and cheese",
         "1 large french fries", 1 / 2),
    ],
)  # fmt: skip
async def test_a_part_pointed_at_is_that_part_of_the_dish(
    service: MealService, text: str, dish: str, part: str, share: float
) -> None:
    whole = await _grams(service, dish)
    [(shared_uid, _)] = (await _grams(service, part)).items()
    assert shared_uid in whole and len(whole) > 1
    expected = {uid: grams * (share if uid == shared_uid else 1.0) for uid, grams in whole.items()}
    assert await _grams(service, text) == pytest.approx(expected, rel=0.01)
