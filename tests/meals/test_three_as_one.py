"""A food and two joined to it by "with ... and" are one food where the table names them so."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_food_with_two_others_is_one_where_the_table_names_the_three(
    service: MealService,
) -> None:
    understood = await service.understand("a croissant with egg and cheese")
    assert [p.food_uid for p in understood.portions] == ["21011"]
    assert understood.questions == ()
    # three the table has no one name for stay three
    understood = await service.understand("a bagel with lox and capers")
    assert len(understood.portions) + len(understood.questions) == 3
