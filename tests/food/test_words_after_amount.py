"""What people type after an amount: how the food was cut or cooked ("broccoli 2 cups
steamed"), "the whole tin" for all of a container, and a number after "a" that is part of a
name ("a 7 layer bar") rather than a count."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


def _read(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(text)]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("carrots 1 cup steamed", [(1, Unit.CUP, "steamed carrots")]),
        ("salmon 5 oz baked", [(5, Unit.OZ, "baked salmon")]),
        ("pineapple 2 cups diced", [(2, Unit.CUP, "pineapple")]),
        ("potatoes 200g boiled", [(200, Unit.G, "boiled potatoes")]),
    ],
)  # fmt: skip
def test_a_cooking_or_cut_after_the_amount_goes_with_the_food(
    typed: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert _read(typed)[: len(read)] == read


def test_a_number_word_after_a_food_with_no_unit_stays_its_name() -> None:
    assert _read("coke zero") == [(1, None, "coke zero")]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("baked beans, the whole tin", [(1, Unit.CAN, "baked beans")]),
        ("salt and vinegar crisps, the entire bag", [(1, Unit.BAG, "salt and vinegar crisps")]),
    ],
)
def test_the_whole_container_after_a_food_is_one_of_it(
    typed: str, read: list[tuple[float, Unit | None, str]]
) -> None:
    assert _read(typed) == read


@pytest.mark.parametrize(
    ("typed", "food"),
    [("a 7 layer bar", "7 layer bar"), ("an 8 grain roll", "8 grain roll")],
)
def test_a_number_after_a_with_no_unit_is_part_of_the_name(typed: str, food: str) -> None:
    assert _read(typed) == [(1, None, food)]


def test_a_number_after_a_with_a_unit_is_still_the_amount() -> None:
    assert _read("a 250 ml bottle of soy milk") == [(250, Unit.ML, "soy milk")]
    assert _read("a 2 pack of cookies") == [(2, Unit.PACKAGE, "cookies")]
