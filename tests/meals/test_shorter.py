"""Long names on cards and buttons are cut after a whole word, with an ellipsis."""

from __future__ import annotations

import pytest

from healthbot.meals.views import shorter


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        (
            "Cookies, chocolate chip, commercially prepared, regular",
            48,
            "Cookies, chocolate chip, commercially prepared…",
        ),
        ("Bread, white, commercially prepared, toasted", 30, "Bread, white, commercially…"),
        ("Supercalifragilisticexpialidocious", 12, "Supercalifr…"),  # one word: mid-word
        ("Bananas, raw", 12, "Bananas, raw"),  # it fits
        ("Bananas, raw, ripe", 13, "Bananas, raw…"),  # the cut falls on a space
    ],
)
def test_a_long_name_is_cut_after_a_whole_word(text: str, limit: int, expected: str) -> None:
    cut = shorter(text, limit)
    assert cut == expected
    assert len(cut) <= limit
