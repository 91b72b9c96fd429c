"""Other people a food text names: who made or brought the food falls away ("a cheese toastie
my nan made": "nan" is a grandmother there, not the number float() reads), and a food said
to be for someone else ("a muffin for my son") is not logged as the writer's: how much of it
was theirs is asked."""

from __future__ import annotations

import pytest

from healthbot.food.parser import FoodParseError, parse_meal
from healthbot.food.sentences import read_sentence
from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("a cheese toastie my nan made", "a cheese toastie"),
        ("my nan made me a bacon sandwich", "a bacon sandwich"),
        ("3 scones that our neighbour brought round", "3 scones"),
        ("2 pancakes my husband whipped up for us", "2 pancakes"),
        ("tea and cake at my nan's", "tea and cake"),
    ],
)
def test_who_made_the_food_is_no_food(text: str, items: str) -> None:
    assert read_sentence(text).text == items


def test_nan_is_still_no_number_anywhere_else() -> None:
    for text in ("nan eggs", "2 scones and nan eggs", "toast nan"):
        with pytest.raises(FoodParseError):
            parse_meal(text)
    # a naan named by its kind is bread, as "nan bread" is
    assert [item.food for item in parse_meal("a garlic nan and 2 poppadoms")] == [
        "garlic nan", "poppadoms"
    ]  # fmt: skip


async def test_a_dish_someone_made_is_logged_as_its_parts(service: MealService) -> None:
    understood = await service.understand("a cheese toastie my nan made")
    assert understood.questions == ()
    names = [portion.food_name for portion in understood.portions]
    assert any(name.startswith("Bread") for name in names)
    assert any(name.startswith("Cheese") for name in names)


async def test_a_food_for_someone_else_is_asked_not_logged(service: MealService) -> None:
    understood = await service.understand("an apple and a muffin for my son")
    assert [portion.food_name for portion in understood.portions] == ["Apples, raw, with skin"]
    [question] = understood.questions
    assert question.kind == "amount"
    assert question.choices[0].name.startswith("Muffins")
    understood = await service.understand("a hot chocolate for my daughter")
    assert understood.portions == ()
    assert [question.kind for question in understood.questions] == ["amount"]
