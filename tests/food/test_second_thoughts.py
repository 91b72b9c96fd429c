"""A correction inside the text it corrects ("3 ciders, actually make that 4", "fried 3 eggs,
sorry I meant 2", "a gin and tonic, make it a double"): what was meant counts, and the words
of the correction are never a food."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.problems import FoodParseError, ParseProblem
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def _foods(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("I had 2 ciders yesterday, actually make that 3", [(3, None, "ciders")]),
        ("fried 3 eggs, sorry I meant 2", [(2, None, "fried eggs")]),
        ("5 dumplings no wait, 6", [(6, None, "dumplings")]),
        ("a flapjack. Oops, 2", [(2, None, "flapjack")]),
        ("2 cups of rice, actually 3", [(3, Unit.CUP, "rice")]),
        ("a bowl of rice, or rather 200 g", [(200, Unit.G, "rice")]),
        # an amount is the food's, not the milk's added to it
        ("a coffee with milk, sorry 2", [(2, None, "coffee"), (1, None, "milk")]),
    ],
)  # fmt: skip
def test_an_amount_said_again_is_the_amount_of_the_last_food(
    said: str, foods: list[tuple[float, Unit | None, str]]
) -> None:
    assert _foods(said) == foods


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("2 eggs and toast, oops 3 eggs", [(3, None, "eggs"), (1, None, "toast")]),
        ("2 scrambled eggs and toast, sorry I meant 3 eggs",
         [(3, None, "scrambled eggs"), (1, None, "toast")]),
        ("a beer, no wait, a glass of red wine", [(1, Unit.GLASS, "red wine")]),
        ("toast and a latte, I mean a flat white", [(1, None, "toast"), (1, None, "flat white")]),
        ("a gin and tonic, make it a double", [(1, None, "double gin"), (1, None, "tonic")]),
    ],
)  # fmt: skip
def test_a_food_said_again_changes_the_item_it_names_or_replaces_the_last(
    said: str, foods: list[tuple[float, Unit | None, str]]
) -> None:
    assert _foods(said) == foods


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("I actually ate 3 cookies", [(3, None, "cookies")]),
        ("toast, actually also jam", [(1, None, "toast"), (1, None, "jam")]),
        ("2 pancakes, oops", [(2, None, "pancakes")]),
        ("no sugar in my tea", [(1, None, "no sugar"), (1, None, "tea")]),
    ],
)  # fmt: skip
def test_words_of_a_correction_that_correct_nothing_leave_the_items(
    said: str, foods: list[tuple[float, Unit | None, str]]
) -> None:
    assert _foods(said) == foods


@pytest.mark.parametrize(
    "said",
    [
        "2 eggs sorry I meant -5",
        "2 eggs, sorry I meant − 5",
        "2 eggs, sorry I meant –5",
        "3 beers, make that -5",
        "3 beers, actually make that − 5",
        "a flapjack. Oops, –2",
        "5 dumplings no wait, -6",
        "2 cups of rice, actually -3 cups",
    ],
)
def test_a_negative_amount_in_a_correction_is_refused_not_read_without_its_sign(
    said: str,
) -> None:
    with pytest.raises(FoodParseError) as refused:
        _foods(said)
    assert refused.value.problem is ParseProblem.NEGATIVE


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("2 eggs, no - 3", [(3, None, "eggs")]),
        ("2 eggs - sorry - 3", [(3, None, "eggs")]),
        ("a beer, oops – a glass of wine", [(1, Unit.GLASS, "wine")]),
    ],
)  # fmt: skip
def test_a_dash_between_a_correction_and_its_amount_is_punctuation(
    said: str, foods: list[tuple[float, Unit | None, str]]
) -> None:
    assert _foods(said) == foods
