"""Coffee-shop orders as people give them: café drinks of Australia and Europe, a milk or
extra shots named after the drink, chai and mocha, and hot chocolate made with a milk."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.coffee import coffee_drinks
from healthbot.food.coffee_menu import CUPS, DRINKS, MILKS, NAMED_MILKS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import recipe
from healthbot.food.text import normalize


def parts(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in coffee_drinks(parse_meal(text))]


def test_a_double_double_is_a_brewed_cup_with_two_creams_and_two_sugars() -> None:
    assert parts("a double double") == [
        (14, "fl oz", "brewed coffee"),
        (1, "fl oz", "half and half"),  # two half-and-half creamers of half a fl oz
        (2, "tsp", "sugar"),
    ]


def test_a_tall_cappuccino_is_a_shot_and_half_its_cup_of_milk_under_the_foam() -> None:
    assert parts("a tall cappuccino") == [(1, "fl oz", "espresso"), (6, "fl oz", "2% milk")]
    assert parts("cappuccino grande")[1] == (8, "fl oz", "2% milk")


def test_a_flat_white_is_a_double_shot_and_a_small_cup_of_milk() -> None:
    assert parts("2 flat whites") == [(4, "fl oz", "espresso"), (8, "fl oz", "2% milk")]
    assert parts("a medium flat white") == [(3, "fl oz", "espresso"), (12, "fl oz", "2% milk")]


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("a short black", [(1, "fl oz", "espresso")]),
        ("a long black", [(2, "fl oz", "espresso")]),
        ("a piccolo", [(1, "fl oz", "espresso"), (3, "fl oz", "2% milk")]),
        ("a cortado", [(2, "fl oz", "espresso"), (2, "fl oz", "2% milk")]),
        ("a large cortado", [(2, "fl oz", "espresso"), (2, "fl oz", "2% milk")]),
        ("a cappuccino", [(1, "fl oz", "espresso"), (4, "fl oz", "2% milk")]),
    ],
)
def test_a_cafe_drink_without_a_size_is_the_cafe_cup(
    text: str, made: list[tuple[float, str, str]]
) -> None:
    assert parts(text) == made


def test_a_milk_named_after_the_drink_is_its_milk_not_a_splash_beside_it() -> None:
    assert parts("a venti cappuccino with soy milk") == [
        (2, "fl oz", "espresso"),
        (10, "fl oz", "soy milk"),
    ]
    assert parts("tall mocha w/ nonfat milk")[1] == (9, "fl oz", "skim milk")
    assert parts("a latte with milk") == parts("a latte")  # its own milk, said again
    # a drink without milk keeps the milk as its own item
    assert parts("a tall americano with whole milk") == [
        (2, "fl oz", "espresso"),
        (1, None, "whole milk"),
    ]


def test_shots_are_counted_before_the_drink_or_added_after_it() -> None:
    assert parts("a triple shot latte")[0] == (3, "fl oz", "espresso")
    # an extra shot fills the cup in place of as much milk
    assert parts("a tall cappuccino with 2 extra shots") == [
        (3, "fl oz", "espresso"),
        (4, "fl oz", "2% milk"),
    ]
    assert parts("a grande americano and an extra shot") == [(4, "fl oz", "espresso")]


def test_chai_is_sweet_tea_and_milk_and_a_mocha_a_latte_with_chocolate() -> None:
    assert parts("a venti chai") == [
        (10, "fl oz", "black tea"),
        (10, "fl oz", "2% milk"),
        (10, "tsp", "sugar"),
    ]
    assert parts("a small mocha") == [
        (1, "fl oz", "espresso"),
        (9, "fl oz", "2% milk"),
        (2, "tbsp", "chocolate syrup"),
    ]


def test_hot_chocolate_with_a_milk_is_cocoa_mix_and_a_mug_of_that_milk() -> None:
    assert parts("a mug of cocoa with soy milk") == [
        (28, "g", "cocoa mix"),
        (8, "fl oz", "soy milk"),
    ]
    assert parts("a small hot chocolate made with whole milk") == [
        (1.5, "cup", "whole milk hot chocolate")
    ]
    assert parts("hot chocolate") == [(1, None, "hot chocolate")]  # the table's, by search


def test_every_part_a_drink_is_made_of_is_a_common_name() -> None:
    names = {
        f"{cup or ''} {milk} {drink}".strip()
        for drink in DRINKS
        for cup in (*CUPS, None)
        for milk in MILKS
        if not milk.isdigit()  # "2%" is typed with its sign
    }
    texts = [*names, *(f"a hot chocolate with {milk}" for milk in set(NAMED_MILKS.values()))]
    assert all(coffee_drinks(parse_meal(text)) for text in texts)
    foods = {item.food for text in texts for item in coffee_drinks(parse_meal(text))}
    made = {food for food in foods if normalize(food) not in ALIASES and recipe(food) is None}
    assert made <= {normalize(text) for text in texts}  # what stayed as typed


def test_a_frappuccino_is_blended_coffee_whole_milk_and_sweet_base_not_a_cappuccino() -> None:
    assert parts("a grande frappuccino") == [
        (4, "fl oz", "brewed coffee"),
        (5, "fl oz", "whole milk"),
        (9, "tsp", "sugar"),
    ]
    # a flavour's pumps are more of its sugar, and a milk named is its milk
    assert parts("a venti mocha frappuccino with skim milk")[1:] == [
        (6.5, "fl oz", "skim milk"),
        (12 + 5, "tsp", "sugar"),
    ]


def test_iced_before_a_drink_is_its_iced_cup_where_there_is_one() -> None:
    assert parts("an iced vanilla macchiato") == [
        (1, "fl oz", "espresso"),
        (6.5, "fl oz", "2% milk"),
        (3, "tsp", "sugar"),
    ]
    assert parts("a tall iced americano") == parts("a tall americano")


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("a dirty chai", ["black tea", "espresso", "2% milk", "sugar"]),
        ("a london fog", ["black tea", "2% milk", "sugar"]),
        ("a cafe au lait", ["brewed coffee", "2% milk"]),
        ("a red eye", ["brewed coffee", "espresso"]),
    ],
)
def test_more_cafe_drinks_are_what_they_are_made_of(text: str, made: list[str]) -> None:
    assert [food for _, _, food in parts(text)] == made
