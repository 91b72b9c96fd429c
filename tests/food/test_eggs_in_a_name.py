"""The eggs an egg dish was made with, counted in its name ("a 4 egg omelette", "2 egg white
scramble"), are that many eggs of the dish, never that many dishes."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.parts import OMELET_EGGS
from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("a 4 egg omelette with mushrooms", (4, OMELET_EGGS)),
        ("three-egg frittata", (3, OMELET_EGGS)),
        ("2 egg scramble", (2, "scrambled eggs")),
        ("a 5 egg white scramble", (5, "egg whites")),
        # "one" after an article counts the eggs ("a one egg omelette" was a question);
        # without it, "one egg white omelet" is one dish (test_names_by_what_holds_them)
        ("a one-egg omelette", (1, OMELET_EGGS)),
        ("a one egg white scramble", (1, "egg whites")),
        ("one-egg omelette", (1, OMELET_EGGS)),  # the hyphen binds it to the egg
        ("one 3 egg omelette", (3, OMELET_EGGS)),  # one dish of three eggs, as "a 3 egg"
    ],
)
def test_the_count_is_of_the_eggs(typed: str, first: tuple[float, str]) -> None:
    item = parse_meal(read_sentence(typed).text)[0]
    assert (item.quantity, item.food) == first


def test_an_egg_white_omelette_keeps_its_name_with_its_whites_counted() -> None:
    dish, whites = parse_meal(read_sentence("4 egg white omelette").text)
    assert (dish.food, whites.quantity, whites.food) == ("egg white omelette", 4, "egg whites")
