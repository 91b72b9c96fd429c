"""Foods and drinks by the names people order them by, read without a database: a beer by
its maker's bare name and its country's bottle, a spirit's shot said after it, string cheese
by the stick, a Tim Hortons "regular", a macchiato's mark of milk, a chunky soup by its
can's name, a Kit Kat's fingers said after it, and a café, a bar or a fair said as a place."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.coffee import coffee_drinks
from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.servings import default_amount
from healthbot.food.units import Unit

BEER = "14003"


@pytest.mark.parametrize(
    "name", ["tooheys", "carlton dry", "great northern", "star", "red horse", "goldberg"]
)
def test_a_beer_by_its_makers_bare_name_is_beer(name: str) -> None:
    assert ALIASES[name] == BEER


@pytest.mark.parametrize(
    ("said", "ml"),
    [
        ("a bottle of star", 600.0),  # Nigeria's 600 ml bottle
        ("2 bottles of goldberg", 1200.0),
        ("a bottle of red horse", 500.0),  # the Philippines'
        ("a bottle of san miguel", 330.0),
    ],
)
def test_a_beer_by_its_bottle_is_the_bottle_its_country_sells(said: str, ml: float) -> None:
    [item] = parse_meal(said)
    assert ALIASES[item.food] == BEER
    assert default_amount(item) == (ml, Unit.ML)


@pytest.mark.parametrize(
    ("said", "shots"),
    [("a tequila shot", 1.0), ("3 vodka shots", 3.0), ("2 jameson shots", 2.0)],
)
def test_a_spirit_with_shot_said_after_it_is_that_many_shots(said: str, shots: float) -> None:
    [item] = parse_meal(said)
    assert ALIASES[item.food.removesuffix("s")] == ALIASES[item.food.split()[0]]
    assert default_amount(item) == (1.5 * shots, Unit.FL_OZ)


def test_a_double_is_still_two_shots_and_no_double_shot_is_made() -> None:
    assert SERVINGS["double vodka"] == "3 fl oz"
    assert "double vodka shot" not in ALIASES


@pytest.mark.parametrize(
    ("said", "grams"),
    [("1 stick of string cheese", 28.0), ("3 sticks of string cheese", 84.0),
     ("a stick of mozzarella", 28.0)],
)  # fmt: skip
def test_string_cheese_by_the_stick_is_an_ounce_each(said: str, grams: float) -> None:
    [item] = parse_meal(said)
    assert item.unit is Unit.STICK
    assert default_amount(item) == (grams, Unit.G)
    assert ALIASES["string cheese"] == "01029"


def test_a_stick_of_butter_keeps_its_own_measure() -> None:
    [item] = parse_meal("a stick of butter")
    assert default_amount(item) is None  # SR24's stick, 113 g


def parts(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in coffee_drinks(parse_meal(text))]


def test_a_tims_regular_is_its_cup_with_one_cream_and_one_sugar() -> None:
    assert parts("a small regular") == [
        (10, "fl oz", "brewed coffee"), (1, "fl oz", "light cream"), (1, "tsp", "sugar"),
    ]  # fmt: skip
    assert parts("a large regular")[0] == (20, "fl oz", "brewed coffee")
    assert parts("a regular coffee") == [(1.0, None, "regular coffee")]  # a plain coffee


def test_a_double_double_is_in_the_cup_of_its_size() -> None:
    assert parts("a large double double")[0] == (20, "fl oz", "brewed coffee")
    assert parts("a small double double")[0] == (10, "fl oz", "brewed coffee")


def test_a_macchiato_is_espresso_marked_with_an_ounce_of_milk() -> None:
    assert parts("2 macchiatos") == [(2, "fl oz", "espresso"), (2, "fl oz", "2% milk")]
    assert parts("a grande macchiato") == [(2, "fl oz", "espresso"), (1, "fl oz", "2% milk")]


@pytest.mark.parametrize(
    ("name", "uid"),
    [
        ("chunky chicken noodle soup", "06018"),
        ("chunky chicken and rice soup", "06022"),
        ("chunky vegetable soup", "06067"),
        ("chunky split pea and ham soup", "06050"),
        ("kitkat 4 finger", "19109"),
        ("kit kat two finger", "19109"),
        ("balsamic", "02069"),
        ("roast turkey breast", "05186"),
        ("vegetable egg rolls", "36601"),  # the takeaway's; a refrigerated one is said so
        ("doritos nacho cheese", "19057"),
    ],
)
def test_a_name_as_ordered_is_its_food(name: str, uid: str) -> None:
    assert ALIASES[name] == uid


def test_a_kit_kats_fingers_said_after_it_are_its_bar() -> None:
    [two] = parse_meal("a kitkat 2 finger")
    assert default_amount(two) == (21.0, Unit.G)


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a macchiato at the cafe near work", "a macchiato"),
        ("a tequila shot at the bar", "a tequila shot"),
        ("2 corn dogs at the fair", "2 corn dogs"),
        ("a latte from the coffee shop", "a latte"),
        ("a grande latte b4 work", "a grande latte"),
    ],
)
def test_a_cafe_a_bar_or_a_fair_said_as_a_place_is_no_food(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_granola_bar_is_still_a_food() -> None:
    assert read_sentence("a granola bar at the bar").text == "a granola bar"
