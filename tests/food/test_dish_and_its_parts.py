"""A dish named, then its parts with their amounts: an amount said alone goes to the food
named without one that no later item names again ("fried eggs on rye, 2 eggs and 2 slices":
the slices are the rye's), a part named without an amount among parts said with theirs is
the dish's own ("a burrito, 1 tortilla, a cup of rice, salsa": its salsa, not more), and a
unit that says its food is that food's ("2 rashers": of bacon)."""

from __future__ import annotations

from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def items(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in parse_meal(read_sentence(text).text)]


def dish(text: str) -> list[tuple[float, str]]:
    read = parse_meal(read_sentence(text).text)
    return [(item.quantity, item.food) for item in with_recipes(read)]


def test_an_amount_alone_goes_to_the_food_not_named_again() -> None:
    assert items("fried eggs on rye, 2 eggs and 2 slices") == [
        (1.0, None, "fried eggs"),
        (2.0, Unit.SLICE, "rye"),
        (2.0, None, "eggs"),
    ]
    assert items("sardines on toast, a tin of sardines and one slice") == [
        (1.0, None, "sardines"),
        (1.0, Unit.SLICE, "toast"),
        (1.0, Unit.CAN, "sardines"),
    ]


def test_a_part_without_an_amount_among_parts_with_theirs_is_the_dishs() -> None:
    told = dish("a blt, 2 slices of sourdough, 4 rashers of bacon, tomato")
    assert [food for _, food in told].count("tomato") == 1
    assert (4.0, "bacon") in told


def test_a_part_without_an_amount_and_nothing_told_before_is_more_of_it() -> None:
    told = dish("a blt and tomato")
    assert [food for _, food in told].count("tomato") == 2


def test_a_unit_that_says_its_food_is_that_foods() -> None:
    assert items("3 rashers") == [(3.0, Unit.STRIP, "bacon")]
    assert items("an egg and 2 rashers") == [(1.0, None, "egg"), (2.0, Unit.STRIP, "bacon")]
    assert items("crumpets with a knob") == [(1.0, None, "crumpets"), (1.0, Unit.TBSP, "butter")]
    assert [food for _, food in dish("a blt, 3 rashers")].count("bacon") == 1


def test_a_count_of_pieces_in_a_dishs_name_is_said_by_its_pieces() -> None:
    from healthbot.food.parts import with_parts

    read = with_parts(parse_meal("popeyes 3 piece spicy, a breast, a wing and a thigh"), _same)
    assert [item.food for item in read] == [
        "popeyes spicy breast",
        "popeyes spicy wing",
        "popeyes spicy thigh",
    ]


def test_a_bread_said_after_the_parts_is_still_the_dishs_own() -> None:
    told = dish("a sausage sandwich, 2 sausages, on granary")
    assert [food for _, food in told].count("granary") == 1


def _same(food: str) -> str:
    return food
