"""An answer typed at a setup question behind a correction or a hedge ("no 12 stone",
"sorry, 44", "I'd like 12 stone", "no, male") is the answer: the words before it are
dropped and the rest read by the question; what is still no answer goes on as before. The
handlers fed in-process (the harness), real PostgreSQL and Redis."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.support.profile import Chats, settled
from tests.support.telegram import shown

ANSWERS = ("Sam", "London", "stones", "male", "44", "5ft 10", "13 st 6", "light")
"""A Londoner's setup in stones, answer by answer, up to the goal question."""
BORN = "SELECT birth_year FROM user_profiles WHERE user_id = %s"
WEIGHTS = "SELECT weight_kg FROM weight_logs WHERE user_id = %s ORDER BY id"


async def answered(chats: Chats, uid: int, upto: int) -> None:
    """/start, the setup, and its first `upto` answers typed."""
    chats.user(uid, "Sam")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in ANSWERS[:upto]:
        await chats.say(uid, answer)


@pytest.mark.parametrize("typed", ["no 12 stone", "sorry, 12 st", "I'd like 12 stone"])
async def test_a_hedged_goal_is_the_goal_and_the_weigh_in_stays(
    chats: Chats, uid: int, typed: str
) -> None:
    # "no 12 stone" changed setup's own weigh-in to 168.0 lb ("⚖️ Changed your weigh-in")
    # and left the goal unanswered; "I'd like 12 stone" got "A question above is waiting".
    await answered(chats, uid, len(ANSWERS))
    asked = await chats.say(uid, typed)
    assert "How fast would you like to get there?" in shown(asked), shown(asked)
    goal = await chats.value("SELECT target_weight_kg FROM user_profiles WHERE user_id = %s", uid)
    assert goal == Decimal("76.20"), goal  # 12 st = 168 lb
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("85.28"),)]  # 13 st 6, as given


@pytest.mark.parametrize("typed", ["sorry, 44", "no 44", "Actually, I'd say about 44"])
async def test_a_hedged_age_is_the_age(chats: Chats, uid: int, typed: str) -> None:
    # "A question above is waiting for your answer", and the setup stayed at the age.
    await answered(chats, uid, 4)
    asked = await chats.say(uid, typed)
    assert "How tall are you?" in shown(asked), shown(asked)
    assert await chats.value(BORN, uid) is not None


async def test_a_hedged_choice_is_the_choice(chats: Chats, uid: int) -> None:
    # "no, male" at the sex question: "A question above is waiting for your answer".
    await answered(chats, uid, 3)
    asked = await chats.say(uid, "no, male")
    assert "How old are you?" in shown(asked), shown(asked)
    assert await chats.value("SELECT sex FROM user_profiles WHERE user_id = %s", uid) == "male"


async def test_a_correction_that_is_no_age_still_goes_on(chats: Chats, uid: int) -> None:
    # What is left after the words is no age: the meal's correction, not an age refused.
    await answered(chats, uid, 4)
    chats.fake.send_text(uid, "no, 2")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "age" not in said and "How tall are you?" not in said, said
    assert await chats.value(BORN, uid) is None


async def test_an_age_said_of_next_week_gets_the_age_questions_reply(
    chats: Chats, uid: int
) -> None:
    # "A question above is waiting" (before34: "I couldn't read an age there").
    await answered(chats, uid, 4)
    asked = await chats.say(uid, "I'll be 45 next week")
    assert "I couldn't read an age there" in shown(asked), shown(asked)
