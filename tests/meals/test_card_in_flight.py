"""A log's reply is put on record as in flight in the log's own transaction: /log's card,
/water's total and a saved meal's card are in the reply ledger as 'pending' while Telegram
carries them out (a kill -9 then finds them there, as any reply), without a round trip of
the inbox's writer for that mark; the record that follows says 'sent', as for any reply.
The coach's answer likewise, in the transaction that stores its answering round, and
/today's totals in the statement that reads them.

The daemon in-process over HTTP (its lanes, writer and ledger), real PostgreSQL and Redis;
the coach on the fake Anthropic.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from healthbot.app import App
from healthbot.registry import FEATURES
from healthbot.telegram.ledger import ReplyRecord
from loadgen.anthropic import FakeAnthropic
from tests.support.coach import KEY, coach_settings
from tests.support.daemon import RunningBot, bot_settings, running
from tests.support.databases import create_database, drop_database, rows
from tests.support.telegram import TOKEN, ForgingTelegram, shown
from tests.support.users import new_user_id


class Recorded:
    """The records the inbox's writer was given, by delivery key: (seq, status)."""

    def __init__(self, bot: RunningBot) -> None:
        assert bot.app.intake is not None
        writer = bot.app.intake._writer
        record = writer.record
        self.seen: list[tuple[str, int, str]] = []

        async def counted(reply: ReplyRecord) -> None:
            self.seen.append((reply.key, reply.seq, reply.status))
            await record(reply)

        writer.record = counted  # type: ignore[method-assign]

    def of(self, key: str) -> list[tuple[int, str]]:
        return [(seq, status) for k, seq, status in self.seen if k == key]


@pytest.fixture(scope="module")
async def daemon(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[tuple[RunningBot, Recorded]]:
    async with running(tmp_path_factory.mktemp("in-flight"), database_url, redis_url, ()) as bot:
        yield bot, Recorded(bot)


async def reply_held(
    bot: RunningBot, url: str, user_id: int, text: str, words: str
) -> tuple[str, list[tuple[int, str]]]:
    """Send `text`; while Telegram holds back its answer to the reply (the message is in the
    chat), read the user's in-flight ledger rows; then the reply with `words` (its delivery
    key). The rows are (seq, status)."""
    fake = bot.fake
    hold = fake.hold("sendMessage", user_id)
    fake.send_text(user_id, text)
    try:
        await asyncio.wait_for(hold.taken.wait(), 120)
        in_flight = await rows(
            url, "SELECT seq, status FROM outbox WHERE chat_id = %s AND status = 'pending'",
            user_id,
        )  # fmt: skip
    finally:
        fake.holds.remove(hold)
        hold.release()
    for _ in range(4):
        for reply in await fake.wait_for_messages(user_id, 1, timeout=90):
            if words in shown(reply):
                return await key_of(url, user_id, reply.message_id), in_flight
    raise AssertionError(f"no reply with {words!r}")


async def key_of(url: str, chat_id: int, message_id: int) -> str:
    """The delivery key of the reply Telegram numbered `message_id` in `chat_id` (Telegram numbers
    messages per chat: another test's chat has its own message 13), once the writer has put its
    'sent' record down (it writes in batches, after the chat has the message; bounded)."""
    for _ in range(600):
        found = await rows(
            url,
            "SELECT delivery_key FROM outbox WHERE chat_id = %s AND telegram_message_id = %s",
            chat_id, message_id,
        )  # fmt: skip
        if found:
            [(key,)] = found
            return str(key)
        await asyncio.sleep(0.1)
    raise AssertionError(f"no ledger row for message {message_id}")


async def until_sent(url: str, key: str) -> list[tuple[int, str]]:
    """The delivery's ledger rows once none is in flight (bounded)."""
    for _ in range(600):
        found = await rows(url, "SELECT seq, status FROM outbox WHERE delivery_key = %s", key)
        if found and all(status == "sent" for _, status in found):
            return sorted(found)
        await asyncio.sleep(0.1)
    raise AssertionError(f"{key}: {found}")


@pytest.mark.parametrize(
    ("text", "words"), [("/log 2 eggs", "2 eggs →"), ("/water 300 ml", "300 ml")]
)
async def test_a_logs_reply_is_in_flight_on_record_without_a_mark_of_its_own(
    daemon: tuple[RunningBot, Recorded], database_url: str, text: str, words: str
) -> None:
    bot, recorded = daemon
    user_id = new_user_id()
    bot.fake.add_user(user_id, first_name="Ann")
    await bot.ask(user_id, "/help")  # registered; the writer's first records made
    key, in_flight = await reply_held(bot, database_url, user_id, text, words)
    assert in_flight == [(1, "pending")]  # the reply, on record before Telegram took it
    ledger = await until_sent(database_url, key)
    assert ledger[0] == (1, "sent")
    # The writer recorded it sent; its in-flight mark came with the log's write.
    assert (1, "pending") not in recorded.of(key), recorded.of(key)
    assert (1, "sent") in recorded.of(key), recorded.of(key)


async def test_todays_totals_are_in_flight_on_record_by_their_read_without_a_mark_of_their_own(
    daemon: tuple[RunningBot, Recorded], database_url: str
) -> None:
    bot, recorded = daemon
    user_id = new_user_id()
    bot.fake.add_user(user_id, first_name="Ann")
    await bot.ask(user_id, "/help")
    key, in_flight = await reply_held(bot, database_url, user_id, "/today", "Nothing logged today")
    assert in_flight == [(1, "pending")]
    assert (await until_sent(database_url, key))[0] == (1, "sent")
    assert (1, "pending") not in recorded.of(key), recorded.of(key)
    assert (1, "sent") in recorded.of(key), recorded.of(key)


async def test_a_saved_meals_card_is_in_flight_on_record_without_a_mark_of_its_own(
    daemon: tuple[RunningBot, Recorded], database_url: str, tmp_path: Path
) -> None:
    bot, recorded = daemon
    user_id = new_user_id()
    bot.fake.add_user(user_id, first_name="Ann")
    await bot.ask(user_id, "/help")
    key, _ = await reply_held(bot, database_url, user_id, "/log 2 eggs", "2 eggs →")
    await until_sent(database_url, key)
    await bot.ask(user_id, "/save usual eggs")
    key, in_flight = await reply_held(bot, database_url, user_id, "/log usual eggs", "Egg")
    assert in_flight == [(1, "pending")]
    assert (await until_sent(database_url, key))[0] == (1, "sent")
    assert (1, "pending") not in recorded.of(key), recorded.of(key)
    assert (1, "sent") in recorded.of(key), recorded.of(key)


@pytest.fixture(scope="module")
async def coached(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[tuple[RunningBot, str, Recorded]]:
    """A daemon with the coach on a database of its own (two daemons on one database would
    share one intake: the other's fake Telegram would never be polled)."""
    url = create_database(postgres_admin_url)
    try:
        async with ForgingTelegram(TOKEN) as fake, FakeAnthropic(KEY) as model:
            tmp_path = tmp_path_factory.mktemp("coach-in-flight")
            settings = coach_settings(
                bot_settings(tmp_path, url, redis_url, fake.base_url), model.base_url
            )
            memory = settings.memory.model_copy(update={"enabled": False})
            settings = settings.model_copy(update={"memory": memory})
            async with App(settings, TOKEN, FEATURES) as app, app.serving():
                bot = RunningBot(fake, app)
                yield bot, url, Recorded(bot)
    finally:
        drop_database(postgres_admin_url, url)


async def test_the_coachs_answer_is_in_flight_on_record_without_a_mark_of_its_own(
    coached: tuple[RunningBot, str, Recorded],
) -> None:
    bot, url, recorded = coached
    user_id = new_user_id()
    bot.fake.add_user(user_id, first_name="Ann")
    await bot.ask(user_id, "/help")
    key, in_flight = await reply_held(bot, url, user_id, "what is a good snack before a run?", "")
    assert in_flight == [(1, "pending")]
    assert (await until_sent(url, key))[0] == (1, "sent")
    assert (1, "pending") not in recorded.of(key), recorded.of(key)
    assert (1, "sent") in recorded.of(key), recorded.of(key)
