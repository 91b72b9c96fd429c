"""Onboarding takes answers as people write them (issue 21): "I'm 34", "5'6\"", "172 lbs",
"Portland"; parsed, and end to end through the setup on the fake Telegram over HTTP."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthbot.profile.parsing import (
    Problem,
    ProfileInputError,
    parse_age,
    parse_height,
    parse_pace,
    parse_weight,
)
from tests.support.profile import Chats
from tests.support.telegram import shown


@pytest.mark.parametrize(
    "text", ["I'm 34", "I’m 34", "34 years", "34 years old", "i am 34 yo", "age: 34", "about 34."]
)
def test_ages_in_words(text: str) -> None:
    assert parse_age(text) == 34


@pytest.mark.parametrize(
    ("text", "imperial", "cm"),
    [
        ("5'6\"", False, "167.6"),
        ("5’6”", False, "167.6"),
        ("5 ft 6", False, "167.6"),
        ("5 feet 6 inches", False, "167.6"),
        ("5ft6", False, "167.6"),
        ("I'm 5'6\" tall", False, "167.6"),
        ("168 cm", False, "168.0"),
        ("I'm 168cm", False, "168.0"),
        ("1m68", False, "168.0"),
        ("1.68", False, "168.0"),  # a bare number from 1 to 2.5 is metres
        ("5.5", True, "167.6"),  # ... and for an imperial user, 3 to 8 is feet
        ("66", True, "167.6"),
    ],
)
def test_heights_in_words(text: str, imperial: bool, cm: str) -> None:
    assert parse_height(text, imperial) == Decimal(cm)


@pytest.mark.parametrize(
    ("text", "imperial", "kg"),
    [
        ("172 lbs", False, "78.02"),
        ("I weigh about 172 lbs", False, "78.02"),
        ("78 kg", False, "78.00"),
        ("78kg", True, "78.00"),
        ("around 78 kilos", False, "78.00"),
        ("11 st 4", False, "71.67"),  # stones and pounds
        ("12 stone", False, "76.20"),
        ("I want to get to 65 kg", False, "65.00"),
        ("down to 150", True, "68.04"),
    ],
)
def test_weights_in_words(text: str, imperial: bool, kg: str) -> None:
    assert parse_weight(text, imperial) == Decimal(kg)


@pytest.mark.parametrize(
    ("text", "imperial", "kg"),
    [
        ("0.5", False, "0.500"),
        ("0.5 kg a week", False, "0.500"),
        ("1 lb/week", False, "0.454"),
        ("1", True, "0.454"),
        ("1.5 lb per week", False, "0.680"),
        ("0,25 kg weekly", False, "0.250"),
    ],
)
def test_weekly_paces(text: str, imperial: bool, kg: str) -> None:
    assert parse_pace(text, imperial) == Decimal(kg)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("2 kg a week", Problem.OUT_OF_RANGE), ("0.05", Problem.OUT_OF_RANGE),
     ("fast", Problem.NOT_UNDERSTOOD), ("nan", Problem.NOT_UNDERSTOOD),
     ("-0.5", Problem.NOT_UNDERSTOOD)],
)  # fmt: skip
def test_bad_paces_say_why(text: str, problem: Problem) -> None:
    with pytest.raises(ProfileInputError) as caught:
        parse_pace(text)
    assert caught.value.problem is problem


@pytest.mark.parametrize("text", ["I'm", "about", "years old", "I'm tall", "to", "~"])
def test_words_without_a_number_are_refused(text: str) -> None:
    for parse in (parse_age, parse_height, parse_weight):
        with pytest.raises(ProfileInputError):
            parse(text)


@given(st.text(max_size=60), st.booleans())
def test_the_pace_parser_never_crashes_and_stays_in_range(text: str, imperial: bool) -> None:
    try:
        kg = parse_pace(text, imperial)
    except ProfileInputError:
        return
    assert Decimal("0.1") <= kg <= 1


async def test_the_setup_takes_natural_answers(chats: Chats, uid: int) -> None:
    chats.user(uid, "Kim")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Call me Kim")
    assert "Which units" in shown(await chats.say(uid, "Portland"))
    await chats.press(uid, "Imperial (lb, ft)")
    await chats.press(uid, "Female")
    assert "How tall are you?" in shown(await chats.say(uid, "I'm 34"))
    assert "How much do you weigh?" in shown(await chats.say(uid, "5'6\""))
    assert "How active are you" in shown(await chats.say(uid, "172 lbs"))
    row = await chats.rows(
        "SELECT extract(year FROM now())::int - birth_year, height_cm, units"
        " FROM user_profiles WHERE user_id = %s",
        uid,
    )
    assert row == [(34, Decimal("167.6"), "imperial")]
    assert await chats.value("SELECT weight_kg FROM weight_logs WHERE user_id = %s", uid) == (
        Decimal("78.02")
    )
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == (
        "America/Los_Angeles"
    )


async def test_the_setup_takes_choices_typed_instead_of_tapped(chats: Chats, uid: int) -> None:
    # Any typed answer at a button step was "Please choose one of the buttons": "lbs",
    # "woman", "lightly active" alike, question after question, until a button was tapped.
    chats.user(uid, "Jo")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Call me Jo")
    await chats.say(uid, "Manchester")
    assert "Your sex?" in shown(await chats.say(uid, "stones and pounds please"))
    assert "How old are you?" in shown(await chats.say(uid, "I'm a woman"))
    await chats.say(uid, "41")
    await chats.say(uid, "5 foot 4")
    await chats.say(uid, "11st 6")
    # Words that point two ways are no answer; the reply says what would do.
    reply = shown(await chats.say(uid, "I walk the dog, otherwise desk job"))
    assert "type “sedentary”, “light”, “moderate”, “active” or “very active”" in reply
    assert "What weight are you aiming for?" in shown(await chats.say(uid, "lightly active"))
    assert await chats.rows(
        "SELECT units, sex, activity_level FROM user_profiles WHERE user_id = %s", uid
    ) == [("imperial", "female", "light")]


@pytest.mark.parametrize(
    ("said", "units"), [("stones", "imperial"), ("kg and cm", "metric"), ("US", "imperial")]
)
async def test_units_takes_the_words_the_setup_takes(
    chats: Chats, uid: int, said: str, units: str
) -> None:
    chats.user(uid)
    reply = shown(await chats.say(uid, f"/units {said}"))
    assert reply.startswith("📏 Units:")
    assert await chats.value("SELECT units FROM user_profiles WHERE user_id = %s", uid) == units
