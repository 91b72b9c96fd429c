"""A size not said is no size: "a bar of chocolate" is the table's plain bar (1.55 oz), not
its miniature one (7 g), which only "a mini bar" or "a miniature bar" names."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def _grams(service: MealService, text: str) -> float:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    [portion] = understood.portions
    return portion.grams


@pytest.mark.parametrize(
    ("said", "plain", "part"),
    [
        ("a bar of chocolate", "a chocolate bar", 1.0),
        ("a bar of milk chocolate", "a milk chocolate bar", 1.0),
        ("half a bar of chocolate", "a chocolate bar", 0.5),
        ("2 bars of milk chocolate", "a chocolate bar", 2.0),
        ("a bar of chocolate on the train", "a chocolate bar", 1.0),
    ],
)
async def test_a_measure_of_no_size_said_is_the_plain_one(
    service: MealService, said: str, plain: str, part: float
) -> None:
    one = await _grams(service, plain)
    assert await _grams(service, said) == pytest.approx(part * one, rel=0.01)
    assert one > 3 * await _grams(service, "a miniature chocolate bar")
