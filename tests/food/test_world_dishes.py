"""Names of the ninth round, read without a database: dishes as menus and food diaries name
them (takeaway wraps, noodle and rice bowls, West and East African plates, British and Irish
dinners, curries), each its parts in the amounts of one serving, and the foods they are made
of at their SR24 entries."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import recipe, with_recipes
from healthbot.food.servings import default_amount
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("dish", "foods"),
    [
        ("chicken shawarma wrap", ["pita", "chicken thigh", "lettuce", "tomato", "mayonnaise"]),
        ("doner kebab", ["pita", "ground lamb", "lettuce", "tomato", "mayonnaise"]),
        ("ahi poke bowl", ["rice", "raw tuna", "avocado", "edamame", "soy sauce"]),
        ("chicken pho", ["rice noodles", "chicken breast", "chicken broth", "bean sprouts"]),
        ("char kway teow", ["rice noodles", "shrimp", "scrambled egg", "bean sprouts",
                            "vegetable oil", "soy sauce"]),
        ("egusi soup", ["melon seeds", "cooked spinach", "stewing beef", "palm oil"]),
        ("moin moin", ["black eyed peas", "vegetable oil"]),
        ("bunny chow", ["bread", "chicken thigh", "tomato sauce", "onion", "vegetable oil"]),
        ("toad in the hole", ["sausages", "yorkshire pudding"]),
        ("scotch eggs", ["boiled egg", "sausage", "breadcrumbs"]),
        ("coddle", ["sausages", "bacon", "boiled potato"]),
        ("doubles", ["puri", "chole"]),
        ("ackee and saltfish", ["avocado", "saltfish", "onion", "vegetable oil"]),
        ("tarka dal", ["dal", "ghee"]),
        ("chicken korma", ["chicken thigh", "heavy cream", "almonds", "ghee"]),
        ("steak burrito", ["flour tortilla", "rice", "pinto beans", "steak", "salsa", "cheddar",
                           "sour cream"]),
    ],
)  # fmt: skip
def test_a_dish_named_as_people_name_it_is_its_parts(dish: str, foods: list[str]) -> None:
    parts = recipe(dish)
    assert parts is not None
    assert [item.food for part in parts for item in parse_meal(part)] == foods


def test_two_of_a_dish_are_twice_its_parts() -> None:
    read = with_recipes(parse_meal("2 scotch eggs"))
    assert [(item.quantity, item.food) for item in read][:2] == [
        (2, "boiled egg"),
        (120, "sausage"),
    ]


def test_nuts_in_a_dish_are_weighed_as_the_spoon_holds_them() -> None:
    # two tablespoons of chopped peanuts are 18 g, not two tablespoons of boiled peanuts
    for dish in ("pad thai", "nasi lemak"):
        parts = recipe(dish)
        assert parts is not None and "18 g peanuts" in parts


@pytest.mark.parametrize(
    ("said", "uid"),
    [
        ("pork bangers", "07064"),  # Pork sausage, fresh, cooked
        ("jacket spud", "11674"),  # Potato, baked, flesh and skin
        ("fufu", "11134"),  # Cassava: the swallows' dough
        ("banku", "11134"),
        ("amala", "11602"),  # Yam, cooked
        ("kelewele", "09447"),  # Plantains, fried
        ("nyama choma", "17169"),  # Goat, roasted
        ("mandazi", "18248"),  # Doughnuts, cake-type
        ("biltong", "19002"),  # Beef jerky
        ("lumpia", "36601"),  # Egg rolls, by the piece of its size
        ("lo mein", "36623"),  # Restaurant, Chinese, chicken chow mein
        ("steak and ale pie", "22529"),  # Beef pot pie
        ("bok choy", "11117"),  # Pak-choi, cooked
        ("sauteed mushrooms", "11263"),  # Mushrooms, white, stir-fried
        ("yorkshire pudding", "18293"),  # the batter of a plain pancake
        ("latkes", "11672"),  # Potato pancakes
    ],
)
def test_a_name_of_the_round_is_its_nearest_sr24_food(said: str, uid: str) -> None:
    assert ALIASES[said] == uid


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("3 lumpia", (90.0, Unit.G)),  # three small rolls, not three egg rolls
        ("2 yorkshire puddings", (90.0, Unit.G)),
        ("fufu", (1.0, Unit.CUP)),
        ("2 mandazi", (100.0, Unit.G)),
        ("nyama choma", (6.0, Unit.OZ)),
    ],
)
def test_a_name_of_the_round_typed_alone_is_its_usual_serving(
    typed: str, amount: tuple[float, Unit]
) -> None:
    [item] = parse_meal(typed)
    assert default_amount(item) == amount
    assert all(name in ALIASES for name in SERVINGS)


def test_sukuma_wiki_is_the_cooked_collards_as_diaries_count_it() -> None:
    # its recipe added a quarter cup of onion and two teaspoons of oil to each cup, which
    # every diary set counts as SR24's boiled collards alone
    assert recipe("sukuma wiki") is None
    assert ALIASES["sukuma wiki"] == ALIASES["collard greens"] == "11162"
