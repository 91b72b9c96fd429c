"""The writer's own words beside the foods ("..., overslept again", "..., running late") are
no food and no question, whatever words they are: a word that names no food of the table
and is English falls away with its item; an unknown word that is not English ("qwix",
"gudeg") is still asked about; a number or a share is never dropped with its words."""

from __future__ import annotations

import pytest

from healthbot.meals.foods import FoodCatalog
from healthbot.meals.own_words import Word, kind_of, words_said
from tests.support.meals import Logged
from tests.support.telegram import shown

# Words of the writer's day that no list of occasions, places or people foresaw: before
# `healthbot.meals.own_words` each of these texts logged its foods and asked about them.
ASIDES = [
    ("a bagel with cream cheese and an orange juice, overslept again", 3, "overslept"),
    ("two slices of pepperoni pizza and a coke, exam stress", 2, "stress"),
    ("a bowl of oatmeal with blueberries, felt sluggish", 2, "sluggish"),
    ("a banana and a latte, commuting by ferry", 3, "ferry"),  # a latte: espresso and milk
    ("3 scrambled eggs and toast, hangover cure", 2, "hangover"),
    ("two tacos and a lemonade, rainy afternoon", 2, "rainy"),
    ("a cup of coffee and a croissant, running late", 2, "running"),
    ("a tuna sandwich and crisps, dentist appointment later", 3, "dentist"),
    ("a mug of hot chocolate and a biscuit, snowed in", 2, "snowed"),
    ("a protein bar and a banana, knees aching", 2, "knees"),
]
UNKNOWN = ["qwix", "zorble", "blorpa", "gudeg", "snurfel", "lontong", "pempek", "frangibar"]


async def typed(logged: Logged, uid: int) -> list[str]:
    """The typed words of the user's logged items, in order."""
    rows = await logged.rows(
        "SELECT i.typed FROM food_entry_items i JOIN food_entries e ON e.id = i.entry_id"
        " WHERE e.user_id = %s ORDER BY e.id, i.position",
        uid,
    )
    return [str(row[0]) for row in rows]


@pytest.mark.parametrize(("text", "items", "aside"), ASIDES)
async def test_the_writers_own_words_beside_foods_fall_away(
    logged: Logged, uid: int, text: str, items: int, aside: str
) -> None:
    [card] = await logged.say(uid, f"/log {text}")
    assert "I don't know" not in shown(card), shown(card)
    words = await typed(logged, uid)
    assert len(words) == items, words
    assert not any(aside in word.lower() for word in words), words


async def test_words_mended_into_a_food_are_still_the_writers_own(logged: Logged, uid: int) -> None:
    # "stuck in traffic" was read as a beef sirloin steak, 744 kcal, beside the muesli bar
    [card] = await logged.say(uid, "/log a muesli bar and an apple, stuck in traffic")
    assert "steak" not in shown(card).lower(), shown(card)
    assert len(await typed(logged, uid)) == 2


@pytest.mark.parametrize("unknown", UNKNOWN)
async def test_an_unknown_word_that_is_no_english_is_still_asked_about(
    logged: Logged, uid: int, unknown: str
) -> None:
    [card] = await logged.say(uid, f"/log 2 eggs and a {unknown}")
    assert f"“{unknown}”" in shown(card), shown(card)
    assert len(await typed(logged, uid)) == 1  # the eggs, logged beside the question


async def test_an_aside_alone_is_asked_about(logged: Logged, uid: int) -> None:
    [card] = await logged.say(uid, "/log running late")  # no food beside it: what was it?
    assert await typed(logged, uid) == []
    assert "running late" in shown(card), shown(card)


async def test_what_each_word_is(catalog: FoodCatalog) -> None:
    search = await catalog.ready()
    kinds = {word: await kind_of(search, word) for word in words_said(
        "hungover wasn't tbh friday brother recipe chicken soup cone qwix kopi zorble"
        " half whole 11 3pm cup"
    )}  # fmt: skip
    own = {"hungover", "wasn't", "tbh", "friday", "brother", "recipe"}
    assert {word for word, kind in kinds.items() if kind is Word.OWN} == own
    assert {word for word, kind in kinds.items() if kind is Word.FOOD} == {
        "chicken", "soup", "cone"
    }  # fmt: skip
    assert {word for word, kind in kinds.items() if kind is Word.UNKNOWN} == {
        "qwix", "kopi", "zorble"
    }  # fmt: skip
    assert {word for word, kind in kinds.items() if kind is Word.AMOUNT} == {
        "half", "whole", "11", "3pm", "cup"
    }  # fmt: skip


async def test_an_aside_with_an_amount_is_not_dropped(logged: Logged, uid: int) -> None:
    # "the whole tray" says how much of the mac and cheese was eaten: asked, never lost
    [card] = await logged.say(uid, "/log frozen mac and cheese, the whole tray")
    assert "whole tray" in shown(card), shown(card)
