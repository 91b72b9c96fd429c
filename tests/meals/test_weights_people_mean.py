"""Amounts as people mean them where SR24 weighs otherwise: ground meat bought by the pound
and weighed cooked, a burger named by its patty's raw weight, a handful of a dense food, and a
piece of chicken that is one part of the bird, not a pound's yield."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from tests.support.portions import one_portion


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # "portion ( yield from 1/2 lb raw meat )": 149 g cooked of 227 g raw
        ("a pound of ground beef, pan browned", "23575", 298.0),
        ("3/4 lb of browned ground beef", "23575", 223.5),
        # ounces of it are what was weighed, cooked
        ("5 oz of browned ground beef", "23575", 141.75),
    ],
)
async def test_ground_meat_by_the_pound_is_its_raw_weight(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, abs=0.1))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # said cooked: the pound is what was weighed, not 298 g of a raw pound's yield
        ("a pound of cooked ground beef", "23575", 453.6),
        ("1 lb of cooked ground pork", "10220", 453.6),
        # a meat not said ground ("unit, cooked (yield from 1 lb raw meat)"): as weighed
        ("1 lb veal", "17143", 453.6),
        ("half a pound of veal", "17143", 226.8),
    ],
)
async def test_pounds_of_a_meat_said_cooked_or_not_ground_are_as_weighed(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, abs=0.1))


async def portions(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == ()
    return [(p.food_uid, round(p.grams)) for p in understood.portions]


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # a patty of 1/2 lb raw ("patty (yield from 1/4 lb raw meat)": 77 g) in its bun
        ("a half pound burger", [("23573", 154), ("18350", 42)]),
        ("a 6 oz hamburger on a bun", [("23573", 116), ("18350", 42)]),
        ("two quarter pound burgers", [("23573", 154), ("18350", 84)]),
        ("an 8oz cheeseburger", [("23573", 154), ("01042", 21), ("18350", 42)]),
        ("a third of a pound burger, no bun", [("23573", 103)]),
        # the number first is the weight, not a count of burgers (nor of buns and slices)
        ("8 oz burger", [("23573", 154), ("18350", 42)]),
        ("6 oz cheeseburger", [("23573", 116), ("01042", 21), ("18350", 42)]),
        ("100 g burger", [("23573", 68), ("18350", 42)]),
        ("8 oz. burger", [("23573", 154), ("18350", 42)]),  # the unit with a full stop
        # a pound "of hamburger" is ground beef bought by the pound: no bun
        ("a pound of hamburger", [("23573", 308)]),
    ],
)
async def test_a_burger_weighed_is_its_patty_raw_and_a_bun(
    service: MealService, said: str, read: list[tuple[str, float]]
) -> None:
    assert await portions(service, said) == read


async def test_a_burger_without_a_weight_is_the_whole_sandwich(service: MealService) -> None:
    assert await one_portion(service, "a hamburger") == ("21107", pytest.approx(86.0))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a handful of sultanas", "09298", 28.35),  # 299 kcal/100 g: an ounce, not half a cup
        ("a small handful of dried apricots", "09032", 14.17),
        ("a handful of blueberries", "09050", 74.0),  # a fruit's is half a cup still
    ],
)
async def test_a_handful_of_a_dense_food_is_an_ounce(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, abs=0.01))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # "thigh, bone removed" (68 g), not "unit (yield from 1 lb ready-to-cook chicken)"
        ("3 pieces of adobo", "05095", 204.0),
        ("a piece of stew chicken", "05095", 68.0),
        ("4 pieces of stew chicken", "05095", 272.0),
    ],
)
async def test_a_piece_of_chicken_is_a_part_not_a_pounds_yield(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("80g dry spaghetti, boiled", "20120", 80.0),  # the dry pasta weighed, then cooked
        ("70 g uncooked spaghetti, boiled", "20120", 70.0),
        ("100g of boiled spaghetti", "20321", 100.0),  # weighed cooked: the cooked entry
    ],
)
async def test_a_weight_said_dry_is_the_dry_food_whatever_cooking_follows(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        # three whites, not three of the recipe's three
        ("scrambled 4 egg whites", "01124", 132.0),
        ("3 scrambled egg whites", "01124", 99.0),
        ("scrambled egg whites", "01124", 99.0),  # the recipe's three
    ],
)
async def test_a_count_before_a_dish_named_by_its_eggs_counts_them(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("cucumber slices", "11205", 52.0),  # its "0.5 cup slices", not the 301 g cucumber
        ("apple slices", "09003", 109.0),  # its "cup slices", not a whole apple
    ],
)
async def test_a_foods_slices_without_a_count_are_a_cup_of_them(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))


async def test_a_food_without_an_amount_is_its_labels_serving_before_a_cup_crushed(
    service: MealService,
) -> None:
    # "5 crackers, regular size, round (1 serving)": 16 g, not its "cup crushed" (52 g)
    assert await one_portion(service, "some crackers") == ("18229", pytest.approx(16.0))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a big glass of whole milk", "01077", 366.0),  # 12 fl oz, not the 8 fl oz glass
        ("a large glass of orange juice", "09209", 373.5),
        ("a large glass of pinot grigio", "14113", 247.69),  # a bar's 250 ml glass of wine
    ],
)
async def test_a_large_glass_is_half_as_much_again(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))
