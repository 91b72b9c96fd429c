"""An amount no food was named for ("toast, 2 eggs, 4") is asked about, and what was
understood around it is logged: one stray number never loses the meal."""

from __future__ import annotations

from healthbot.meals.answers import Portion
from healthbot.meals.service import MealService


async def test_the_understood_items_are_logged_and_the_stray_amount_asked(
    service: MealService,
) -> None:
    understood = await service.understand("a banana, 2 boiled eggs, 4")
    assert [p.span for p in understood.portions] == ["a banana", "2 boiled eggs"]
    [asked] = understood.questions
    assert (asked.kind, asked.span, asked.quantity, asked.choices) == ("food", "4", 4, ())


async def test_the_food_named_in_answer_takes_the_stray_amount(service: MealService) -> None:
    understood = await service.understand("2 slices of toast, 3")
    [asked] = understood.questions
    answered = await service.rename(asked, "pancakes")
    assert isinstance(answered, Portion)
    assert answered.quantity == 3
    assert "Pancakes" in answered.food_name


async def test_a_sandwich_given_with_its_fillings_amount_keeps_its_bread(
    service: MealService,
) -> None:
    understood = await service.understand("a salami sandwich, 3 slices")
    assert [p.food_name.split(",")[0] for p in understood.portions] == ["Bread", "Salami"]
    assert understood.portions[1].quantity == 3
    understood = await service.understand("a pastrami roll, 4 slices")
    roll, meat = understood.portions
    assert roll.food_name.startswith("Rolls") and "pastrami" in meat.food_name.lower()


async def test_a_serving_of_a_dish_named_with_on_is_the_dish(service: MealService) -> None:
    understood = await service.understand("a helping of cheese on toast")
    assert understood.questions == ()
    assert all(p.span.startswith("a helping of cheese on toast: ") for p in understood.portions)


async def test_an_amount_alone_after_a_titled_roll_is_of_its_other_filling(
    service: MealService,
) -> None:
    understood = await service.understand("steak and onion roll, 1 onion and 150 g")
    assert understood.questions == ()
    grams = {p.food_name.split(",")[0]: round(p.grams) for p in understood.portions}
    assert grams["Rolls"] > 0 and 150 in grams.values()


async def test_a_piece_of_a_dish_weighed_only_by_its_serving_is_a_serving(
    service: MealService,
) -> None:
    understood = await service.understand("a piece of lasagna with meat sauce")
    assert understood.questions == ()
    [lasagna] = understood.portions
    assert "lasagna" in lasagna.food_name.lower() and lasagna.grams > 100
