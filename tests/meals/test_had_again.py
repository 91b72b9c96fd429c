"""A drink or a food had again and said so ("and then a second one", "then another"): logged
twice, in the same amount, with no question of which food "a second one" is."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("once", "twice"),
    [
        ("a glass of pinot grigio", "I had a glass of pinot grigio and then a second one"),
        ("a blueberry muffin", "a blueberry muffin, then another one"),
    ],
)
async def test_a_second_one_is_logged_as_the_first(
    service: MealService, once: str, twice: str
) -> None:
    one = await service.understand(once)
    two = await service.understand(twice)
    assert two.questions == ()
    assert [p.food_uid for p in two.portions] == [p.food_uid for p in one.portions] * 2
    assert [p.grams for p in two.portions] == [p.grams for p in one.portions] * 2
