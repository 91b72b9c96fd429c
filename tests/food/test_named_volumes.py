"""Glasses and cans of beer named by their size ("a schooner", "2 middies", "a tallboy") are
their millilitres, counted like any unit, plural or not; never a food's word."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("typed", "ml", "food"),
    [
        ("a schooner of pale ale", 425, "pale ale"),
        ("4 schooners of lager", 1700, "lager"),
        ("two middies of new", 570, "new"),
        ("half a schooner of shandy", 212.5, "shandy"),
        ("a couple of stubbies of pilsner", 750, "pilsner"),
        ("one tall boy of stout", 473.2, "stout"),
        ("a longneck of coopers", 750, "coopers"),
    ],
)  # fmt: skip
def test_a_vessel_named_by_its_size_is_its_volume(typed: str, ml: float, food: str) -> None:
    [item] = parse_meal(typed)
    assert (item.unit, round(item.quantity, 1), item.food) == (Unit.ML, ml, food)


def test_a_size_word_of_a_coffee_is_not_a_vessel() -> None:
    [item] = parse_meal("a tall flat white")
    assert (item.unit, item.food) == (None, "tall flat white")
