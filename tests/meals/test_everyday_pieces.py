"""The plainest everyday amounts: "a piece of" a pie, a pizza, a cake or a fish is its slice
or fillet (SR24 weighs them by no piece), "a slice of" a food weighed by its wedge or its
serving is that, and "a bowl of" a snack sold by the ounce is no less than its ounce."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from healthbot.meals.weighing import MAX_UNCOUNTED_GRAMS


async def grams(service: MealService, text: str) -> float:
    understood = await service.understand(text)
    assert not understood.questions, (text, understood.questions)
    [portion] = understood.portions
    return portion.grams


@pytest.mark.parametrize(
    ("piece", "slice_"),
    # "a piece of pumpkin pie" was the 995 g pie (2,418 kcal), "a piece of pizza" the 853 g
    # pie (2,269 kcal)
    [("a piece of pumpkin pie", "a slice of pumpkin pie"), ("a piece of pizza", "a slice of pizza"),
     ("a piece of pecan pie", "a slice of pecan pie"), ("2 pieces of pizza", "2 slices of pizza")],
)  # fmt: skip
async def test_a_piece_of_a_pie_is_its_slice_not_the_whole_pie(
    service: MealService, piece: str, slice_: str
) -> None:
    assert await grams(service, piece) == await grams(service, slice_)
    assert await grams(service, piece) <= MAX_UNCOUNTED_GRAMS


@pytest.mark.parametrize(
    "text", ["a piece of salmon", "a piece of cod", "a piece of haddock", "a piece of trout"]
)
async def test_a_piece_of_a_fish_is_a_cooked_fillet(service: MealService, text: str) -> None:
    # "a piece of salmon" was asked for grams; "a piece of cod" was dried salted cod (SR24's
    # only cod with a "piece"), 80 g of it, 232 kcal
    understood = await service.understand(text)
    assert not understood.questions, understood.questions
    [portion] = understood.portions
    assert "cooked" in portion.food_name and "salted" not in portion.food_name
    assert 100 <= portion.grams <= 200


async def test_a_piece_of_a_fish_is_what_its_fillet_is(service: MealService) -> None:
    assert await grams(service, "a piece of salmon") == await grams(service, "a salmon fillet")


async def test_a_piece_of_bread_is_still_its_slice(service: MealService) -> None:
    assert await grams(service, "a piece of toast") == await grams(service, "a slice of toast")


@pytest.mark.parametrize(
    "text",
    # each was asked for grams: a melon is weighed by its wedges
    ["a slice of watermelon", "a slice of melon", "a slice of honeydew"],
)
async def test_a_slice_of_a_food_without_slices_is_its_wedge(
    service: MealService, text: str
) -> None:
    assert 50 <= await grams(service, text) <= MAX_UNCOUNTED_GRAMS


@pytest.mark.parametrize(
    "text", ["3 slices of apple", "2 slices of orange", "a slice of kiwi", "2 slices of avocado"]
)
async def test_a_slice_of_a_fruit_without_slices_is_no_whole_fruits_serving(
    service: MealService, text: str
) -> None:
    # review16 F9: "3 slices of apple" was 726 g (378 kcal), three whole apples' servings
    understood = await service.understand(text)
    assert [q.kind for q in understood.questions] == ["amount"]
    assert not understood.portions


@pytest.mark.parametrize(
    "text", ["a bowl of popcorn", "a bowl of pretzels", "a bowl of crisps", "a bowl of cheetos"]
)
async def test_a_bowl_of_a_snack_is_at_least_its_ounce(service: MealService, text: str) -> None:
    # "a bowl of popcorn" was 12 g (46 kcal), 1.5 cups of air-popped; pretzels were asked
    assert await grams(service, text) >= 28


async def test_a_big_bowl_of_a_snack_is_more_than_a_bowl(service: MealService) -> None:
    bowl = await grams(service, "a bowl of popcorn")
    assert await grams(service, "a big bowl of popcorn") > bowl
    assert await grams(service, "2 bowls of popcorn") == pytest.approx(2 * bowl)


@pytest.mark.parametrize(
    "text", ["some almonds", "some cashews", "sunflower seeds", "some chocolate", "gummy bears"]
)
async def test_nuts_and_candies_named_without_an_amount_are_a_handful(
    service: MealService, text: str
) -> None:
    # each was asked for grams: a cup of almonds is 828 kcal, past a usual helping
    assert await grams(service, text) == pytest.approx(28.35)


async def test_nuts_counted_or_measured_keep_their_amount(service: MealService) -> None:
    assert await grams(service, "a cup of almonds") > 100
    assert await grams(service, "2 handfuls of almonds") == pytest.approx(2 * 28.35)
