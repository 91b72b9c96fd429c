"""Parts of a whole food, pieces named before a food, and handfuls: by the food's measures."""

from __future__ import annotations

import pytest

from healthbot.food.handfuls import handful_grams
from healthbot.food.units import Size
from healthbot.food.wholes import names_a_piece, piece_of, whole_measure

HONEYDEW = (
    (1.0, "cup, balls", 177.0),
    (1.0, 'melon, large (6-1/2" dia)', 1600.0),
    (1.0, "wedge (1/8 of melon)", 125.0),
    (1.0, 'melon, medium (5-1/4" dia)', 1000.0),
    (10.0, "honeydew balls", 140.0),
)
PIE = ((1.0, "slice", 120.0), (1.0, "pie", 960.0))


def test_a_part_of_a_melon_is_of_a_medium_whole_melon_unless_a_size_is_said() -> None:
    assert whole_measure(HONEYDEW) == 1000.0
    assert whole_measure(HONEYDEW, "large") == 1600.0


def test_a_part_of_a_pie_is_of_the_pie_not_of_a_slice() -> None:
    assert whole_measure(PIE) == 960.0


def test_a_food_without_a_measure_of_the_whole_has_none() -> None:
    assert whole_measure(((1.0, "cup", 240.0), (1.0, "slice", 30.0))) is None


@pytest.mark.parametrize(
    ("food", "read"),
    [("fillet of haddock", ("haddock", "fillet")), ("steak of the tuna", ("tuna", "steak"))],
)
def test_a_piece_named_before_a_food_is_that_food_by_the_piece(
    food: str, read: tuple[str, str]
) -> None:
    assert piece_of(food) == read


def test_a_food_without_of_names_no_piece() -> None:
    assert piece_of("haddock fillet") is None


def test_a_piece_is_named_only_by_a_measure_of_its_name() -> None:
    fish = ((1.0, "fillet", 150.0), (3.0, "oz", 85.0))
    assert names_a_piece("fillet", fish)
    assert names_a_piece("fillets", fish)
    assert not names_a_piece("bowl", fish)


NUTS = ((1.0, "cup", 137.0), (1.0, "oz", 28.35))
BERRIES = ((1.0, "cup", 123.0),)
LEAVES = ((1.0, "cup", 20.0),)
CARROTS = ((1.0, "cup, chopped", 128.0),)


@pytest.mark.parametrize(
    ("group", "measures", "size", "grams"),
    [
        ("Nut and Seed Products", NUTS, None, 28.35),
        ("Nut and Seed Products", NUTS, Size.SMALL, 14.175),
        ("Legumes and Legume Products", ((1.0, "oz", 28.35), (1.0, "peanut", 1.0)), None, 28.35),
        ("Fruits and Fruit Juices", BERRIES, None, 61.5),
        ("Fruits and Fruit Juices", BERRIES, Size.LARGE, 92.25),
        ("Vegetables and Vegetable Products", LEAVES, None, 20.0),
        ("Vegetables and Vegetable Products", CARROTS, None, 64.0),
    ],
)
def test_a_handful_is_what_the_hand_holds_of_that_kind_of_food(
    group: str, measures: tuple[tuple[float, str, float], ...], size: Size | None, grams: float
) -> None:
    assert handful_grams(group, measures, size) == pytest.approx(grams, abs=0.01)


def test_a_handful_of_a_food_with_neither_rule_is_unknown() -> None:
    assert handful_grams("Beef Products", ((3.0, "oz", 85.0),), None) is None
