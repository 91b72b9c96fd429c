"""Units people say that no measure is named: a glug of oil, a smear of a spread, a fistful of
nuts, a tumbler of juice, a sachet of oats, a pottle of yoghurt, a ladle of dal, spoons heaped
or level, and a beer's glass named alone."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.servings import default_amount
from healthbot.food.units import ML_PER_UNIT, Unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a glug of olive oil", Unit.TBSP),
        ("a smear of butter", Unit.TSP),
        ("a scrape of marmite", Unit.TSP),
        ("a sprinkle of parmesan", Unit.TSP),
        ("a fistful of cashews", Unit.HANDFUL),
        ("a tumbler of apple juice", Unit.GLASS),
        ("2 sachets of instant oatmeal", Unit.PACKAGE),
        ("a pottle of yoghurt", Unit.CONTAINER),
        ("a chunk of cheddar", Unit.PIECE),
    ],
)
def test_a_spoken_unit_is_the_measure_it_stands_for(text: str, unit: Unit) -> None:
    [item] = parse_meal(text)
    assert item.unit is unit


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("2 ladles of dal", 240.0),
        ("a heaped teaspoon of sugar", 2 * ML_PER_UNIT[Unit.TSP]),
        ("2 heaping tablespoons of peanut butter", 4 * ML_PER_UNIT[Unit.TBSP]),
        ("a level tbsp of honey", ML_PER_UNIT[Unit.TBSP]),
    ],
)
def test_a_ladle_or_a_heaped_spoon_is_its_volume(text: str, ml: float) -> None:
    [item] = parse_meal(text)
    assert (item.quantity, item.unit) == (pytest.approx(ml, rel=1e-3), Unit.ML)


@pytest.mark.parametrize(
    ("text", "ml"), [("a tinnie", 375.0), ("2 schooners", 850.0), ("a stubby", 375.0)]
)
def test_a_beers_glass_named_alone_is_that_much_beer(text: str, ml: float) -> None:
    [item] = parse_meal(text)
    assert default_amount(item) == (ml, Unit.ML)


@pytest.mark.parametrize(("text", "count"), [("2 sugars", 2.0), ("one sugar", 1.0)])
def test_a_sugar_counted_is_a_teaspoon(text: str, count: float) -> None:
    # "cup of nescafe, bit of milk, 2 sugars" weighed them as two 2.8 g packets
    [sugar] = parse_meal(text)
    assert (sugar.quantity, sugar.unit) == (count, Unit.TSP)
    [cubes] = parse_meal("2 sugar cubes")
    assert cubes.unit is None  # a cube is its own
