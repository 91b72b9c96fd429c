"""A food whose whole is far more than anyone eats at a sitting, named without a count
("watermelon", "some pineapple"), is a helping of it; counted ("a watermelon") it is the
whole, as said."""

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
    "text",
    # each was the whole fruit: a 4.5 kg watermelon (1,355 kcal), a 905 g pineapple, 1 kg of
    # honeydew
    ["watermelon", "I had some watermelon", "watermelon cut into chunks", "pineapple",
     "some honeydew"],
)  # fmt: skip
async def test_a_big_fruit_named_without_a_count_is_a_helping(
    service: MealService, text: str
) -> None:
    assert await grams(service, text) <= MAX_UNCOUNTED_GRAMS


async def test_a_bare_watermelon_is_what_watermelon_chunks_are(service: MealService) -> None:
    assert await grams(service, "watermelon") == await grams(service, "watermelon chunks")


async def test_a_big_fruit_counted_is_the_whole_said(service: MealService) -> None:
    assert await grams(service, "a watermelon") > MAX_UNCOUNTED_GRAMS
    assert await grams(service, "half a pineapple") > 400  # half of its 905 g


@pytest.mark.parametrize("text", ["a watermelon slice", "a melon slice", "2 watermelon slices"])
async def test_a_big_fruit_counted_in_slices_is_its_slices_not_wholes(
    service: MealService, text: str
) -> None:
    # a trial chat's 'a watermelon slice' was the 4,518 g melon (1,355 kcal)
    assert await grams(service, text) <= 2 * MAX_UNCOUNTED_GRAMS
    assert await grams(service, text) < await grams(service, "a watermelon") / 4


async def test_a_slice_of_plain_pizza_is_a_slice_of_a_pizza_chains_pie(
    service: MealService,
) -> None:
    # "a slice of pizza" was asked for grams: a plain "pizza" was SR24's frozen pizza, which
    # is weighed only by the package
    one = await grams(service, "a slice of pizza")
    assert 80 <= one <= 130
    assert await grams(service, "3 slices of pizza") == pytest.approx(3 * one)
    assert await grams(service, "a slice of cheese pizza") == pytest.approx(one)


async def test_pizza_named_without_a_count_is_a_helping_counted_it_is_the_pie(
    service: MealService,
) -> None:
    helping = await grams(service, "had pizza for dinner")
    assert helping <= MAX_UNCOUNTED_GRAMS
    assert helping == await grams(service, "a slice of pizza")
    assert await grams(service, "a pizza") > MAX_UNCOUNTED_GRAMS  # the 14" pie, as said
    assert await grams(service, "half a pizza") > MAX_UNCOUNTED_GRAMS / 2


async def test_a_restaurant_dish_named_without_a_count_is_still_its_order(
    service: MealService,
) -> None:
    # the order a restaurant serves (535 g), however far past a sitting's helping
    assert await grams(service, "general tso's chicken") > MAX_UNCOUNTED_GRAMS
