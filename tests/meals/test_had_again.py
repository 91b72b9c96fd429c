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
        # the food named again with the pointing word: a helping of its own, not the food
        # before by another name
        ("a cider", "a cider and then another cider"),
        ("a cinnamon roll", "a cinnamon roll and a second cinnamon roll"),
        ("pretzels", "pretzels and more pretzels"),
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


async def test_a_repeat_with_nothing_before_is_the_item_it_names(service: MealService) -> None:
    first = await service.understand("a glass of orange juice")
    again = await service.understand("another glass of orange juice")
    assert again.questions == ()
    assert [(p.food_uid, p.grams) for p in again.portions] == [
        (p.food_uid, p.grams) for p in first.portions
    ]


async def test_a_bit_more_is_asked_about_not_a_second_helping(service: MealService) -> None:
    bowl = await service.understand("a bowl of oatmeal")
    more = await service.understand("a bowl of oatmeal then a little more")
    assert [(p.food_uid, p.grams) for p in more.portions] == [
        (p.food_uid, p.grams) for p in bowl.portions
    ]
    assert len(more.questions) == 1
