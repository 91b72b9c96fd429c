"""A mixed drink named by its initials ("a g&t", "2 v&ts") is that drink: never "a g" of
grams."""

from __future__ import annotations

import pytest

from healthbot.food.cocktails import mixed_drinks
from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("typed", "spirit", "shots"),
    [("a g&t", "gin", 1.5), ("two G & Ts", "gin", 3.0), ("a v n t", "vodka", 1.5)],
)
def test_initials_name_the_drink(typed: str, spirit: str, shots: float) -> None:
    shot, mixer = mixed_drinks(parse_meal(read_sentence(typed).text))
    assert (shot.food, shot.quantity) == (spirit, shots)
    assert mixer.food == "tonic water"
