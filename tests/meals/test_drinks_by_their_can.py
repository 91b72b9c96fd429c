"""A drink named without an amount whose table entry is weighed by the fluid ounce first is
its can or bottle ("3 san mig lights": three 12 fl oz bottles, 1,062 g, not three ounces,
88 g), the smallest one where it has several (a soda's can before its 16 fl oz bottle)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def _portion(service: MealService, text: str) -> tuple[str, float]:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    [portion] = understood.portions
    return portion.food_uid, portion.grams


@pytest.mark.parametrize(
    ("said", "count", "can"),
    [
        ("3 san mig lights at the videoke", 3, "a can of light beer"),
        ("a san mig light", 1, "a can of light beer"),
        ("2 castle lites", 2, "a can of light beer"),
        ("a castle lite after work", 1, "a can of light beer"),
        ("2 san mig lights", 2, "a can of light beer"),
    ],
)
async def test_a_drink_named_alone_is_its_can(
    service: MealService, said: str, count: int, can: str
) -> None:
    uid, grams = await _portion(service, said)
    can_uid, can_grams = await _portion(service, can)
    assert uid == can_uid
    assert grams == pytest.approx(count * can_grams)
