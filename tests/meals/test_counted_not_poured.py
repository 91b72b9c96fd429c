"""A count typed alone of a food whose entry has only measures of volume ("3 shredded
wheat") counts its pieces, weighed by another entry of that food that has them, never cups."""

from __future__ import annotations

from healthbot.meals.counted import poured_only
from healthbot.meals.service import MealService


def test_a_food_measured_only_by_volume_is_poured_only() -> None:
    assert poured_only(((1.0, "cup (1 NLEA serving)", 49.0),))
    assert poured_only(((1.0, "cup", 240.0), (1.0, "fl oz", 30.0), (1.0, "tbsp", 15.0)))
    assert not poured_only(((2.0, "biscuits (1 NLEA serving)", 46.0), (1.0, "cup", 50.0)))
    assert not poured_only(())


async def test_shredded_wheat_counted_is_biscuits_not_cups(service: MealService) -> None:
    understood = await service.understand("3 shredded wheat")
    [portion] = understood.portions
    assert portion.grams < 100  # three biscuits (about 23 g each), not three cups (147 g)
    assert portion.food_name.startswith("Cereals ready-to-eat, wheat, shredded")


async def test_cups_typed_of_it_stay_cups(service: MealService) -> None:
    understood = await service.understand("2 cups of shredded wheat")
    [portion] = understood.portions
    assert portion.grams == 98  # the spoon-size entry's cup, 49 g


async def test_drinks_counted_stay_their_own_food(service: MealService) -> None:
    for text, name in (("2 milks", "Milk"), ("2 coffees", "Coffee")):
        [portion] = (await service.understand(text)).portions
        assert portion.food_name.startswith(name), text


async def test_juices_counted_stay_the_juice_never_a_concentrate(service: MealService) -> None:
    for text in ("2 cranberry juices", "3 cranberry juices", "2 grape juices"):
        [portion] = (await service.understand(text)).portions
        assert "concentrate" not in portion.food_name, (text, portion.food_name)
        assert portion.grams > 400, (text, portion.grams)  # glasses of juice, not scoops


async def test_cereals_counted_by_the_kind_alone_stay_the_usual_cereal(
    service: MealService,
) -> None:
    [one] = (await service.understand("a bowl of cereal")).portions
    [two] = (await service.understand("2 cereals")).portions
    assert two.food_name == one.food_name  # not another cereal (puffed rice) that has pieces
