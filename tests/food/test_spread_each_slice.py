"""A spread named with a bread counted goes on each slice or half, and a milk by a name
without "milk" in it goes on a cereal by the cereal's half cup."""

from __future__ import annotations

from healthbot.food.pairings import BAKED, CEREALS, MAX_EACH, paired
from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


def spread(text: str, group: str = BAKED) -> tuple[float, Unit | None]:
    base, topping = parse_meal(text)
    found = paired(topping, base, group)
    return found.quantity, found.unit


def test_marmalade_goes_on_each_slice_of_toast() -> None:
    assert spread("3 slices of toast with marmalade") == (3.0, None)  # 3 x its tablespoon
    assert spread("a slice of rye with honey") == (1.0, None)


def test_butter_goes_on_each_half_of_a_bagel_by_the_pat() -> None:
    assert spread("2 english muffins with butter") == (4.0, Unit.PAT)
    assert spread("a crumpet with butter") == (2.0, Unit.PAT)


def test_no_more_slices_are_spread_than_a_meal_has() -> None:
    assert spread("12 slices of bread with jam") == (MAX_EACH, None)


def test_what_is_no_spread_keeps_its_one_amount() -> None:
    assert spread("2 slices of toast with cream cheese") == (1.0, None)
    assert spread("4 pancakes with maple syrup") == (1.0, None)  # a stack, not each


def test_a_spread_with_its_own_amount_keeps_it() -> None:
    assert spread("2 slices of toast with a tsp of jam") == (1.0, Unit.TSP)


def test_semi_skimmed_on_cereal_is_its_half_cup() -> None:
    assert spread("a bowl of corn flakes with semi skimmed", CEREALS) == (0.5, Unit.CUP)
    assert spread("muesli with full cream", CEREALS) == (0.5, Unit.CUP)


def test_a_nut_butter_is_a_tablespoon_on_each_slice_or_half_never_a_pat() -> None:
    # "peanut butter" ends in "butter" but is no butter: a pat (5 g) was logged for it
    assert spread("3 slices of toast with peanut butter") == (3.0, Unit.TBSP)
    assert spread("an english muffin with smooth cashew butter") == (2.0, Unit.TBSP)
    assert spread("a slice of rye with crunchy almond butter") == (1.0, Unit.TBSP)
    assert spread("2 slices of toast with butter") == (2.0, Unit.PAT)  # butter is still a pat


def test_pb_as_texted_is_a_nut_butter_too() -> None:
    # "pb" alone was asked about ("how much pb?") where "peanut butter" was a tablespoon
    assert spread("toast with pb") == (1.0, Unit.TBSP)
    assert spread("2 slices of toast with crunchy pb") == (2.0, Unit.TBSP)
    assert spread("a bagel with pb") == (2.0, Unit.TBSP)
