"""Which free texts tell of a meal eaten (logged when the coach will not answer): reports of
food eaten do, questions, plans, denials and stories never (healthbot/meals/told.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.food.parser import FoodParseError
from healthbot.meals.service import MealService
from healthbot.meals.told import MAX_WORDS, drunk_words, read_as_meal, says_eaten

MEALS = [
    "lunch was a turkey sandwich and a small bag of chips",
    "just had a bowl of oatmeal with blueberries",
    "for dinner I ate grilled salmon and rice",
    "2 boiled eggs and a coffee",
    "breakfast: greek yogurt with honey",
    "snacked on a handful of almonds",
    "dinner tonight was chicken curry with naan",
    "I grabbed a latte and a croissant on the way to work",
    "we had tacos for dinner",
    "an apple and a string cheese",
    "yesterday I had a burrito for lunch",
    "had 2 beers at the pub",
    "finished a pint of ice cream",
    # the writer is the subject, or one of them, or there is none
    "I just had a chicken wrap",
    "my wife and I had pasta with pesto",
    "we both had cheeseburgers",
    "last night I ate a cheeseburger",
    "this morning I had porridge with banana",
    "had eggs on toast and drank an orange juice",
    # "for" a meal, or the writer
    "a banana for breakfast",
    "a bagel for my lunch",
    "grabbed a flat white for me",
    # a meal by its name in other Englishes, as /log reads it (a trial chat's brekkie)
    "brekkie: flat white and 2 slices of sourdough with avo",
    "for brekkie I had toast",
    "a flat white for smoko",
    "smoko: a sausage roll",
]
NOT_MEALS = [
    # questions
    "should I eat pizza tonight?",
    "is rice better than pasta",
    "how many calories in an apple",
    "can I have a banana before bed",
    # stories, feelings, what else was done
    "I had pizza yesterday and felt bad, what should I do?",
    "I had pizza last night and my stomach hurt",
    "I ate a salad and then I felt sick",
    "I had a coffee with a friend and talked about work",
    "some people say carbs are bad",
    # plans, wishes, habits, denials
    "I'm going to grab a burger after the gym",
    "I want a cookie so badly",
    "I usually have toast for breakfast",
    "I didn't eat breakfast today",
    "I'll have soup later",
    "I skipped lunch",
    # someone else ate: a name, "the X", everyone, a family word, or "for" someone
    "my daughter ate three cookies",
    "she had pancakes",
    "the twins had fish fingers",
    "Priya ate a samosa",
    "Mom had a salad",
    "grandpa had 2 sausages",
    "everybody had birthday cake",
    "the cat ate a slice of ham",
    "my team had bagels",
    "toddler had 6 oz of milk",
    "had 2 eggs, my partner had waffles",
    "a latte for Ana",
    "3 croissants for the office",
    "a banana for the baby",
    # further back than yesterday
    "I ate a steak last month",
    "had a kebab last weekend",
    "a burrito on saturday",
    "I had oysters in 2018",
    "ate paella 3 weeks ago",
    "had a sundae as a kid",
    # the meal named, not what was in it; words that name no food
    "had lunch with my sister",
    "had brekkie with Sam",
    "ate breakfast late",
    "I ate well today",
    "I had fun",
    "ate too much at the party",
    # chatter
    "hi",
    "thanks for the tips",
    "good morning",
]
NO_FOOD_READ = [
    "had a great run this morning",
    "I had a rough day at work",
    "I had a long meeting",
    "had a nice walk with the dog",
    "I had the flu",
    "a great day today",
]


@pytest.mark.parametrize("text", MEALS)
def test_a_report_of_food_eaten_says_eaten(text: str) -> None:
    assert says_eaten(text)


@pytest.mark.parametrize("text", NOT_MEALS)
def test_questions_plans_denials_and_stories_never_say_eaten(text: str) -> None:
    assert not says_eaten(text)


@given(st.text(max_size=80))
def test_no_text_with_a_question_mark_says_eaten(text: str) -> None:
    assert not says_eaten(f"had 2 eggs {text}?")


def test_a_long_text_is_a_story_not_a_meal_told() -> None:
    assert says_eaten("had a banana")
    assert not says_eaten("had a banana " + "and a banana " * (MAX_WORDS // 3))


@pytest.mark.parametrize("text", MEALS)
async def test_log_reads_each_meal_told_as_a_meal(service: MealService, text: str) -> None:
    assert read_as_meal(await service.understand(text))


@pytest.mark.parametrize("text", ["a muffin with Sam", "a beer and Dad"])
async def test_a_name_read_as_one_word_of_a_brand_is_not_a_food(
    service: MealService, text: str
) -> None:
    # /log matches "Sam" or "Dad" to a branded product's name (a word of its brand in
    # capitals); nobody tells of eating that.
    assert says_eaten(text)
    assert not read_as_meal(await service.understand(text))


@pytest.mark.parametrize("text", ["had Cheerios with milk", "had a Snickers", "a Big Mac"])
async def test_a_product_named_by_its_own_name_is_a_food(service: MealService, text: str) -> None:
    assert says_eaten(text)
    assert read_as_meal(await service.understand(text))


@pytest.mark.parametrize("text", NO_FOOD_READ)
async def test_words_of_no_food_after_had_are_not_read_as_a_meal(
    service: MealService, text: str
) -> None:
    assert says_eaten(text)  # it says "had": the reading must find the food
    try:
        understood = await service.understand(text)
    except FoodParseError:
        return
    assert not read_as_meal(understood)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("drank 500ml of water", "500ml of water"),
        ("I just drank 3 glasses of water", "3 glasses of water"),
        ("we both had a litre of water after the run", "a litre of water after the run"),
        ("a bottle of water", "a bottle of water"),
        ("lunch: had 2 eggs", "2 eggs"),
    ],
)
def test_the_words_drunk_or_eaten_follow_the_writers_verb(text: str, words: str) -> None:
    assert says_eaten(text) and drunk_words(text) == words
