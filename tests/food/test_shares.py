"""What the writer ate of what was cooked, ordered or shared: their share, not the whole."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # what others had, then the writer's own food: the writer's is the meal
        ("we had lasagne, I ate a big square of it", "a big square of lasagne"),
        ("my family had curry and I had 2 cups of rice with dal", "2 cups of rice with dal"),
        ("we baked brownies, I had 2 of them", "2 brownies"),
        ("the kids had nuggets so I ate 4 of them", "4 nuggets"),
        ("they ordered sushi and I had 8 pieces of salmon roll", "8 pieces of salmon roll"),
        # what the writer cooked, then a pronoun: that many of it
        ("I grilled burgers, had one with a slice of cheese", "one burgers with a slice of cheese"),
        ("I baked muffins and ate two", "two muffins"),
        ("we made pancakes and I ate half of them", "half pancakes"),
        # an amount alone after it is of it
        ("we ordered nachos and I ate about a cup", "nachos, about a cup"),
        # what the writer cooked, then another food: both
        ("I made a smoothie and had a muffin", "a smoothie, a muffin"),
    ],
)  # fmt: skip
def test_the_share_of_what_was_cooked_is_what_was_eaten(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_meal_label_around_the_clauses_still_names_the_meal() -> None:
    reading = read_sentence("we had tacos for dinner, I ate 3 of them")
    assert (reading.text, reading.meal) == ("3 tacos", "dinner")


def test_a_food_for_me_and_others_is_for_us() -> None:
    # the "and" joins people, not foods: a share the resolver asks about
    assert read_sentence("fries for me and the kids").text == "fries for us"
    assert read_sentence("a pizza for me and my wife").text == "a pizza for us"
    assert read_sentence("a burger for me and a coke").text == "a burger for me and a coke"
