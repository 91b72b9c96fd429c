"""A maker's name in a product's ("X Soup Company") says nothing of what the product is."""

from __future__ import annotations

from healthbot.food.brands import BrandShelf


def test_the_maker_s_words_do_not_make_a_juice_a_soup() -> None:
    shelf = BrandShelf(
        [
            ("1", "ACME Soup Company, Pumpkin juice"),
            ("2", "ACME Soup Company, ACME'S Pumpkin Soup, condensed"),
        ]
    )
    assert shelf.find(["acmes", "pumpkin", "soup"]) == "2"
    assert shelf.find(["acme", "pumpkin", "juice"]) == "1"
