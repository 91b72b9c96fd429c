"""A dish named with its serving ("a bowl of spag bol", "a plate of ...") is that many of its
recipe; everyday names a new user typed first (Greek yogurt, spaghetti bolognese)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def kcal(service: MealService, text: str) -> float:
    understood = await service.understand(text)
    assert not understood.questions, (text, understood.questions)
    return sum(p.nutrients.kcal for p in understood.portions)


async def test_a_bowl_or_plate_of_a_dish_is_one_of_its_recipe(service: MealService) -> None:
    one = await kcal(service, "spaghetti bolognese")
    assert 200 < one < 300  # SR24's spaghetti with meat sauce: the entree's serving, 283 g
    assert await kcal(service, "a plate of spaghetti bolognese") == pytest.approx(one)
    assert await kcal(service, "a bowl of spag bol") == pytest.approx(one)
    assert await kcal(service, "2 bowls of spag bol") == pytest.approx(2 * one, abs=0.5)
    assert await kcal(service, "a portion of spaghetti bolognaise") == pytest.approx(one)


async def test_a_bowl_of_a_food_that_is_no_dish_is_still_its_bowl(service: MealService) -> None:
    [chili] = (await service.understand("a bowl of chili")).portions
    assert chili.unit == "bowl" and chili.food_name.startswith("Chili con carne")


async def test_greek_yogurt_is_a_plain_yogurt_and_its_cup(service: MealService) -> None:
    [cup] = (await service.understand("a greek yogurt")).portions
    assert cup.food_name.startswith("Yogurt, plain") and cup.grams == pytest.approx(150)
    [weighed] = (await service.understand("200g greek yoghurt")).portions
    assert weighed.grams == pytest.approx(200)
