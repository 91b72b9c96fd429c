"""A dish named as a title before what was in it: the detail, which carries the amounts, is
what was eaten, never the title beside its own parts; a dish that holds a filling keeps its
bread, two slices of the one the detail names; a food the title names cooked is cooked so;
an amount said alone in the detail is of the title's food it does not name again."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence
from healthbot.food.titles import without_title


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # the bread the detail leaves out stays
        ("chicken and avocado sandwich, 3 oz chicken and half an avocado",
         "2 slices bread, 3 oz chicken and half an avocado"),
        ("turkey and cranberry roll, 2 oz turkey and a tbsp of cranberry sauce",
         "1 bun, 2 oz turkey and a tbsp of cranberry sauce"),
        # the bread it names without an amount is the dish's two slices
        ("a poached egg sandwich, 2 eggs on rye",
         "2 poached eggs on 2 slices of rye"),
        # an amount alone is of the title's other food
        ("steak and onion roll, 1 onion and 150 g",
         "1 bun, steak, 1 onion and 150 g"),
        ("a slow roast: 6 oz lamb, 2 potatoes and a cup of peas",
         "a slow roast: 6 oz lamb, 2 potatoes and a cup of peas"),  # no word named again
    ],
)  # fmt: skip
def test_a_title_gives_way_to_its_detail(said: str, read: str) -> None:
    assert without_title(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "a slice of banana bread, 1/10 of the loaf",  # an amount in the title: the slice's
        "tuna sandwich, made with 3 oz tuna",  # a recipe's name weighs its restated parts
        "toast, 2 slices",
    ],
)
def test_a_title_with_an_amount_or_a_recipe_stays(said: str) -> None:
    assert without_title(said) == said


def test_a_title_before_a_day_and_a_colon_is_still_a_title() -> None:
    reading = read_sentence("had a fry up this morning: 2 sausages, 2 eggs and beans")
    assert reading.text == "2 sausages, 2 eggs and beans"
