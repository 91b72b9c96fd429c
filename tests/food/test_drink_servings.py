"""Drinks by the container they come in: a can where SR24 weighs none, a creamer cup, and
orange juice as bought."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.drinks import CAN, poured
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Lemonade, frozen concentrate, pink, prepared with water", "Beverages"),
        ("Apple juice, canned or bottled, unsweetened", "Fruits and Fruit Juices"),
        ("Beverages, Energy drink, citrus", "Beverages"),
    ],
)
def test_a_can_of_a_drink_sr24_weighs_no_can_of_is_a_soda_can(name: str, group: str) -> None:
    assert poured(Unit.CAN, None, name, group) == CAN == 12.0


def test_a_can_of_a_food_is_no_drink_s_can() -> None:
    assert poured(Unit.CAN, None, "Beans, baked, canned, plain", "Legumes") is None


def test_a_creamer_cup_is_the_single_serve_container() -> None:
    assert SERVINGS["creamer cup"] == "15 g"
    assert ALIASES["creamer cup"] == ALIASES["coffee creamer"]


def test_orange_juice_is_the_carton_s_unless_fresh_squeezed() -> None:
    assert ALIASES["orange juice"] == "09209"  # Orange juice, chilled, includes from concentrate
    assert ALIASES["fresh squeezed orange juice"] == "09206"  # Orange juice, raw
