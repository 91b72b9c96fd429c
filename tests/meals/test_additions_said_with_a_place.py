"""What goes with a food keeps the amount it goes with it in when words of where follow it
("coffee with milk in the staff room": the splash of milk, not a glass of whole milk; "half a
bagel with cream cheese in the staff room": a half's tablespoon, not a cup)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def _portions(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    return [(portion.food_uid, portion.grams) for portion in understood.portions]


@pytest.mark.parametrize(
    ("placed", "plain"),
    [
        ("a coffee with milk in the staff room", "a coffee with milk"),
        ("tea with milk in the common room", "tea with milk"),
        ("half a bagel with cream cheese in the staff room", "half a bagel with cream cheese"),
        ("a cup of tea with semi skimmed in the portakabin", "a cup of tea with semi skimmed"),
        ("porridge with milk in the caravan", "porridge with milk"),
    ],
)
async def test_an_addition_said_with_a_place_is_the_addition(
    service: MealService, placed: str, plain: str
) -> None:
    assert await _portions(service, placed) == await _portions(service, plain)
