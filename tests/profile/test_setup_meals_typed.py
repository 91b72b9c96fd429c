"""A meal, a drink or a correction typed at one of setup's later questions (a choice, an
age, a pace) is no answer refused with the question's reply, and a pace said in the
question's own words ("steady") is the pace. The handlers fed in-process (the harness),
real PostgreSQL and Redis."""

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


@pytest.mark.parametrize(
    "typed",
    [
        "2 weetabix with semi skimmed milk and a cup of tea",
        "a pint of water",
        "lunch was a ham sandwich",
        "oops it was 2 ham sandwiches",
    ],
)
async def test_a_meal_typed_at_the_pace_is_no_refused_pace(
    chats: Chats, uid: int, typed: str
) -> None:
    # Each got "Please press a button, or send a weekly amount (like 1 lb)." and the
    # question again: a morning's meals went nowhere.
    await at_the_pace(chats, uid)
    chats.fake.send_text(uid, typed)
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "Please press a button" not in said, said
    assert "A question above is waiting for your answer" in said, said


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
    assert "A question above is waiting for your answer" in said, said


async def test_a_steady_pace_is_the_middle_button(chats: Chats, uid: int) -> None:
    # The question says "A steady pace is easier to keep"; "steady" was "Please press a
    # button".
    await at_the_pace(chats, uid)
    done = shown(await chats.say(uid, "steady"))
    assert "Please press a button" not in done, done
    pace = await chats.value("SELECT weekly_pace_kg FROM user_profiles WHERE user_id = %s", uid)
    assert pace == Decimal("0.454"), pace  # 1 lb a week
