"""The words of a copy (/log same as yesterday, yesterday's breakfast, Monday's lunch) and
the names a saved meal may have, read without the bot."""

from __future__ import annotations

from datetime import date

import pytest

from healthbot.meals.copies import CopyOf, read_copy
from healthbot.meals.saved import NameProblem, check_name
from healthbot.when import Meal

WEDNESDAY = date(2026, 3, 11)


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        ("same as yesterday", CopyOf(date(2026, 3, 10), None)),
        ("Same as yesterday.", CopyOf(date(2026, 3, 10), None)),
        ("the same as yesterday's lunch", CopyOf(date(2026, 3, 10), Meal.LUNCH)),
        ("same breakfast as monday", CopyOf(date(2026, 3, 9), Meal.BREAKFAST)),
        ("yesterday's breakfast", CopyOf(date(2026, 3, 10), Meal.BREAKFAST)),
        ("yesterday’s breakfast", CopyOf(date(2026, 3, 10), Meal.BREAKFAST)),
        ("yesterdays supper", CopyOf(date(2026, 3, 10), Meal.DINNER)),
        ("Monday's lunch", CopyOf(date(2026, 3, 9), Meal.LUNCH)),
        ("wednesday's lunch", CopyOf(date(2026, 3, 4), Meal.LUNCH)),  # never today: a week ago
        ("last sunday's dinner again", CopyOf(date(2026, 3, 8), Meal.DINNER)),
        ("today's breakfast", CopyOf(WEDNESDAY, Meal.BREAKFAST)),
        ("yesterday's food", CopyOf(date(2026, 3, 10), None)),
    ],
)
def test_copy_words_name_a_day_and_a_meal(text: str, copy: CopyOf) -> None:
    assert read_copy(text, WEDNESDAY) == copy


@pytest.mark.parametrize(
    "text",
    ["yesterday 2 eggs", "2 eggs same as yesterday", "same as tomorrow", "breakfast", "samesies",
     "yesterday's 2 eggs", "same as yesterday and a banana"],
)  # fmt: skip
def test_other_words_are_no_copy(text: str) -> None:
    assert read_copy(text, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "checked"),
    [
        ("  Usual   breakfast ", "Usual breakfast"),
        ("Mom's lasagne (big)", "Mom's lasagne (big)"),
        ("Frühstück 2", "Frühstück 2"),
        ("", NameProblem.EMPTY),
        ("   ", NameProblem.EMPTY),
        ("x" * 41, NameProblem.TOO_LONG),
        ("/start", NameProblem.ODD),
        ("<b>hi</b>", NameProblem.ODD),
        ("eggs 🥚", NameProblem.ODD),
        ("-dash first", NameProblem.ODD),
    ],
)
def test_names(text: str, checked: str | NameProblem) -> None:
    assert check_name(text) == checked
