"""A weigh-in corrected in words ("I meant 185.0 lb") changes the weigh-in just logged, or
logs the weight meant at a doubtful weigh-in's question, and the units said become the
user's (they never chose any). The handlers fed in-process (the harness), real PostgreSQL
and Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

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
    assert "Changed your weigh-in to 185.0 lb (it said 84.0 kg)" in reply, reply
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
