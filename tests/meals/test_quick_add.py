"""Quick add: `/log 450 kcal [name] [macros]` logs the energy as the user gives it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.food.parser import FoodParseError, ParseProblem
from healthbot.meals.portions import Nutrients
from healthbot.meals.quick import MAX_KCAL, QUICK_NAME, QuickAdd, read_quick_add
from tests.support.meals import Logged
from tests.support.telegram import shown


@pytest.mark.parametrize(
    ("text", "name", "nutrients"),
    [
        ("450 kcal", QUICK_NAME, Nutrients(kcal=450)),
        ("450 kcal burrito", "burrito", Nutrients(kcal=450)),
        ("burrito 450 kcal", "burrito", Nutrients(kcal=450)),
        ("450 kcal 30p 40c 15f", QUICK_NAME, Nutrients(450, 30, 40, 15)),
        (
            "chicken wrap: 520 calories, 35g protein, 48 g carbs, 18g fat",
            "chicken wrap",
            Nutrients(520, 35, 48, 18),
        ),
        ("a 100 cal pack of almonds", "a pack of almonds", Nutrients(kcal=100)),
        ("212,5 kcal", QUICK_NAME, Nutrients(kcal=212.5)),
        ("1 cup of rice (200 cal)", "1 cup of rice", Nutrients(kcal=200)),
    ],
)
def test_an_energy_given_is_read_with_its_name_and_macros(
    text: str, name: str, nutrients: Nutrients
) -> None:
    assert read_quick_add(text) == QuickAdd(name, nutrients)


@pytest.mark.parametrize("text", ["2 eggs", "a slice of toast", "calorie-free soda", "kcal"])
def test_text_without_an_energy_is_not_a_quick_add(text: str) -> None:
    assert read_quick_add(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("0 kcal", ParseProblem.ZERO),
        ("90000 kcal", ParseProblem.TOO_MUCH),
        ("450 kcal 900p", ParseProblem.TOO_MUCH),
    ],
)
def test_an_impossible_energy_is_refused(text: str, problem: ParseProblem) -> None:
    with pytest.raises(FoodParseError) as caught:
        read_quick_add(text)
    assert caught.value.problem == problem


@given(st.text(max_size=80), st.floats(min_value=1, max_value=MAX_KCAL))
def test_any_text_with_an_energy_logs_that_energy_or_is_refused(text: str, kcal: float) -> None:
    typed = f"{kcal:.0f} kcal {text}"
    try:
        quick = read_quick_add(typed)
    except FoodParseError:
        return  # a macro past its limit in the text
    assert quick is not None
    assert quick.nutrients.kcal == float(f"{kcal:.0f}")
    assert quick.name and len(quick.name) <= 80


async def test_quick_add_logs_the_energy_as_given_and_says_so(logged: Logged, uid: int) -> None:
    text = shown((await logged.say(uid, "/log 450 kcal 30p 40c 15f burrito"))[0])
    assert "• burrito · 450 kcal, as you gave it" in text
    assert "Total: 450 kcal · protein 30 g · carbs 40 g · fat 15 g" in text
    rows = await logged.rows(
        "SELECT food_name, usda_id, grams, kcal, protein_g FROM food_entry_items"
        " WHERE user_id = %s",
        uid,
    )
    assert rows == [("burrito", None, Decimal("0.00"), Decimal("450.00"), Decimal("30.00"))]


async def test_an_impossible_quick_add_is_refused_and_logs_nothing(
    logged: Logged, uid: int
) -> None:
    text = shown((await logged.say(uid, "/log 90000 kcal"))[0])
    assert "more than one sitting" in text
    assert await logged.entries(uid) == []


async def test_a_quick_add_takes_the_meal_and_day_its_words_name(logged: Logged, uid: int) -> None:
    text = shown((await logged.say(uid, "/log yesterday for lunch: 450 kcal burrito"))[0])
    assert text.startswith("🥗 Lunch") and "• burrito · 450 kcal, as you gave it" in text
    [(day,)] = await logged.rows("SELECT local_date FROM food_entries WHERE user_id = %s", uid)
    assert day == (datetime.now(UTC) - timedelta(days=1)).date()
