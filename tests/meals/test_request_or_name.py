"""A verb that opens a /log text is a request to log only when what follows names foods
and the verb with its words names none: "add oat milk" is oat milk, but "save the best for
last", "log cabin syrup" and "count chocula" are what was typed (review12 F18)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("said", "span"),
    [
        ("save the best for last", "save the best for last"),  # not a barbecue sauce
        ("log cabin syrup", "log cabin syrup"),  # not "cabin syrup"
        ("track day special", "track day special"),
    ],
)
async def test_words_that_name_no_food_without_the_verb_are_asked_about_whole(
    service: MealService, said: str, span: str
) -> None:
    understood = await service.understand(said)
    assert understood.portions == ()
    assert [question.span for question in understood.questions] == [span]


async def test_a_food_named_with_a_verbs_word_keeps_it(service: MealService) -> None:
    understood = await service.understand("count chocula")
    assert [(p.span, p.food_uid) for p in understood.portions] == [("count chocula", "08270")]


@pytest.mark.parametrize(
    ("said", "span"),
    [
        ("add salt", "salt"),
        ("Log 2 boiled eggs", "2 boiled eggs"),
        ("note down a pear", "a pear"),
        ("put down greek yogurt and honey for me", "greek yogurt"),
    ],
)
async def test_a_verb_that_asks_to_log_before_foods_is_no_food(
    service: MealService, said: str, span: str
) -> None:
    understood = await service.understand(said)
    assert understood.portions[0].span == span, understood
