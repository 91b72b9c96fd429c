"""The durable queue of memory writes (`coach_memory_writes`): enqueue, claim, finish.

A write is enqueued once per (user, key), so a retried update enqueues nothing twice. The
writer claims one row at a time with `FOR UPDATE SKIP LOCKED` and holds that lock, in one
transaction, until the memory is stored and the row marked done: two writers never take
the same row, and `forget_all` (which deletes the user's rows first) waits for a write in
flight instead of racing it. The memory is stored in that same transaction, so a crash
stores nothing and leaves the row pending; the memory carries the row's id
(`payload.write_id`), and a retry first looks for one stored already (mem0, which wrote
before, committed apart from the queue), so nothing is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import class_row

from healthbot.db import Database

Connection = psycopg.AsyncConnection[Any]

MAX_TEXT = 2000  # characters of one memory; longer texts are cut
MAX_KEY = 200
ERROR_CHARS = 300


@dataclass(frozen=True, slots=True)
class QueuedWrite:
    """One pending write, claimed by a writer."""

    id: int
    user_id: int
    text: str
    attempts: int


class WriteQueue:
    """Named SQL on `coach_memory_writes`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def enqueue(self, user_id: int, key: str, text: str) -> bool:
        """Queue a write; False if one with that key was queued before (whatever became of it)."""
        count = await self.db.execute(
            "coach_memory_enqueue",
            """
            INSERT INTO coach_memory_writes (user_id, key, text)
            VALUES (%(user_id)s, %(key)s, %(text)s)
            ON CONFLICT (user_id, key) DO NOTHING
            """,
            {"user_id": user_id, "key": key[:MAX_KEY], "text": text[:MAX_TEXT]},
        )
        return count == 1

    async def claim(self, conn: Connection) -> QueuedWrite | None:
        """Lock the oldest due pending write (inside the caller's transaction), or None."""
        cur = conn.cursor(row_factory=class_row(QueuedWrite))
        await cur.execute(
            """
            SELECT id, user_id, text, attempts FROM coach_memory_writes
            WHERE status = 'pending' AND not_before <= now()
            ORDER BY id LIMIT 1
            FOR UPDATE SKIP LOCKED
            """
        )
        return await cur.fetchone()

    async def finish(self, conn: Connection, write_id: int, memory_id: str | None) -> None:
        """Mark a write done; the text now lives in the memories' table and leaves the queue."""
        await conn.execute(
            """
            UPDATE coach_memory_writes
            SET status = 'done', text = NULL, memory_id = %(memory_id)s, error = NULL,
                attempts = attempts + 1, written_at = now()
            WHERE id = %(id)s
            """,
            {"id": write_id, "memory_id": memory_id},
        )

    async def fail(
        self, conn: Connection, write: QueuedWrite, error: BaseException, max_attempts: int
    ) -> None:
        """Record a failed attempt: retry later (1 s, 2 s, 4 s ... up to 10 min), or give up
        after `max_attempts` (the row stays, status 'failed', with the text, for a look)."""
        attempts = write.attempts + 1
        await conn.execute(
            """
            UPDATE coach_memory_writes
            SET attempts = %(attempts)s, error = %(error)s,
                status = CASE WHEN %(attempts)s >= %(max)s THEN 'failed' ELSE 'pending' END,
                not_before = now() + least(600, 2 ^ (%(attempts)s - 1)) * interval '1 second'
            WHERE id = %(id)s
            """,
            {
                "id": write.id,
                "attempts": attempts,
                "max": max_attempts,
                # The class and the first words: no text of the user's, no connection string.
                "error": f"{type(error).__name__}: {str(error)[:ERROR_CHARS]}",
            },
        )

    async def forget_user(self, user_id: int) -> int:
        """Drop every queued write of a user (waits for one being written right now)."""
        return await self.db.execute(
            "coach_memory_forget_writes",
            "DELETE FROM coach_memory_writes WHERE user_id = %(user_id)s",
            {"user_id": user_id},
        )

    async def pending(self) -> int:
        """How many writes wait (due or not)."""
        count = await self.db.fetch_value(
            "coach_memory_pending",
            "SELECT count(*) FROM coach_memory_writes WHERE status = 'pending'",
        )
        return int(count)
