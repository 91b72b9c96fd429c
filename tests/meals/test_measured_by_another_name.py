"""A food said by a name SR24 does not use is measured by SR24's: a size of a "spud" is the
potato's, a cup of boxed "mac and cheese" (which SR24 gives no measure) is the cup of the
macaroni and cheese that has one, never its dry mix."""

from __future__ import annotations

import pytest

from healthbot.food.measures import match_measure
from healthbot.food.packs import pack_of
from healthbot.food.units import Size
from healthbot.meals.service import MealService

POTATO = ((1.0, "potato large", 299.0), (1.0, "potato medium", 173.0), (1.0, "NLEA serving", 148.0))


def test_a_size_of_a_food_said_otherwise_is_the_size_its_entry_names() -> None:
    entry = "Potato, baked, flesh and skin, without salt"
    assert match_measure(None, Size.LARGE, POTATO, "jacket spud", entry) == 299.0
    assert match_measure(None, None, POTATO, "baked spud", entry) == 173.0  # a medium one
    assert match_measure(None, Size.LARGE, POTATO, "jacket spud") is None  # without: unknown


async def one(service: MealService, text: str) -> tuple[str, float]:
    understood = await service.understand(text)
    assert not understood.questions, (text, understood.questions)
    [portion] = understood.portions
    return portion.food_name, portion.grams


async def test_a_small_spud_is_a_small_potato(service: MealService) -> None:
    name, grams = await one(service, "a small jacket spud")
    assert name.startswith("Potato, baked") and grams == pytest.approx(138.0)


async def test_a_cup_of_a_dish_without_one_is_the_cup_of_its_variant(
    service: MealService,
) -> None:
    name, grams = await one(service, "1.5 cups of mac n cheese")
    assert name.startswith("Macaroni and cheese, frozen") and grams == pytest.approx(205.5)
    name, _ = await one(service, "2 cups of kraft dinner")
    assert "unprepared" not in name and "uncooked" not in name


async def test_a_steak_of_unsaid_cut_is_a_steakhouse_sirloin(service: MealService) -> None:
    name, grams = await one(service, "a 10 oz steak")
    assert 'trimmed to 1/8" fat' in name and grams == pytest.approx(283.5, abs=0.1)


def test_a_package_measure_that_counts_pieces_is_a_pack_of_that_many() -> None:
    cups = ((1.0, "package 0.6 oz 1 cup", 17.0), (1.0, "package 1.6 oz 2 cups", 45.0))
    assert pack_of(2, cups) == 45.0
    assert pack_of(3, cups) is None
    assert pack_of(2, ((1.0, "package 2 oz", 57.0),)) is None  # a weight, not a count


async def test_a_two_pack_is_one_pack_of_two_and_two_packs_are_two(
    service: MealService,
) -> None:
    _, pack = await one(service, "a 2 pack of reese's peanut butter cups")
    assert pack == pytest.approx(45.0)
    _, packs = await one(service, "2 packs of reese's peanut butter cups")
    assert packs == pytest.approx(90.0)  # two of the 2-cup packs a "pack" is in a shop
