"""A food had again, said by pointing back at it ("a second one", "another", "one more",
"same again"): the food before, again, in the count said of what it was counted in."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import IMPERIAL_PINT_ML, Unit


def read(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a cinnamon roll and then a second one",
         [(1.0, None, "cinnamon roll"), (1.0, None, "cinnamon roll")]),
        ("a bowl of pho, then another",
         [(1.0, Unit.BOWL, "pho"), (1.0, Unit.BOWL, "pho")]),
        ("2 ciders and another one", [(2.0, None, "ciders"), (1.0, None, "ciders")]),
        ("a scoop of gelato and 2 more",
         [(1.0, Unit.SCOOP, "gelato"), (2.0, Unit.SCOOP, "gelato")]),
        # the same again: the amount said before, whatever it was
        ("3 fish tacos, same again later",
         [(3.0, None, "fish tacos"), (3.0, None, "fish tacos")]),
        # what it was had in, said: a glass of it
        ("a kombucha and another glass", [(1.0, None, "kombucha"), (1.0, Unit.GLASS, "kombucha")]),
        ("a pita and another half", [(1.0, None, "pita"), (0.5, None, "pita")]),
        # the food named again: only the pointing words go
        ("a samosa and a second samosa", [(1.0, None, "samosa"), (1.0, None, "samosa")]),
        ("4 dumplings and 3 more dumplings",
         [(4.0, None, "dumplings"), (3.0, None, "dumplings")]),
    ],
)  # fmt: skip
def test_a_repeat_is_the_food_before_again(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items


@pytest.mark.parametrize(
    "said",
    [
        "a tea with honey, and another",
        # said after "with" without a comma, "another" alone adds no food to it (review15 F16)
        "a tea with honey and another",
        "a tea with honey and another one",
        "tea with honey and then one more",
    ],
)
def test_what_was_added_comes_again_with_it(said: str) -> None:
    items = parse_meal(said)
    assert [(item.food, item.added) for item in items] == [
        ("tea", False), ("honey", True), ("tea", False), ("honey", True)
    ]  # fmt: skip


def test_a_food_said_with_another_after_with_is_not_the_dish_again() -> None:
    items = parse_meal("a coffee with milk and another sugar")
    assert [(item.food, item.added) for item in items][:2] == [("coffee", False), ("milk", True)]
    assert "coffee" not in [item.food for item in items[2:]]


def test_a_repeat_with_nothing_before_is_left_to_ask() -> None:
    assert [item.food for item in parse_meal("another one")] == ["another one"]


def test_another_pint_is_the_pint_the_first_was() -> None:
    # a pint of stout is a pub's imperial pint, and so is the one after it
    items = parse_meal("2 pints of guinness and another pint")
    assert [(item.quantity, item.unit, item.food) for item in items] == [
        (pytest.approx(2 * IMPERIAL_PINT_ML), Unit.ML, "guinness"),
        (pytest.approx(IMPERIAL_PINT_ML), Unit.ML, "guinness"),
    ]
