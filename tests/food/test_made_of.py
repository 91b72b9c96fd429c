"""A dish said with what it was made of, each with its amount ("I made a stir fry with ...")
is those ingredients; a dish that holds a filling keeps its bread."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("Tonight I cooked a veggie curry with 200g chickpeas, a tin of tomatoes and a cup of rice",
         "200g chickpeas, a tin of tomatoes and a cup of rice"),
        ("I made a smoothie with a banana, 200 ml milk and a tbsp of honey",
         "a banana, 200 ml milk and a tbsp of honey"),
        ("made porridge with 40g oats and 200ml milk", "40g oats and 200ml milk"),
        ("we made pancakes with 2 eggs, a cup of flour and a cup of milk",
         "2 eggs, a cup of flour and a cup of milk"),
        ("a salad made of 80 g lettuce, 2 boiled eggs and a tbsp of mayo",
         "80 g lettuce, 2 boiled eggs and a tbsp of mayo"),
    ],
)  # fmt: skip
def test_a_dish_made_of_measured_things_is_those_things(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("made a cup of tea with 2 sugars", "a cup of tea with 2 sugars"),
        ("I made a smoothie with a banana", "a smoothie with a banana"),  # one thing, no measure
        ("I made a burger with a side of fries and a coke", "a burger, fries and a coke"),
    ],
)  # fmt: skip
def test_a_dish_said_with_what_came_with_it_stays(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_dish_that_holds_a_filling_keeps_its_bread() -> None:
    assert read_sentence("I made a wrap with 2 eggs and 30 g cheese").text == (
        "wrap with 2 eggs and 30 g cheese"
    )
