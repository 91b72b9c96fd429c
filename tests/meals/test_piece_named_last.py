"""A food counted by a piece its last word names ("spears", "box"): that piece's measure."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_a_piece_named_after_the_food_is_its_measure(service: MealService) -> None:
    understood = await service.understand("2 pickle spears")
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_uid == "11937" and portion.grams == 70  # SR24's spear: 35 g


async def test_a_unit_of_volume_last_is_no_piece(service: MealService) -> None:
    # "a creamer cup" is one small cup of creamer, never a cup (8 fl oz) of it.
    understood = await service.understand("a creamer cup")
    assert all(portion.grams < 100 for portion in understood.portions)


async def test_an_order_of_a_restaurant_dish_is_its_order(service: MealService) -> None:
    # SR24's "order" of a takeout dish, not three of its "pieces".
    whole = await service.understand("an order of general tso's chicken")
    half = await service.understand("my cousin and I split an order of general tso's chicken")
    assert [p.grams for p in whole.portions] == [535]
    assert [p.grams for p in half.portions] == [267.5]
