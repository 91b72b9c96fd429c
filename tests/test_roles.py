"""`healthbot run --role poller|worker`: a poller that only stores, workers that only answer, a
worker killed -9 and replaced; and the memory-write queue shared by several sessions."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import psycopg
import pytest

from healthbot.coach.memory.queue import WriteQueue
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.servers import DATABASE_VARIABLE, REDIS_VARIABLE
from loadgen.telegram import FakeTelegram
from tests.support.conversations import reply_text
from tests.support.fleet import Member, fleet_env
from tests.support.notify import fake_systemd
from tests.support.processes import TOKEN
from tests.support.waiting import until

USERS = range(2_425_000, 2_425_020)  # ids no other test uses
MESSAGES = 5


def pings(fake: FakeTelegram, user_id: int) -> list[int]:
    """The numbers of the /ping replies the user got, in the order they arrived."""
    texts = [reply_text(m) for m in fake.sent(user_id, "sendMessage")]
    return [int(t.split("/ping_", 1)[1].split(".", 1)[0]) for t in texts if "/ping_" in t]


async def stored(database_url: str) -> int:
    async with await psycopg.AsyncConnection.connect(database_url) as conn:
        cur = await conn.execute("SELECT count(*) FROM update_inbox")
        row = await cur.fetchone()
        return int(row[0]) if row else 0


@pytest.mark.slow
async def test_a_poller_stores_and_workers_answer_in_order_through_kill_9_of_a_worker(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    await apply_migrations(empty_database_url)
    urls = {DATABASE_VARIABLE: empty_database_url, REDIS_VARIABLE: redis_url}
    async with FakeTelegram(TOKEN) as fake:
        extra = {"HEALTHBOT_TELEGRAM__RATE_LIMITS": "false"}

        def member(name: str, role: str) -> Member:
            return Member(name, fleet_env(tmp_path, name, urls, fake.base_url, **extra), role)

        poller, first, second = (
            member("p", "poller"),
            member("w1", "worker"),
            member("w2", "worker"),
        )
        try:
            await poller.start()
            await until(lambda: fake.calls["getUpdates"] > 1, 60, what="the poller polls")
            for user_id in USERS:
                fake.add_user(user_id, first_name=f"U{user_id}")
                for k in range(MESSAGES):
                    fake.send_text(user_id, f"/ping_{k}")
            expected = len(USERS) * MESSAGES
            async with asyncio.timeout(60):
                while await stored(empty_database_url) < expected:
                    await asyncio.sleep(0.1)
            assert fake.calls["sendMessage"] == 0  # the poller only stores

            await first.start()
            await until(lambda: fake.calls["sendMessage"] >= expected // 3, 60, what="replies")
            await first.kill()
            await second.start()
            await until(lambda: all(len(set(pings(fake, u))) == MESSAGES for u in USERS), 60,
                        what="every message answered")  # fmt: skip
            await asyncio.sleep(0.5)  # late copies, if any, would arrive now
        finally:
            codes = [await m.stop() for m in (poller, first, second) if m.alive()]
        assert codes == [0, 0]
        for user_id in USERS:
            numbers = pings(fake, user_id)
            assert list(dict.fromkeys(numbers)) == list(range(MESSAGES)), numbers
            # A copy only of a reply Telegram took in the instant before the kill, at once.
            copies = [a for a, b in itertools.pairwise(numbers) if a == b]
            assert len(numbers) - MESSAGES == len(copies) <= 1, numbers
        assert poller.said("this daemon polls Telegram")
        assert not first.said("this daemon polls") and not second.said("this daemon polls")


async def test_memory_writes_are_taken_once_by_writers_in_several_sessions(
    empty_database_url: str,
) -> None:
    await apply_migrations(empty_database_url)
    db = await Database.open(empty_database_url, min_size=1, max_size=2)
    try:
        queue = WriteQueue(db)
        for n in range(60):
            assert await queue.enqueue(2_425_100 + n % 3, f"update:{n}/memory", f"fact {n}")

        async def writer() -> list[int]:
            """One daemon's memory writer, on a session of its own."""
            taken: list[int] = []
            async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
                while True:
                    async with conn.transaction():
                        write = await queue.claim(conn)
                        if write is None:
                            return taken
                        taken.append(write.id)
                        await asyncio.sleep(0.005)  # the memory is stored meanwhile
                        await queue.finish(conn, write.id, None)

        taken = await asyncio.gather(*(writer() for _ in range(3)))
    finally:
        await db.close()
    every = [write for writes in taken for write in writes]
    assert len(every) == len(set(every)) == 60  # each write taken once, none left
    assert all(taken)  # and the three shared them


@pytest.mark.slow
async def test_a_standby_and_a_worker_tell_systemd_they_are_ready_and_the_standby_takes_over(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    await apply_migrations(empty_database_url)
    urls = {DATABASE_VARIABLE: empty_database_url, REDIS_VARIABLE: redis_url}
    async with FakeTelegram(TOKEN) as fake:

        def member(name: str, role: str = "all", **extra: str) -> Member:
            return Member(name, fleet_env(tmp_path, name, urls, fake.base_url, **extra), role)

        leader = member("lead")
        fleet = [leader]
        try:
            await leader.start()
            await until(lambda: leader.said("this daemon polls Telegram"), 60, what="a poller")
            with fake_systemd() as standby_unit, fake_systemd() as worker_unit:
                standby = member("standby", NOTIFY_SOCKET=standby_unit.path)
                worker = member("worker", "worker", NOTIFY_SOCKET=worker_unit.path)
                fleet += [standby, worker]
                await asyncio.gather(standby.start(), worker.start())
                ready = await standby_unit.wait_for("READY", "1", timeout=60)
                assert ready.fields["STATUS"] == "working; another daemon polls Telegram"
                ready = await worker_unit.wait_for("READY", "1", timeout=60)
                assert ready.fields["STATUS"] == "working: taking updates from the inbox"
                await leader.kill()  # the standby polls in its place, and says so
                await standby_unit.wait_for("STATUS", "polling", timeout=60)
        finally:
            codes = [await m.stop() for m in fleet if m.alive()]
        assert codes == [0, 0]
