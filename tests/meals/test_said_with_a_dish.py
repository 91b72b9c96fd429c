"""What is said with a dish changes it: sugar added after milk goes in each cup as the milk
does; what is held ("hold the mayo") picks the menu's item without it; fillings on a roll
are the table's sandwich of them; an amount after a dish named with "and" is the dish's; a
bowl said after what was added to a cereal is the cereal's; how it was made, said after a
comma ("air popped"), picks the entry made so."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def test_sugar_after_milk_goes_in_each_cup(service: MealService) -> None:
    understood = await service.understand("3 mugs of tea with milk and sugar")
    assert understood.questions == ()
    sugar = understood.portions[-1]
    assert "sugar" in sugar.food_name.lower()
    assert (sugar.quantity, sugar.unit) == (3, "tsp")  # a teaspoon in each mug


async def test_what_is_held_picks_the_menu_item_without_it(service: MealService) -> None:
    understood = await service.understand("a mcchicken, hold the mayo, and a small fries")
    assert understood.questions == ()
    assert understood.portions[0].food_name.endswith("(without mayonnaise)")


async def test_fillings_on_a_roll_are_the_sandwich_of_them(service: MealService) -> None:
    understood = await service.understand("ham and cheese on a roll and a coffee")
    assert understood.questions == ()
    names = [portion.food_name for portion in understood.portions]
    assert names[0] == "Fast foods, ham and cheese sandwich"
    assert len(names) == 2


async def test_an_amount_after_a_dish_named_with_and_is_the_dish_s(service: MealService) -> None:
    understood = await service.understand("spaghetti and meatballs, 1 cup")
    assert understood.questions == ()
    [dish] = understood.portions
    assert dish.food_name.lower().startswith("spaghetti, with meatballs")


async def test_a_bowl_after_the_milk_is_the_cereal_s(service: MealService) -> None:
    understood = await service.understand("cheerios with 2% milk, one bowl")
    assert understood.questions == ()
    cereal, milk = understood.portions
    assert "CHEERIOS" in cereal.food_name
    assert round(milk.grams) == 122  # the half cup a cereal box counts, not a bowl of milk


async def test_how_it_was_made_said_after_a_comma_picks_that_entry(service: MealService) -> None:
    understood = await service.understand("3 cups of popcorn, air popped")
    assert [portion.food_name for portion in understood.portions] == ["Snacks, popcorn, air-popped"]


async def test_baked_in_its_skin_said_after_is_how_it_was_cooked(service: MealService) -> None:
    understood = await service.understand("a small sweet potato, baked in its skin")
    assert understood.questions == ()
    [potato] = understood.portions
    assert potato.food_name.startswith("Sweet potato, cooked, baked in skin")
