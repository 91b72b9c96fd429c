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
