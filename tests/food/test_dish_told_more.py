"""What is said of a dish after its name: a count before a dish named by its eggs counts its
eggs, a bread named after the parts told is still its bread (and its toast that bread
toasted), a sauce named with "with" takes the place of the dish's one sauce, and a food named
with its place keeps its serving."""

from __future__ import annotations

from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes
from healthbot.food.sentences import read_sentence
from healthbot.food.servings import default_amount
from healthbot.food.units import Unit


def dish(text: str) -> list[tuple[float, str]]:
    items = parse_meal(read_sentence(text).text)
    return [(item.quantity, item.food) for item in with_recipes(items)]


def test_a_count_before_an_egg_dish_counts_its_eggs() -> None:
    assert dish("4 egg white omelet") == [(4.0, "egg whites")]


def test_a_count_of_egg_dishes_named_in_the_plural_counts_the_dishes() -> None:
    assert dish("2 egg white omelets") == [(6.0, "egg whites")]


def test_a_dishs_toast_on_a_bread_said_is_that_bread_toasted() -> None:
    assert dish("avocado toast on rye") == [(1.0, "rye toast"), (0.5, "avocado")]


def test_a_bread_after_the_parts_told_is_still_the_dishs_bread() -> None:
    found = dish("an egg sandwich, 2 eggs, on rye")
    assert found == [(2.0, "rye"), (2.0, "fried egg")]  # its eggs as the dish cooks them


def test_a_sauce_named_with_a_dish_replaces_its_one_sauce() -> None:
    found = dish("a chicken wrap with bbq sauce")
    assert (1.0, "bbq sauce") in found
    assert all("ranch" not in food for _, food in found)


def test_a_spread_named_with_a_dish_is_no_stand_in_for_its_sauce() -> None:
    found = dish("a chicken wrap with butter")
    assert any("ranch" in food for _, food in found) and found[-1][1] == "butter"


def test_a_food_named_with_its_place_keeps_its_serving() -> None:
    [item] = parse_meal("a jr frosty from wendys")
    assert default_amount(item) == (113.0, Unit.G)
