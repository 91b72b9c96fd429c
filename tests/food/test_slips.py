"""Short words are mended only for a slip of the hand; "an amount each" is every food's."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.search import FoodSearch
from healthbot.food.spelling import one_slip


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("udon", "udon"),  # a noodle's name, not "done"
        ("idli", "idli"),  # not "deli": two letters off
        ("satay", "satay"),  # not "salty"
        ("lassi", "lassi"),  # not "classic": the first letter is another
        ("egss", "eggs"),  # two letters swapped is one slip (not "less")
        ("brocoli", "broccoli"),  # a long word keeps the looser mend
    ],
)
def test_a_short_word_is_mended_only_for_one_slip(
    food_search: FoodSearch, typed: str, mended: str
) -> None:
    assert food_search.mend(typed) == mended


async def test_an_unmended_dish_name_is_no_match_for_another_food(
    food_search: FoodSearch,
) -> None:
    # "mandi" (Yemen's spiced rice and meat): a dish the table lacks ("udon", the example
    # before, is now a common name of its own: somen, cooked)
    assert await food_search.search("mandi") == []


def test_an_amount_each_is_every_unmeasured_food_s_before_it() -> None:
    read = [(i.quantity, i.unit, i.food) for i in parse_meal("rice and peas, a cup each")]
    assert read == [(1.0, "cup", "rice"), (1.0, "cup", "peas")]
    _, lemon = parse_meal("2 glasses of water with a slice of lemon in each")
    assert (lemon.quantity, lemon.food) == (2, "lemon")


def test_a_long_word_is_mended_only_for_two_slips_at_most(food_search: FoodSearch) -> None:
    # "pikelets" are small pancakes, three slips from "pickles": a name the table lacks
    assert food_search.mend("pikelets") == "pikelets"
    assert food_search.mend("brocolli") == "broccoli"  # two slips: still mended
    assert food_search.mend("sandwhich") == "sandwich"


def test_the_words_one_slip_away_are_each_word_once_a_short_one_s_first_letter_kept() -> None:
    words = ["lasagna", "lasagne", "porridge", "potato", "potatoes", "figs", "pies"]
    assert one_slip("lasange", words) == ["lasagne"]  # two letters swapped
    assert one_slip("porrige", words) == ["porridge"]  # a letter dropped
    assert one_slip("potatos", words) == ["potato"]  # two forms of one word: once
    assert one_slip("pigs", words) == ["pies"]  # not "figs": a short word's first letter
    assert one_slip("pizza", words) == []


@pytest.mark.parametrize(
    ("typed", "mended"),
    [("lasange", "lasagna"), ("porrige", "porridge"), ("amercano", "americano"),
     ("brocolli", "broccoli")],
)  # fmt: skip
def test_a_typo_one_slip_from_one_common_name_s_word_alone_is_mended_to_it(
    food_search: FoodSearch, typed: str, mended: str
) -> None:
    # words of no SR24 name but a common name's: "lasagne" (as its food spells it, lasagna),
    # "porridge", "americano"; "brocoli" is a common name that misspells broccoli
    assert food_search.mend(typed) == mended


async def test_a_mended_common_name_finds_the_food_its_right_spelling_does(
    food_search: FoodSearch,
) -> None:
    for typed, spelt in (("lasange", "lasagne"), ("porrige", "porridge")):
        [typo] = await food_search.search(food_search.mend(typed), limit=1)
        [right] = await food_search.search(spelt, limit=1)
        assert typo.uid == right.uid
