"""A food named "one" or "ones" is the food named before it ("2 glazed ones": glazed donuts);
a food named before without an amount, only what there was, goes."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def read(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("my abuela sent over empanadas and I had 3 beef ones", [(3.0, None, "beef empanadas")]),
        ("my nonna made cannoli and I ate 2 pistachio ones", [(2.0, None, "pistachio cannolis")]),
        ("we got doughnuts, I had the jam one", [(1.0, None, "jam doughnut")]),
        # "the ... one" after a food with its amount says which that food was
        ("a scone, the cheese one", [(1.0, None, "cheese scone")]),
        ("a slice of carrot cake, the vegan one", [(1.0, Unit.SLICE, "vegan carrot cake")]),
        ("a plain bagel and 2 sesame ones",
         [(1.0, None, "plain bagel"), (2.0, None, "sesame bagels")]),
    ],
)  # fmt: skip
def test_ones_are_the_food_named_before(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items


def test_a_cooking_before_a_count_of_ears_is_the_corns() -> None:
    assert read("I grilled 3 ears of corn at the bbq") == [(3.0, Unit.EAR, "grilled corn")]


def test_vegetables_named_by_the_word_alone_before_an_egg_dish_are_its_parts() -> None:
    assert read("veg omelette made with 3 eggs, 1/2 cup spinach") == [
        (3.0, None, "omelet eggs"),
        (0.5, Unit.CUP, "spinach"),
    ]
