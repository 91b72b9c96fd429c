"""The poller's election on a busy server: a leader whose session answers slowly keeps its
lock and polls on; one whose session is ended steps down, and a standby takes over.

A busy machine is played by stopping the leader's PostgreSQL backend (SIGSTOP): its session
and its lock live on, it only does not answer, until SIGCONT.
"""

from __future__ import annotations

import asyncio
import os
import signal

import psycopg

from healthbot.telegram.election import Election
from tests.support.waiting import until

NAMES = ("a", "b")


class Candidates:
    """Two elections on one database, and who led, in order."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.stop = asyncio.Event()
        self.leading: list[str] = []
        self.lost = {name: asyncio.Event() for name in NAMES}
        self.elections = {
            name: Election(url, retry_seconds=0.1, check_seconds=0.1, slow_seconds=0.3)
            for name in NAMES
        }
        self.tasks: list[asyncio.Task[None]] = []

    async def stand(self, name: str) -> None:
        async def lead(until_lost: asyncio.Event) -> None:
            self.leading.append(name)
            await until_lost.wait()
            self.lost[name].set()

        self.tasks.append(asyncio.create_task(self.elections[name].run(self.stop, lead)))

    async def close(self) -> None:
        self.stop.set()
        await asyncio.gather(*self.tasks)

    async def leader_backend(self) -> int:
        """The pid of the backend that holds the poller's lock."""
        async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
            cur = await conn.execute(
                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1"
                " AND granted AND database = (SELECT oid FROM pg_database"
                "  WHERE datname = current_database())"
            )
            row = await cur.fetchone()
            assert row is not None
            return int(row[0])


async def started(url: str) -> Candidates:
    """ "a" leading, "b" standing by."""
    candidates = Candidates(url)
    await candidates.stand("a")
    await until(lambda: candidates.leading == ["a"], 60, what="a leads")
    await candidates.stand("b")
    return candidates


async def test_a_leader_whose_session_answers_slowly_keeps_leading(
    empty_database_url: str,
) -> None:
    candidates = await started(empty_database_url)
    a = candidates.elections["a"]
    backend = await candidates.leader_backend()
    os.kill(backend, signal.SIGSTOP)
    try:  # longer than `slow_seconds`: the check is slow
        await until(lambda: a.slow_checks >= 1, 60, what="a slow check")
    finally:
        os.kill(backend, signal.SIGCONT)
    checks = a.checks
    await until(lambda: a.checks >= checks + 2, 60, what="answered checks after it")
    assert candidates.leading == ["a"] and a.leading  # nobody stood again meanwhile
    assert not candidates.lost["a"].is_set()
    await candidates.close()


async def test_a_leader_whose_slow_session_is_ended_steps_down_and_a_standby_leads(
    empty_database_url: str,
) -> None:
    candidates = await started(empty_database_url)
    a = candidates.elections["a"]
    backend = await candidates.leader_backend()
    os.kill(backend, signal.SIGSTOP)
    try:
        await until(lambda: a.slow_checks >= 1, 60, what="a slow check")
        async with await psycopg.AsyncConnection.connect(
            empty_database_url, autocommit=True
        ) as admin:
            await admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
    finally:
        os.kill(backend, signal.SIGCONT)  # it ends now, and its lock with it
    await until(lambda: candidates.leading == ["a", "b"], 60, what="b leads")
    assert candidates.lost["a"].is_set() and not a.leading
    await candidates.close()
