"""Which foods have an allergen the user named: whole words of the allergen and its group."""

from __future__ import annotations

import pytest

from healthbot.meals.allergens import allergen_in, marked
from healthbot.meals.answers import Choice, Question


@pytest.mark.parametrize(
    ("name", "allergy"),
    [
        ("Peanut butter, smooth style, with salt", "peanuts"),
        ("Snacks, granola bar, with peanuts", "peanut"),
        ("Candies, REESE'S Peanut Butter Cups", "Peanuts"),
        ("Nuts, almonds", "tree nuts"),
        ("Nuts, mixed nuts, dry roasted, with peanuts", "nuts"),
        ("Egg, whole, raw, fresh", "eggs"),
        ("Milk, whole, 3.25% milkfat", "dairy"),
        ("Cheese, cheddar", "lactose"),
        ("Crustaceans, shrimp, cooked", "shellfish"),
        ("Bread, white, commercially prepared, toasted", "gluten"),
        ("Fish, salmon, Atlantic, farmed, raw", "fish"),
        ("Tofu, raw, firm", "soy"),
        ("Strawberries, raw", "strawberries"),
        ("Seeds, sesame butter, tahini", "sesame"),
    ],
)
def test_a_food_named_with_the_allergen_or_its_group_has_it(name: str, allergy: str) -> None:
    assert allergen_in(name, ["olives", allergy]) == allergy


@pytest.mark.parametrize(
    ("name", "allergy"),
    [
        ("Eggplant, raw", "eggs"),  # whole words only
        ("Spices, nutmeg, ground", "nuts"),
        ("Squash, winter, butternut, raw", "milk"),
        ("Peanut butter, smooth style", "dairy"),  # a plant butter has no milk
        ("Beverages, almond milk, unsweetened", "milk"),
        ("Beverages, coconut milk, sweetened", "lactose"),
        ("Apples, raw, with skin", "peanuts"),
        ("Rice, white, cooked", ""),
    ],
)
def test_a_food_without_it_is_not_marked(name: str, allergy: str) -> None:
    assert allergen_in(name, [allergy]) is None


def test_marks_survive_the_dialog_state_and_older_states_still_read() -> None:
    choices = (Choice("1", "Candies, peanut bar", 150.0), Choice("2", "Candies, MOUNDS", 90.0))
    question = Question(0, "a candy bar", 1, None, None, "candy bar", "food", choices)
    shown = marked(question, ["peanuts"])
    assert [c.allergen for c in shown.choices] == ["peanuts", None]
    assert Question.from_json(shown.to_json()) == shown
    old = {**question.to_json(), "choices": [["1", "Candies, peanut bar", 150.0]]}
    assert Question.from_json(old).choices == (Choice("1", "Candies, peanut bar", 150.0),)
    assert marked(question, []) is question
