"""A thing shared keeps its amount and the writer's part of it wherever it is said: a
decimal in its size ("a 1.25L coke between 5 of us"), two people named as "me and my
sister", a part said before it ("my wife and I shared half a cantaloupe": a quarter)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def _grams(service: MealService, text: str) -> float:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    [portion] = understood.portions
    return portion.grams


@pytest.mark.parametrize(
    ("shared", "whole", "people"),
    [
        ("Shared a 1.25L coke between 5 of us at the bbq", "a 1.25L coke", 5),
        ("split a 1.5 litre bottle of lemonade 3 ways", "a 1.5 litre bottle of lemonade", 3),
        ("split a 1.25 litre coke with my brother", "a 1.25 litre coke", 2),
        ("shared a 2.5 l bottle of cola with 3 mates", "a 2.5 l bottle of cola", 4),
        ("we shared a 0.75 l bottle of wine between the 3 of us", "a 0.75 l bottle of wine", 3),
    ],
)
async def test_a_size_with_a_decimal_point_is_shared(
    service: MealService, shared: str, whole: str, people: int
) -> None:
    all_of_it = await _grams(service, whole)
    assert await _grams(service, shared) == pytest.approx(all_of_it / people, rel=0.02)


@pytest.mark.parametrize(
    ("shared", "whole"),
    [
        ("me and my sister split a bag of popcorn", "a bag of popcorn"),
        ("me and the wife shared a bottle of red", "a bottle of red"),
        ("I and my brother split a can of coke", "a can of coke"),
        ("both of us shared a bottle of cider", "a bottle of cider"),
        ("my husband and I split a bottle of prosecco", "a bottle of prosecco"),
    ],
)
async def test_two_people_named_together_each_had_half(
    service: MealService, shared: str, whole: str
) -> None:
    assert await _grams(service, shared) == pytest.approx(
        await _grams(service, whole) / 2, rel=0.01
    )


@pytest.mark.parametrize(
    ("shared", "whole", "part"),
    [
        ("My wife and I shared half a cantaloupe after lunch", "a cantaloupe", 1 / 4),
        ("split half a pizza with my brother", "a pizza", 1 / 4),
        ("we split half a cheesecake 3 ways", "a cheesecake", 1 / 6),
        ("me and my mate shared half a watermelon", "a watermelon", 1 / 4),
        ("shared a quarter of a cheesecake between the 2 of us", "a cheesecake", 1 / 8),
    ],
)
async def test_a_part_shared_is_a_part_of_that_part(
    service: MealService, shared: str, whole: str, part: float
) -> None:
    one = await _grams(service, f"1/{round(1 / part)} of {whole}")
    assert await _grams(service, shared) == pytest.approx(one, rel=0.02)
    assert one < await _grams(service, f"half of {whole}")
