"""A food put into another ("3 digestives dunked in a mug of tea", "I stirred 2 teaspoons of
sugar into my coffee") is two items, each with its amount; the verb names no food."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def _foods(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("3 digestives dunked in a mug of tea", [(3, None, "digestives"), (1, Unit.CUP, "tea")]),
        ("I stirred 2 teaspoons of sugar into my coffee",
         [(2, Unit.TSP, "sugar"), (1, None, "coffee")]),
        ("a spoon of peanut butter mixed into my oatmeal",
         [(1, Unit.TBSP, "peanut butter"), (1, None, "oatmeal")]),
        ("a shot of espresso poured into a glass of milk",
         [(1, Unit.SHOT, "espresso"), (1, Unit.GLASS, "milk")]),
        ("a splash of milk in my coffee", [(1, Unit.SPLASH, "milk"), (1, None, "coffee")]),
        ("2 sugars in my tea", [(2, Unit.TSP, "sugars"), (1, None, "tea")]),
    ],
)  # fmt: skip
def test_a_food_put_into_another_is_two_items(
    said: str, foods: list[tuple[float, Unit | None, str]]
) -> None:
    assert _foods(said) == foods
