"""Items that are no food of their own: a cooking word, an absence, a food named twice."""

from __future__ import annotations

from healthbot.food.asides import cooked_alias, named_elsewhere, uncooked, without_asides
from healthbot.food.parser import parse_meal
from healthbot.food.search import FoodMatch


def foods(text: str) -> list[tuple[float, str]]:
    return [(item.quantity, item.food) for item in without_asides(parse_meal(text))]


def test_a_cooking_word_after_a_comma_is_the_food_before_it() -> None:
    assert foods("2 chicken thighs, grilled") == [(2, "grilled chicken thighs")]
    assert foods("3 eggs, over easy, toast") == [(3, "over easy eggs"), (1, "toast")]
    # A food of its own after a comma stays one ("mashed potatoes" is no cooking word).
    assert foods("a pork chop, mashed potatoes") == [(1, "pork chop"), (1, "mashed potatoes")]


def test_what_was_left_out_is_no_item() -> None:
    assert foods("a chicken sandwich, no mayo") == [(1, "chicken sandwich")]
    assert foods("salad without the croutons, hold the onions") == [(1, "salad")]
    # "no" inside a food's name, with an amount or alone, is not an absence.
    assert foods("2 no bake cookies") == [(2, "no bake cookies")]
    assert foods("no sugar added applesauce") == [(1, "no sugar added applesauce")]


def test_the_cooking_words_fall_away_to_find_the_food() -> None:
    assert uncooked("poached salmon") == "salmon"
    assert uncooked("medium rare steak") == "steak"
    assert uncooked("fried") is None
    assert uncooked("salmon") is None


def test_cooked_is_the_common_name_only_when_that_food_is_cooked() -> None:
    table = {
        "rice": FoodMatch("20045", "Rice, white, long-grain, regular, cooked", "", 100.0),
        "oats": FoodMatch("08120", "Cereals, oats, regular and quick, dry", "", 100.0),
        "spinach": FoodMatch("11457", "Spinach, raw", "", 100.0),
    }
    assert cooked_alias("cooked rice", table.get) == table["rice"]
    assert cooked_alias("cooked oats", table.get) is None  # "oats" is dry
    assert cooked_alias("cooked spinach", table.get) is None  # "spinach" is raw
    assert cooked_alias("rice", table.get) is None


def test_a_kind_named_again_is_the_food_named_elsewhere() -> None:
    names = ["Soup, tomato, canned", "Crackers, saltines"]
    assert named_elsewhere("soup", names)
    assert named_elsewhere("crackers", names)
    assert not named_elsewhere("bread", names)


def test_for_others_is_a_share_not_a_phrase_around_the_food() -> None:
    from healthbot.food.asides import without_context

    for food in ("prosecco for the three of us", "nachos for the table", "pizza for 4",
                 "wings for the family", "pie for everyone", "cake for me and the kids",
                 "lasagne for two", "dumplings for us", "brownies for my birthday"):  # fmt: skip
        assert without_context(food) == [], food
    assert without_context("honeydew for dessert") == ["honeydew"]
    assert without_context("a coffee for the road") == ["a coffee"]
    assert without_context("a flat white for me") == ["a flat white"]
