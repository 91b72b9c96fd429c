"""A choice typed at a button step: negations and "little" are not the choice they stand
next to ("very little exercise" is not very active, "not a man" is not male)."""

from __future__ import annotations

import pytest

from healthbot.profile.choices import read_choice
from healthbot.profile.texts import EN


@pytest.mark.parametrize(
    ("step", "said", "value"),
    [
        # Denied or belittled: sedentary, or asked again when it points two ways.
        ("activity", "very little exercise", "sedentary"),
        ("activity", "very little", "sedentary"),
        ("activity", "very low", "sedentary"),
        ("activity", "very rarely", "sedentary"),
        ("activity", "not very", "sedentary"),
        ("activity", "I don't walk much", "sedentary"),
        ("activity", "I don’t exercise", "sedentary"),
        ("activity", "barely active", None),
        ("activity", "not sporty", None),
        ("activity", "I don't know", None),
        ("activity", "not a lot", "sedentary"),
        ("activity", "very", None),
        ("activity", "a bit", None),
        ("sex", "not a man", None),
        ("sex", "I'm not a woman", None),
        ("units", "not metric", None),
        # Ordinary answers as before.
        ("activity", "sedentary", "sedentary"),
        ("activity", "desk job", "sedentary"),
        ("activity", "lightly active", "light"),
        ("activity", "I exercise a little", "light"),
        ("activity", "moderately active", "moderate"),
        ("activity", "I run every day", "active"),
        ("activity", "very active", "very_active"),
        ("activity", "I'm not very active", "sedentary"),
        ("activity", "construction worker", "very_active"),
        ("activity", "I walk the dog, otherwise desk job", None),
        ("sex", "woman", "female"),
        ("sex", "male", "male"),
        ("sex", "I'd rather not say", "other"),
        ("units", "stones and pounds please", "imperial"),
    ],
)
def test_typed_choices(step: str, said: str, value: str | None) -> None:
    assert read_choice(EN, step, said) == value
