"""Period words ("at bedtime", "every day at lunchtime", "every morning") read as the
user's time for them, the word taken out of what to remind of."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from healthbot.reminders.periods import DEFAULT_TIMES, period_named, times_with
from healthbot.reminders.phrases import parse_reminder
from healthbot.reminders.refusals import ConflictingSchedule
from healthbot.reminders.schedule import EVERY_DAY, WEEKDAYS, Once, Weekly

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)  # a Sunday, noon
DAILY_12, DAILY_19 = Weekly((time(12),), EVERY_DAY), Weekly((time(19),), EVERY_DAY)


@pytest.mark.parametrize(
    ("phrase", "text", "period", "schedule"),
    [
        ("at bedtime take vitamins", "take vitamins", "bedtime", Once(datetime(2026, 12, 6, 22))),
        ("every day at lunchtime drink water", "drink water", "lunch", DAILY_12),
        ("every night at bedtime read", "read", "bedtime", Weekly((time(22),), EVERY_DAY)),
        ("every bedtime floss", "floss", "bedtime", Weekly((time(22),), EVERY_DAY)),
        ("weekdays at lunch time walk", "walk", "lunch", Weekly((time(12),), WEEKDAYS)),
        ("take pills at dinner", "take pills", "dinner", Once(datetime(2026, 12, 6, 19))),
        ("every day at dinnertime log dinner", "log dinner", "dinner", DAILY_19),
        ("tomorrow at breakfast time weigh", "weigh", "breakfast", Once(datetime(2026, 12, 7, 8))),
        ("remind me at bed-time to read", "read", "bedtime", Once(datetime(2026, 12, 6, 22))),
        ("every morning to meditate", "meditate", "morning", Weekly((time(8),), EVERY_DAY)),
    ],
)  # fmt: skip
def test_a_period_word_is_its_default_time_and_leaves_the_text(
    phrase: str, text: str, period: str, schedule: object
) -> None:
    spec = parse_reminder(phrase, NOW)
    assert (spec.text, spec.period, spec.schedule) == (text, period, schedule)


def test_the_users_own_times_are_used() -> None:
    own = {"bedtime": time(23, 30), "morning": time(6, 45)}
    assert parse_reminder("every night at bedtime read", NOW, own).schedule == Weekly(
        (time(23, 30),), EVERY_DAY
    )
    assert parse_reminder("every morning run", NOW, own).schedule == Weekly(
        (time(6, 45),), EVERY_DAY
    )
    # Words the user did not set keep their defaults.
    assert parse_reminder("at lunchtime stretch", NOW, own).schedule == Once(
        datetime(2026, 12, 7, 12)
    )


def test_a_clock_time_wins_over_the_word_and_reads_in_its_period() -> None:
    spec = parse_reminder("every day at dinner at 7 take pills", NOW)
    assert (spec.schedule, spec.period) == (Weekly((time(19),), EVERY_DAY), None)
    assert parse_reminder("at bedtime at 10:30 read", NOW).schedule == Once(
        datetime(2026, 12, 6, 22, 30)
    )


@pytest.mark.parametrize(
    "phrase", ["weekdays 12:30 log lunch", "at 19:00 cook dinner", "every day at 8 eat breakfast"]
)
def test_a_meal_word_without_at_is_what_to_remind_of(phrase: str) -> None:
    assert parse_reminder(phrase, NOW).period is None


def test_two_period_words_conflict() -> None:
    with pytest.raises(ConflictingSchedule):
        parse_reminder("at bedtime and at lunchtime drink water", NOW)


@pytest.mark.parametrize(
    ("said", "word"),
    [("bedtime", "bedtime"), ("Bed time", "bedtime"), ("lunch time", "lunch"),
     ("lunchtime", "lunch"), ("supper", "dinner"), ("morning", "morning"),
     ("brunch", None), ("", None), ("noon", None)],
)  # fmt: skip
def test_a_period_is_named_in_several_ways(said: str, word: str | None) -> None:
    assert period_named(said) == word


def test_times_with_fills_in_the_defaults() -> None:
    times = times_with({"night": time(21)})
    assert times == {**DEFAULT_TIMES, "night": time(21)}
    assert list(times) == list(DEFAULT_TIMES)
