"""An amount said apart from the food it is of goes to the food it fits: slices to a bread, a
shot to a spirit, a can or a glass to anything but a bread; a food named again by its make with
an amount is the food before, in that amount."""

from __future__ import annotations

from healthbot.food.makes import makes_named
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.search import FoodMatch
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def read(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(read_sentence(text).text)]


def test_a_shot_said_after_a_mixed_drink_is_the_spirits() -> None:
    assert read("whisky and ginger ale, a shot in a can of ginger ale") == [
        (1.0, Unit.SHOT, "whisky"), (1.0, None, "ginger ale"), (1.0, Unit.CAN, "ginger ale")
    ]  # fmt: skip
    assert read("gin and lemonade, 2 shots") == [(2.0, Unit.SHOT, "gin"), (1.0, None, "lemonade")]


def test_slices_said_after_another_food_are_the_breads() -> None:
    assert read("tomato soup and bread, a bowl of heinz and 2 slices") == [
        (1.0, None, "tomato soup"), (2.0, Unit.SLICE, "bread"), (1.0, Unit.BOWL, "heinz")
    ]  # fmt: skip


def test_what_a_drink_was_mixed_into_is_an_item_of_its_own() -> None:
    assert read("a shot of tequila in a glass of lemonade") == [
        (1.0, Unit.SHOT, "tequila"), (1.0, Unit.GLASS, "lemonade")
    ]  # fmt: skip


_TABLE = {
    "beans": FoodMatch("16006", "Beans, baked, canned", "", 100.0),
    "heinz beans": FoodMatch("16006", "Beans, baked, canned", "", 100.0),
    "heinz": FoodMatch("18640", "HEINZ, WEIGHT WATCHER, Chocolate Eclair, frozen", "", 100.0),
    "toast": FoodMatch("18070", "Bread, white, toasted", "", 100.0),
    "rye toast": FoodMatch("18062", "Bread, rye, toasted", "", 100.0),
}


def test_a_make_said_with_an_amount_is_the_food_before_in_that_amount() -> None:
    items = parse_meal("beans, toast, half a tin of heinz")
    assert [(i.quantity, i.unit, i.food) for i in makes_named(items, _TABLE.get)] == [
        (0.5, Unit.CAN, "beans"), (1.0, None, "toast")
    ]  # fmt: skip


def test_a_make_that_names_another_food_or_a_piece_stays_an_item() -> None:
    # rye toast is another food than toast: no amount of the toast's
    items = parse_meal("beans, toast, 2 slices of rye")
    assert makes_named(items, _TABLE.get) == items
    said = [ParsedItem(1, None, None, "beans", "beans", quantity_typed=False),
            ParsedItem(1, None, None, "heinz", "a heinz")]  # fmt: skip
    assert makes_named(said, _TABLE.get) == said
