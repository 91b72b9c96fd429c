"""A coffee order read as a grammar, not a list of orders: the chain it came from, words that
cost nothing ("extra hot", "no foam"), decaf, extra shots said before the drink, its size and
milk in any order around its name, and Tim Hortons' creams and sugars."""

from __future__ import annotations

import pytest

from healthbot.food.coffee import coffee_drinks
from healthbot.food.parser import parse_meal


def parts(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in coffee_drinks(parse_meal(text))]


@pytest.mark.parametrize(
    "text",
    [
        "extra hot grande skinny latte",
        "grande skinny latte no foam",
        "no foam grande skinny latte",
        "sbux grande skinny latte",
        "starbucks extra hot grande skinny latte",
        "grande kids temp skinny latte",
        "grande skinny latte extra hot",
    ],
)
def test_words_that_cost_nothing_leave_the_order_as_it_is(text: str) -> None:
    assert parts(text) == [(2, "fl oz", "espresso"), (12.5, "fl oz", "skim milk")]


def test_decaf_makes_the_shots_or_the_brewed_coffee_decaffeinated() -> None:
    assert parts("extra hot tall decaf skinny latte") == [
        (1, "fl oz", "decaf espresso"),
        (9.5, "fl oz", "skim milk"),
    ]
    assert parts("a large decaf coffee") == [(20, "fl oz", "decaf coffee")]
    assert parts("decaf venti americano") == [(4, "fl oz", "decaf espresso")]
    assert parts("a tall latte decaf")[0] == (1, "fl oz", "decaf espresso")


def test_an_extra_shot_said_before_the_drink_is_one_more_shot_in_place_of_milk() -> None:
    assert parts("an extra shot tall latte") == [
        (2, "fl oz", "espresso"),
        (8.5, "fl oz", "2% milk"),
    ]


@pytest.mark.parametrize(
    "text", ["tims medium double double", "timmies medium double double", "medium double double"]
)
def test_a_chain_named_before_a_double_double_is_no_food(text: str) -> None:
    assert parts(text) == [
        (14, "fl oz", "brewed coffee"),
        (1, "fl oz", "half and half"),
        (2, "tsp", "sugar"),
    ]


def test_a_triple_triple_is_three_creams_and_three_sugars() -> None:
    assert parts("a large triple triple") == [
        (20, "fl oz", "brewed coffee"),
        (1.5, "fl oz", "half and half"),
        (3, "tsp", "sugar"),
    ]


def test_a_cafe_con_leche_is_a_double_shot_under_six_ounces_of_milk() -> None:
    assert parts("a cafe con leche") == [(2, "fl oz", "espresso"), (6, "fl oz", "2% milk")]


def test_a_milk_named_by_its_fat_alone_is_that_milk() -> None:
    # "1%" alone was searched as a food, and asked about
    assert parts("a grande latte with 1%")[1] == (12.5, "fl oz", "1% milk")
    assert parts("americano with a splash of 2%")[1][1:] == ("splash", "2% milk")


def test_a_fat_said_after_a_dairy_food_is_which_of_it_not_a_glass_of_milk() -> None:
    # review15 F15: "a cup of cottage cheese, 2%" logged 244 g of 2% milk beside it
    assert parts("a cup of cottage cheese, 2%") == [(1, "cup", "cottage cheese 2%")]
    assert parts("plain greek yogurt, 2%") == [(1, None, "plain greek yogurt 2%")]
    assert parts("cereal, 1%")[1][2] == "1% milk"  # a milk beside a cereal is still a milk


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("an unsweetened chai latte", "a chai latte"),
        ("a tall unsweetened caramel latte", "a tall latte"),
        ("a sugarless grande mocha", None),
    ],
)
def test_unsweetened_takes_out_the_drinks_sugar_and_syrup(said: str, plain: str | None) -> None:
    ordered = parts(said)
    assert not [food for _, _, food in ordered if "sugar" in food or "syrup" in food]
    if plain is not None:  # the rest of the drink as it comes
        assert ordered == [part for part in parts(plain) if "sugar" not in part[2]]
