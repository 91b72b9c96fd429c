"""A size SR24 weighs only raw: a cooked food of another size than its one sized measure is
scaled by its raw entry's sizes (SR24's cooked eggs are only "large")."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def grams(service: MealService, text: str) -> tuple[str, float]:
    understood = await service.understand(text)
    assert understood.questions == ()
    [portion] = understood.portions
    return portion.food_uid, portion.grams


@pytest.mark.parametrize(
    ("text", "uid", "expected"),
    [
        ("a small poached egg", "01131", 50 * 38 / 50),  # raw small 38 g, large 50 g
        ("4 extra large hard boiled eggs", "01129", 4 * 50 * 56 / 50),
        ("2 large fried eggs", "01128", 92),  # its own size: as SR24 weighs it
    ],
)
async def test_a_cooked_egg_of_any_size(
    service: MealService, text: str, uid: str, expected: float
) -> None:
    found_uid, found = await grams(service, text)
    assert found_uid == uid and found == pytest.approx(expected, abs=0.01)


async def test_a_raw_food_keeps_its_own_sizes(service: MealService) -> None:
    _, small = await grams(service, "a small apple")
    _, large = await grams(service, "a large apple")
    assert small < large
