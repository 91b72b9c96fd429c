"""Joins inside a sentence that make two items of it, each with its amount: what a food sat
in or was cooked in ("2 samosas in a pitta", "3 eggs fried in a pat of butter"), what it sat
over ("a scoop of ice cream over 2 waffles"); verbs that name no food ("I eat", "spread",
"smashed" at the start); the time before the writer ("Evening I took ..."); and a common name
said with words its food's name says again ("beef mince": mince)."""

from __future__ import annotations

import pytest

from healthbot.food.sentences import read_sentence
from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("2 samosas in a pitta", "2 samosas, a pitta"),
        ("3 eggs scrambled in a pat of butter", "3 eggs scrambled, a pat of butter"),
        ("a scoop of ice cream over 2 waffles", "a scoop of ice cream, 2 waffles"),
        ("2 meatballs over a cup of spaghetti", "2 meatballs, a cup of spaghetti"),
        ("Tonight I eat 2 chapatis and dal", "2 chapatis and dal"),
        ("spread a tbsp of jam on 2 crackers", "a tbsp of jam, 2 crackers"),
        ("smashed 2 boiled potatoes with butter", "2 boiled potatoes with butter"),
        ("Evening I took 3 biscuits with tea", "3 biscuits with tea"),
    ],
)
def test_joins_make_items_of_their_own(text: str, items: str) -> None:
    assert read_sentence(text).text == items


async def test_each_side_of_a_join_is_logged_with_its_amount(service: MealService) -> None:
    understood = await service.understand("2 samosas in a pitta")
    assert any(p.food_name.startswith("Bread, pita") for p in understood.portions)
    understood = await service.understand("a scoop of vanilla ice cream over 2 waffles")
    assert understood.questions == ()
    assert [p.quantity for p in understood.portions] == [1, 2]


async def test_a_common_name_said_with_its_own_words_is_that_name(service: MealService) -> None:
    for text in ("3 pork bangers", "2 pork snags"):
        understood = await service.understand(text)
        assert understood.questions == (), text
        [portion] = understood.portions
        assert portion.food_name.startswith("Pork sausage"), (text, portion.food_name)
        assert portion.grams < 200, text  # sausages, not 600 g of ground pork
