"""How people elsewhere say a meal and its amounts: smoko, morning or arvo tea and tiffin are
meals; "lah" and "lor" end a sentence; a half of a pub's drink is its half pint; a spoon of
sugar is a teaspoon, a dash of milk a splash (of a sauce, a pinch); "tea with half milk" is
half a cup of each."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import IMPERIAL_PINT_ML, Unit


def items(text: str) -> list[tuple[float, Unit | None, str]]:
    read = parse_meal(read_sentence(text).text)
    return [(pytest.approx(item.quantity, rel=1e-4), item.unit, item.food) for item in read]


@pytest.mark.parametrize(
    ("said", "left", "meal"),
    [
        ("smoko was a vanilla slice", "a vanilla slice", "snack"),
        ("a lamington for morning tea", "a lamington", "snack"),
        ("arvo tea: 2 anzac biscuits", "2 anzac biscuits", "snack"),
        ("for afternoon tea I had a scone", "a scone", "snack"),
        ("tiffin: 3 chapatis and dal", "3 chapatis and dal", "lunch"),
        # the drink keeps its name
        ("a cup of english breakfast tea", "a cup of english breakfast tea", None),
    ],
)  # fmt: skip
def test_meals_of_other_places_are_meals(said: str, left: str, meal: str | None) -> None:
    reading = read_sentence(said)
    assert (reading.text, reading.meal) == (left, meal)


def test_the_particles_that_end_a_sentence_are_no_food() -> None:
    assert items("2 pieces of kaya toast lah") == [(2.0, Unit.PIECE, "kaya toast")]
    assert items("one plate of char kway teow lor, then a kopi") == [
        (1.0, Unit.PLATE, "char kway teow"),
        (1.0, None, "kopi"),
    ]


def test_a_half_of_a_pub_drink_is_a_half_pint() -> None:
    assert items("a half of bitter") == [(IMPERIAL_PINT_ML / 2, Unit.ML, "bitter")]
    assert items("3 halves of stout") == [(1.5 * IMPERIAL_PINT_ML, Unit.ML, "stout")]
    assert items("a half of the pie") == [(0.5, None, "pie")]


def test_a_spoon_of_what_is_stirred_in_is_a_teaspoon() -> None:
    assert items("coffee with 3 spoons of sugar") == [
        (1.0, None, "coffee"),
        (3.0, Unit.TSP, "sugar"),
    ]
    assert items("a spoon of honey") == [(1.0, Unit.TBSP, "honey")]


def test_a_dash_of_milk_is_a_splash_and_of_a_sauce_a_pinch() -> None:
    assert items("a dash of soy milk") == [(1.0, Unit.SPLASH, "soy milk")]
    assert items("a dash of worcestershire sauce") == [(1.0, Unit.PINCH, "worcestershire sauce")]


def test_half_milk_is_half_the_drinks_volume() -> None:
    assert items("a mug of chai with half milk") == [
        (0.5, Unit.CUP, "chai"),
        (0.5, Unit.CUP, "milk"),
    ]


def test_in_each_is_in_each_of_the_things_counted_with_what_came_before_it() -> None:
    assert items("3 flat whites, oat milk and a sugar in each") == [
        (3.0, None, "flat whites"),
        (3.0, None, "oat milk"),
        (3.0, Unit.TSP, "sugar"),  # a sugar is a teaspoon
    ]
    assert items("2 crackers with a slice of cheese each") == [
        (2.0, None, "crackers"),
        (2.0, Unit.SLICE, "cheese"),
    ]
