"""Words around the items that name no food (an evening "Tea -" label, whose dish it was,
"on the drive in"), a bread named by its kind after its slices, and a bird's pieces named
once ("a fried chicken drumstick and thigh")."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.sentences import Reading, read_sentence
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("said", "reading"),
    [
        ("Tea - shepherd's pie and peas", Reading("shepherd's pie and peas", "dinner", 0)),
        ("Tea: fish fingers and beans", Reading("fish fingers and beans", "dinner", 0)),
        ("tea - 2 sugars", Reading("tea - 2 sugars", None, 0)),  # the drink's
        ("Gran's trifle, a bowl", Reading("trifle, a bowl", None, 0)),
        ("my uncle's chili", Reading("chili", None, 0)),
        ("a croissant on the drive in", Reading("a croissant", None, 0)),
        ("a kolache on the bus in, and a coffee", Reading("a kolache, a coffee", None, 0)),
    ],
)  # fmt: skip
def test_labels_owners_and_journeys_name_no_food(said: str, reading: Reading) -> None:
    assert read_sentence(said) == reading


@pytest.mark.parametrize(
    ("said", "foods"),
    [
        ("2 slices of wholemeal", [(2, Unit.SLICE, "wholemeal bread")]),
        ("a slice of granary", [(1, Unit.SLICE, "granary bread")]),
        ("a glass of white", [(1, Unit.GLASS, "white")]),  # wine
        ("a grilled chicken drumstick and thigh",
         [(1, None, "grilled chicken drumstick"), (1, None, "grilled chicken thigh")]),
        ("2 roast duck legs and a breast",
         [(2, None, "roast duck legs"), (1, None, "roast duck breast")]),
        ("a chicken breast and rice", [(1, None, "chicken breast"), (1, None, "rice")]),
    ],
)  # fmt: skip
def test_words_said_once_for_two_items_go_to_both(
    said: str, foods: list[tuple[float, Unit | None, str]]
) -> None:
    assert [(i.quantity, i.unit, i.food) for i in parse_meal(said)] == foods


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a kiwi and almond butter toast", "a kiwi and toast with almond butter"),
        ("2 marmite crumpets", "2 crumpets with marmite"),
        ("a cream cheese bagel", "a bagel with cream cheese"),
        ("apple butter toast", "toast with apple butter"),  # any butter that is spread
        ("jam on toast", "jam, toast"),  # said as two already
        ("butter crackers", "butter crackers"),  # a cracker's name
    ],
)
def test_a_spread_named_before_its_bread_is_spread_on_it(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # the marmite went unpaired, before its bread: one teaspoon, not one a slice
        ("marmite on 3 slices of toast", "3 slices of toast with marmite"),
        ("Breakfast: honey on 2 crumpets", "2 crumpets with honey"),
        (
            "a banana, peanut butter on two rice cakes",
            "a banana, two rice cakes with peanut butter",
        ),
        ("2 tsp of jam on 2 slices of toast", "2 tsp of jam, 2 slices of toast"),  # its own amount
    ],
)
def test_a_spread_on_a_bread_counted_goes_on_each(said: str, items: str) -> None:
    assert read_sentence(said).text == items
