"""Words around the items of a sentence: labels of meals and days, verbs of eating, places,
asides in brackets and qualifiers of the item before; none of them becomes a food."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.search import FoodSearch
from healthbot.food.sentences import Reading, read_sentence
from healthbot.food.units import Size, Unit
from healthbot.meals.service import split_meal


@pytest.mark.parametrize(
    ("said", "items", "meal"),
    [
        ("brekky was porridge and a banana", "porridge and a banana", "breakfast"),
        ("a pie and peas for brekkie", "a pie and peas", "breakfast"),
        ("for tea we had sausages and mash", "sausages and mash", "dinner"),
        ("a sausage roll this arvo", "a sausage roll", None),
        ("a scone in the arvo", "a scone", None),
        # a meal's name before a dish's word is the dish's ("a dinner roll", "lunch meat")
        ("soup with a dinner roll", "soup with a dinner roll", None),
        ("2 slices of lunch meat for lunch", "2 slices of lunch meat", "lunch"),
        # "tea" alone is the drink
        ("a cup of tea with two biscuits", "a cup of tea with two biscuits", None),
        ("milk for tea bags", "milk for tea bags", None),
    ],
)  # fmt: skip
def test_a_meal_label_of_any_dialect_names_the_meal_not_a_food(
    said: str, items: str, meal: str | None
) -> None:
    assert read_sentence(said) == Reading(items, meal, 0)


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("snuck a brownie", "a brownie"),
        ("scoffed two muffins", "two muffins"),
        ("I poured myself a glass of milk", "a glass of milk"),
        ("I crumbled some blue cheese onto a salad", "blue cheese, a salad"),
        ("helped myself to a slice of pie", "a slice of pie"),
        ("a smoothie on my coffee break", "a smoothie"),
        ("a hot dog by the stadium", "a hot dog"),
        ("a bagel on the train home", "a bagel"),
        ("two cookies from my son's lunch box", "two cookies"),
        ("jam on my toast", "jam, toast"),
        ("chili over some rice", "chili, rice"),
    ],
)  # fmt: skip
def test_verbs_places_and_owners_fall_away(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_breakfast_is_no_label_before_a_dish_of_its_name() -> None:
    assert split_meal("breakfast sandwich: egg and cheese") == (
        None,
        "breakfast sandwich: egg and cheese",
    )
    meal, rest = split_meal("breakfast: a breakfast sandwich")
    assert meal == "breakfast" and rest == "a breakfast sandwich"


def test_an_aside_in_brackets_qualifies_the_item_before_it() -> None:
    [meatballs, sauce] = parse_meal(read_sentence("4 meatballs (the big ones) with gravy").text)
    assert (meatballs.quantity, meatballs.size, meatballs.food) == (4.0, Size.LARGE, "meatballs")
    assert sauce.food == "gravy"
    # the amount's own aside stays where it is
    assert read_sentence("a cup (8 oz) of milk").text == "a cup (8 oz) of milk"


@pytest.mark.parametrize(
    ("said", "quantity", "unit", "size", "food"),
    [
        ("2 carrots, the big ones", 2.0, None, Size.LARGE, "carrots"),
        ("4 plums, smallish ones", 4.0, None, Size.SMALL, "plums"),
        ("an orange, peeled", 1.0, None, None, "orange"),
        ("a pear, cut up", 1.0, None, None, "pear"),
        ("a can of lentils, rinsed and drained", 1.0, Unit.CAN, None, "lentils"),
        ("3 strips of bacon crumbled", 3.0, Unit.STRIP, None, "bacon"),
        ("raw carrot, a cup chopped", 1.0, Unit.CUP, None, "raw carrot"),
        ("a Twix, the regular 2 oz one", 2.0, Unit.OZ, None, "twix"),
        # a cup with a size is the vessel, the measure after it what it held
        ("a big mug of cocoa, about 12 oz", 12.0, Unit.OZ, None, "cocoa"),
    ],
)  # fmt: skip
def test_a_qualifier_after_an_item_is_the_items(
    said: str, quantity: float, unit: Unit | None, size: Size | None, food: str
) -> None:
    [item] = parse_meal(said)
    assert (item.quantity, item.unit, item.size, item.food) == (quantity, unit, size, food)


def test_a_number_before_up_is_still_a_soda() -> None:
    burger, soda = parse_meal("a burger, 7 up")
    assert (burger.quantity, burger.food, soda.quantity) == (1.0, "burger", 7.0)
    assert [item.food for item in parse_meal("a can of 7 up")] == ["7 up"]


@pytest.mark.parametrize("filler", ["arvo", "snuck", "stole", "myself", "brekkie"])
def test_a_filler_word_is_never_mended_into_a_food(food_search: FoodSearch, filler: str) -> None:
    assert food_search.correct(filler) is None
    assert food_search.mend(f"muffin {filler}") == f"muffin {filler}"


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # "whole" says all of it, which the amount says already; in a food's name it stays
        ("a whole mango", "a mango"),
        ("the whole serving of pad thai", "the serving of pad thai"),
        ("a whole kilo of grapes", "a kilo of grapes"),
        ("a whole wheat wrap", "a whole wheat wrap"),
        ("a whole milk cappuccino", "a whole milk cappuccino"),
        # whose it was, where it came from, how it was made from its concentrate
        ("my brother's leftover curry", "curry"),
        ("2 of my daughter's fish fingers", "2 of fish fingers"),
        ("a falafel wrap from the greek place", "a falafel wrap"),
        ("orange juice made from concentrate", "orange juice"),
        ("a cup of miso soup made with water", "a cup of miso soup"),
        # the meal it went with, named no further
        ("2 tbsp ranch with my salad", "2 tbsp ranch"),
        # what a food was cooked in, with an amount, is its own item
        ("onions fried in a tbsp of butter", "onions fried, a tbsp of butter"),
        ("potatoes roasted in oil", "potatoes roasted in oil"),
    ],
)  # fmt: skip
def test_words_of_all_of_it_whose_and_how_made_fall_away(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_pieces_off_a_bird_are_that_birds_pieces() -> None:
    assert read_sentence("two wings and a leg off the roast turkey").text == (
        "two roast turkey wings, a roast turkey leg"
    )
    assert read_sentence("a thigh from the chook").text == "a chicken thigh"


def test_a_frozen_dinner_is_the_dish_it_is_named_by() -> None:
    assert read_sentence("a frozen chicken pot pie dinner").text == "a frozen chicken pot pie"
    assert read_sentence("frozen peas for dinner") == Reading("frozen peas", "dinner", 0)


def test_a_cooking_verb_before_a_weight_in_words_cooks_the_food() -> None:
    [patty] = parse_meal(read_sentence("I grilled a quarter pound turkey patty").text)
    assert (patty.quantity, patty.unit, patty.food) == (0.25, Unit.LB, "grilled turkey patty")


@pytest.mark.parametrize(
    ("said", "quantity", "unit", "food"),
    [
        ("lasagna two slices", 2.0, Unit.SLICE, "lasagna"),
        ("granola one cup", 1.0, Unit.CUP, "granola"),
        ("coke zero", 1.0, None, "coke zero"),  # a number word without a unit is a name's
    ],
)
def test_an_amount_in_words_after_the_food_is_its_amount(
    said: str, quantity: float, unit: Unit | None, food: str
) -> None:
    [item] = parse_meal(said)
    assert (item.quantity, item.unit, item.food) == (quantity, unit, food)


def test_a_measure_after_a_food_is_a_typed_amount() -> None:
    [item] = parse_meal("risotto, about a cup")
    assert (item.quantity, item.unit, item.quantity_typed) == (1.0, Unit.CUP, True)


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a glass of ice cold milk", "a glass of milk"),
        ("chilled orange juice", "orange juice"),
        ("a cold brew", "a cold brew"),  # a drink named so
        ("cold cuts on rye", "cold cuts, rye"),
        ("honey on my porridge", "honey, porridge"),
        ("a chipolata in a slice of bread", "a chipolata, a slice of bread"),
    ],
)  # fmt: skip
def test_how_cold_and_what_it_sat_on_or_in(said: str, items: str) -> None:
    assert read_sentence(said).text == items
