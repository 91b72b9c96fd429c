"""A reply Telegram took in the instant before a kill -9, its answer never read: the daemon that
runs the update again finds it in the chat (`telegram/probe.py`) and does not send it twice;
when the probe cannot tell, the reply goes out again (a copy, never a loss). The real daemon
over HTTP to the fake Telegram, which holds the answer back to make the instant last, on
PostgreSQL and Redis.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest

from loadgen.telegram import FakeTelegram
from tests.support.conversations import reply_text
from tests.support.processes import Daemon, scene
from tests.support.waiting import until

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]  # a bound on a hang, loaded or not

USER = 7_200_001


@pytest.fixture
async def daemon(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> AsyncIterator[tuple[FakeTelegram, Daemon]]:
    """The fake Telegram with one user, and a daemon (not started) on a new database."""
    async with scene(tmp_path, empty_database_url, redis_url, rate_limits=False) as pair:
        pair[0].add_user(USER, first_name="Kim")
        yield pair


def copies(fake: FakeTelegram, text: str) -> list[int]:
    """The message ids of the replies that name `text`."""
    sent = fake.sent(USER, "sendMessage")
    return [m.message_id or 0 for m in sent if text in reply_text(m)]


async def killed_with_the_answer_held(fake: FakeTelegram, bot: Daemon, text: str) -> None:
    """The user sends `text`; the daemon's reply reaches the fake, which keeps its answer
    back; the daemon is killed -9 before it could read it."""
    hold = fake.hold("sendMessage", USER)
    await bot.start(fake)
    fake.send_text(USER, text)
    async with asyncio.timeout(120):
        await hold.taken.wait()
    code, _ = await bot.stop(signal.SIGKILL)
    assert code == -signal.SIGKILL
    fake.holds.remove(hold)
    hold.release()


async def restarted_and_answered(fake: FakeTelegram, bot: Daemon) -> None:
    """Start the daemon again; return once it answered a new message (the update before has
    run again by then: one chat's updates run in order)."""
    await bot.start(fake)
    fake.send_text(USER, "/ping_1")
    await until(lambda: copies(fake, "/ping_1"), 180, what="the reply after the restart")


async def recorded(database_url: str) -> list[tuple[str, int | None]]:
    """The reply ledger's records of the user's chat: (status, message id)."""
    async with await psycopg.AsyncConnection.connect(database_url) as conn:
        cur = await conn.execute(
            "SELECT status, telegram_message_id FROM outbox WHERE chat_id = %s ORDER BY id",
            (USER,),
        )
        return [(row[0], row[1]) for row in await cur.fetchall()]


async def settled_records(database_url: str) -> list[tuple[str, int | None]]:
    """The ledger's records once none is in flight (bounded): /ping_1's reply is seen at the
    fake before its record, written after Telegram's answer, reaches the database."""
    records = await recorded(database_url)
    for _ in range(600):
        if all(status == "sent" for status, _ in records):
            break
        await asyncio.sleep(0.1)
        records = await recorded(database_url)
    return records


async def test_a_reply_taken_before_a_kill_is_found_in_the_chat_and_not_sent_again(
    daemon: tuple[FakeTelegram, Daemon], empty_database_url: str
) -> None:
    fake, bot = daemon
    await killed_with_the_answer_held(fake, bot, "/ping_0")
    [first] = copies(fake, "/ping_0")

    await restarted_and_answered(fake, bot)

    assert copies(fake, "/ping_0") == [first]
    assert fake.calls["editMessageText"] >= 1  # the probe asked
    # The reply is on record with the id Telegram gave it, as if its answer had been read.
    records = await settled_records(empty_database_url)
    assert ("sent", first) in records
    assert all(status == "sent" for status, _ in records), records


async def test_a_reply_that_never_reached_telegram_is_sent_after_the_probe_finds_nothing(
    daemon: tuple[FakeTelegram, Daemon],
) -> None:
    fake, bot = daemon
    fake.drops["sendMessage"] = 1.0  # every try closed before Telegram takes it
    await bot.start(fake)
    fake.send_text(USER, "/ping_0")
    await until(lambda: fake.injected["drop"] >= 1, 120, what="a try of the reply")
    await bot.stop(signal.SIGKILL)
    fake.drops.clear()
    assert copies(fake, "/ping_0") == []

    await restarted_and_answered(fake, bot)

    assert len(copies(fake, "/ping_0")) == 1
    assert fake.calls["editMessageText"] >= 1  # asked, and told "not found"


async def test_when_the_probe_cannot_tell_the_reply_is_sent_again(
    daemon: tuple[FakeTelegram, Daemon],
) -> None:
    fake, bot = daemon
    await killed_with_the_answer_held(fake, bot, "/ping_0")
    fake.server_errors["editMessageText"] = 1.0  # the probe gets no answer

    await restarted_and_answered(fake, bot)

    # A copy rather than a loss: the same reply twice in a row.
    assert len(copies(fake, "/ping_0")) == 2
    assert fake.calls["editMessageText"] >= 1


async def test_with_another_send_to_the_chat_in_flight_the_reply_is_sent_again_unprobed(
    daemon: tuple[FakeTelegram, Daemon], empty_database_url: str
) -> None:
    fake, bot = daemon
    await killed_with_the_answer_held(fake, bot, "/ping_0")
    # A reminder another daemon had in flight to the same chat: a second message of the
    # bot's there that no record names, which an edit could overwrite. Not probed.
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        await conn.execute(
            "INSERT INTO outbox (delivery_key, seq, chat_id, method, status, after_message_id)"
            " VALUES ('job:reminder:1', 1, %s, 'sendMessage', 'pending', 1)",
            (USER,),
        )

    await restarted_and_answered(fake, bot)

    assert len(copies(fake, "/ping_0")) == 2
    assert fake.calls["editMessageText"] == 0
