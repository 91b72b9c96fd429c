"""A slice of a roast is no "piece, cooked (yield from 1 lb raw meat)": SR24 weighs roast
leg of lamb and pork loin only by that yield (265 g, 333 g) and by the ounce, and a slice is
not a pound's yield; without a slice measure of its own the amount is asked."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize("text", ["3 slices of roast lamb", "3 slices of roast pork"])
async def test_slices_of_a_roast_are_not_a_pounds_yield_each(
    service: MealService, text: str
) -> None:
    # a trial chat's "3 slices of roast lamb": 795 g, 2,051 kcal, committed without a question
    understood = await service.understand(text)
    grams = sum(portion.grams for portion in understood.portions)
    assert understood.questions or grams <= 3 * 85


async def test_a_piece_said_is_still_the_pieces_measure(service: MealService) -> None:
    understood = await service.understand("a piece of roast lamb")
    assert not understood.questions
    assert understood.portions[0].grams == 265
