"""What a writer asked someone for is what they had ("asked the butcher for half a pound of
pastrami"); "ate it all" says all of what was named, and "her" or "their" only whose it was."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Asked the butcher for half a pound of pastrami and ate it all",
         "half a pound of pastrami"),
        ("asked the barista for a cortado", "a cortado"),
        ("6 wings, ate them all", "6 wings"),
        ("a punnet of raspberries, had all of them", "a punnet of raspberries"),
        ("I asked my nan for a slice of her trifle", "a slice of trifle"),
        ("a brisket sandwich and one of their pickles", "a brisket sandwich and one of pickles"),
    ],
)  # fmt: skip
def test_what_was_asked_for_and_eaten_all_is_the_item(text: str, items: str) -> None:
    assert read_sentence(text).text == items
