"""How a food was cooked, put in SR24's words (`healthbot.food.cookery`)."""

from __future__ import annotations

from healthbot.food.cookery import (
    cooked_as,
    cooked_name,
    cooked_queries,
    cooking_of,
    sibling_queries,
)


def test_the_cooking_a_food_is_said_with_one_word_or_two() -> None:
    assert cooking_of("pan-fried tilapia") == "pan fried"
    assert cooking_of("sautéed kale") == "sauteed"
    assert cooking_of("grill chicken thighs") == "grilled"  # the verb's stem, as typed in haste
    assert cooking_of("tilapia") is None


def test_queries_put_the_cooking_in_sr24s_words_without_the_piece_or_size() -> None:
    said = cooked_queries("grilled mahi mahi fillet")
    assert said is not None
    cooking, rest, queries = said
    assert (cooking, rest) == ("grilled", "mahi mahi")
    assert queries[0] == ("mahi mahi cooked dry heat", "cooked dry heat")
    assert queries[-1] == ("mahi mahi cooked", "cooked")
    said = cooked_queries("roasted large parsnips", {"large", "small"})
    assert said is not None and said[1] == "parsnips"
    assert cooked_queries("baked") is None  # nothing but the cooking
    assert cooked_queries("a plain bagel") is None


def test_a_sibling_is_the_same_entry_cooked_another_way() -> None:
    name = "Chicken, broilers or fryers, leg, meat and skin, cooked, fried, batter"
    assert sibling_queries(name, "roasted")[0] == (
        "chicken broilers fryers leg meat skin roasted",
        "roasted",
    )
    assert sibling_queries("Fish, perch, mixed species, raw", "baked")[0] == (
        "fish perch mixed species cooked dry heat",
        "cooked dry heat",
    )


def test_cooked_as_said_needs_sr24s_own_word_for_that_cooking() -> None:
    assert cooked_as("Fish, haddock, cooked, dry heat", "grilled")
    assert cooked_as("Chicken, broilers or fryers, thigh, meat only, cooked, roasted", "baked")
    assert not cooked_as("Crustaceans, shrimp, mixed species, cooked, moist heat", "grilled")
    assert not cooked_as("Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled",
                         "browned")  # fmt: skip
    # What SR24 has no word for is any cooked entry.
    assert cooked_as("Peas, green, frozen, cooked, boiled, drained", "microwaved")
    assert not cooked_as("Peas, green, frozen, unprepared", "microwaved")
    assert cooked_name("Pork, cured, bacon, cooked, microwaved")
    assert not cooked_name("Kale, raw")
