"""A corn dog is the battered frankfurter on its stick, counted by SR24's "corndog" (78 g):
"2 corn dogs" was 16 g of boiled sweet corn, 15 kcal (a trial chat)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "grams"), [("a corn dog", 78.0), ("2 corn dogs", 156.0), ("3 corndogs", 234.0)]
)
async def test_corn_dogs_are_counted_by_the_corndog(
    service: MealService, text: str, grams: float
) -> None:
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    [portion] = understood.portions
    assert portion.food_name.startswith("Corn dogs") and portion.grams == pytest.approx(grams)
