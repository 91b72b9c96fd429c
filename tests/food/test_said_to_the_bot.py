"""Requests to the bot and talk around the food ("can you log ...", "please add ...", "I broke
my fast with ...") fall away: none of their words is searched as a food's."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.said_to_bot import opening_words
from healthbot.food.sentences import read_sentence


def _foods(text: str) -> list[tuple[float, str]]:
    return [(item.quantity, item.food) for item in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("Could you please log a flat white and a muffin", [(1, "flat white"), (1, "muffin")]),
        ("can u add 2 crumpets", [(2, "crumpets")]),
        ("please add 2 slices of rye to my diary, thanks", [(2, "rye")]),
        ("log: 3 kiwis", [(3, "kiwis")]),
        ("I'd like to record a pear", [(1, "pear")]),
        ("Put down 2 flapjacks for me please", [(2, "flapjacks")]),
        ("jot down a bag of crisps cheers", [(1, "crisps")]),
        ("I want to track half a melon", [(0.5, "melon")]),
    ],
)  # fmt: skip
def test_a_request_to_the_bot_names_no_food(said: str, foods: list[tuple[float, str]]) -> None:
    assert _foods(said) == foods


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("I broke my fast with 4 figs and a lassi", [(4, "figs"), (1, "lassi")]),
        ("we started the day with 2 croissants", [(2, "croissants")]),
        ("Kicked off the morning with a smoothie", [(1, "smoothie")]),
        ("I lined my stomach with 2 slices of toast", [(2, "toast")]),
        ("I settled for a small salad", [(1, "salad")]),
        ("I caved and had 3 cookies", [(3, "cookies")]),
    ],
)  # fmt: skip
def test_a_phrase_of_the_day_that_ends_in_with_names_no_food(
    said: str, foods: list[tuple[float, str]]
) -> None:
    assert _foods(said) == foods


@pytest.mark.parametrize(
    ("said", "text"),
    [
        ("a slice of yule log", "a slice of yule log"),
        ("a chocolate log", "a chocolate log"),
        ("2 eggs for me and the kids", "2 eggs for us"),  # a share, not politeness
    ],
)
def test_the_words_of_a_request_stay_where_they_name_the_food(said: str, text: str) -> None:
    assert read_sentence(said).text == text


@pytest.mark.parametrize(
    "said",
    ["save the best for last", "count chocula", "enter the dragon roll", "input 2 eggs"],
)
def test_a_verb_that_asks_no_logging_is_no_request_at_the_start(said: str) -> None:
    assert read_sentence(said).text == said


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("log cabin syrup on 2 pancakes", ("log cabin syrup", "cabin syrup")),
        ("add oat milk, and a banana", ("add oat milk", "oat milk")),
        ("Jot down greek yogurt with honey", ("Jot down greek yogurt", "greek yogurt")),
        ("log 2 eggs", None),  # an item follows: a request
        ("add a banana", None),
        ("log: kiwis", None),
        ("save the best for last", None),  # no verb that asks to log
        ("a slice of yule log", None),
    ],
)  # fmt: skip
def test_the_words_a_verb_opens_with_are_offered_as_a_name(
    said: str, words: tuple[str, str] | None
) -> None:
    assert opening_words(said) == words


def test_a_verb_at_the_start_stays_when_the_caller_reads_it_as_a_name() -> None:
    assert read_sentence("log cabin syrup", opening_request=False).text == "log cabin syrup"
    assert read_sentence("log cabin syrup").text == "cabin syrup"
