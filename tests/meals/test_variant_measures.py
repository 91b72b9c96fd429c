"""An amount typed that the best food has no measure for is weighed by the first variant of
that food that has one (a count of nuts by the kernel, a can by the canned entry); a piece
named last counts by the first match weighed by it; "big" is a large measure; "a whole
pound of" is a pound."""

from __future__ import annotations

import pytest

from healthbot.food.measures import by_size, match_measure
from healthbot.food.parser import parse_meal
from healthbot.food.units import Size, Unit
from healthbot.food.wholes import piece_grams
from healthbot.meals.service import MealService

MUFFIN = [(1.0, "muffin, small", 60.0), (1.0, "muffin, big (4 in dia)", 140.0)]
PEANUTS = [(1.0, "oz (28 kernels)", 28.0), (1.0, "kernel", 1.2), (1.0, "cup", 146.0)]


def test_big_in_a_measure_name_is_the_large_one() -> None:
    assert match_measure(None, Size.LARGE, MUFFIN, "muffin") == 140.0
    assert match_measure(None, Size.SMALL, MUFFIN, "muffin") == 60.0


def test_a_kernel_measure_counts_before_the_ounce_that_counts_kernels() -> None:
    assert match_measure(None, None, PEANUTS, "peanuts") == 1.2
    assert match_measure(None, None, PEANUTS[:1], "peanuts") == pytest.approx(1.0)


def test_one_of_each_size_a_measure_names_alone() -> None:
    sizes = by_size([(1.0, "large", 50.0), (2.0, "medium", 88.0), (1.0, "slice, large", 9.0)])
    assert sizes == {"large": 50.0, "medium": 44.0}


def test_a_piece_named_in_the_plural_or_in_brackets_weighs_one() -> None:
    assert piece_grams("rod", [(1.0, "oz", 28.0), (5.0, "rods", 60.0)]) == 12.0
    assert piece_grams("square", [(1.0, 'cracker (2-1/2" square)', 7.0)]) == 7.0
    assert piece_grams("stick", [(1.0, "cup", 100.0)]) is None


def test_a_whole_unit_is_that_unit() -> None:
    [grapes] = parse_meal("a whole pound of grapes")
    assert (grapes.quantity, grapes.unit, grapes.food) == (1.0, Unit.LB, "grapes")
    [milk] = parse_meal("a glass of whole milk")
    assert milk.food == "whole milk"


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("12 cashew nuts", "12586"),  # oil roasted: "oz (18 kernels)"; the raw ones have none
        ("a can of kidney beans", "16034"),  # Beans, kidney, red, ..., canned
    ],
)
async def test_an_amount_the_food_cannot_weigh_takes_a_variant_that_can(
    service: MealService, text: str, uid: str
) -> None:
    understood = await service.understand(text)
    assert understood.questions == ()
    assert [p.food_uid for p in understood.portions] == [uid]


async def test_a_piece_named_last_counts_by_the_match_weighed_by_it(
    service: MealService,
) -> None:
    understood = await service.understand("a dozen pretzel twists")
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_uid == "19047"  # Snacks, pretzels, hard: "10 twists" = 60 g
    assert portion.grams == pytest.approx(72.0)


def test_a_cup_of_pieces_is_no_piece() -> None:
    assert piece_grams("round", [(1.0, "cup, rounds", 30.0), (1.0, "round", 3.0)]) == 3.0
    assert piece_grams("round", [(1.0, "cup, rounds", 30.0)]) is None


@pytest.mark.parametrize("said", ["a cup of peanuts", "a cup of groundnuts"])
async def test_the_closest_variant_weighs_the_amount(service: MealService, said: str) -> None:
    # dry-roasted peanuts have no cup: the oil-roasted's 144 g, not the boiled's "cup in
    # shell, edible yield" (63 g, 200 kcal), which came first
    understood = await service.understand(said)
    assert [(p.food_uid, round(p.grams)) for p in understood.portions] == [("16089", 144)]
