"""Street food and home breakfasts of Nigeria, the Caribbean, the Philippines, India and
Hawaii, named as people there write them: each a food of the table by its other name, or a
plate of the table's foods."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes


def foods(text: str) -> list[str]:
    return [item.food for item in with_recipes(parse_meal(text))]


@pytest.mark.parametrize(
    ("said", "same_as"),
    [("groundnuts", "peanuts"), ("roasted maize", "corn on the cob"), ("bhutta", "corn on the cob"),
     ("chicharon", "pork rinds"), ("kilishi", "biltong"), ("asun", "goat"),
     ("escovitch fish", "fried fish"), ("bagnet", "lechon"), ("sky flakes", "saltines")],
)  # fmt: skip
def test_a_name_of_the_street_is_the_food_its_other_name_is(said: str, same_as: str) -> None:
    assert ALIASES[said] == ALIASES[same_as]


def test_an_ear_of_roast_corn_and_a_pack_of_sky_flakes_are_one_of_them() -> None:
    assert SERVINGS["roast corn"] == SERVINGS["corn on the cob"] == "1 ear"
    assert SERVINGS["skyflakes"] == "25 g"


@pytest.mark.parametrize(
    ("plate", "made_of"),
    [("tosilog", ["garlic fried rice", "fried egg", "tocino"]),
     ("2 spam musubi", ["rice", "spam", "soy sauce"]),
     ("akara and pap", ["pap", "akara"]),
     ("yam and egg", ["boiled yam", "scrambled eggs"]),
     ("camote cue", ["sweet potato", "brown sugar", "vegetable oil"])],
)  # fmt: skip
def test_a_home_plate_is_the_table_s_foods_it_is_made_of(plate: str, made_of: list[str]) -> None:
    assert foods(plate) == made_of


@pytest.mark.parametrize(
    ("curry", "meat"), [("curry goat", "goat"), ("curry chicken", "stew chicken")]
)
def test_a_meat_curry_weighed_is_its_meat_and_named_alone_its_recipe(curry: str, meat: str) -> None:
    [weighed] = with_recipes(parse_meal(f"5 oz of {curry}"))
    assert (weighed.quantity, weighed.unit, ALIASES[weighed.food]) == (5, "oz", ALIASES[meat])
    assert len(foods(curry)) > 1  # the meat, its sauce, onion and oil


@pytest.mark.parametrize(
    ("plate", "made_of"),
    [("a breakfast roll", ["french bread", "sausages", "bacon", "fried egg", "black pudding"]),
     ("a sausage bap", ["bap", "sausages"]),
     ("a fish supper", ["fried fish", "french fries"]),
     ("pie and mash", ["meat pie", "mashed potatoes"])],
)  # fmt: skip
def test_a_takeaway_or_a_deli_counter_s_plate_of_ireland_and_britain_is_its_foods(
    plate: str, made_of: list[str]
) -> None:
    assert foods(plate) == made_of


def test_white_pudding_is_a_slice_as_black_pudding_is() -> None:
    assert ALIASES["white pudding"] == ALIASES["black pudding"]
    assert SERVINGS["white pudding"] == SERVINGS["black pudding"]
