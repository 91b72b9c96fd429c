"""Where a food was had, said after it in words that name no food ("from kroger", "at the
ballgame", "down at the pier"): the item is the food before them, read as if they were not
typed, and never a food their words happen to pull in (the rotisserie wing's measure for
"half a rotisserie chicken from publix")."""

from __future__ import annotations

import pytest

from healthbot.food.asides import placed_apart
from healthbot.food.sentences import read_sentence
from healthbot.meals.service import MealService

_FOOD_WORDS = {"chicken", "rotisserie", "chowder", "clam", "beans", "whole", "foods", "the"}


def _knows(word: str) -> bool:
    return word in _FOOD_WORDS


def _no_chain(words: list[str]) -> bool:
    return False


def test_a_place_of_words_no_food_has_is_cut_from_the_food() -> None:
    assert placed_apart("rotisserie chicken from publix", _knows, _no_chain) == "rotisserie chicken"
    assert placed_apart("clam chowder down at the wharf", _knows, _no_chain) == "clam chowder"
    assert placed_apart("chicken at my aunties", _knows, _no_chain) == "chicken"


def test_a_place_whose_words_a_food_has_or_a_chain_stays() -> None:
    # a food's word after "from" may be the food's own ("whole foods" is left to search)
    assert placed_apart("beans from whole foods", _knows, _no_chain) is None
    assert placed_apart("juice from 2 oranges", _knows, _no_chain) is None
    assert placed_apart("fries from wendy s", _knows, _no_chain) is None  # its owner's menu
    assert placed_apart("a shake from dennys", _knows, lambda words: True) is None
    # "in" and "on" join a dish's own name: "pigs in a blanket" is no pig
    assert placed_apart("pigs in a blanket", _knows, _no_chain) is None
    assert placed_apart("chicken", _knows, _no_chain) is None


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("a cup of chili down at the pier", "a cup of chili"),
        ("a beer out on the deck", "a beer"),
        ("2 lemonades back at the campsite", "2 lemonades"),
    ],
)
def test_the_way_to_a_place_goes_with_the_place(text: str, items: str) -> None:
    assert read_sentence(text).text == items


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("I had half a rotisserie chicken from publix", "half a rotisserie chicken"),
        ("a cup of chili down at the pier", "a cup of chili"),
    ],
)
async def test_a_food_said_with_where_is_the_food_alone(
    service: MealService, text: str, plain: str
) -> None:
    said, alone = await service.understand(text), await service.understand(plain)
    assert said.questions == alone.questions == ()
    assert [(p.food_uid, p.grams) for p in said.portions] == [
        (p.food_uid, p.grams) for p in alone.portions
    ]
