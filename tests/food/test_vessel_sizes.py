"""A drink a restaurant sells by cup size, measured in SR24 as "16 fl oz cup small": "a
small" is that whole cup, not one fluid ounce of it; no size said is the medium cup."""

from __future__ import annotations

from healthbot.food.measures import match_measure
from healthbot.food.units import Size, Unit

SMOOTHIE = [
    (12.0, "fl oz cup child size", 360.0),
    (16.0, "fl oz cup small", 480.0),
    (24.0, "fl oz cup medium", 720.0),
    (32.0, "fl oz cup large", 960.0),
]


def test_a_sized_cup_is_the_whole_cup() -> None:
    assert match_measure(None, Size.SMALL, SMOOTHIE, "mango smoothie") == 480.0
    assert match_measure(None, Size.LARGE, SMOOTHIE, "mango smoothie") == 960.0
    assert match_measure(None, None, SMOOTHIE, "mango smoothie") == 720.0  # the medium


def test_a_fluid_ounce_is_still_one() -> None:
    assert match_measure(Unit.FL_OZ, None, SMOOTHIE) == 30.0
    # One measure of a single fluid ounce is no vessel.
    assert match_measure(None, Size.SMALL, [(1.0, "fl oz cup small", 30.0)]) is None
