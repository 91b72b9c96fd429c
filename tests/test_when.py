"""The day, time and meal a /log starts with (healthbot.when): pure, no I/O."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.when import Meal, WhenError, WhenProblem, read_when

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 3, 11, 8, 15, tzinfo=LA)  # a Wednesday morning


@pytest.mark.parametrize(
    ("text", "eaten", "meal", "rest"),
    [
        ("yesterday 2 eggs", "Tue 10 08:15", None, "2 eggs"),
        ("Yesterday, 2 eggs", "Tue 10 08:15", None, "2 eggs"),
        ("for lunch a salad", None, Meal.LUNCH, "a salad"),
        ("at 8am oatmeal", "Wed 11 08:00", None, "oatmeal"),
        ("at 7:30 oatmeal", "Wed 11 07:30", None, "oatmeal"),
        ("at 12am toast", "Wed 11 00:00", None, "toast"),
        ("around 7 pm rice", "Tue 10 19:00", None, "rice"),
        ("at noon soup", "Tue 10 12:00", None, "soup"),  # not yet today: yesterday's
        ("at 11pm pizza", "Tue 10 23:00", None, "pizza"),
        ("yesterday at 7pm for dinner: pasta", "Tue 10 19:00", Meal.DINNER, "pasta"),
        ("for dinner yesterday at 7pm pasta", "Tue 10 19:00", Meal.DINNER, "pasta"),
        ("yesterday for lunch soup", "Tue 10 12:30", Meal.LUNCH, "soup"),  # the meal's time
        ("yesterday dinner 2 rotis", "Tue 10 19:00", Meal.DINNER, "2 rotis"),
        ("yesterday's lunch: a salad", "Tue 10 12:30", Meal.LUNCH, "a salad"),
        ("monday’s breakfast, 2 eggs", "Mon 09 08:00", Meal.BREAKFAST, "2 eggs"),
        ("last night's dinner - pizza", "Tue 10 19:00", Meal.DINNER, "pizza"),
        ("yesterday dinner rolls", "Tue 10 08:15", None, "dinner rolls"),  # a food
        ("dinner: 2 rotis", None, None, "dinner: 2 rotis"),  # no day: the food text's label
        ("last night at 9pm pasta", "Tue 10 21:00", Meal.DINNER, "pasta"),
        ("the day before yesterday rice", "Mon 09 08:15", None, "rice"),
        ("3 days ago soup", "Sun 08 08:15", None, "soup"),
        ("a week ago soup", "Wed 04 08:15", None, "soup"),
        ("on monday 2 eggs", "Mon 09 08:15", None, "2 eggs"),
        ("wednesday 2 eggs", None, None, "2 eggs"),  # today
        ("last wednesday 2 eggs", "Wed 04 08:15", None, "2 eggs"),
        ("on tue at 6pm rice", "Tue 10 18:00", None, "rice"),
        ("on 12 march toast", "Wed 12 08:15", None, "toast"),  # 2025's: 2026's is to come
        ("on march 1st toast", "Sun 01 08:15", None, "toast"),
        ("on the 5th toast", "Thu 05 08:15", None, "toast"),
        ("2026-02-28 rice", "Sat 28 08:15", None, "rice"),
        ("today 2 eggs", None, None, "2 eggs"),
        # A part of the day names the meal, at its time on an earlier day; not the food.
        ("yesterday evening a pint of beer", "Tue 10 19:00", Meal.DINNER, "a pint of beer"),
        ("yesterday morning 2 eggs", "Tue 10 08:00", Meal.BREAKFAST, "2 eggs"),
        ("yesterday afternoon a scone", "Tue 10 12:30", Meal.LUNCH, "a scone"),
        ("yesterday lunchtime soup", "Tue 10 12:30", Meal.LUNCH, "soup"),
        ("yesterday at lunch time, soup", "Tue 10 12:30", Meal.LUNCH, "soup"),
        ("yesterday in the evening: rice", "Tue 10 19:00", Meal.DINNER, "rice"),
        ("last evening pizza", "Tue 10 19:00", Meal.DINNER, "pizza"),
        ("on Monday evening curry", "Mon 09 19:00", Meal.DINNER, "curry"),
        ("monday night curry", "Mon 09 19:00", Meal.DINNER, "curry"),
        ("on sun morning toast", "Sun 08 08:00", Meal.BREAKFAST, "toast"),
        ("the day before yesterday afternoon tea", "Mon 09 12:30", Meal.LUNCH, "tea"),
        ("yesterday evening at 9pm pasta", "Tue 10 21:00", Meal.DINNER, "pasta"),
        ("yesterday evening for a snack crisps", "Tue 10 19:00", Meal.SNACK, "crisps"),
        ("tonight pasta", None, Meal.DINNER, "pasta"),  # today: now
        ("this morning 2 eggs", None, Meal.BREAKFAST, "2 eggs"),
        ("this lunchtime soup", None, Meal.LUNCH, "soup"),
        ("at lunchtime soup", None, Meal.LUNCH, "soup"),
        ("today evening rice", None, Meal.DINNER, "rice"),
        ("yesterday mornings oats", "Tue 10 08:15", None, "mornings oats"),
        ("evening primrose oil", None, None, "evening primrose oil"),
        ("sunday brunch: 3 pancakes", "Sun 08 08:00", Meal.BREAKFAST, "3 pancakes"),
        # Words that only look like the start of a day or a time are the food's.
        ("about 200g chicken", None, None, "about 200g chicken"),
        ("sun dried tomatoes", None, None, "sun dried tomatoes"),
        ("birthday cake", None, None, "birthday cake"),
        ("on holiday: ice cream", None, None, "on holiday: ice cream"),
        ("may 2 eggs", None, None, "may 2 eggs"),
        ("at home pasta", None, None, "at home pasta"),
        ("2 eggs yesterday", None, None, "2 eggs yesterday"),  # the sentence reader's
    ],
)
def test_the_words_a_log_starts_with_set_its_day_time_and_meal(
    text: str, eaten: str | None, meal: Meal | None, rest: str
) -> None:
    when, left = read_when(text)
    at = when.instant(NOW)
    assert (None if at is None else at.strftime("%a %d %H:%M"), when.meal, left) == (
        eaten,
        meal,
        rest,
    )


@pytest.mark.parametrize(
    ("text", "problem", "span", "meant"),
    [
        ("on funday 2 eggs", WhenProblem.UNKNOWN_DAY, "funday", "sunday"),
        ("yesterdy 2 eggs", WhenProblem.UNKNOWN_DAY, "yesterdy", "yesterday"),
        ("wendsday 2 eggs", WhenProblem.UNKNOWN_DAY, "wendsday", "wednesday"),
        ("a few days ago eggs", WhenProblem.UNKNOWN_DAY, "a few days ago", None),
        ("on 12/3 eggs", WhenProblem.UNKNOWN_DAY, "12/3", None),
        ("on 31 february eggs", WhenProblem.UNKNOWN_DAY, "31 february", None),
        ("on the 31st eggs", WhenProblem.UNKNOWN_DAY, "the 31st", None),  # February has none
        ("at 25pm eggs", WhenProblem.BAD_TIME, "at 25pm", None),
        ("at 13pm eggs", WhenProblem.BAD_TIME, "at 13pm", None),
        ("at 7:75 eggs", WhenProblem.BAD_TIME, "at 7:75", None),
        ("at 24 eggs", WhenProblem.BAD_TIME, "at 24", None),
        ("tomorrow eggs", WhenProblem.FUTURE, "tomorrow", None),
        ("today at 11pm eggs", WhenProblem.FUTURE, "Wed 11 Mar 23:00", None),
        ("400 days ago eggs", WhenProblem.TOO_FAR, "Tue 04 Feb 2025", None),
    ],
)
def test_words_that_name_no_day_or_time_are_refused(
    text: str, problem: WhenProblem, span: str, meant: str | None
) -> None:
    with pytest.raises(WhenError) as raised:
        when, _ = read_when(text)
        when.instant(NOW)
    assert (raised.value.problem, raised.value.span, raised.value.meant) == (problem, span, meant)


@given(st.text(max_size=80))
def test_any_text_is_read_or_refused_and_the_rest_is_its_end(text: str) -> None:
    try:
        when, rest = read_when(text)
        when.instant(NOW)
    except WhenError:
        return
    assert text.endswith(rest)
