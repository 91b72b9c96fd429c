"""A drink's cup by its size and its bottle, where SR24 has no measure of them."""

from __future__ import annotations

import pytest

from healthbot.food.drinks import poured
from healthbot.food.units import Size, Unit

SODA = ("Carbonated beverage, lemon-lime soda", "Beverages")


@pytest.mark.parametrize(
    ("unit", "size", "name", "group", "fl_oz"),
    [
        (None, Size.SMALL, *SODA, 12.0),
        (None, Size.LARGE, "Orange juice, chilled", "Fruits and Fruit Juices", 20.0),
        (Unit.BOTTLE, None, "Alcoholic beverage, beer, light", "Beverages", 12.0),
        (Unit.BOTTLE, None, "Alcoholic beverage, wine, table, white", "Beverages", 25.36),
        (Unit.BOTTLE, None, "Beverages, water, bottled, POLAND SPRING", "Beverages", 20.0),
    ],
)
def test_a_drink_s_cup_and_bottle_are_the_usual_ones(
    unit: Unit | None, size: Size | None, name: str, group: str, fl_oz: float
) -> None:
    assert poured(unit, size, name, group) == fl_oz


@pytest.mark.parametrize(
    ("unit", "size", "name", "group"),
    [
        (None, Size.MEDIUM, "Apples, raw, with skin", "Fruits and Fruit Juices"),  # no drink
        (None, Size.LARGE, "Fast foods, potato, french fried", "Fast Foods"),
        (Unit.CUP, None, *SODA),  # a cup is a cup
        (None, None, *SODA),
    ],
)
def test_no_cup_for_a_food_or_another_amount(
    unit: Unit | None, size: Size | None, name: str, group: str
) -> None:
    assert poured(unit, size, name, group) is None
