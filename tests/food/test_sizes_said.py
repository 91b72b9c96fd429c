"""Sizes as people say them: after the food ("fries, large", "a shake regular size"), as a
chain names them ("regular", "kid size"), as a cup a chain sells ("cup small 16 fl oz size"),
and a split part's half measure ("0.5 fillet") that is one as served."""

from __future__ import annotations

import pytest

from healthbot.food.measures import match_measure, one_of
from healthbot.food.quantities import trailing_size
from healthbot.food.servings import usual_portion
from healthbot.food.units import Size, Unit
from healthbot.food.wholes import piece_grams

SUNDAE = [(12.0, "fl oz cup regular", 300.0), (16.0, "fl oz cup large", 420.0)]
NUGGETS_SIDE = [
    (1.0, "kid's meal Serving", 60.0),
    (1.0, "small Serving", 90.0),
    (1.0, "medium Serving", 120.0),
]
LEMONADE = [
    (1.0, "fl oz", 31.0),
    (1.0, "cup child 12 fl oz size", 250.0),
    (1.0, "cup small 16 fl oz size", 340.0),
    (1.0, "cup large 32 fl oz size", 700.0),
]
TROUT = [(0.5, "fillet", 160.0), (3.0, "oz", 85.0)]


@pytest.mark.parametrize(
    ("food", "expected"),
    [
        ("chocolate sundae regular size", ("chocolate sundae", Size.REGULAR)),
        ("onion rings kids size", ("onion rings", Size.KID)),
        ("iced tea large", ("iced tea", Size.LARGE)),
        ("hot chocolate extra large", ("hot chocolate", Size.EXTRA_LARGE)),
        ("pretzel king size", ("pretzel", Size.KING)),
    ],
)
def test_a_size_typed_after_the_food_is_its_size(food: str, expected: tuple[str, Size]) -> None:
    assert trailing_size(food) == expected


@pytest.mark.parametrize("food", ["king crab", "large", "regular coke", "small size", "cod"])
def test_words_that_end_in_no_size_keep_their_food(food: str) -> None:
    assert trailing_size(food) is None


def test_regular_size_is_the_regular_cup_and_kid_size_the_kids_serving() -> None:
    assert match_measure(None, Size.REGULAR, SUNDAE, "sundae") == 300.0
    assert match_measure(None, Size.KID, NUGGETS_SIDE, "nuggets") == 60.0
    # a chain without a kid's serving: its small one; without a regular one: its medium one
    assert match_measure(None, Size.KID, NUGGETS_SIDE[1:], "nuggets") == 90.0
    assert match_measure(None, Size.REGULAR, NUGGETS_SIDE, "nuggets") == 120.0


def test_a_chains_cup_named_by_its_size_is_the_whole_cup() -> None:
    assert match_measure(None, Size.SMALL, LEMONADE, "lemonade") == 340.0
    assert match_measure(None, Size.KID, LEMONADE, "lemonade") == 250.0
    assert match_measure(Unit.FL_OZ, None, LEMONADE) == 31.0


def test_half_a_fillet_as_sr24_weighs_it_is_one_served_fillet() -> None:
    assert one_of(0.5, ("fillet",), 160.0) == 160.0
    assert one_of(0.5, ("cup",), 120.0) == 240.0
    assert match_measure(None, None, TROUT, "trout fillet") == 160.0
    assert piece_grams("fillet", TROUT) == 160.0


def test_a_first_measure_of_several_ounces_is_a_portion_not_one_ounce() -> None:
    assert usual_portion(SUNDAE) == 300.0
    assert usual_portion([(3.0, "oz", 85.0)]) == 85.0
    assert usual_portion(TROUT) == 160.0
    assert usual_portion([(0.5, "cup", 100.0)]) == 100.0  # a cup measure as USDA states it


POTATO_STICKS = [(1.0, "oz", 28.35), (1.0, "bag (9 oz)", 255.0)]
CANDY = [(1.0, "serving 1 singles bag", 50.0), (1.0, "package fun size", 17.0), (1.0, "cup", 160.0)]
SWEETENER = [(1.0, "serving packet", 1.0), (1.0, "tsp", 4.0)]
NOODLES = [(1.0, "oz", 28.35), (1.0, "package", 80.0)]
FROZEN_CORN = [(1.0, "cup", 160.0), (1.0, "bag (16 oz)", 454.0)]


def test_a_bag_or_packet_of_a_snack_sold_by_the_ounce_is_the_single_serve_bag() -> None:
    assert match_measure(Unit.PACKAGE, None, POTATO_STICKS) == pytest.approx(28.35, 0.01)
    assert match_measure(Unit.BAG, None, POTATO_STICKS) == pytest.approx(28.35, 0.01)
    # a packet of a food sold in packets is its packet; a bag of one not sold by the ounce,
    # its own bag
    assert match_measure(Unit.PACKAGE, None, NOODLES) == 80.0
    assert match_measure(Unit.BAG, None, FROZEN_CORN) == 454.0


def test_a_serving_named_after_its_package_is_that_package() -> None:
    assert match_measure(Unit.BAG, None, CANDY) == 50.0
    assert match_measure(Unit.PACKAGE, None, SWEETENER) == 1.0


TOMATOES = [(1.0, "medium whole", 120.0), (1.0, "cherry", 17.0), (1.0, "roma tomato", 60.0)]


def test_a_kind_named_before_the_food_counts_by_its_own_measure() -> None:
    assert match_measure(None, None, TOMATOES, "cherry tomatoes") == 17.0
    assert match_measure(None, None, TOMATOES, "roma tomato") == 60.0
    assert match_measure(None, None, TOMATOES, "tomato") == 120.0
    assert match_measure(None, Size.MEDIUM, TOMATOES, "cherry tomatoes") == 120.0


def test_a_food_sold_in_halves_counts_by_the_half() -> None:
    figs = [(1.0, "cup, halves", 130.0), (1.0, "half", 4.0)]
    assert match_measure(None, None, figs, "dried peaches") == 4.0


def test_a_kind_whose_measure_writes_it_apart_counts_by_that_measure() -> None:
    pastries = [(1.0, "oz", 28.35), (1.0, "bear claw", 40.0), (1.0, "piece", 55.0)]
    assert match_measure(None, None, pastries, "bearclaw pastries") == 40.0


PINEAPPLE = [
    (1.0, "cup, chunks", 165.0),
    (1.0, 'slice (4-2/3" dia x 3/4" thick)', 166.0),
    (1.0, 'slice (3-1/2" dia x 3/4" thick)', 84.0),
    (1.0, 'slice, thin (3-1/2" dia x 1/2" thick)', 56.0),
]


def test_a_slice_of_a_size_not_said_is_the_middle_of_those_sized_by_their_diameter() -> None:
    # "a couple of slices of fresh pineapple" took the largest slice, first listed: 332 g
    assert match_measure(Unit.SLICE, None, PINEAPPLE, "pineapple") == 84.0
    assert match_measure(Unit.SLICE, Size.LARGE, PINEAPPLE[:2], "pineapple") == 166.0
    # cans of a drink are no sizes of one slice: the first, as SR24 lists it
    cans = [
        (1.0, "can 8.4 fl oz", 258.0),
        (1.0, "can 12 fl oz", 369.0),
        (1.0, "can 16 fl oz", 492.0),
    ]
    assert match_measure(Unit.CAN, None, cans, "red bull") == 258.0
