"""An amount typed alone belongs to the food named before it in another shape: the filling
of what holds it, else the first food named without an amount; a serving word is no food."""

from __future__ import annotations

import pytest

from healthbot.food.parser import FoodParseError, parse_meal


def _read(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(text)]


def test_an_amount_after_what_holds_a_filling_is_the_filling_s() -> None:
    # the dish stays (its bread is eaten too), its filling in the amount typed
    assert _read("a salami roll, 5 slices") == [(1, None, "salami roll"), (5.0, "slice", "salami")]
    assert _read("a chicken wrap, 4 oz") == [(4.0, "oz", "chicken wrap")]  # a weight: all of it


def test_an_amount_no_item_before_can_take_is_the_first_food_named_without_one() -> None:
    read = _read("ham and eggs, 2 eggs and 3 slices")
    assert read == [(3.0, "slice", "ham"), (1.0, None, "eggs"), (2.0, None, "eggs")]
    assert _read("pancakes - 3") == [(3.0, None, "pancakes")]


def test_a_bare_number_after_and_is_an_amount_whose_food_is_asked() -> None:
    eggs, two = parse_meal("3 eggs and 2")
    assert (eggs.food, eggs.unnamed) == ("eggs", False)
    assert (two.quantity, two.unit, two.unnamed) == (2, None, True)
    with pytest.raises(FoodParseError):
        parse_meal("2")  # nothing before it to log


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("a 60g serve of brie", [(60.0, "g", "brie")]),
        ("a 250 g helping of risotto", [(250.0, "g", "risotto")]),
        ("a 400g plate of lasagne", [(400.0, "g", "lasagne")]),
        ("a serve of wedges", [(1.0, "serving", "wedges")]),
        ("2 helpings of trifle", [(2.0, "serving", "trifle")]),
    ],
)
def test_a_serving_word_is_the_amount_and_never_the_food(
    said: str, read: list[tuple[float, str | None, str]]
) -> None:
    assert _read(said) == read
