"""kill -9 with /log messages in flight: each /log is stored once with its items, and pays
its XP once, though its transaction commits without waiting for the disk (meals/repository.py
says why that is safe) and the daemon dies in the middle of the run.

A real daemon process on loopback, its own new database; figures are printed (`pytest -s`).
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import psycopg
import pytest

from healthbot.embedded import EmbeddedPostgres
from loadgen.telegram import FakeTelegram
from tests.support.conversations import reply_text
from tests.support.processes import TOKEN, Daemon, daemon_for
from tests.support.users import new_user_id
from tests.support.waiting import until

pytestmark = pytest.mark.slow

USERS = 40
LOGS = 4  # each user's /log messages, one at a time: "/log 2 eggs", "/log 3 eggs", ...


@pytest.fixture
async def daemon(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> AsyncIterator[tuple[FakeTelegram, Daemon, str]]:
    """The fake Telegram and a daemon on a new database that loads its food table at once."""
    async with FakeTelegram(TOKEN, rate_limits=False) as fake:
        bot = daemon_for(fake, tmp_path, empty_database_url, redis_url, rate_limits=False)
        bot.env["HEALTHBOT_FOOD__LOAD_DELAY_SECONDS"] = "0"
        try:
            yield fake, bot, empty_database_url
        finally:
            if bot.process is not None and bot.process.returncode is None:
                bot.process.kill()
                await bot.process.wait()


async def log_eggs(fake: FakeTelegram, user_id: int, cards: list[float]) -> None:
    """The user's /log messages, each sent when the card of the one before came."""
    for k in range(LOGS):
        eggs = k + 2
        start = time.monotonic()
        fake.send_text(user_id, f"/log {eggs} eggs")
        while True:
            replies = await fake.wait_for_messages(user_id, 1, timeout=120)
            if any(f"{eggs} eggs →" in reply_text(reply) for reply in replies):
                cards.append(time.monotonic() - start)
                break


async def first_card(fake: FakeTelegram, user_id: int) -> None:
    """A /log answered with its card: the food table is loaded."""
    fake.add_user(user_id, first_name="Warm", language_code="en")
    for _ in range(120):
        fake.send_text(user_id, "/log 2 eggs")
        replies = await fake.wait_for_messages(user_id, 1, timeout=60)
        if any("2 eggs →" in reply_text(reply) for reply in replies):
            return
        await asyncio.sleep(0.5)
    raise AssertionError("the food table did not load")


async def test_kill_9_with_logs_in_flight_stores_each_once_and_pays_it_once(
    daemon: tuple[FakeTelegram, Daemon, str],
) -> None:
    fake, bot, url = daemon
    await run_through(fake, bot, url, "kill -9")


async def test_kill_9_of_the_daemon_and_postgresql_loses_no_log(
    tmp_path: Path, redis_url: str
) -> None:
    # The server dies too: a /log committed without waiting for the disk may be gone after
    # its crash recovery; its update, not yet marked done (that mark is durable, and written
    # after it), is handled again.
    pg = EmbeddedPostgres(tmp_path / "own-pg")
    await asyncio.to_thread(pg.start)
    try:
        async with FakeTelegram(TOKEN, rate_limits=False) as fake:
            bot = daemon_for(fake, tmp_path, pg.url, redis_url, rate_limits=False)
            bot.env["HEALTHBOT_FOOD__LOAD_DELAY_SECONDS"] = "0"

            async def crash() -> None:
                await asyncio.to_thread(pg.kill)
                await asyncio.sleep(1.0)  # its backends see the postmaster gone and exit
                await asyncio.to_thread(pg.start, replace_orphan=True)

            try:
                await run_through(fake, bot, pg.url, "kill -9 of both", crash)
            finally:
                if bot.process is not None and bot.process.returncode is None:
                    bot.process.kill()
                    await bot.process.wait()
    finally:
        await asyncio.to_thread(pg.stop)


async def run_through(
    fake: FakeTelegram,
    bot: Daemon,
    url: str,
    what: str,
    also: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Users /log while the daemon is killed (and `also` done) and started again; then
    every /log is found stored once, paid once, its card sent (twice at most)."""
    await bot.start(fake)
    await first_card(fake, new_user_id())
    users = [new_user_id() for _ in range(USERS)]
    for user_id in users:
        fake.add_user(user_id, first_name=f"U{user_id}", language_code="en")
    cards: list[float] = []
    before = fake.calls["sendMessage"]
    run = asyncio.gather(*(log_eggs(fake, user_id, cards) for user_id in users))
    await until(lambda: fake.calls["sendMessage"] - before >= USERS, 120, what="a card a user")
    code, _ = await bot.stop(signal.SIGKILL)
    assert code == -signal.SIGKILL
    killed_at = len(cards)
    if also is not None:
        await also()
    await bot.start(fake)
    await asyncio.wait_for(run, 180)
    await asyncio.sleep(1.0)  # late copies of a reply, if any
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(
            "SELECT e.user_id, e.description, count(*),"
            " sum((SELECT count(*) FROM food_entry_items AS i WHERE i.entry_id = e.id)),"
            " bool_and(e.kcal = (SELECT sum(kcal) FROM food_entry_items AS i"
            "  WHERE i.entry_id = e.id))"
            " FROM food_entries AS e WHERE e.user_id = ANY(%s)"
            " GROUP BY e.user_id, e.description",
            (users,),
        )
        entries = await cur.fetchall()
        cur = await conn.execute(
            "SELECT user_id, source_ref, count(*) FROM xp_events"
            " WHERE user_id = ANY(%s) AND reason = 'meal' GROUP BY user_id, source_ref",
            (users,),
        )
        awards = await cur.fetchall()
        cur = await conn.execute(
            "SELECT count(*) FROM food_entries AS e JOIN xp_events AS x"
            " ON x.user_id = e.user_id AND x.reason = 'meal' AND x.source_ref = e.idempotency_key"
            " WHERE e.user_id = ANY(%s)",
            (users,),
        )
        paired = await cur.fetchone()
    cards_sent = sum(
        1 for user_id in users for m in fake.sent(user_id, "sendMessage")
        if "eggs →" in reply_text(m)
    )  # fmt: skip
    print(
        f"\n{what} after {killed_at} of {USERS * LOGS} /log cards; after restart "
        f"{len(entries)} entries, {len(awards)} meal awards, {cards_sent} cards sent"
    )
    # Every /log stored once, with its one item, totals equal to it; paid once, by its key.
    assert len(entries) == USERS * LOGS
    assert all(count == 1 and items == 1 and same for _, _, count, items, same in entries)
    assert sorted((user_id, text) for user_id, text, *_ in entries) == sorted(
        (user_id, f"{k + 2} eggs") for user_id in users for k in range(LOGS)
    )
    assert len(awards) == USERS * LOGS and all(count == 1 for *_, count in awards)
    assert paired == (USERS * LOGS,)
    # A card Telegram took in the instant before the kill may go out again: one per chat
    # being handled at most.
    assert USERS * LOGS <= cards_sent <= USERS * LOGS + USERS
    await bot.stop()
