"""A food log written as a sentence is reduced to its items, its meal and its day."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.food.emoji import with_food_names
from healthbot.food.parser import parse_meal
from healthbot.food.sentences import Reading, read_sentence


@pytest.mark.parametrize(
    ("said", "items", "meal", "days_ago"),
    [
        ("For supper I enjoyed a bowl of beef stew, paired with a warm dinner roll and washed "
         "down with a glass of iced tea.",
         "a bowl of beef stew, a warm dinner roll, a glass of iced tea", "dinner", 0),
        ("I had 2 eggs and a slice of toast for breakfast", "2 eggs and a slice of toast",
         "breakfast", 0),
        ("Today I ate pasta for dinner.", "pasta", "dinner", 0),
        ("I just had a coffee with milk this morning", "a coffee with milk", None, 0),
        ("yesterday: 2 slices of pizza + a coke", "2 slices of pizza + a coke", None, 1),
        ("last night we had a burger and fries", "a burger and fries", "dinner", 1),
        ("I treated myself to a delicious slice of cheesecake after the gym!",
         "a slice of cheesecake", None, 0),
        ("had a quick bagel w/ cream cheese on the way to work", "a bagel w/ cream cheese",
         None, 0),
        ("Lunch was a turkey sandwich. Then an apple.", "a turkey sandwich, an apple", "lunch",
         0),
        ("oatmeal topped with blueberries, followed by a latte",
         "oatmeal, blueberries, a latte", None, 0),
        ("a muffin with my coffee at work", "a muffin with coffee", None, 0),
        ("there were 3 cookies left and I ate them", "3 cookies", None, 0),
        ("it was a big burger", "a big burger", None, 0),
        ("hummus on 4 rice cakes", "4 rice cakes with hummus", None, 0),  # spread on them
        ("an espresso kept me going", "an espresso", None, 0),
        ("On Friday I had a bagel for breakfast", "a bagel", "breakfast", 0),
        # Places, events and company name no food; "after lunch" is when, not which meal.
        ("I grabbed a hot dog and a soda at the ball game", "a hot dog and a soda", None, 0),
        ("a whole bag of chips during the movie", "a bag of chips", None, 0),
        ("a bowl of popcorn while watching tv", "a bowl of popcorn", None, 0),
        ("we shared a pizza with my sister", "a pizza", None, 0),
        ("before lunch I had an apple", "an apple", None, 0),
        # Cooking before the food is the cooked food; preparing is no food of its own.
        ("I steamed 2 cups of broccoli", "2 cups of steamed broccoli", None, 0),
        ("pan-fried a fillet of salmon for supper", "a fillet of pan-fried salmon", "dinner", 0),
        ("Baked a potato and topped it with sour cream", "a Baked potato, sour cream", None, 0),
        ("I sliced a banana onto my cereal", "a banana, cereal", None, 0),
        ("toast drizzled with honey", "toast, honey", None, 0),
        # Times, company, interjections; "n" and "w" for and and with; tens in words.
        ("a banana and a handful of almonds around 3pm", "a banana and a handful of almonds",
         None, 0),
        ("my husband and I split a pizza, oops", "half of a pizza", None, 0),  # each half
        ("2 bud lights watching the game", "2 bud lights", None, 0),
        ("stopped at wendys on the way to work for a frosty", "for a frosty", None, 0),
        ("salt n pepper chips and a whopper w cheese",
         "salt and pepper chips and a whopper with cheese", None, 0),
        ("tea wit milk and toast wiv beans", "tea with milk and toast with beans", None, 0),
        ("twenty five pistachios and thirty grapes", "25 pistachios and 30 grapes", None, 0),
        ("I took two shots of whiskey", "two shots of whiskey", None, 0),
        ("egg whites cooked in a nonstick pan", "egg whites", None, 0),
    ],
)  # fmt: skip
def test_a_sentence_is_reduced_to_its_items_meal_and_day(
    said: str, items: str, meal: str | None, days_ago: int
) -> None:
    assert read_sentence(said) == Reading(items, meal, days_ago)


@pytest.mark.parametrize(
    "listed",
    ["2 eggs and a slice of toast", "150g chicken breast, 1 cup rice", "1,5 l water",
     "8 oz. steak", "a hot dog", "light beer", "warm milk", "2-3 eggs", "1.5 cups pasta"],
)  # fmt: skip
def test_a_plain_list_is_left_as_it_is(listed: str) -> None:
    assert read_sentence(listed) == Reading(listed, None, 0)


def test_the_items_of_a_sentence_parse_with_their_amounts() -> None:
    said = "For breakfast I had two scrambled eggs, along with a slice of rye toast."
    items = parse_meal(read_sentence(said).text)
    assert [(i.quantity, i.unit, i.food) for i in items] == [
        (2.0, None, "scrambled eggs"),
        (1.0, "slice", "rye toast"),
    ]


@given(st.text(max_size=200))
def test_any_text_reads_to_a_clean_list_no_longer_than_twice_it(said: str) -> None:
    reading = read_sentence(said)
    # a food emoji is its food's name ("🧀": cheese), which the reading may hold whole
    assert len(reading.text) <= 2 * len(with_food_names(said))
    assert not reading.text.startswith((",", " ")) and not reading.text.endswith((",", " "))
    assert "\ue000" not in reading.text
    assert reading.days_ago in (0, 1)


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("burger and fries - 1/3 lb burger and a small fries", "1/3 lb burger and a small fries"),
        ("chicken: 150 g grilled chicken breast", "150 g grilled chicken breast"),
        ("Measured it: 2 cups of rice", "2 cups of rice"),
        # A head the detail does not restate stays: it is a food of its own.
        ("coffee: 2 sugars", "coffee: 2 sugars"),
    ],
)
def test_a_title_the_detail_restates_falls_away(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_spread_on_a_bread_of_any_kind_is_an_item_of_its_own() -> None:
    assert (
        read_sentence("a pat of butter on a dinner roll").text == "a pat of butter, a dinner roll"
    )
    assert read_sentence("jam on a toasted bagel").text == "jam, a toasted bagel"
