"""Milk named with a cereal and no amount is the half cup a cereal box counts: by any milk's
name said without "milk" ("with full cream"), and on a cereal the table gives no food group
("Cereals ready-to-eat, WEETABIX ...")."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_milk_named_by_its_kind_alone_on_cereal_is_half_a_cup(
    service: MealService,
) -> None:
    understood = await service.understand("a bowl of cornflakes with full cream")
    assert understood.questions == ()
    milk = understood.portions[-1]
    assert "milk" in milk.food_name.lower()
    assert round(milk.grams) == 122


async def test_milk_on_a_cereal_of_no_food_group_is_half_a_cup(service: MealService) -> None:
    understood = await service.understand("4 weetabix with milk")
    assert understood.questions == ()
    assert round(understood.portions[-1].grams) == 122
