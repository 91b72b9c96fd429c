"""A box, pack, bag or plate said with the count of pieces it held ("a box of 12 donuts")
is that many pieces, a part of it that part of them; a weight or volume after it is no count."""

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
        ("a box of 6 eclairs", [(6.0, None, "eclairs")]),
        ("half a pack of 10 fish fingers", [(5.0, None, "fish fingers")]),
        ("a plate of 8 dumplings", [(8.0, None, "dumplings")]),
        ("my brother and I split a box of 20 nuggets, I had a quarter of them",
         [(5.0, None, "nuggets")]),
        # a weight or volume after it is the package's size, not a count
        ("a bag of 2 oz pretzels", [(1.0, Unit.BAG, "2 oz pretzels")]),
    ],
)  # fmt: skip
def test_pieces_counted_in_what_held_them_are_that_many(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items
