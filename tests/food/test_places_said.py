"""Where a food came from ("from Costa", "from the thai place", "at the kopitiam next door")
falls away; what "from" joins to a food stays, and so does a chain the table has a menu of,
whose items are read on it."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a flat white from Pret", "a flat white"),
        ("a sausage roll from Greggs on the way to work", "a sausage roll"),
        ("pad thai from the thai place", "pad thai"),
        ("2 samosas from the local indian", "2 samosas"),
        ("a laksa from the hawker stall downstairs", "a laksa"),
        ("a bacon roll from the van across the road", "a bacon roll"),
        ("popped into Tim Hortons for a maple donut", "for a maple donut"),
        ("a mocha at Starbucks and a muffin", "a mocha, a muffin"),
    ],
)  # fmt: skip
def test_a_place_named_beside_a_food_is_no_food(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    "said",
    [
        "juice squeezed from 3 oranges",
        "the milk from a coconut",
        "the juice from half a lemon",
        "a whopper from burger king",  # a chain with a menu: read on it
        "a cheeseburger from maccas",  # McDonald's by its Australian name
    ],
)
def test_what_from_joins_to_a_food_stays(said: str) -> None:
    assert read_sentence(said).text == said
