"""A typo is mended to the food word a name says beside the word next to it ("pinut butter":
peanut butter, not pinot butter), when the closest word alone would not fit there."""

from __future__ import annotations

import pytest

from healthbot.food.search import FoodSearch
from healthbot.food.spelling import in_context, word_pairs

_PAIRS = word_pairs(["Peanut butter, smooth style", "Wine, pinot noir", "Pine nuts, dried"])


@pytest.mark.parametrize(
    ("typed", "before", "after", "meant"),
    [
        ("pinut", None, "butter", "peanut"),  # of "peanut butter"
        ("pinut", None, "noir", "pinot"),  # of "pinot noir"
        ("pinut", None, "toast", None),  # no name says either beside "toast"
        ("binut", None, "butter", None),  # another first letter: no slip of this word
    ],
)
def test_a_close_word_is_taken_where_a_name_says_it_beside_the_neighbour(
    typed: str, before: str | None, after: str | None, meant: str | None
) -> None:
    close = [("pinot", 80.0), ("peanut", 72.7), ("pine", 66.7)]
    assert in_context(typed, close, before, after, _PAIRS) == meant


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("pinut butter", "peanut butter"),
        ("2 tbsp of pinut butter", "2 tbsp of peanut butter"),
        ("pinot grigio", "pinot grigio"),  # a word of a name stays
    ],
)
def test_the_mender_reads_a_typo_beside_its_neighbour(
    food_search: FoodSearch, typed: str, mended: str
) -> None:
    assert food_search.mend(typed) == mended
