"""Coffee-shop drinks: a cup size and a milk named read as the espresso and milk it holds."""

from __future__ import annotations

import pytest

from healthbot.food.coffee import coffee_drinks
from healthbot.food.coffee_menu import CUPS, DRINKS, MILKS
from healthbot.food.parser import parse_meal


def parts(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in coffee_drinks(parse_meal(text))]


def test_a_sized_latte_is_its_shots_and_the_milk_its_cup_holds() -> None:
    assert parts("a short oat latte") == [(1, None, "short oat latte")]  # no such milk here
    assert parts("a venti skim latte") == [(2, "fl oz", "espresso"), (16.5, "fl oz", "skim milk")]
    assert parts("2 large breve cappuccinos") == [
        (4, "fl oz", "espresso"),
        (20, "fl oz", "half and half"),
    ]


def test_an_americano_is_espresso_alone_one_more_shot_a_size() -> None:
    assert [parts(f"{cup} americano") for cup in CUPS] == [
        [(shots, "fl oz", "espresso")] for shots in (1, 2, 3, 4)
    ]


def test_a_coffee_is_a_cup_of_its_size_and_without_one_is_left_to_its_serving() -> None:
    assert parts("a grande coffee") == [(16, "fl oz", "brewed coffee")]
    assert parts("medium coffee") == [(16, "fl oz", "brewed coffee")]
    assert parts("coffee") == [(1, None, "coffee")]
    assert parts("2 cups of coffee") == [(2, "cup", "coffee")]  # a unit typed is what counts
    # A shop's brewed coffee by its roast's name is brewed coffee.
    assert parts("a grande pike place") == [(16, "fl oz", "brewed coffee")]
    assert parts("venti black coffee") == [(20, "fl oz", "brewed coffee")]
    assert parts("small dark roast") == [(12, "fl oz", "brewed coffee")]


@pytest.mark.parametrize("text", ["a pumpkin chai frappe", "a cup of latte", "iced coffee"])
def test_a_drink_the_table_does_not_make_stays_as_typed(text: str) -> None:
    assert coffee_drinks(parse_meal(text)) == parse_meal(text)


def test_the_cups_grow_from_short_to_venti() -> None:
    for drink in DRINKS.values():
        for amounts in (drink.shots, drink.milk, drink.brewed or {}):
            sized = [amounts[cup] for cup in CUPS if cup in amounts]
            assert sized == sorted(sized)
    assert set(MILKS.values()) <= {
        "2% milk",
        "skim milk",
        "whole milk",
        "soy milk",
        "half and half",
        "almond milk",  # a recipe of almonds and water
    }


def test_a_flavour_is_pumps_of_syrup_and_a_flavoured_macchiato_a_latte() -> None:
    assert parts("a grande hazelnut macchiato") == [
        (2, "fl oz", "espresso"),
        (12.5, "fl oz", "2% milk"),
        (4, "tsp", "sugar"),
    ]
    assert parts("a macchiato") == [(1, "fl oz", "espresso"), (1, "fl oz", "2% milk")]  # marked
    assert parts("a short sugar-free vanilla latte") == [
        (1, "fl oz", "espresso"),
        (6.5, "fl oz", "2% milk"),
    ]
