"""A chain's item sold in two cups, regular and large: "small" is the regular cup, and the
item's candy may be said after it ("a mcflurry with m&ms")."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a small oreo mcflurry", "21339", 337.0),  # SR24's "12 fl oz cup regular"
        ("a small mcflurry with m&ms", "21338", 348.0),
        ("a large mcflurry with m&ms", "21338", 504.0),
        ("mcflurry with m&ms, large", "21338", 504.0),  # the size said after what it is with
        ("a mcflurry with oreos", "21339", 337.0),
    ],
)
async def test_a_small_of_what_comes_regular_or_large_is_the_regular_cup(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    understood = await service.understand(said)
    assert understood.questions == ()
    [portion] = understood.portions
    assert (portion.food_uid, portion.grams) == (uid, grams)
