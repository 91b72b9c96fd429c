"""Chai with its sugar said, or by the cup, is the chai made at home: a cup of tea boiled in as
much milk as water, and the sugar said, once (a café's chai latte comes sweetened already)."""

from __future__ import annotations

import pytest

from healthbot.food.coffee import coffee_drinks
from healthbot.food.parser import parse_meal


def parts(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in coffee_drinks(parse_meal(text))]


@pytest.mark.parametrize(
    ("text", "sugar"),
    [
        ("chai with 6 tsp sugar", (6, "tsp", "sugar")),
        ("chai, 2 sugars", (2, "tsp", "sugar")),
        ("chai with 2 cubes of sugar", (2, "tsp", "sugar")),
        ("chai with two spoons of sugar", (2, "tsp", "sugar")),  # a spoon in a cup: a teaspoon
    ],
)
def test_the_sugar_said_with_chai_is_its_only_sugar(
    text: str, sugar: tuple[float, str, str]
) -> None:
    read = parts(text)
    assert [food for _, _, food in read] == ["black tea", "2% milk", "sugar"]
    assert read[1][:2] == (4, "fl oz")  # half the cup, as much milk as water
    assert read[0][:2] == (4, "fl oz")
    assert read[2] == sugar


def test_a_masala_chai_is_made_with_whole_milk() -> None:
    assert parts("masala chai with a tbsp of sugar") == [
        (4, "fl oz", "black tea"),
        (4, "fl oz", "whole milk"),
        (3, "tsp", "sugar"),
    ]
    assert parts("2 cups of masala chai")[1] == (8, "fl oz", "whole milk")


def test_a_cup_of_chai_is_the_chai_made_at_home() -> None:
    assert parts("2 cups of chai") == [
        (8, "fl oz", "black tea"),
        (8, "fl oz", "2% milk"),
        (4, "tsp", "sugar"),
    ]


def test_a_cafe_chai_keeps_its_own_sweetening() -> None:
    assert parts("a grande chai")[-1] == (7, "tsp", "sugar")
    # sugar named with a sized chai latte is what it holds in place of the concentrate's
    assert parts("a grande chai latte with 2 tsp sugar")[-1] == (2, "tsp", "sugar")
    # sugar without an amount stays an item of its own, beside the latte's
    assert [food for _, _, food in parts("chai with sugar")] == [
        "black tea",
        "2% milk",
        "sugar",
        "sugar",
    ]
