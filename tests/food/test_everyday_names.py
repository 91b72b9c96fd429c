"""Everyday names of Britain, Australia, Canada and India for foods SR24 names the American
way, and dishes people name by what is on what ("beans on toast", "egg and soldiers")."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import RECIPES, with_recipes


@pytest.mark.parametrize(
    ("said", "american"),
    [
        ("wholemeal toast", "whole wheat toast"),
        ("courgette", "zucchini"),
        ("aubergine", "eggplant"),
        ("coriander", "cilantro"),
        ("swede", "rutabaga"),
        ("mince", "ground beef"),
        ("double cream", "heavy cream"),
        ("back bacon", "canadian bacon"),
        ("tinned tuna", "tuna"),
        ("fish fingers", "fish sticks"),
        ("marmite", "vegemite"),
        ("dhal", "dal"),
        ("satsuma", "tangerine"),
    ],
)
def test_a_name_of_another_english_is_the_food_sr24_names_otherwise(
    said: str, american: str
) -> None:
    assert ALIASES[said] == ALIASES[american]


def test_a_soft_roll_and_a_fish_finger_are_one_of_them_not_an_ounce_or_a_fillet() -> None:
    assert SERVINGS["bap"] == "57 g"  # a kaiser-sized roll
    assert SERVINGS["fish finger"] == "28 g"  # SR24's stick, not its 57 g portion


def dish(text: str) -> list[tuple[float, str | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in with_recipes(parse_meal(text))]


def test_a_dish_named_by_what_is_on_what_is_its_recipe_when_read_apart() -> None:
    # the sentence reader parts "beans on toast" into "beans, toast"
    assert dish("beans, toast") == [(2, "slice", "toast"), (200, "g", "baked beans")]
    assert dish("2 egg and soldiers")[0] == (2, None, "soft boiled egg")


def test_a_bread_named_after_a_sandwich_is_its_bread_and_its_label() -> None:
    [bread, *_] = with_recipes(parse_meal("a cheese toastie, sourdough"))
    assert (bread.food, bread.span) == ("sourdough", "a cheese toastie: 2 slices sourdough")


def test_every_dish_of_this_kind_is_in_the_table() -> None:
    assert {"beans on toast", "cheese toastie", "tuna mayo sandwich", "egg mayo"} <= set(RECIPES)


def test_an_amount_named_after_a_dish_by_another_name_of_its_part_is_that_part_s() -> None:
    # "mayo" is the recipe's "mayonnaise": the amount typed replaces it, it is not added
    assert dish("a tuna mayo sandwich with 2 tbsp mayo") == [
        (2, "slice", "bread"),
        (3, "oz", "tuna"),
        (2, "tbsp", "mayonnaise"),
    ]


@pytest.mark.parametrize(
    ("dish_name", "foods"),
    [
        ("a chicken wrap", ["flour tortilla", "chicken breast", "lettuce", "ranch dressing"]),
        ("2 falafel wraps", ["pita", "falafel", "hummus"]),
        ("a sausage egg and cheese", ["kaiser roll", "sausage patty", "fried egg",
                                      "american cheese"]),
    ],
)  # fmt: skip
def test_a_wrap_or_a_deli_sandwich_is_what_it_is_rolled_or_stacked_of(
    dish_name: str, foods: list[str]
) -> None:
    assert [food for _, _, food in dish(dish_name)] == foods


def test_a_lunchbox_name_is_the_food_not_one_that_shares_a_word() -> None:
    assert ALIASES["cheese stick"] == ALIASES["string cheese"]  # not summer sausage
    assert ALIASES["meatloaf"] != "43137"  # not the vegetarian loaf


def test_a_dish_s_own_part_named_with_it_and_no_amount_is_not_logged_twice() -> None:
    assert dish("a club sandwich with mayo") == dish("a club sandwich")
    # "and" is another helping, and a food the dish has not is its own item
    assert dish("a bacon butty and bacon")[-1] == (1, None, "bacon")
    assert dish("a bacon butty with ketchup")[-1] == (1, None, "ketchup")


def test_a_chicken_parmi_is_a_breaded_breast_under_sauce_and_cheese_by_any_name() -> None:
    assert dish("a chicken parmi") == dish("a chicken parmigiana")
    assert [food for _, _, food in dish("chicken parm")] == [
        "fried chicken breast",
        "marinara sauce",
        "mozzarella",
    ]


def test_a_pork_loin_is_the_whole_loin_not_its_tenderloin() -> None:
    # "180g of roast pork loin" was the lean tenderloin (143 kcal/100 g) for the loin roasted
    # with its fat (248): 257 kcal for 446
    assert ALIASES["pork loin"] == "10023"  # Pork, fresh, loin, whole, ..., roasted
    assert ALIASES["pork tenderloin"] == "10061"
