"""A spread named with a bread counted goes on each slice or half, and a milk by a name
without "milk" in it goes on a cereal by the cereal's half cup."""

from __future__ import annotations

from healthbot.food.pairings import BAKED, CEREALS, MAX_EACH, goes_with, paired
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


def test_a_crumpet_or_a_rice_cake_is_spread_whole_one_by_one() -> None:
    # a crumpet was taken for a bagel, cut in two: two pats on one crumpet
    assert spread("a crumpet with butter") == (1.0, Unit.PAT)
    assert spread("3 crumpets with golden syrup") == (3.0, None)
    # a rice cake (SR24's sweets) took peanut butter's own serving, 2 tbsp, on each
    assert spread("3 rice cakes with crunchy peanut butter", "Sweets") == (3.0, Unit.TBSP)


def test_crackers_take_a_slices_spread_three_to_a_slice() -> None:
    # each saltine took a slice's tablespoon: 4 tbsp (64 g) of peanut butter on 6 of them
    assert spread("6 saltine crackers with peanut butter") == (2.0, Unit.TBSP)
    assert spread("9 crackers with butter") == (3.0, Unit.PAT)
    assert spread("3 graham crackers with nutella") == (1.0, None)
    assert spread("30 crackers with peanut butter") == (MAX_EACH, Unit.TBSP)
    # crackers not counted are a serving of them, the lot's one amount
    assert spread("crackers with jam") == (1.0, None)
    assert spread("2 rice cakes with peanut butter", "Sweets") == (2.0, Unit.TBSP)  # as before


def test_a_yeast_extract_goes_on_each_slice() -> None:
    # every diary set spreads a teaspoon a slice; one teaspoon went on the lot
    assert spread("3 slices of toast with vegemite") == (3.0, None)
    assert spread("2 slices of rye with marmite") == (2.0, None)


def test_a_share_of_a_bread_takes_that_share_of_its_topping() -> None:
    # "half a bagel with cream cheese" took the whole bagel's two tablespoons
    assert spread("half a bagel with cream cheese") == (0.5, None)
    assert spread("a bagel with cream cheese") == (1.0, None)


def test_a_spread_named_after_another_goes_on_the_bread() -> None:
    # "with butter and vegemite": the vegemite went with the butter, not on the two slices
    items = parse_meal("2 slices of sourdough with butter and marmite")
    assert goes_with(items, 2) == 0
    assert paired(items[2], items[0], BAKED).quantity == 2.0
    assert goes_with(parse_meal("toast with jam and sliced banana"), 2) == 1  # no spread: as before


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


def test_a_spread_on_half_a_bagel_is_one_halfs() -> None:
    assert spread("half a bagel with peanut butter") == (1.0, Unit.TBSP)
    assert spread("half a bagel with butter") == (1.0, Unit.PAT)
