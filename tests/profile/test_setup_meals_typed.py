"""A meal or a drink typed at one of setup's later questions (a choice, an age, a pace) is
logged as /log or /water logs it, and the question waits; a correction is no answer refused
with the question's reply; a pace said in the question's own words ("steady") is the pace.
The handlers fed in-process (the harness), real PostgreSQL and Redis."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.support.profile import Chats, settled
from tests.support.telegram import shown


async def at_the_pace(chats: Chats, uid: int) -> None:
    """A Londoner's setup in stones up to the pace question."""
    chats.user(uid, "Sam")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in ("Sam", "London", "stones", "male", "44", "5ft 10", "13 st 6", "light"):
        await chats.say(uid, answer)
    asked = await chats.say(uid, "12 stone")
    assert "How fast would you like to get there?" in shown(asked), shown(asked)


ENTRIES = "SELECT description FROM food_entries WHERE user_id = %s"
WATER = "SELECT amount_ml FROM water_logs WHERE user_id = %s"
WAITING = "The question above is still waiting for your answer"


@pytest.mark.parametrize(
    ("typed", "eaten"),
    [
        ("2 weetabix with semi skimmed milk and a cup of tea", "weetabix"),
        ("lunch was a ham sandwich", "ham sandwich"),
    ],
)
async def test_a_meal_typed_at_the_pace_is_logged_and_the_pace_waits(
    chats: Chats, uid: int, typed: str, eaten: str
) -> None:
    # Each got "Please press a button, or send a weekly amount (like 1 lb)." and the
    # question again; then (adc95cf) "A question above is waiting ... I can't chat just
    # now", and still nothing logged (review12 F2): a morning's meals went nowhere.
    await at_the_pace(chats, uid)
    chats.fake.send_text(uid, typed)
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "Please press a button" not in said and WAITING in said, said
    [(description,)] = await chats.rows(ENTRIES, uid)
    assert eaten in description.lower(), description
    asked = await chats.say(uid, "steady")  # the pace was still open
    assert "How fast" not in shown(asked) and "Please press" not in shown(asked), shown(asked)
    assert await chats.value("SELECT weekly_pace_kg FROM user_profiles WHERE user_id = %s", uid)


async def test_water_typed_at_the_pace_is_counted(chats: Chats, uid: int) -> None:
    await at_the_pace(chats, uid)
    chats.fake.send_text(uid, "a pint of water")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert WAITING in said, said
    assert await chats.rows(WATER, uid) == [(568,)]  # a pint in London
    assert await chats.rows(ENTRIES, uid) == []


async def test_a_correction_with_no_meal_at_the_pace_is_no_refused_pace(
    chats: Chats, uid: int
) -> None:
    await at_the_pace(chats, uid)
    chats.fake.send_text(uid, "oops it was 2 ham sandwiches")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "Please press a button" not in said, said
    assert "A question above is waiting for your answer" in said, said
    assert await chats.rows(ENTRIES, uid) == []


async def test_a_meal_typed_at_a_choice_is_no_refused_choice(chats: Chats, uid: int) -> None:
    # "Please send “male”, “female” or “other”" for a breakfast.
    chats.user(uid, "Sam")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in ("Sam", "London"):
        await chats.say(uid, answer)
    asked = await chats.say(uid, "metric")
    assert "Your sex?" in shown(asked), shown(asked)
    chats.fake.send_text(uid, "breakfast was 2 pandesal and coffee")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert WAITING in said, said
    assert len(await chats.rows(ENTRIES, uid)) == 1
    asked = await chats.say(uid, "female")  # the question waited
    assert "How old are you?" in shown(asked), shown(asked)


async def test_a_steady_pace_is_the_middle_button(chats: Chats, uid: int) -> None:
    # The question says "A steady pace is easier to keep"; "steady" was "Please press a
    # button".
    await at_the_pace(chats, uid)
    done = shown(await chats.say(uid, "steady"))
    assert "Please press a button" not in done, done
    pace = await chats.value("SELECT weekly_pace_kg FROM user_profiles WHERE user_id = %s", uid)
    assert pace == Decimal("0.454"), pace  # 1 lb a week
