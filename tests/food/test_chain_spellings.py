"""A chain's menu read as people spell it: one fry for the fries, a name typed with a typo,
two words the menu runs together typed apart, an item's typos mended once the chain is known."""

from __future__ import annotations

from healthbot.food.chains import ChainMenu, at_the_chain
from healthbot.food.parser import parse_meal
from healthbot.food.text import query_words

NAMES = [
    ("1", "WENDY'S, French Fries"),
    ("2", "WENDY'S, Cheeseburger, single"),
    ("3", "DENNY'S, French fries"),
    ("4", "BURGER KING, Onion Rings"),
    ("5", "Onions, raw"),
]
MENU = ChainMenu(NAMES)


def test_one_fry_is_the_chains_fries() -> None:
    assert MENU.find(query_words("a medium fry from wendys")) == "1"
    assert MENU.find(query_words("a regular size fry at dennys")) == "3"  # "size": no item


def test_a_long_chain_name_typed_with_a_typo() -> None:
    assert MENU.chain_of(query_words("lunch at wedny's")) is None  # short names: exact only
    assert MENU.chain_of(query_words("burgerking onion rings")) is None
    assert MENU.named(query_words("fries at dennnys")) is None
    # Seven letters or more, one slip: "mcdonlads" is McDonald's.
    assert MENU.named(query_words("a shake from mcdonlads")) == (
        "mcdonald s",
        ["a", "shake", "from"],
    )


def test_words_the_menu_runs_together_may_be_typed_apart() -> None:
    assert MENU.find(query_words("wendys cheese burger")) == "2"


def test_an_items_typos_are_mended_once_the_chain_is_known() -> None:
    items = parse_meal("onoin rings at burger king")
    mended = {"onoin rings": "onion rings"}
    read = at_the_chain(items, "onoin rings at burger king", MENU, lambda w: w == "onion",
                        lambda text: mended.get(text, text))  # fmt: skip
    assert [item.food for item in read] == ["burger king onion rings"]
    # Without a chain named, nothing is read at one.
    plain = parse_meal("onoin rings")
    assert at_the_chain(plain, "onoin rings", MENU, lambda w: False) == plain
