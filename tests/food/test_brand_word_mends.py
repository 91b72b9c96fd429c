"""A typo is taken for a word some food's name writes in lower case before a word only a
brand's capitals have, unless the brand's word is far likelier ("expresso": espresso, not
STOUFFER'S LUNCH EXPRESS)."""

from __future__ import annotations

from healthbot.food.search import FoodSearch
from healthbot.food.spelling import BRAND_MARGIN, likeliest

FREQUENCY = {"espresso": 3, "express": 1, "cheerios": 2, "cheese": 90}


def test_a_plain_word_nearly_as_like_wins_over_a_brand_s() -> None:
    found = [("express", 93.3), ("espresso", 87.5)]
    assert likeliest(found, {"espresso", "cheese"}, FREQUENCY) == "espresso"


def test_a_brand_s_word_far_likelier_stays() -> None:
    found = [("cheerios", 95.0), ("cheese", 95.0 - BRAND_MARGIN - 1)]
    assert likeliest(found, {"cheese"}, FREQUENCY) == "cheerios"
    assert likeliest([("express", 93.3)], {"cheese"}, FREQUENCY) == "express"  # nothing else


def test_a_coffee_typed_as_it_is_often_said_is_mended_to_it(food_search: FoodSearch) -> None:
    assert food_search.mend("double expresso") == "double espresso"
