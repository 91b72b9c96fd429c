"""A food said twice, or said with what kind it is, is one item: a name and its gloss in
brackets before the amount, a kind after the food with "just", what "both" drinks were made
with; and a chain's side ("the syrup") is no menu item that only comes with it."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from tests.support.portions import one_portion


async def portions(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == ()
    return [(p.food_uid, round(p.grams)) for p in understood.portions]


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # the name, then its gloss with the amount: one cup, not a cup and a helping
        ("dodo (fried plantain), about a cup", "09447", 169.0),
        ("maduros (fried plantains) 2 cups", "09447", 338.0),
        # "just cheese" is the pizza's kind, not a whole cheese pizza beside the slices
        ("2 slices of a 12 inch pizza hut pan pizza, just cheese", "21272", 200.0),
        # a kopitiam's half-boiled eggs are two soft-boiled eggs, not half of them
        ("3 half boiled eggs", "01129", 150.0),
        ("a half-boiled egg", "01129", 50.0),
    ],
)
async def test_a_food_said_twice_or_with_its_kind_is_one_item(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, abs=0.5))


async def test_what_both_drinks_were_made_with_is_their_milk(service: MealService) -> None:
    # 2 x 4 fl oz of whole milk in the flat whites, not 2% milk and then a splash of whole
    read = await portions(service, "two flat whites, both with full cream milk")
    assert read == [("14210", 120), ("01077", 244)]


async def test_a_side_at_a_chain_is_no_menu_item_that_comes_with_it(service: MealService) -> None:
    # McDonald's "Deluxe Breakfast, with syrup and margarine" (1,197 kcal) is named by its
    # head words, not by "the syrup" it comes with
    read = await portions(service, "pancakes at mcdonalds with the syrup")
    assert "21363" not in [uid for uid, _ in read]


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a pack of reese's cups", "19150", 45.0),  # "package 1.6 oz 2 cups"
        ("a pack of reese's cup", "19150", 17.0),  # "package 0.6 oz 1 cup"
        ("hotcakes at mcdonalds", "21321", 149.0),  # "3 hotcakes", as served
    ],
)
async def test_several_said_in_the_plural_are_what_is_served_of_them(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))


@pytest.mark.parametrize(
    ("said", "uid"),
    [
        # McDonald's "Sausage McMuffin with Egg", not a sausage and then an Egg McMuffin
        ("a sausage and egg mcmuffin", "21359"),
        # its "Hotcakes (with 2 pats margarine & syrup)": the butter is its pats, said once
        ("breakfast at mcdonalds was hotcakes with syrup and butter", "21365"),
    ],
)
async def test_a_chains_item_said_with_and_is_one_item(
    service: MealService, said: str, uid: str
) -> None:
    assert [food for food, _ in await portions(service, said)] == [uid]


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # "Nuts, coconut water (liquid from coconuts)", not "Water, tap" (0 kcal)
        ("the water from a young coconut", "12119", 206.0),
        ("water out of a green coconut", "12119", 206.0),
        ("the juice of a lemon", "09152", 48.0),  # its "juice of 1 lemon"
        # the raw juice's "1 fruit yields", not a glass of carton juice (249 g)
        ("the juice of an orange", "09206", 86.0),
        ("juice from a fresh orange", "09206", 86.0),
    ],
)
async def test_a_liquid_from_one_whole_is_that_foods_liquid(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))
