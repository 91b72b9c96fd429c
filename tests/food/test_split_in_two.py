"""Two people who split or shared one thing: each had half of it, unless the text says."""

from __future__ import annotations

from healthbot.food.sentences import read_sentence


def test_split_or_shared_between_two_is_half() -> None:
    assert read_sentence("my brother and I split a large calzone").text == "half of a large calzone"
    assert read_sentence("we shared a plate of nachos").text == "half of a plate of nachos"
    assert read_sentence("the two of us split an order of wings").text.startswith("half of an")


def test_a_part_said_is_not_halved_again() -> None:
    reading = read_sentence("we split a pizza, I had a third of it")
    assert "half" not in reading.text
    assert "half" not in read_sentence("we shared a pizza with my parents").text  # four?
    # Splitting without company named is no sharing: "I split a bagel" is cutting it.
    assert "half" not in read_sentence("I split a bagel and toasted it").text
