"""Without an API key (the README's run), a meal, water or a weigh-in told in plain words is
logged as /log, /water and /weight log it, with a line saying the coach itself is offline,
and once though the daemon dies after it; anything else is the stand-in's. The daemon
in-process on the fake Telegram over HTTP, real PostgreSQL and Redis."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from aiogram import Router

from healthbot.app import App
from healthbot.registry import FEATURES
from tests.support.daemon import FailOnceAfter, RunningBot, bot_settings, feature
from tests.support.databases import fresh_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram, shown
from tests.support.waiting import until

OFFLINE = "The coach itself is offline"
STAND_IN = "Offline coach"  # the stand-in's note, under its first answer of a conversation
WEIGHTS = "SELECT weight_kg FROM weight_logs WHERE user_id = %s ORDER BY id"
WATER = "SELECT amount_ml FROM water_logs WHERE user_id = %s ORDER BY id"


class Offline(Logged):
    """The daemon without an API key, its fake Telegram and database, and the death to arm."""

    def __init__(self, bot: RunningBot, url: str, death: FailOnceAfter) -> None:
        assert isinstance(bot.fake, ForgingTelegram)
        super().__init__(bot, bot.fake, url)
        self.death = death

    async def told(self, user_id: int, text: str, words: str = OFFLINE) -> str:
        """Send `text`; the reply with `words` (the XP lines a log earns are passed over)."""
        self.fake.send_text(self.user(user_id), text)
        return shown(await self.reply_with(user_id, words))

    async def retried(self, user_id: int) -> None:
        """Wait until the user's last update is done, after one failed attempt."""
        sql = (
            "SELECT status, attempts FROM update_inbox WHERE chat_id = %s"
            " ORDER BY update_id DESC LIMIT 1"
        )
        deadline = time.monotonic() + 90  # a bound on a hang, on a loaded machine too
        while await self.rows(sql, user_id) != [("done", 1)]:
            assert time.monotonic() < deadline, await self.rows(sql, user_id)
            await asyncio.sleep(0.05)


@pytest.fixture(scope="module")
async def offline(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Offline]:
    death = FailOnceAfter()
    dying = feature("death", Router(name="death"), middlewares=lambda deps: (death,))
    with fresh_database(postgres_admin_url) as url:
        async with ForgingTelegram(TOKEN) as fake:
            data = tmp_path_factory.mktemp("offline_told")
            settings = bot_settings(data, url, redis_url, fake.base_url)
            assert settings.anthropic.api_key is None  # as the README's run has it
            async with App(settings, TOKEN, (*FEATURES, dying)) as app, app.serving():
                yield Offline(RunningBot(fake, app), url, death)


async def test_a_weigh_in_told_in_plain_words_is_logged_as_weight_logs_it(
    offline: Offline, uid: int
) -> None:
    said = await offline.told(uid, "weight 61.5")
    assert "Logged 61.5 kg." in said and "/weight" in said, said
    assert "Logged 61.8 kg." in await offline.told(uid, "I weigh 61.8 kg")
    said = await offline.told(uid, "61.6kg this morning")
    assert "Logged 61.6 kg." in said and "/weight" in said, said
    assert await offline.rows(WEIGHTS, uid) == [
        (Decimal("61.50"),), (Decimal("61.80"),), (Decimal("61.60"),)
    ]  # fmt: skip
    # A correction changes it, as after /weight.
    said = await offline.told(uid, "I meant 61.2 kg", "Changed your weigh-in")
    assert "61.2 kg" in said
    assert (await offline.rows(WEIGHTS, uid))[-1] == (Decimal("61.20"),)


async def test_a_number_without_a_weighing_word_or_unit_a_goal_or_a_question_is_no_weigh_in(
    offline: Offline, uid: int
) -> None:
    for text in ("61.5", "weight 61.5?", "61.5 this morning"):
        [reply] = await offline.say(uid, text)
        assert OFFLINE not in shown(reply) and "Logged" not in shown(reply), text
    # Nor a wish or someone else's weight, for the stand-in either (its own rules logged
    # them as weigh-ins: 55.00 and 60.00).
    for text in ("I want to weigh 55 kg", "my wife weighs 60kg", "I'm 34"):
        [reply] = await offline.say(uid, text)
        assert OFFLINE not in shown(reply), text
    assert await offline.rows(WEIGHTS, uid) == []


async def test_water_told_in_plain_words_is_counted_as_water_logs_it(
    offline: Offline, uid: int
) -> None:
    said = await offline.told(uid, "a pint of water")
    assert "Logged 473 ml." in said and "/water" in said, said  # a US pint: the user is on UTC
    said = await offline.told(uid, "drank 500ml of water")
    assert "Logged 500 ml." in said
    assert await offline.rows(WATER, uid) == [(473,), (500,)]
    assert await offline.entries(uid) == []  # water, no meal


async def test_a_meal_told_in_plain_words_is_logged_with_the_log_card(
    offline: Offline, uid: int
) -> None:
    said = await offline.told(uid, "I had 2 eggs and toast")
    assert "Total: 207 kcal" in said and "/log" in said, said
    [(_, kcal, deleted, items)] = await offline.entries(uid)
    assert (round(float(kcal)), deleted, items) == (207, False, 2)


async def test_a_question_is_the_stand_ins_and_logs_nothing(offline: Offline, uid: int) -> None:
    replies = []
    for text in ("how much protein should I eat?", "should I drink a pint of water?"):
        [reply] = await offline.say(uid, text)
        assert OFFLINE not in shown(reply) and "Logged" not in shown(reply), text
        replies.append(shown(reply))
    assert STAND_IN in replies[0]  # the stand-in answered (its note under its first answer)
    assert await offline.entries(uid) == []
    assert await offline.rows(WATER, uid) == [] and await offline.rows(WEIGHTS, uid) == []


@pytest.mark.parametrize(
    ("text", "sql", "row"),
    [
        ("weight 70.5", WEIGHTS, (Decimal("70.50"),)),
        ("a glass of water", WATER, (250,)),
        ("a banana for a snack", "SELECT meal FROM food_entries WHERE user_id = %s", ("snack",)),
    ],
)
async def test_what_is_logged_is_logged_once_though_the_daemon_dies_after_its_reply(
    offline: Offline, uid: int, text: str, sql: str, row: tuple[Any, ...]
) -> None:
    offline.death.arm(text)
    first = await offline.told(uid, text)
    await until(lambda: offline.death.failed, what="the death")
    await offline.retried(uid)
    assert await offline.rows(sql, uid) == [row]
    sent = [shown(m) for m in offline.fake.sent(uid, "sendMessage")]
    assert [said for said in sent if OFFLINE in said] == [first]  # the reply went out once
    paid = await offline.rows(
        "SELECT reason, count(*) FROM xp_events WHERE user_id = %s GROUP BY reason", uid
    )
    assert paid and all(count == 1 for _, count in paid)
