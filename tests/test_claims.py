"""Chat claims and the poller's lock across sessions: what each worker may take from the inbox.

Each session below stands for a worker process (a claim lives as long as its session).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations
from healthbot.telegram.claims import CHAT_LOCK_CLASS, CLAIM_SQL, UNLOCK_SQL
from healthbot.telegram.election import Election
from tests.support.claims import store_with_status

Session = psycopg.AsyncConnection[tuple[int]]


@pytest.fixture
async def inbox_url(empty_database_url: str) -> str:
    """A database of its own: the claims look at every unfinished update of the inbox."""
    await apply_migrations(empty_database_url)
    return empty_database_url


async def session(url: str) -> Session:
    conn: Session = await psycopg.AsyncConnection.connect(url, autocommit=True)
    return conn


async def claim(conn: Session, room: int) -> list[int]:
    cur = await conn.execute(CLAIM_SQL, {"class": CHAT_LOCK_CLASS, "room": room, "waited": 0})
    return sorted(row[0] for row in await cur.fetchall())


@pytest.fixture
async def sessions(inbox_url: str) -> AsyncIterator[list[Session]]:
    """Three sessions on the inbox's database, closed after the test."""
    conns = [await session(inbox_url) for _ in range(3)]
    try:
        yield conns
    finally:
        for conn in conns:
            await conn.close()


async def test_a_chat_is_claimed_by_one_session_at_a_time_oldest_first(
    inbox_url: str, sessions: list[Session]
) -> None:
    first, second, third = sessions
    await store_with_status(inbox_url, (1, 101, "pending"), (2, 102, "processing"),
                            (3, 101, "pending"), (4, 103, "pending"), (5, 104, "done"),
                            (6, 105, "failed"))  # fmt: skip
    assert await claim(first, 2) == [101, 102]  # the oldest waiting update first
    # The others are skipped, never waited for; finished updates claim nothing.
    assert await claim(second, 10) == [103]
    assert await claim(third, 10) == []
    assert await claim(first, 10) == []  # nor does a session claim twice what it holds


async def test_a_dead_sessions_chats_are_claimed_by_another_at_once(
    inbox_url: str, sessions: list[Session]
) -> None:
    first, second, _ = sessions
    await store_with_status(inbox_url, (11, 201, "pending"), (12, 202, "pending"))
    assert await claim(first, 10) == [201, 202]
    assert await claim(second, 10) == []
    await first.close()  # the worker dies: the server drops its session and its claims
    async with asyncio.timeout(60):  # as soon as its backend has exited
        while not (claimed := await claim(second, 10)):
            await asyncio.sleep(0.02)
    assert claimed == [201, 202]


async def test_a_chat_given_back_is_claimable_again(
    inbox_url: str, sessions: list[Session]
) -> None:
    first, second, _ = sessions
    await store_with_status(inbox_url, (21, 301, "pending"))
    assert await claim(first, 10) == [301]
    await first.execute(UNLOCK_SQL, {"class": CHAT_LOCK_CLASS, "chats": [301]})
    assert await claim(second, 10) == [301]


async def test_negative_and_large_chat_ids_are_claimed_like_any(
    inbox_url: str, sessions: list[Session]
) -> None:
    first, second, _ = sessions
    group, big = -1001234567890, 7_000_000_000
    await store_with_status(inbox_url, (31, group, "pending"), (32, big, "pending"))
    assert await claim(first, 10) == sorted([group, big])
    assert await claim(second, 10) == []


async def test_one_candidate_polls_and_a_standby_takes_over_when_its_session_ends(
    inbox_url: str,
) -> None:
    stop = asyncio.Event()
    leading: list[str] = []
    lost = {name: asyncio.Event() for name in ("a", "b")}

    async def lead_as(name: str, until: asyncio.Event) -> None:
        leading.append(name)
        await until.wait()
        lost[name].set()

    elections = {
        name: Election(inbox_url, retry_seconds=0.1, check_seconds=0.1) for name in ("a", "b")
    }
    a = asyncio.create_task(elections["a"].run(stop, lambda until: lead_as("a", until)))
    async with asyncio.timeout(60):
        while leading != ["a"]:
            await asyncio.sleep(0.02)
    b = asyncio.create_task(elections["b"].run(stop, lambda until: lead_as("b", until)))
    await asyncio.sleep(0.5)  # b tries several times meanwhile
    assert leading == ["a"] and not elections["b"].leading
    # a's session is killed by the server (as when its process dies): a stops leading, b leads.
    async with await psycopg.AsyncConnection.connect(inbox_url, autocommit=True) as admin:
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name LIKE 'healthbot-poller:%%' AND pid IN ("
            "  SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1"
            "  AND granted AND database = (SELECT oid FROM pg_database"
            "   WHERE datname = current_database()))"
        )
    async with asyncio.timeout(60):
        await lost["a"].wait()
        while "b" not in leading:
            await asyncio.sleep(0.02)
    assert leading[:2] == ["a", "b"]
    stop.set()
    await asyncio.gather(a, b)
