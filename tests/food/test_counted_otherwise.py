"""A count of a food the table weighs by one thing of another name ("8 ginger snaps": its
"cookie"; "20 tater tots": a "puff") or by one thing of a size alone ("10 prawns": shrimp's
"4 large") is that many of those; one thing per food, else nothing to count by."""

from __future__ import annotations

from healthbot.food.measures import one_unitless


def test_one_thing_of_another_name_is_what_is_counted() -> None:
    assert one_unitless([(1, "oz", 28.35), (1, "cookie", 7), (1, "large (3 in dia)", 32)]) == 7
    assert one_unitless([(1, "cup", 128), (1, "puff", 8.4), (10, "puffs", 84)]) == 8.4


def test_one_thing_of_a_size_alone_is_what_is_counted() -> None:
    assert one_unitless([(3, "oz", 85), (4, "large", 22)]) == 5.5


def test_two_things_of_other_names_count_nothing() -> None:
    assert one_unitless([(1, "cup", 30), (1, "bar", 40), (1, "piece", 10)]) is None
