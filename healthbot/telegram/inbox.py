"""The update inbox: every update is stored here before Telegram is told it arrived."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime

from aiogram.types import Update

from healthbot.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    """An unfinished update read back from the inbox."""

    update_id: int
    payload: str
    status: str
    attempts: int


@dataclass(frozen=True, slots=True)
class FailedUpdate:
    """An update the bot gave up on, with its error."""

    update_id: int
    chat_id: int | None
    kind: str
    attempts: int
    last_error: str | None
    received_at: datetime
    finished_at: datetime | None


def chat_of(update: Update) -> int | None:
    """The chat an update belongs to (None for updates without one)."""
    event = update.event
    chat = getattr(event, "chat", None)
    if chat is None and (message := getattr(event, "message", None)) is not None:
        chat = getattr(message, "chat", None)  # a callback query's message
    if chat is not None:
        return int(chat.id)
    user = getattr(event, "from_user", None)
    return int(user.id) if user is not None else None


@dataclass(frozen=True, slots=True)
class StatusCount:
    """How many updates have a status."""

    status: str
    count: int


async def inspect_inbox(url: str, limit: int) -> tuple[dict[str, int], list[FailedUpdate]]:
    """For `healthbot inbox`: counts by status and the latest failed updates."""
    db = await Database.open(url, min_size=1, max_size=1)
    try:
        inbox = InboxRepository(db)
        return await inbox.counts(), await inbox.failed(limit)
    finally:
        await db.close()


class InboxRepository:
    """Reads and writes `update_inbox`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def store(self, updates: list[Update]) -> set[int]:
        """Store a getUpdates batch in one round trip; return the ids that were new."""
        ids, chats, users, kinds, payloads = [], [], [], [], []
        for update in updates:
            ids.append(update.update_id)
            chats.append(chat_of(update))
            user = getattr(update.event, "from_user", None)
            users.append(user.id if user is not None else None)
            kinds.append(update.event_type)
            payloads.append(update.model_dump_json(exclude_none=True))
        async with self.db.timed("inbox.store"), self.db.pool.connection() as conn:
            cur = await conn.execute(
                "INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload)"
                " SELECT * FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[], %s::text[],"
                " %s::jsonb[]) ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                (ids, chats, users, kinds, payloads),
            )
            return {row[0] for row in await cur.fetchall()}

    async def unfinished(self) -> list[StoredUpdate]:
        """Updates stored but not finished, oldest first (work left by a stop or a crash)."""
        return await self.db.fetch_all(
            "inbox.unfinished",
            "SELECT update_id, payload::text AS payload, status, attempts FROM update_inbox"
            " WHERE status IN ('pending', 'processing') ORDER BY update_id",
            None,
            StoredUpdate,
        )

    async def mark_started(self, update_ids: list[int]) -> None:
        """Count an attempt for each update now being handled."""
        await self.db.execute(
            "inbox.mark_started",
            "UPDATE update_inbox SET status = 'processing', attempts = attempts + 1,"
            " started_at = now() WHERE update_id = ANY(%s) AND status = 'pending'",
            (update_ids,),
        )

    async def mark_done(self, update_ids: list[int]) -> None:
        """Mark updates handled."""
        await self.db.execute(
            "inbox.mark_done",
            "UPDATE update_inbox SET status = 'done', finished_at = now(), last_error = NULL"
            " WHERE update_id = ANY(%s)",
            (update_ids,),
        )

    async def mark_failed(self, update_id: int, attempts: int, error: str) -> None:
        """Give up on an update, keeping its error."""
        await self.db.execute(
            "inbox.mark_failed",
            "UPDATE update_inbox SET status = 'failed', attempts = GREATEST(attempts, %s),"
            " last_error = %s, finished_at = now() WHERE update_id = %s",
            (attempts, error[:2000], update_id),
        )

    async def failed(self, limit: int = 50) -> list[FailedUpdate]:
        """The most recent updates the bot gave up on."""
        return await self.db.fetch_all(
            "inbox.failed",
            "SELECT update_id, chat_id, kind, attempts, last_error, received_at, finished_at"
            " FROM update_inbox WHERE status = 'failed' ORDER BY update_id DESC LIMIT %s",
            (limit,),
            FailedUpdate,
        )

    async def counts(self) -> dict[str, int]:
        """How many updates are in each status."""
        rows = await self.db.fetch_all(
            "inbox.counts",
            "SELECT status, count(*) AS count FROM update_inbox GROUP BY status ORDER BY status",
            None,
            StatusCount,
        )
        return {row.status: row.count for row in rows}

    async def prune(self, older_than_hours: float) -> int:
        """Delete finished updates (and their outbox rows) older than the retention."""
        return await self.db.execute(
            "inbox.prune",
            "DELETE FROM update_inbox WHERE status IN ('done', 'failed')"
            " AND finished_at < now() - make_interval(secs => %s)",
            (older_than_hours * 3600,),
        )


class StatusWriter:
    """Batches "started" and "done" marks into one statement each, every few milliseconds.

    A mark lost in a crash only means the update is handled again at the next start, where
    the outbox keeps its replies from being sent twice.
    """

    def __init__(self, inbox: InboxRepository, interval: float = 0.02) -> None:
        self.inbox = inbox
        self.interval = interval
        self._started: list[int] = []
        self._done: list[int] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def started(self, update_id: int) -> None:
        """Queue a "started" mark."""
        self._started.append(update_id)
        self._wake.set()

    def done(self, update_id: int) -> None:
        """Queue a "done" mark."""
        self._done.append(update_id)
        self._wake.set()

    def start(self) -> None:
        """Run the flush loop in the background."""
        self._task = asyncio.create_task(self._run(), name="inbox-status-writer")

    async def close(self) -> None:
        """Stop the loop and write what is queued."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        with contextlib.suppress(Exception):  # the database may be gone at shutdown
            await self.flush()

    async def flush(self) -> None:
        """Write the queued marks now (starts before dones)."""
        started, self._started = self._started, []
        done, self._done = self._done, []
        try:
            if started:
                await self.inbox.mark_started(started)
            if done:
                await self.inbox.mark_done(done)
        except Exception:
            # Keep them for the next flush: the database may be restarting.
            self._started[:0] = started
            self._done[:0] = done
            raise

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            await asyncio.sleep(self.interval)  # gather a batch
            try:
                await self.flush()
            except Exception as exc:
                log.warning("could not write inbox status (%s); will retry", exc)
                await asyncio.sleep(1.0)
                self._wake.set()
