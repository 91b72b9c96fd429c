"""A fried chicken chain's meal counted in pieces, its recipe said once and its pieces listed
after it: each piece listed, one each, of that recipe."""

from __future__ import annotations

import pytest

from healthbot.food.chain_pieces import pieces_listed
from healthbot.food.chains import CHAINS
from healthbot.food.parser import parse_meal


def read(text: str, chain: str) -> list[tuple[float, str]]:
    items = pieces_listed(parse_meal(text), chain, CHAINS[chain][0], CHAINS[chain])
    return [(item.quantity, item.food) for item in items]


@pytest.mark.parametrize(
    ("text", "chain", "pieces"),
    [
        ("popeyes 3pc spicy, breast, thigh and leg", "popeyes",
         [(1, "popeyes spicy breast"), (1, "popeyes spicy thigh"),
          (1, "popeyes spicy drumstick")]),
        ("kfc 2 piece extra crispy - thigh and wing", "kentucky fried chicken",
         [(1, "kentucky fried chicken extra crispy thigh"),
          (1, "kentucky fried chicken extra crispy wing")]),
        ("3 pieces of kfc original recipe, a breast, a wing and a drumstick",
         "kentucky fried chicken",
         [(1, "kentucky fried chicken original recipe breast"),
          (1, "kentucky fried chicken original recipe wing"),
          (1, "kentucky fried chicken original recipe drumstick")]),
    ],
)  # fmt: skip
def test_the_pieces_listed_after_a_meal_of_pieces_are_each_of_its_recipe(
    text: str, chain: str, pieces: list[tuple[float, str]]
) -> None:
    assert read(text, chain) == pieces


def test_a_meal_of_pieces_of_one_kind_is_that_many_of_it() -> None:
    assert read("kfc 2 piece thighs", "kentucky fried chicken") == [
        (2, "kentucky fried chicken thigh")
    ]


@pytest.mark.parametrize(
    ("text", "chain"),
    [("a popeyes 2 piece mild with a biscuit", "popeyes"),
     ("kfc original recipe breast and a wing", "kentucky fried chicken")],
)  # fmt: skip
def test_without_a_count_of_pieces_and_pieces_after_it_the_items_stay_as_typed(
    text: str, chain: str
) -> None:
    typed = parse_meal(text)
    assert pieces_listed(typed, chain, CHAINS[chain][0], CHAINS[chain]) == typed
