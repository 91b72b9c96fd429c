"""An egg dish said with the eggs it was made of, after its name ("a masala omelette made
with 2 eggs", "egg bhurji of 3 eggs", "2 egg bhurji"): that many eggs of the dish, never a
dish beside the eggs nor that many dishes."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a spanish omelette made with 3 eggs", "3 omelet eggs"),
        ("an omelette from 4 large eggs", "4 omelet eggs"),
        ("a frittata using 2 eggs", "2 omelet eggs"),
        ("anda bhurji of 2 eggs and a paratha", "2 scrambled eggs and a paratha"),
        ("3 egg bhurji", "3 scrambled eggs"),
        ("an omelette with one egg", "1 omelet eggs"),  # was the omelette and an egg
        # what else the dish had stays an item of its own
        ("a mushroom omelette made with 3 eggs", "mushroom, 3 omelet eggs"),
        ("an egg white omelette made with 4 egg whites",
         "an egg white omelette with 4 egg whites"),
    ],
)  # fmt: skip
def test_the_eggs_said_after_an_egg_dish_are_its_eggs(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_several_egg_white_omelettes_stay_dishes() -> None:
    assert read_sentence("2 egg white omelettes").text == "2 egg white omelettes"
