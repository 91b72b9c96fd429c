"""Everyday dishes named alone that SR24 has no entry for: sushi, a samosa, a miso soup are
their recipes' items, never a question nor a food of another name ("a samosa" was SR24's
fried fruit pie)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def kcal(service: MealService, text: str) -> float:
    understood = await service.understand(text)
    assert not understood.questions, (text, understood.questions)
    assert understood.portions, text
    return sum(portion.nutrients.kcal for portion in understood.portions)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    # sushi and a miso soup were asked which food; a samosa was a fried fruit pie (316 kcal)
    [("sushi", 250, 400), ("a sushi roll", 250, 400), ("had sushi for lunch", 250, 400),
     ("a samosa", 200, 330), ("a bowl of miso soup", 40, 110)],
)  # fmt: skip
async def test_an_everyday_dish_is_its_usual_serving(
    service: MealService, text: str, low: float, high: float
) -> None:
    assert low <= await kcal(service, text) <= high


async def test_a_samosa_is_no_fruit_pie(service: MealService) -> None:
    understood = await service.understand("a vegetable samosa")
    names = " ".join(portion.food_name for portion in understood.portions)
    assert "Pie, fried pies, fruit" not in names
    assert "Potatoes" in names


async def test_samosas_counted_are_that_many(service: MealService) -> None:
    assert await kcal(service, "3 samosas") == pytest.approx(3 * await kcal(service, "a samosa"))
