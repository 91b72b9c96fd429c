"""A dish made of its items served in a vessel of a size ("a big bowl of spag bol") is that
vessel's share of the dish: half as much again for a big or large one, three quarters for a
small one (`VESSEL_SIZES`), as a big mug of cocoa is; the size was lost (283 g for 424)."""

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
    ("sized", "plain", "times"),
    [
        ("a big bowl of spag bol", "a bowl of spag bol", 1.5),
        ("big bowl of mum's spag bol", "a bowl of spag bol", 1.5),
        ("a small bowl of spag bol", "a bowl of spag bol", 0.75),
        ("a large plate of beans on toast", "a plate of beans on toast", 1.5),
        ("a big plate of bangers and mash", "a plate of bangers and mash", 1.5),
    ],
)
async def test_a_dish_in_a_sized_vessel_is_that_share_of_it(
    service: MealService, sized: str, plain: str, times: float
) -> None:
    one = await _grams(service, plain)
    assert await _grams(service, sized) == pytest.approx(
        {uid: times * grams for uid, grams in one.items()}, rel=0.02
    )
