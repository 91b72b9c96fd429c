"""A dish by volume: a glass or a cup of a dish made of volumes is the share of its recipe
that volume is; a dish with a part counted or weighed is not read so."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes


def dish(text: str) -> list[tuple[float, str | None, str]]:
    return [(round(i.quantity, 2), i.unit, i.food) for i in with_recipes(parse_meal(text))]


def test_a_glass_of_a_drink_made_of_volumes_is_its_share_of_the_recipe() -> None:
    # a lassi is a cup of curd and a tablespoon of sugar (17 tbsp): a glass is 16 of them
    assert dish("a glass of lassi") == [(0.94, "cup", "curd"), (0.94, "tbsp", "sugar")]
    assert dish("2 cups of sambar") == [(1.33, "cup", "dal"), (0.67, "cup", "mixed vegetables")]


def test_a_cup_of_a_plate_of_two_foods_keeps_their_proportion() -> None:
    assert dish("a cup of dal rice") == [(0.67, "cup", "rice"), (0.33, "cup", "dal")]


@pytest.mark.parametrize("text", ["a cup of blt", "a can of lassi", "a slice of dal rice"])
def test_a_volume_of_a_dish_of_counted_parts_or_another_unit_is_kept(text: str) -> None:
    assert dish(text) == [(item.quantity, item.unit, item.food) for item in parse_meal(text)]


def test_a_bowl_or_a_plate_of_a_dish_is_one_of_it() -> None:
    assert (
        dish("a bowl of dal rice") == dish("dal rice") == [(1, "cup", "rice"), (0.5, "cup", "dal")]
    )
    assert dish("2 plates of dal rice") == dish("2 dal rice")


def test_a_glass_of_a_cocktail_is_one_drink_its_ice_is_no_drink() -> None:
    assert dish("2 glasses of margarita") == dish("2 margaritas")


def test_a_dish_named_alone_is_still_one_of_it() -> None:
    assert dish("2 sambar")[0] == (1.0, "cup", "dal")


@pytest.mark.parametrize("text", ["a cup of bubble tea", "a cup of thai iced tea", "a cup of kopi"])
def test_a_cup_of_a_drink_served_in_its_own_cup_is_one_drink(text: str) -> None:
    assert dish(text) == dish(text.replace("a cup of ", "a "))
    assert dish(f"2 {text.removeprefix('a ').replace('cup', 'cups')}") == dish(
        text.replace("a cup of ", "2 ")
    )


@pytest.mark.parametrize(
    ("text", "plain", "times"),
    [
        ("a large bubble tea", "a bubble tea", 1.25),  # a shop's large cup, 20 fl oz, to 16
        ("a small boba", "a boba", 0.75),
        ("2 large pearl milk teas", "a pearl milk tea", 2.5),
        ("a medium thai iced tea", "a thai iced tea", 1.0),
        ("a large margarita", "a margarita", 1.0),  # a bar pours one measure whatever the glass
        ("a large blt", "a blt", 1.0),  # no drink
    ],
)
def test_a_drink_said_with_a_size_is_its_cup_of_that_size(
    text: str, plain: str, times: float
) -> None:
    assert dish(text) == [(round(q * times, 2), unit, food) for q, unit, food in dish(plain)]
