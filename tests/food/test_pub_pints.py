"""Drinks by the vessel they are poured in: a pint of what a pub of Britain, Ireland,
Australia or New Zealand pours is the imperial pint, a flute of bubbly a bar's 150 ml, a pot
of tea two cups."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.servings import default_amount
from healthbot.food.units import IMPERIAL_PINT_ML, Unit


@pytest.mark.parametrize(
    ("text", "pints"),
    [
        ("a pint of bitter", 1),
        ("2 pints of Stella", 2),
        ("half a pint of cider", 0.5),
        ("a half pint of stout", 0.5),
        ("three pints of carling down the pub", 3),
    ],
)
def test_a_pint_of_a_pub_drink_is_an_imperial_pint(text: str, pints: float) -> None:
    [item] = parse_meal(text)
    assert (item.quantity, item.unit) == (pytest.approx(pints * IMPERIAL_PINT_ML), Unit.ML)


@pytest.mark.parametrize("text", ["a pint of beer", "a pint of IPA", "a pint of milk"])
def test_a_pint_of_anything_else_is_the_us_pint(text: str) -> None:
    [item] = parse_meal(text)
    assert (item.quantity, item.unit) == (1, Unit.PINT)


def test_a_flute_of_bubbly_is_a_bars_pour() -> None:
    [item] = parse_meal("2 flutes of prosecco")
    assert (item.quantity, item.unit, item.food) == (300, Unit.ML, "prosecco")


def test_a_pot_of_tea_is_two_cups() -> None:
    [item] = parse_meal("a pot of tea")
    assert default_amount(item) == (16.0, Unit.FL_OZ)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # refused: "A quantity needs a food after it", where "a schooner" is a beer
        ("had 3 pints at the pub", "3 pints of beer"),
        ("a pint", "a pint of beer"),
        ("a pint and a packet of crisps", "a pint of beer and a packet of crisps"),
        ("a pint of milk", "a pint of milk"),  # named: as said
    ],
)
def test_a_pint_of_nothing_named_is_of_beer(text: str, items: str) -> None:
    assert read_sentence(text).text == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the part begins the next item's name or amount: a pint of beer, then that item
        (
            "a pint and a quarter pounder with cheese",
            "a pint of beer and a quarter pounder with cheese",
        ),
        ("two pints and a half baguette", "two pints of beer and a half baguette"),
        ("a pint and a half pint of lager", "a pint of beer and a half pint of lager"),
        # a part of one thing is that thing's ("a pint" was left with no food: refused)
        ("a pint and a third of my pizza", "a pint of beer and a third of pizza"),
        ("2 pints and a quarter of the quiche", "2 pints of beer and a quarter of the quiche"),
        # a part of the pint still is
        ("a pint and a third of cider", "1.33 pints of cider"),
    ],
)
def test_a_part_after_a_pint_is_the_pints_only_where_it_ends_the_amount(
    text: str, items: str
) -> None:
    assert read_sentence(text).text == items


@pytest.mark.parametrize(
    ("text", "amount", "food"),
    [
        ("I drank a pint and a half of oat milk", (1.5, Unit.PINT), "oat milk"),
        ("a pint and a quarter of lemonade", (1.25, Unit.PINT), "lemonade"),
        # a pint of nothing named is of beer, a part of one too
        ("2 pints and a half at the bar", (2.5, Unit.PINT), "beer"),
        ("a pint and a half of mild down the pub", (1.5 * IMPERIAL_PINT_ML, Unit.ML), "mild"),
    ],
)
def test_a_pint_and_a_part_is_one_amount_of_the_food_after_it(
    text: str, amount: tuple[float, Unit], food: str
) -> None:
    [item] = parse_meal(read_sentence(text).text)
    assert (item.quantity, item.unit, item.food) == (pytest.approx(amount[0]), amount[1], food)
