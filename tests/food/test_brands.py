"""Branded products named as people name them (`healthbot.food.brands.BrandShelf`), on names
made up in SR24's style: the brand's words in capitals."""

from __future__ import annotations

from healthbot.food.brands import BrandShelf

NAMES = [
    ("1", "Candies, ACME, ZIPPO CRUNCH Bar"),
    ("2", "Candies, ACME, ZIPPO CRUNCH BITES"),
    ("3", "Cookies, chocolate chip, crunch"),
    ("4", "Toaster Pastries, ACME, ACME'S FUN TARTS, Frosted grape"),
    ("5", "Toaster Pastries, ACME, ACME'S FUN TARTS, Grape"),
    ("6", "Soup, chicken noodle, canned"),
    ("7", "Soup, ACME, CUP NOODLES, chicken flavor, dry"),
    ("8", "Candies, BLIP Bar, mint"),
    ("9", "Candies, BLIP Bar, lemon"),
]


def test_a_word_only_brands_have_names_the_product_with_fewest_other_words() -> None:
    shelf = BrandShelf(NAMES)
    assert shelf.find(["zippo", "crunch", "bar"]) == "1"
    assert shelf.find(["a", "zippo"]) == "1"  # the bar, not the bites (a word more)
    assert shelf.find(["zippo", "crunch", "bites"]) == "2"


def test_capital_words_run_together_are_the_products_name() -> None:
    shelf = BrandShelf(NAMES)
    assert shelf.find(["frosted", "grape", "funtart"]) == "4"
    assert shelf.find(["frosted", "grape", "fun", "tarts"]) == "4"
    assert shelf.find(["grape", "fun", "tart"]) == "5"  # not the frosted one
    assert "funtart" in shelf.joined  # a word a query may have that is no typo
    assert shelf.find(["chicken", "cup", "noodles"]) == "7"


def test_no_answer_without_a_brands_own_word_or_between_two_as_likely() -> None:
    shelf = BrandShelf(NAMES)
    # "crunch" is also a cookie's word in small letters, "noodle" a soup's: nobody's own.
    assert shelf.find(["chicken", "noodle", "soup"]) is None
    assert shelf.find(["crunch"]) is None
    assert shelf.find(["blip"]) is None  # mint or lemon
    assert shelf.find(["blip", "lemon"]) == "9"
    assert shelf.find(["zippo", "cookies"]) is None  # a word no such product has
