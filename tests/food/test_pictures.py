"""A food emoji is the food it pictures ("/log 🍩" is a doughnut); a count before it is its
count and a picture repeated is that many; a picture of no food is refused as one, not as if
nothing had been sent."""

from __future__ import annotations

import pytest

from healthbot.food.emoji import with_food_names
from healthbot.food.parser import FoodParseError, ParseProblem, parse_meal
from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("🍩", "doughnut"),
        ("3 🍪", "3 cookie"),
        ("🍣🍣🍣 and a 🍵", "3 sushi, and a tea"),
        ("🌮🌯", "taco, burrito"),
        ("a bowl of 🍜", "a bowl of ramen"),
        ("toast 🥑", "toast, avocado"),
        ("🍎️", "apple"),  # with the variation selector phones add
    ],
)  # fmt: skip
def test_a_food_emoji_reads_as_its_food(typed: str, read: str) -> None:
    assert " ".join(with_food_names(typed).split()).replace(" ,", ",").strip(" ,") == read


def test_an_emoji_meal_parses_into_items() -> None:
    items = parse_meal(read_sentence("2 🥐 ☕").text)
    assert [(item.quantity, item.food) for item in items] == [(2, "croissant"), (1, "coffee")]


def test_a_picture_of_no_food_is_refused_as_a_picture() -> None:
    with pytest.raises(FoodParseError) as refused:
        parse_meal(read_sentence("🚲").text)
    assert refused.value.problem is ParseProblem.PICTURE
    assert refused.value.span == "🚲"


def test_words_beside_a_picture_of_no_food_are_logged() -> None:
    assert [item.food for item in parse_meal(read_sentence("a banana 🙂").text)] == ["banana"]
