"""Claims across a broken session: what a give-back under way does when the claims' session
breaks and a new one claims the same chat again.

One `Claims` against a real inbox, its session ended by the server (`pg_terminate_backend`,
as a restart does); the lanes and the inbox's writer are stand-ins the test drives (what a
lane does with a chat is `test_scale_out`'s subject).
"""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations
from healthbot.telegram.claims import CHAT_LOCK_CLASS, Claims
from tests.support.claims import RecordingLanes, store

LOCKED_SQL = (
    "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
    " WHERE l.locktype = 'advisory' AND l.classid = %s::int::oid AND l.objid = %s::oid"
    " AND a.application_name LIKE 'healthbot-claims:%%'"
)


class HeldMarks:
    """An inbox writer whose marks are written only when the test says so."""

    def __init__(self) -> None:
        self.written = asyncio.Event()

    async def settle(self) -> None:
        await self.written.wait()


@pytest.fixture
async def inbox_url(empty_database_url: str) -> str:
    await apply_migrations(empty_database_url)
    return empty_database_url


async def locked(url: str, chat: int) -> bool:
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(LOCKED_SQL, (CHAT_LOCK_CLASS, chat))
        row = await cur.fetchone()
        return row is not None and row[0] > 0


async def end_claims_session(url: str) -> None:
    """End the claims' session from the server's side, as a restart of PostgreSQL does."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name LIKE 'healthbot-claims:%'"
        )


async def test_a_chat_claimed_again_on_a_new_session_is_not_forgotten_by_an_old_give_back(
    inbox_url: str,
) -> None:
    lanes, marks = RecordingLanes(), HeldMarks()
    await store(inbox_url, 1401)
    claims = Claims(inbox_url, lanes, marks, max_chats=64, poll_seconds=60.0)
    await claims._connect()
    try:
        assert await claims.look() == [1401]
        # The chat's lane runs out of updates: it is given back once its marks are written,
        # and those wait (the database is going away).
        lanes.claimed.remove(1401)
        await claims.release(1401)
        await claims.look()
        old_give_back = claims._giving
        assert old_give_back is not None and not old_give_back.done()
        # The session breaks; the claims connect again (as `run` does). The update is still
        # pending in the inbox (its marks were not written), so the chat is claimed again.
        await end_claims_session(inbox_url)
        await claims._drop_connection()
        await claims._connect()
        assert await claims.look() == [1401]
        assert await locked(inbox_url, 1401)
        # The marks get written: the old give-back ends, after the chat's new claim.
        marks.written.set()
        await asyncio.wait_for(old_give_back, 60)
        # The new claim is still known, so it will be given back: no lock held by no lane.
        assert 1401 in claims._held
        lanes.claimed.remove(1401)
        await claims.release(1401)
        await claims.look()
        assert claims._giving is not None
        await asyncio.wait_for(claims._giving, 60)
        assert 1401 not in claims._held
        assert not await locked(inbox_url, 1401)
    finally:
        await claims.close()
