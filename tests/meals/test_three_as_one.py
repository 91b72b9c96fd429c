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


async def test_a_kind_named_before_a_food_of_it_is_that_food(service: MealService) -> None:
    understood = await service.understand("soup, a cup of minestrone")
    assert [p.span for p in understood.portions] == ["a cup of minestrone"]
    # two foods of a kind each named stay two
    understood = await service.understand("a cup of minestrone and a cup of split pea soup")
    assert len(understood.portions) == 2


async def test_a_chains_name_alone_beside_its_food_is_the_place(service: MealService) -> None:
    understood = await service.understand("burger king, a whopper")
    assert [p.span for p in understood.portions] == ["a whopper"]
    assert understood.questions == ()
