"""What a sentence says around its food falls away: the writer's verbs, where and after what
they ate; what they cooked and then ate all or part of is what they ate."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # a verb of the writer's before an amount names no food
        ("I counted out twenty grapes", "20 grapes"),
        ("we picked 6 apricots off the tree", "6 apricots"),  # where they grew: no food
        ("I weighed out 80g of oats", "80g of oats"),
        ("I sliced up half a melon", "half a melon"),
        ("I polished through a dozen prawns", "a dozen prawns"),
        ("I worked through 2 bags of popcorn", "2 bags of popcorn"),
        # a cooking verb stays with its food, for the cooked entry
        ("I steamed 2 cups of broccoli", "2 cups of steamed broccoli"),
        ("I braised half a pound of short ribs", "half a pound of braised short ribs"),
        # where, and after or before what
        ("a meat pie down the footy", "a meat pie"),
        ("two sausages at the barbie", "two sausages"),
        ("a lemonade at the club", "a lemonade"),
        ("a banana before swimming", "a banana"),
        ("an energy bar after netball", "an energy bar"),
        # an activity ends in "ing"; a food that does stays
        ("a slice of cake after pudding", "a slice of cake after pudding"),
    ],
)
def test_what_is_said_around_the_food_falls_away(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("I poached 3 eggs and ate 2 of them", "2 poached eggs"),
        ("I stewed a pot of plums and had 4 of them", "4 stewed plums"),
        ("I roasted a tray of potatoes and had 4 of them", "4 potatoes"),
        ("I fried half a pound of mince and ate the lot", "half a pound of fried mince"),
        ("I warmed up a can of soup and had all of it", "a can of soup"),
        ("we baked a batch of scones and I ate 2 of them", "2 scones"),
    ],
)
def test_what_was_cooked_then_eaten_all_or_in_part_is_what_was_eaten(said: str, items: str) -> None:
    assert read_sentence(said).text == items
