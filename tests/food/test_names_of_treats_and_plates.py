"""Everyday names the table lacked: wines by their short names (a saveloy on a plate is a
Sauvignon Blanc in a glass), lunchbox and freezer treats by their make, and plates named by
what is on them (fajitas, a chef salad, mince on toast)."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.drinks import wine_named
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes


def foods(text: str) -> list[str]:
    return [item.food for item in with_recipes(parse_meal(text))]


@pytest.mark.parametrize(
    ("said", "wine"),
    [("a glass of sav", "sauvignon blanc"), ("a bottle of savvy", "sauvignon blanc"),
     ("2 glasses of bubbles", "sparkling wine")],
)  # fmt: skip
def test_a_short_name_poured_into_a_glass_or_a_bottle_is_the_wine(said: str, wine: str) -> None:
    [item] = parse_meal(said)
    assert wine_named(item).food == wine


def test_a_sav_on_a_plate_stays_the_saveloy() -> None:
    [item] = parse_meal("2 savs")
    assert wine_named(item).food == item.food
    assert ALIASES["sav"] == ALIASES["saveloy"]


@pytest.mark.parametrize(("said", "same_as"), [("chardy", "chardonnay"), ("champers", "champagne")])
def test_australia_s_short_names_of_wines_are_the_wines_by_the_glass(
    said: str, same_as: str
) -> None:
    assert ALIASES[said] == ALIASES[same_as]
    assert SERVINGS[said] == SERVINGS[same_as] == "5 fl oz"


@pytest.mark.parametrize(
    ("name", "serving"),
    [("jaffa cake", "12 g"), ("klondike bar", "73 g"), ("babybel", "20 g"),
     ("go gurt", "2.25 oz"), ("applesauce pouch", "3.2 oz"), ("takis", "1 oz")],
)  # fmt: skip
def test_a_treat_named_by_its_make_is_one_of_it_as_sold(name: str, serving: str) -> None:
    assert name in ALIASES
    assert SERVINGS[name] == serving


def test_plates_named_by_what_is_on_them_are_their_recipes() -> None:
    assert foods("steak fajitas") == [
        "flour tortillas", "steak", "bell pepper", "onion", "vegetable oil"
    ]  # fmt: skip
    assert foods("a chefs salad")[1:4] == ["ham", "turkey", "cheddar"]
    assert foods("mince on toast") == ["toast", "mince"]


@pytest.mark.parametrize(
    ("said", "serving"),
    [("mcdonald s cinnamon roll", "3.7 oz"), ("mcdonalds deluxe warm cinnamon roll", "5.7 oz"),
     ("mcdonald s ranch", "1.5 oz"), ("mcdonaldland cookies", "2 oz")],
)  # fmt: skip
def test_a_mcdonald_s_item_weighed_only_in_ounces_is_one_of_it(said: str, serving: str) -> None:
    # SR24 gives these one measure, "3.7 oz", which no count of one reads: without a
    # serving of its own, "a cinnamon roll at mcdonalds" was a question
    assert SERVINGS[said] == serving
    assert ALIASES[said] in {"21322", "21318", "21311", "21326"}


def test_a_pudding_by_its_make_is_its_cup_and_hotcakes_with_their_syrup_the_platter() -> None:
    assert ALIASES["snack pack pudding cup"] == ALIASES["pudding cup"]
    assert SERVINGS["snack pack pudding"] == SERVINGS["pudding cup"] == "3.5 oz"
    assert ALIASES["hotcakes with butter and syrup"] == "21365"  # not plain hotcakes
    assert ALIASES["hotcakes"] != ALIASES["hotcakes and syrup"]
