"""Reminder phrases with a float() spelling that is no number ("nan", "inf", "1e999") where
a count or a time goes: a clear error, never a reminder (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.errors import UserInputError
from healthbot.reminders.phrases import parse_reminder
from healthbot.reminders.refusals import ReminderPhraseError

NOW = datetime(2026, 11, 28, 16, 30, tzinfo=UTC)
_NOT_FINITE = ["nan", "NaN", "inf", "-inf", "Infinity", "1e999", "1e3"]
_PLACES = [
    "in {} minutes drink water",
    "in {} hours drink water",
    "every {} hours drink water",
    "every {} minutes from 9 to 17 drink water",
    "every day at {} take vitamins",
    "at {}:30 take vitamins",
]


@given(st.sampled_from(_PLACES), st.sampled_from(_NOT_FINITE))
def test_a_float_spelling_where_a_number_goes_is_refused(place: str, word: str) -> None:
    with pytest.raises(ReminderPhraseError) as raised:
        parse_reminder(place.format(word), NOW)
    assert isinstance(raised.value, UserInputError) and str(raised.value)


@given(st.sampled_from(_NOT_FINITE))
def test_a_float_spelling_is_no_meal_condition(word: str) -> None:
    # Not a condition at all (as with any word that is no number): the phrase is the text.
    phrase = f"every day at 15:00 snack unless I logged a meal in the last {word} hours"
    spec = parse_reminder(phrase, NOW)
    assert spec.skip_if_meal_hours is None
    assert word in spec.text
