"""An amount said after a comma in what holds a food ("a kombucha, one bottle") is the one
thing named, in that vessel; after what "with" added to a dish ("muesli with oat milk, one
bowl"), the dish's, the additions keeping their own (the usual splash of milk)."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("text", "unit", "food"),
    [
        ("a kombucha, one bottle", Unit.BOTTLE, "kombucha"),
        ("an iced tea, 1 glass", Unit.GLASS, "iced tea"),
        ("a ramen, one bowl", Unit.BOWL, "ramen"),
        ("a large lemonade, a can", Unit.CAN, "lemonade"),
    ],
)
def test_one_thing_then_what_held_it_is_one_of_that_vessel(
    text: str, unit: Unit, food: str
) -> None:
    [item] = parse_meal(text)
    assert (item.quantity, item.unit, item.food) == (1, unit, food)


def test_a_count_then_another_count_of_vessels_is_no_restatement() -> None:
    items = parse_meal("a lemonade, 2 cans")
    assert len(items) == 2
    assert items[1].unnamed  # which food the two cans are is asked


@pytest.mark.parametrize(
    ("text", "dish", "added"),
    [
        ("muesli with oat milk, one bowl", "muesli", "oat milk"),
        ("porridge with honey and blueberries, a bowl", "porridge", "blueberries"),
        ("shreddies with whole milk, 1 bowl", "shreddies", "whole milk"),
    ],
)
def test_a_bowl_said_after_what_was_added_is_the_dish_s(text: str, dish: str, added: str) -> None:
    items = parse_meal(text)
    assert (items[0].quantity, items[0].unit, items[0].food) == (1, Unit.BOWL, dish)
    assert items[-1].food == added
    assert items[-1].added and not items[-1].quantity_typed
