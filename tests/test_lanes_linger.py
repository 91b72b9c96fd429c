"""A claimed lane that runs dry lingers (`LaneLimits.linger_seconds`): the chat's next update
runs under the claim the lane still holds (no claim round, no give-back between); a lingering
lane holds no slot and leaves room for other chats' claims; and the claim goes back once the
linger is over.

The daemon in-process on the fake Telegram, real PostgreSQL and Redis; one slot for handlers
(`telegram.max_concurrent_updates = 1`), so that a lingering lane that kept its slot, or
counted against the claims' room, would leave every other chat unanswered.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from healthbot.app import App
from healthbot.telegram.claims import CHAT_LOCK_CLASS
from healthbot.telegram.intake import Intake
from loadgen.telegram import FakeTelegram
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import rows
from tests.support.telegram import TOKEN
from tests.support.users import new_user_id


@pytest.fixture
async def bot(tmp_path: Path, empty_database_url: str, redis_url: str) -> AsyncIterator[RunningBot]:
    """The daemon in-process with one slot for handlers."""
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        telegram = settings.telegram.model_copy(update={"max_concurrent_updates": 1})
        settings = settings.model_copy(update={"telegram": telegram})
        async with App(settings, TOKEN) as app, app.serving():
            yield RunningBot(fake, app)


def intake_of(bot: RunningBot, linger: float) -> Intake:
    """The daemon's intake, its lanes lingering `linger` seconds."""
    intake = bot.app.intake
    assert intake is not None
    intake.lanes.limits = replace(intake.lanes.limits, linger_seconds=linger)
    return intake


def claims_made(intake: Intake) -> list[int]:
    """The chats each claim round of the daemon claims from now on, in order."""
    claims = intake.claims
    assert claims is not None
    made: list[int] = []
    look = claims.look

    async def recorded() -> list[int]:
        chats = await look()
        made.extend(chats)
        return chats

    claims.look = recorded  # type: ignore[method-assign]
    return made


async def claim_held(url: str, chat: int) -> bool:
    """Whether some session holds the chat's claim (its advisory lock)."""
    [(count,)] = await rows(
        url,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2"
        " AND classid = %s::int::oid AND objid = (abs(%s::bigint %% 2147483647))::oid",
        CHAT_LOCK_CLASS, chat,
    )  # fmt: skip
    return bool(count)


async def test_a_chat_that_writes_again_while_its_lane_lingers_is_served_under_the_same_claim(
    bot: RunningBot,
) -> None:
    made = claims_made(intake_of(bot, 600.0))
    user_id = new_user_id()
    bot.fake.add_user(user_id, first_name="Again")
    for _ in range(3):
        assert "/help" in await bot.ask(user_id, "/help")
    assert made.count(user_id) == 1, made


async def test_a_lingering_lane_holds_no_slot_and_leaves_room_for_other_chats(
    bot: RunningBot, empty_database_url: str
) -> None:
    intake = intake_of(bot, 600.0)
    made = claims_made(intake)
    first, second = new_user_id(), new_user_id()
    bot.fake.add_user(first, first_name="First")
    bot.fake.add_user(second, first_name="Second")
    assert "/help" in await bot.ask(first, "/help")
    # The first chat's lane lingers with its claim; the one slot and the room are free.
    assert "/help" in await bot.ask(second, "/help")
    assert await claim_held(empty_database_url, first)
    assert "/help" in await bot.ask(first, "/help")
    assert made.count(first) == 1, made
    assert made.count(second) == 1, made


async def test_a_lingering_claim_goes_back_when_the_linger_is_over(
    bot: RunningBot, empty_database_url: str
) -> None:
    intake_of(bot, 0.5)
    user_id = new_user_id()
    bot.fake.add_user(user_id, first_name="Gone")
    assert "/help" in await bot.ask(user_id, "/help")
    async with asyncio.timeout(60):
        while await claim_held(empty_database_url, user_id):
            await asyncio.sleep(0.1)
