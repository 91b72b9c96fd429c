"""Words around an item that name no food: a day and its time ("on saturday night"), what
the food was for ("for the drive home"), the eatery it came from ("at the dhaba", "from the
bodega"); and the part each of those who shared a thing had ("half each")."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a plate of pancit on saturday night", "a plate of pancit"),
        ("last friday evening I had 2 samosas", "2 samosas"),
        ("a flask of soup for the drive home", "a flask of soup"),
        ("a banana, for the journey", "a banana"),
        ("2 parathas at the dhaba", "2 parathas"),
        ("a bacon roll from the bodega", "a bacon roll"),
        ("a nasi lemak from the mamak", "a nasi lemak"),
    ],
)
def test_when_what_for_and_where_fall_away(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_part_each_of_a_shared_thing_is_that_part_of_it() -> None:
    [pizza] = parse_meal(read_sentence("my brother and I split a large hawaiian, half each").text)
    assert (pizza.quantity, pizza.food) == (0.5, "hawaiian")
    [cake] = parse_meal(read_sentence("we shared a cheesecake, a quarter each").text)
    assert cake.quantity == 0.25


def test_a_cup_of_each_stays_an_amount_for_every_food() -> None:
    items = parse_meal(read_sentence("peas and carrots, half a cup each").text)
    assert [(item.quantity, item.food) for item in items] == [(0.5, "peas"), (0.5, "carrots")]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # a shop's, not a verb of buying
        ("a slice of store bought apple pie", "a slice of apple pie"),
        ("2 shop-bought scones", "2 scones"),
        # what the writer usually does, before what they did
        ("I normally skip breakfast but today I had 2 crumpets", "2 crumpets"),
    ],
)
def test_what_names_no_food_around_an_item_falls_away(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    ("text", "unit", "food"),
    [
        ("the 10 piece nuggets", Unit.PIECE, "nuggets"),
    ],
)
def test_a_count_after_the_is_read(text: str, unit: Unit, food: str) -> None:
    [item] = parse_meal(text)
    assert (item.unit, item.food) == (unit, food)
