"""A size that a food has no measure of is weighed by a food of the same name and energy
that has it (SR24 weighs only one of its kiwifruit by size): the food stays the one named,
and a size no such food has is still asked."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_size_is_weighed_by_a_food_of_the_same_name_and_energy(
    service: MealService,
) -> None:
    understood = await service.understand("a large gold kiwi")
    assert understood.questions == ()
    [kiwi] = understood.portions
    assert kiwi.food_name == "Kiwifruit, gold, raw"  # the food named, not the one weighed by
    assert round(kiwi.grams) == 91  # "Kiwifruit, ..., held in storage": "..., large", 91 g


async def test_a_size_no_food_of_that_name_has_is_still_asked(service: MealService) -> None:
    understood = await service.understand("a small gold kiwi")
    assert understood.portions == ()
    assert [q.kind for q in understood.questions] == ["amount"]
