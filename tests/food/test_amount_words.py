"""Amounts in words people type: hundreds, fourths, a mug."""

from __future__ import annotations

from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


def amounts(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(text)]


def test_hundreds_in_words() -> None:
    assert amounts("a hundred grams of oats") == [(100.0, Unit.G, "oats")]
    assert amounts("three hundred ml of kefir") == [(300.0, Unit.ML, "kefir")]
    assert amounts("hundred g tofu") == [(100.0, Unit.G, "tofu")]


def test_fourths_are_quarters() -> None:
    assert amounts("one fourth cup of walnuts") == [(0.25, Unit.CUP, "walnuts")]
    assert amounts("three fourths of a cup of lentils") == [(0.75, Unit.CUP, "lentils")]


def test_a_mug_is_a_cup() -> None:
    assert amounts("2 mugs of cocoa") == [(2.0, Unit.CUP, "cocoa")]
    assert amounts("a mug of rooibos") == [(1.0, Unit.CUP, "rooibos")]


def test_a_bit_of_a_liquid_is_a_splash() -> None:
    from healthbot.food.parser import parse_meal
    from healthbot.food.units import Unit

    [_tea, milk] = parse_meal("a mug of tea, a bit of milk")
    assert (milk.quantity, milk.unit, milk.food) == (1, Unit.SPLASH, "milk")
    [cream] = parse_meal("a bit of cream")
    assert cream.unit is Unit.SPLASH


def test_an_item_with_an_amount_each_is_for_each_of_the_last() -> None:
    from healthbot.food.parser import parse_meal
    from healthbot.food.sentences import read_sentence

    figs, cheese = parse_meal(read_sentence("4 figs stuffed with 10 g of goat cheese each").text)
    assert (figs.quantity, figs.food) == (4, "figs")
    assert (cheese.quantity, cheese.unit, cheese.food) == (40, "g", "goat cheese")
