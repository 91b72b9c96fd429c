"""What was left of a thing ("the last third of the quiche", "the remaining two muffins") is
that part or count of it; a part of a whole whose piece says its share ('piece (1/8 of 9"
dia)') is of the whole."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence
from healthbot.food.wholes import whole_measure


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("polished off the last third of the quiche", "a third of the quiche"),
        ("the remaining two muffins", "two muffins"),
        ("the leftover slice of lasagne", "a slice of lasagne"),
        ("the last of the soup", "the last of the soup"),  # no part said: as typed
    ],
)
def test_what_was_left_is_its_part(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_piece_that_says_its_share_weighs_the_whole() -> None:
    assert whole_measure([(1, "oz", 28.35), (1, 'piece (1/6 of 8" pie)', 117)]) == 702
    assert whole_measure([(1, "oz", 28.35), (2, "cookies", 20)]) is None
