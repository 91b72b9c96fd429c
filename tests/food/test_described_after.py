"""Words said after a food, apart, that only describe it ("peas, frozen", "rye crackers, the
salted kind", "a jacket potato, plain") change that food and are never a food of their own;
parts and amounts said in words ("two and a quarter", "a third of the big 8 oz bag")."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.units import Unit


def read(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(text)]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("sweetcorn, frozen", [(1.0, None, "frozen sweetcorn")]),
        ("soy milk, the unsweetened one", [(1.0, None, "unsweetened soy milk")]),
        ("a glass of oat milk, the low fat kind", [(1.0, Unit.GLASS, "low fat oat milk")]),
        ("a tin of tuna, drained, the salted one", [(1.0, Unit.CAN, "salted tuna")]),
        ("cottage pie, frozen dinner", [(1.0, None, "frozen cottage pie")]),
        ("2 crumpets, plain", [(2.0, None, "crumpets")]),
        ("a bagel, on its own", [(1.0, None, "bagel")]),
        ("a kitkat, the 4 finger pack", [(1.0, None, "kitkat")]),
        ("skyr, the 150g pot", [(150.0, Unit.G, "skyr")]),
        # dry after a measure is the dry food; after a bowl, without milk
        ("40 g muesli, dry", [(40.0, Unit.G, "dry muesli")]),
        ("a bowl of rice krispies, dry", [(1.0, Unit.BOWL, "rice krispies")]),
    ],
)  # fmt: skip
def test_words_said_after_a_food_describe_it(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # a bread said after a sandwich is its bread, not a kind
        ("cheese sandwich, wholemeal", [(1.0, None, "cheese sandwich"), (1.0, None, "wholemeal")]),
        # after "with" a kind word names a food ("skim" milk)
        ("tea with skim", [(1.0, None, "tea"), (1.0, None, "skim")]),
    ],
)  # fmt: skip
def test_words_after_a_food_that_name_another_stay_items(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("two and a quarter cups of milk", [(2.25, Unit.CUP, "milk")]),
        ("one and three quarters cups of oats", [(1.75, Unit.CUP, "oats")]),
        ("1 and a third cups of couscous", [(4 / 3, Unit.CUP, "couscous")]),
        ("a third of the big 300 g bag of pretzels", [(100.0, Unit.G, "pretzels")]),
        ("half of the large 2 litre bottle of lemonade", [(1.0, Unit.L, "lemonade")]),
        ("a 125 g punnet of raspberries", [(125.0, Unit.G, "raspberries")]),
    ],
)  # fmt: skip
def test_parts_and_amounts_said_in_words(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert [(pytest.approx(value), unit, food) for value, unit, food in read(said)] == items


@pytest.mark.parametrize("text", ["a twix, the pack of 2", "a flat white, the usual",
                                  "a flat white, as usual"])  # fmt: skip
def test_a_pack_counted_or_the_usual_only_describes_the_food(text: str) -> None:
    [item] = parse_meal(text)
    assert item.food in ("twix", "flat white")


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a sachet of porridge, maple pecan", [(1.0, Unit.PACKAGE, "maple pecan porridge")]),
        ("skyr, raspberry vanilla", [(1.0, None, "raspberry vanilla skyr")]),
        ("a whey shake, vanilla flavour", [(1.0, None, "vanilla whey shake")]),
    ],
)
def test_a_flavour_said_after_a_food_is_its_kind(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # one fruit alone, or what is spread or poured on a food, is a food of its own
        ("porridge, banana", [(1.0, None, "porridge"), (1.0, None, "banana")]),
        ("crumpets, peanut butter", [(1.0, None, "crumpets"), (1.0, None, "peanut butter")]),
    ],
)
def test_a_food_after_a_food_is_no_flavour(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert read(said) == items
