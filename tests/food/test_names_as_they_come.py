"""Names said with words that change nothing of the food, or that begin with a unit's word,
read without a database: "dry" said of a food eaten as it comes, a candy bar's "full size",
Nissin's Cup Noodles typed without "of", a tube of Pringles as its can, and East Africa's
sukuma wiki and a Latin kitchen's black bean soup by their names."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import parse_meal
from healthbot.food.servings import default_amount
from healthbot.food.unit_names import unit_named
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("said", "count", "food"),
    [("a cup noodles", 1.0, "cup noodles"), ("2 cup noodles", 2.0, "cup noodles"),
     ("cup ramen", 1.0, "cup ramen")],
)  # fmt: skip
def test_a_name_that_begins_with_a_units_word_is_that_name_counted(
    said: str, count: float, food: str
) -> None:
    [item] = unit_named(parse_meal(said))
    assert (item.quantity, item.unit, item.food) == (count, None, food)
    assert default_amount(item) == (64.0 * count, Unit.G)  # one 64 g cup each


@pytest.mark.parametrize(
    "said",
    # "1 cup noodles" was Nissin's 64 g cup (296 kcal), not the cup of noodles "1 cup rice" is
    ["a cup of noodles", "2 cups rice", "a bowl of cup noodles", "1 cup noodles",
     "1.5 cup noodles", "1/2 cup ramen"],
)  # fmt: skip
def test_a_unit_of_a_food_stays_that_unit(said: str) -> None:
    [item] = parse_meal(said)
    assert unit_named([item]) == [item]


@pytest.mark.parametrize(
    ("said", "amount"),
    [("a full size butterfinger", (2.1, Unit.OZ)), ("2 full sized butterfingers", (4.2, Unit.OZ)),
     ("a standard size butterfinger", (2.1, Unit.OZ))],
)  # fmt: skip
def test_a_candy_bar_said_full_size_is_its_usual_bar(said: str, amount: tuple[float, Unit]) -> None:
    [item] = parse_meal(said)
    assert default_amount(item) == amount


def test_a_tube_is_a_can() -> None:
    [item] = parse_meal("half a tube of pringles")
    assert (item.quantity, item.unit, item.food) == (0.5, Unit.CAN, "pringles")


@pytest.mark.parametrize(
    ("name", "uid"),
    [("sukuma", "11162"), ("black bean soup", "36413"),
     ("cup noodle", "06582")],
)  # fmt: skip
def test_a_name_as_a_kitchen_says_it_is_its_food(name: str, uid: str) -> None:
    assert ALIASES[name] == uid
