"""Chains' menu items: found by the chain's name as people write it and the item's menu words."""

from __future__ import annotations

from functools import cache

import pytest

from healthbot.food.chains import ChainMenu, at_the_chain
from healthbot.food.parser import parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.food.table import FoodRecord, read_table
from healthbot.food.text import query_words

KFC_THIGH = "KENTUCKY FRIED CHICKEN, Fried Chicken, EXTRA CRISPY, Thigh"
NAMES = [
    ("1", "BURGER KING, WHOPPER, no cheese"),
    ("2", "BURGER KING, WHOPPER, with cheese"),
    ("3", "BURGER KING, DOUBLE WHOPPER, no cheese"),
    ("4", 'PIZZA HUT 12" Cheese Pizza, Pan Crust'),
    ("5", 'PIZZA HUT 14" Cheese Pizza, Pan Crust'),
    ("6", "KENTUCKY FRIED CHICKEN, Biscuit, analyzed prior to January 2007"),
    ("7", f"{KFC_THIGH}, meat and skin with breading"),
    ("8", f"{KFC_THIGH}, meat only, skin and breading removed"),
    ("10", "BURGER KING, Chicken WHOPPER Sandwich"),
    ("9", "Fast foods, biscuit"),
]  # fmt: skip


def find(text: str) -> str | None:
    return ChainMenu(NAMES).find(query_words(text))


@pytest.mark.parametrize(
    ("typed", "uid"),
    [
        ("burger king whopper", "1"),  # no cheese is the plain one
        ("burger king chicken whopper", "10"),
        ("bk whopper with cheese", "2"),
        ("a double whopper from burger king", "3"),
        ("pizza hut cheese pan pizza", "5"),  # a large pizza is 14"
        ("kfc biscuit", "6"),
        ("kfc extra crispy thigh", "7"),  # with its skin and breading
    ],
)
def test_a_chain_item_is_found_by_the_chain_and_its_menu_words(typed: str, uid: str) -> None:
    assert find(typed) == uid


@pytest.mark.parametrize("typed", ["kfc", "pizza hut", "biscuit", "burger king taco", "bk fries"])
def test_no_item_without_a_chain_an_item_or_one_best_match(typed: str) -> None:
    assert find(typed) is None


def test_a_chain_named_with_a_food_it_has_no_entry_for_leaves_the_food() -> None:
    menu = ChainMenu(NAMES)
    assert menu.unchained(query_words("a burger king coke")) == ["a", "coke"]
    assert menu.unchained(query_words("coke")) is None


@cache
def records() -> list[FoodRecord]:
    return list(read_table().foods)


@pytest.mark.parametrize(
    ("typed", "start"),
    [
        ("burger king whopper with cheese", "BURGER KING, WHOPPER, with cheese"),
        ("taco bell bean burrito", "TACO BELL, Bean Burrito"),
        ("wendy's frosty", "WENDY'S, Frosty"),
        ("kfc popcorn chicken", "KENTUCKY FRIED CHICKEN, Popcorn Chicken"),
        ("popeyes spicy chicken strips", "POPEYES, Spicy Chicken Strips"),
        ("domino's cheese pizza", "DOMINO'S 14\" Cheese Pizza"),
        ("papa johns cheese pizza", "PAPA JOHN'S 14\" Cheese Pizza"),
        ("mcdonald's hash browns", "McDONALD'S, Hash Browns"),
    ],
)
def test_the_real_table_s_chain_items_are_found_with_a_sane_energy(typed: str, start: str) -> None:
    foods = {food.uid: food for food in records()}
    uid = ChainMenu((food.uid, food.name) for food in records()).find(query_words(typed))
    assert uid is not None, typed
    assert foods[uid].name.startswith(start)
    assert 20 <= (foods[uid].kcal or 0) <= 600  # kcal per 100 g of a menu item


def test_every_chain_entry_of_the_table_is_found_by_its_own_menu_words() -> None:
    menu = ChainMenu((food.uid, food.name) for food in records())
    chains = [f for f in records() if (f.group or "").startswith(("Fast", "Restaurant"))]
    found = [f for f in chains if menu.find(query_words(f.name)) == f.uid]
    assert len(found) >= 150  # its whole name, the chain's included, leads to it


def items_at_the_chain(text: str) -> list[str]:
    """The food words of each item of `text` as read at the chain it is at, on the real table."""
    menu = ChainMenu((food.uid, food.name) for food in records())
    known = {word for food in records() for word in query_words(food.name)} | {"coke", "soda"}
    items = parse_meal(read_sentence(text).text)
    found = at_the_chain(items, text, menu, lambda word: len(word) >= 3 and word in known)
    return [item.food for item in found]


def test_a_chain_is_named_or_known_by_a_word_only_its_menu_has() -> None:
    menu = ChainMenu(NAMES)
    assert menu.chain_of(query_words("lunch at burger king")) == "burger king"
    assert menu.chain_of(query_words("two whoppers")) == "burger king"  # only BK's names say it
    assert menu.chain_of(query_words("a biscuit")) is None  # KFC's and a plain one
    real = ChainMenu((food.uid, food.name) for food in records())
    assert real.chain_of(query_words("a pepperoni pizza and fries")) is None  # everyone's
    assert real.chain_of(query_words("an oreo mcflurry")) == "mcdonald s"


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        # The chain named anywhere: its sides are its own, a drink it has not is the drink.
        ("a taco bell bean burrito and a soft taco", ["taco bell bean burrito",
                                                      "taco bell soft taco"]),
        ("a whopper and a small coke", ["whopper", "coke"]),
        # The chain known by an item only it sells.
        ("two egg mcmuffins and hash browns", ["egg mcmuffins", "mcdonald s hash browns"]),
        # A part that only names the place is no item.
        ("went to wendy's and had a frosty", ["wendy s frosty"]),
        # No chain: nothing changes.
        ("a biscuit and coleslaw", ["biscuit", "coleslaw"]),
    ],
)  # fmt: skip
def test_the_items_of_a_meal_are_read_at_the_chain_it_is_at(text: str, foods: list[str]) -> None:
    assert items_at_the_chain(text) == foods


def real_menu() -> ChainMenu:
    return ChainMenu((food.uid, food.name) for food in records())


def name_of(uid: str | None) -> str:
    return next(food.name for food in records() if food.uid == uid)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        # two words of the menu run together as people write them
        ("mcdonalds hashbrowns", "McDONALD'S, Hash Browns"),
        ("a mcdonald's hashbrown", "McDONALD'S, Hash Browns"),
        # what is left out picks the item without it ("mayo" is the menu's mayonnaise)
        ("mcdonalds mcchicken no mayo", "McDONALD'S, McCHICKEN Sandwich (without mayonnaise)"),
        ("mcdonalds caesar salad no chicken", "McDONALD'S, Caesar Salad without chicken"),
    ],
)
def test_a_menu_item_is_found_as_people_spell_and_order_it(typed: str, name: str) -> None:
    assert name_of(real_menu().find(query_words(typed))) == name


def test_an_item_known_by_its_own_word_and_what_it_lacks_is_read_on_the_menu() -> None:
    menu = real_menu()
    assert menu.without(query_words("a mcchicken no mayo"))
    assert not menu.without(query_words("a mcchicken"))  # nothing left out: the usual one
    assert not menu.without(query_words("a burger no bun"))  # no chain's


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        # a medium pizza is the 12" one where the menu has both
        ("got pizza hut, I had 2 slices of a medium cheese pan",
         ["pizza hut 12 cheese pan"]),
        ("a quarter of a 12 inch pizza hut pepperoni pan pizza",
         ["pizza hut 12 pepperoni pan pizza"]),
        # a length the menu has no item of changes nothing
        ("a 10 inch pizza hut pepperoni pan pizza", ["pizza hut pepperoni pan pizza"]),
        ("a hashbrown and a mcflurry", ["mcdonald s hashbrown", "mcflurry"]),
    ],
)  # fmt: skip
def test_a_size_or_length_said_picks_the_menu_item_of_it(text: str, foods: list[str]) -> None:
    assert items_at_the_chain(text) == foods
