"""/log of a sentence: its items logged with their amounts, in the meal and on the day it names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from healthbot.food.parser import FoodParseError, ParseProblem
from healthbot.meals.service import MealService
from tests.support.meals import Logged
from tests.support.telegram import shown


async def test_a_sentence_logs_each_item_in_the_meal_it_names(logged: Logged, uid: int) -> None:
    text = shown((await logged.say(
        uid, "/log For breakfast I enjoyed two scrambled eggs, paired with a slice of toast "
        "and washed down with a cup of coffee.",
    ))[0])  # fmt: skip
    assert text.startswith("🍳 Breakfast")
    rows = await logged.rows(
        "SELECT typed, usda_id FROM food_entry_items WHERE user_id = %s ORDER BY position", uid
    )
    assert [typed for typed, _ in rows] == [
        "two scrambled eggs",
        "a slice of toast",
        "a cup of coffee",
    ]
    assert all(usda_id for _, usda_id in rows)


async def test_yesterday_logs_on_the_day_before(logged: Logged, uid: int) -> None:
    await logged.say(uid, "/log yesterday: 2 eggs")
    [(day,)] = await logged.rows("SELECT local_date FROM food_entries WHERE user_id = %s", uid)
    assert day == (datetime.now(UTC) - timedelta(days=1)).date()


async def test_a_food_picture_is_logged_and_another_picture_is_named_back(
    service: MealService,
) -> None:
    understood = await service.understand("🥯")
    assert [p.span for p in understood.portions] == ["bagel"]
    with pytest.raises(FoodParseError) as refused:
        await service.understand("🎉")
    assert refused.value.problem is ParseProblem.PICTURE


@pytest.mark.parametrize("text", ["zorblat on toast", "zorblat with a bagel", "zorblat and rice"])
async def test_a_food_the_table_lacks_beside_one_it_has_is_asked_not_dropped(
    service: MealService, text: str
) -> None:
    # A list joined by "on", "with" or "and" is no sentence: its unknown word is a food to
    # ask about, not a filler to leave out (the user's zorblat was lost before).
    understood = await service.understand(text)
    assert len(understood.portions) == 1
    assert [(q.food, q.kind) for q in understood.questions] == [("zorblat", "food")]


@pytest.mark.parametrize(
    "text",
    ["for lunch I had a banana and some zorble", "I ate a banana with some zorblat after"],
)
async def test_a_word_no_food_and_no_english_names_in_a_sentence_is_asked(
    service: MealService, text: str
) -> None:
    # In a sentence, words naming no food beside a food logged were taken for the sentence's
    # and dropped, the user's zorble with them; a word that is no English word is a food.
    understood = await service.understand(text)
    assert len(understood.portions) == 1
    assert [q.kind for q in understood.questions] == ["food"], understood.questions


@pytest.mark.parametrize(
    "text", ["I only had a banana", "At the ballgame I had a banana", "had a banana lol"]
)
async def test_the_sentences_own_words_are_still_no_food(service: MealService, text: str) -> None:
    understood = await service.understand(text)
    assert len(understood.portions) == 1 and not understood.questions, understood.questions
