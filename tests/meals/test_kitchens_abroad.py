"""Names of the eighth round read by /log end to end: a packaged or chain name with an "and" in
it is one food, not two; a breakfast of the Philippines or a Nigerian tea is its foods, each
by its own name."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def portions(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(p.food_uid, round(p.grams)) for p in understood.portions]


async def test_a_name_with_an_and_in_it_is_one_food(service: MealService) -> None:
    # Quaker's maple and brown sugar instant oatmeal, its packet made with water
    assert await portions(service, "a packet of maple and brown sugar oatmeal") == [("08131", 155)]
    # McDonald's Sausage, Egg & Cheese McGriddles, and its hash brown
    found = await portions(service, "sausage egg and cheese mcgriddle and a hash brown")
    assert [uid for uid, _ in found] == ["21329", "21319"]


async def test_a_filipino_breakfast_is_its_rolls_and_its_duck_eggs(service: MealService) -> None:
    found = await portions(service, "3 pandesal and a balut")
    assert found == [("18342", 84), ("01138", 70)]  # three 1 oz rolls, a duck egg


async def test_a_nigerian_tea_is_white_bread_black_tea_and_evaporated_milk(
    service: MealService,
) -> None:
    found = await portions(
        service, "2 slices of agege bread and a cup of lipton tea with peak milk"
    )
    assert [uid for uid, _ in found] == ["18069", "14355", "01096"]
