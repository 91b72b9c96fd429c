"""Oils go by the names said outside the US (rapeseed, groundnut, sunflower): each is its oil,
not a food whose name holds the word ('peanut oil' was oil-roasted peanuts)."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES


@pytest.mark.parametrize(
    ("said", "uid"),
    [
        ("peanut oil", "04042"),  # it was oil-roasted peanuts, 1 g
        ("groundnut oil", "04042"),
        ("rapeseed oil", "04582"),  # Oil, canola
        ("sunflower oil", "04584"),
        ("avocado oil", "04581"),
    ],
)
def test_an_oil_by_its_name_abroad_is_that_oil(said: str, uid: str) -> None:
    assert ALIASES[said] == uid
