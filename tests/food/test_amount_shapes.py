"""Amounts in other shapes: a part of a weighed package, the package a weight is of, and an
amount each said before the foods it is of."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence


def _read(text: str) -> list[tuple[float, str | None, str]]:
    return [(round(i.quantity, 3), i.unit, i.food) for i in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("a 150g tub of yogurt", [(150.0, "g", "yogurt")]),
        ("a 45 g packet of crisps", [(45.0, "g", "crisps")]),
        ("a 2 lb bag of grapes", [(2.0, "lb", "grapes")]),
        ("half a 500 ml bottle of juice", [(250.0, "ml", "juice")]),
        ("a quarter of a 400g tin of beans", [(100.0, "g", "beans")]),
    ],
)
def test_a_weighed_package_is_its_weight_and_a_part_of_it_that_part(
    said: str, read: list[tuple[float, str | None, str]]
) -> None:
    assert _read(said) == read


def test_a_part_of_a_thing_without_a_weight_stays_a_part() -> None:
    assert _read("half a large pizza") == [(0.5, None, "pizza")]
    assert _read("half a dozen oysters") == [(6.0, None, "oysters")]


def test_an_amount_each_before_the_foods_is_each_food_s() -> None:
    assert _read("a bagel with a tablespoon each of butter and honey") == [
        (1.0, None, "bagel"),
        (1.0, "tbsp", "butter"),
        (1.0, "tbsp", "honey"),
    ]
    # what they sit on keeps its own amount
    assert _read("a teaspoon each of butter and jam on 2 crumpets") == [
        (1.0, "tsp", "butter"),
        (1.0, "tsp", "jam"),
        (2.0, None, "crumpets"),
    ]
