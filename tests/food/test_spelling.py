"""A typo is mended toward a food's word; an English word, and a food's own word, never is."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.search import FoodSearch
from healthbot.food.spelling import (
    is_english,
    skeleton,
    sounds_alike,
    spelling_variant,
    unit_slip,
)
from healthbot.food.units import UNIT_ALIASES


@pytest.mark.parametrize(
    "word",
    ["pour", "couch", "keep", "drill", "claim", "sewing", "glaze", "skimmed", "snag", "spoke",
     "beaker", "tumbler", "schooner", "crate"],
)  # fmt: skip
def test_an_english_word_that_names_no_food_is_left_as_typed(
    food_search: FoodSearch, word: str
) -> None:
    assert food_search.mend(word) == word


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("cinamon", "cinnamon"),  # a letter missing
        ("spinnach", "spinach"),  # a letter doubled
        ("yoghurt", "yogurt"),  # British spelling, an English word mended to its US one
        ("flavoured", "flavored"),
        ("tomatoe", "tomato"),  # the "-oes" plural's singular with its "e"
        ("orang", "orange"),  # a final "e" left off, not the "-es" plural
        ("desert", "dessert"),  # a real word typed for the food that sounds the same
    ],
)
def test_a_slip_is_mended_toward_the_food_s_word(
    food_search: FoodSearch, typed: str, mended: str
) -> None:
    assert food_search.mend(typed) == mended


def test_the_words_of_the_food_table_are_never_mended(food_search: FoodSearch) -> None:
    """A mend never turns one real food into another: every word of a food's name (or a
    common name) is left as it is."""
    words = sorted(w for w in food_search._word_frequency if w.isalpha())
    changed = [w for w in words if food_search.mend(w) != w]
    assert changed == []


def test_a_word_of_english_is_known_and_a_typo_is_not() -> None:
    assert is_english("schooner") and is_english("browned") and is_english("scrambled")
    assert not is_english("handfull") and not is_english("peice") and not is_english("chedder")
    assert not is_english("abc")  # under four letters: never asked


def test_british_and_american_spellings_are_variants_and_other_words_are_not() -> None:
    assert spelling_variant("colour", "color") and spelling_variant("chilli", "chili")
    assert not spelling_variant("favored", "flavored")  # a letter more is another word
    assert not spelling_variant("pour", "pear")


def test_words_that_sound_the_same_share_a_skeleton() -> None:
    assert skeleton("bisket") == skeleton("biscuit") == "bskt"
    assert sounds_alike("spagetty", "spaghetti") and sounds_alike("yoghert", "yogurt")
    assert not sounds_alike("lassi", "las")  # a dish is no shorter word that sounds so
    assert not sounds_alike("tart", "treat")


@pytest.mark.parametrize(
    ("typed", "unit"),
    [("handfull", "handful"), ("peice", "piece"), ("slcie", "slice"), ("tablspoon", "tablespoon"),
     ("bottel", "bottle"), ("scopp", "scoop")],
)  # fmt: skip
def test_a_mistyped_unit_word_is_the_unit(typed: str, unit: str) -> None:
    assert unit_slip(typed, UNIT_ALIASES) == unit


@pytest.mark.parametrize("word", ["spice", "glade", "shoot", "pinto", "cap", "cups", "bowel"])
def test_an_english_or_short_word_is_no_unit_s_typo(word: str) -> None:
    assert unit_slip(word, UNIT_ALIASES) is None


def test_a_mistyped_unit_after_an_amount_is_read_as_the_unit() -> None:
    read = [(i.quantity, i.unit, i.food) for i in parse_meal("a handfull of cashews, 3 slcies ham")]
    assert read == [(1.0, "handful", "cashews"), (3.0, "slice", "ham")]
    [pears] = parse_meal("2 peices of pear")
    assert (pears.quantity, pears.unit, pears.food) == (2.0, "piece", "pear")


def test_a_word_like_a_unit_where_no_amount_is_before_it_stays_the_food() -> None:
    [item] = parse_meal("scopp")  # no amount before it: a food's name, however odd
    assert item.food == "scopp"


def test_a_word_spelt_as_it_sounds_is_mended_where_that_makes_a_common_name(
    food_search: FoodSearch,
) -> None:
    assert food_search.mend("creme soda") == "cream soda"
    assert food_search.alias("creme soda") == food_search.alias("cream soda")


@pytest.mark.parametrize("phrase", ["bean soup", "rice cake", "lamb chop", "pear cider"])
def test_a_phrase_of_real_foods_is_not_respelt(food_search: FoodSearch, phrase: str) -> None:
    assert food_search.mend(phrase) == phrase


def test_a_food_s_word_alone_is_never_taken_for_another_that_sounds_like_it(
    food_search: FoodSearch,
) -> None:
    assert food_search.alias("milk") is None or "MILKY" not in food_search.alias("milk").name
    assert food_search.mend("milk") == "milk"
