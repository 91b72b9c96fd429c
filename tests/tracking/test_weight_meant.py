"""A weigh-in corrected in words ("I meant 185.0 lb") changes the weigh-in just logged, or
logs the weight meant at a doubtful weigh-in's question, and the units said become the
user's (they never chose any). The handlers fed in-process (the harness), real PostgreSQL
and Redis."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from tests.support.harness import harness
from tests.support.profile import Chats, settled
from tests.support.telegram import shown

WEIGHTS = "SELECT weight_kg FROM weight_logs WHERE user_id = %s AND deleted_at IS NULL ORDER BY id"
UNITS = "SELECT units FROM user_profiles WHERE user_id = %s"


@pytest.fixture(scope="module")
async def chats(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Chats]:
    async with harness(tmp_path_factory.mktemp("meant"), database_url, redis_url) as running:
        yield Chats(running.fake, running.app, database_url)


async def said(chats: Chats, uid: int, text: str) -> str:
    chats.fake.send_text(uid, text)
    return "\n".join(shown(reply) for reply in await settled(chats, uid))


async def test_i_meant_pounds_after_a_weigh_in_in_kg_corrects_it(chats: Chats, uid: int) -> None:
    # It went on to the coach ("Good question. Try to get seven to nine hours of sleep"):
    # the weigh-in stayed 84 kg, the units metric.
    chats.user(uid, "Kim")
    assert "Logged 84.0 kg" in await said(chats, uid, "/weight 84")
    reply = await said(chats, uid, "I meant 185.0 lb")
    assert "Changed your weigh-in to 185.0 lb (it said 185.2 lb)" in reply, reply  # 84 kg
    assert "From now on I show amounts in lb" in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("83.91"),)]
    assert await chats.value(UNITS, uid) == "imperial"
    reply = await said(chats, uid, "sorry, 186")  # a bare number, just after: in lb now
    assert "Changed your weigh-in to 186.0 lb" in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("84.37"),)]


async def test_i_meant_typed_at_a_doubtful_weigh_in_logs_it(chats: Chats, uid: int) -> None:
    chats.user(uid, "Kim")
    assert "Which did you mean?" in await said(chats, uid, "/weight 185")
    reply = await said(chats, uid, "I meant 185.0 lb")
    assert "Logged 185.0 lb" in reply and "From now on I show amounts in lb" in reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("83.91"),)]
    assert await chats.value(UNITS, uid) == "imperial"


async def test_a_meal_correction_is_no_weight(chats: Chats, uid: int) -> None:
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 84")
    await said(chats, uid, "/log 2 eggs")
    reply = await said(chats, uid, "actually it was 3 eggs")
    assert "3 eggs" in reply and "weigh-in" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("84.00"),)]


@pytest.mark.parametrize(
    "text",
    [
        "Actually I'm feeling pretty hungry this afternoon, what should I eat?",
        "It's " + "really " * 20 + "hard to stay on track, any tips?",
        "no \x00",
        "sorry -5",
    ],
)
async def test_words_that_open_like_a_correction_but_say_no_weight_reach_the_coach(
    chats: Chats, uid: int, text: str
) -> None:
    # A filter that raised on them (said_units refuses a text over 40 characters, a NUL, a
    # negative number) failed the update: "Sorry, something went wrong on my side".
    chats.user(uid, "Kim")
    reply = await said(chats, uid, text)
    assert reply and "weigh-in" not in reply and "went wrong" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == []


@pytest.mark.parametrize(
    "logged,meant",
    [
        ("/log 100 g rice", "I meant 200"),
        ("/log 100g chicken breast", "sorry 250"),
        ("/water 500", "oops 250"),
        ("/water 500 ml", "make that 330"),
        ("/log 2 eggs", "I meant 30"),
    ],
)
async def test_a_bare_number_after_a_meal_or_water_is_not_the_weigh_ins(
    chats: Chats, uid: int, logged: str, meant: str
) -> None:
    # It changed the weigh-in logged just before ("Changed your weigh-in to 200.0 kg").
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 84")
    await said(chats, uid, logged)
    reply = await said(chats, uid, meant)
    assert "weigh-in" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("84.00"),)]


@pytest.mark.parametrize("asked", ["/weight 164", "I weigh 164"])
async def test_a_bare_number_after_a_meal_logged_since_a_weigh_ins_question_is_the_meals(
    chats: Chats, uid: int, asked: str
) -> None:
    # The question left open took it: "200.0 kg is far from your last weigh-in, 72.0 kg.
    # Log it?". As without the question, it is no weight (here the coach's).
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 72")
    assert "Log it?" in await said(chats, uid, asked)
    await said(chats, uid, "/log 100 g rice")
    reply = await said(chats, uid, "I meant 200")
    assert "Log it?" not in reply and "kg" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("72.00"),)]
    assert "200 g of rice" in await said(chats, uid, "I meant 200 g")  # the meal's, as before
    reply = await said(chats, uid, "I meant 74 kg")  # in units: still the question's answer
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("72.00"),), (Decimal("74.00"),)], reply


@pytest.mark.parametrize(
    "logged,named",
    [("/log 2 eggs", "Breakfast|Lunch|Dinner|Snack"), ("/water 500 ml", "500 ml")],
)
async def test_a_weight_in_units_after_a_meal_changes_the_weigh_in_and_says_so(
    chats: Chats, uid: int, logged: str, named: str
) -> None:
    # A trial chat: /weight 79.6, "2 eggs and toast for breakfast", "I meant 85 kg":
    # "Changed your weigh-in to 85.0 kg (it said 79.6 kg)", silent about the meal logged
    # since, which the user may have meant. No meal weighs 85 kg: the weigh-in is the
    # entry meant, and the reply names what it left as it was.
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 79.6")
    await said(chats, uid, logged)
    reply = await said(chats, uid, "I meant 85 kg")
    assert "Changed your weigh-in to 85.0 kg (it said 79.6 kg)." in reply, reply
    after = reply.split("What you logged after it is as it was: ", 1)
    assert len(after) == 2 and re.search(named, after[1]), reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("85.00"),)]


async def test_a_correction_that_weight_would_doubt_is_asked_about(chats: Chats, uid: int) -> None:
    # "I meant 200" just after "/weight 84" stored 200 kg with no question.
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 84")
    reply = await said(chats, uid, "I meant 200")
    assert "Which did you mean?" in reply and "Changed" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("84.00"),)]
    message, data = chats.button(uid, "I meant 200.0 lb")
    assert message.message_id is not None
    chats.fake.press_button(uid, message.message_id, data)
    await settled(chats, uid)
    pressed = shown(chats.fake.sent(uid, "editMessageText")[-1])
    assert "Changed your weigh-in to 90.7 kg (it said 84.0 kg)" in pressed, pressed
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("90.72"),)]


@pytest.mark.parametrize("words", ["it was 95 kg", "no, 70 kg", "it's 12 st", "sorry, 80kg"])
async def test_a_weight_said_where_none_was_asked_is_logged_nowhere(
    chats: Chats, uid: int, words: str
) -> None:
    # An answer to the coach ("What did you weigh a year ago?") was logged as today's weigh-in.
    chats.user(uid, "Kim")
    reply = await said(chats, uid, words)
    assert "Logged" not in reply and "weigh-in" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == []


async def test_i_meant_at_the_question_of_a_weigh_in_for_yesterday_logs_it_for_yesterday(
    chats: Chats, uid: int
) -> None:
    # It was logged for today.
    chats.user(uid, "Kim")
    assert "Which did you mean?" in await said(chats, uid, "/weight yesterday 185")
    reply = await said(chats, uid, "I meant 185.0 lb")
    assert "Logged 185.0 lb" in reply and "For " in reply, reply
    hours = await chats.value(
        "SELECT extract(epoch FROM now() - logged_at) / 3600 FROM weight_logs WHERE user_id = %s",
        uid,
    )
    assert 23 < hours < 25, hours


SETUP = ("Sam", "London", "stones", "male", "44", "5ft 10", "13 st 6", "light")


async def test_a_weight_typed_at_setups_goal_question_leaves_the_weigh_in(
    chats: Chats, uid: int
) -> None:
    # "sorry, 12 st" at the goal question changed setup's weigh-in (13 st 6) to 12 st.
    chats.user(uid, "Sam")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in SETUP:
        await said(chats, uid, answer)
    reply = await said(chats, uid, "sorry, 12 st")
    assert "weigh-in" not in reply, reply
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("85.28"),)]


async def test_a_correction_in_stones_says_what_the_weigh_in_said_in_stones(
    chats: Chats, uid: int
) -> None:
    # "/weight 84", "/units imperial", "I meant 13 st 0": "(it said 185.2 lb)", in pounds,
    # though the words had just made the user's weights read in stones.
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 84")
    await said(chats, uid, "/units imperial")
    reply = await said(chats, uid, "I meant 13 st 0")
    assert "Changed your weigh-in to 13 st (it said 13 st 3 lb)." in reply, reply
    # A weight that reads as the one meant, to the pound: in pounds and tenths
    # ("Changed your weigh-in to 12 st 8 lb (it said 12 st 8 lb)", a trial chat).
    await said(chats, uid, "/weight 80 kg")
    await said(chats, uid, "/units imperial")
    reply = await said(chats, uid, "I meant 12 st 8")
    assert "Changed your weigh-in to 12 st 8 lb (it said 176.4 lb)." in reply, reply


async def test_a_correction_retried_says_what_the_weigh_in_said_before(
    chats: Chats, uid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same update handled again (as after a kill -9 before it was marked done) said
    # "Changed your weigh-in to 185.0 lb (it said 185.0 lb)".
    chats.user(uid, "Kim")
    await said(chats, uid, "/weight 84")
    inbox = chats.fake.inbox  # type: ignore[attr-defined]
    sent: list[Any] = []
    put = inbox.put_nowait

    def kept(pending: Any) -> Any:
        sent.append(pending)
        return put(pending)

    monkeypatch.setattr(inbox, "put_nowait", kept)
    first = await said(chats, uid, "I meant 185 lb")
    monkeypatch.undo()
    # 84 kg, in the units the words made the user's: the retry, which cannot tell the units
    # before, says the same (the first try said "(it said 84.0 kg)", the retry "185.2 lb")
    assert "Changed your weigh-in to 185.0 lb (it said 185.2 lb)" in first, first
    inbox.put_nowait(sent[-1])
    again = "\n".join(shown(reply) for reply in await settled(chats, uid))
    assert "Changed your weigh-in to 185.0 lb (it said 185.2 lb)" in again, again
    assert await chats.rows(WEIGHTS, uid) == [(Decimal("83.91"),)]
