"""The update inbox: every update is stored here before Telegram is told it arrived."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime

from aiogram.types import Update

from healthbot.db import Database
from healthbot.telegram.outbox import ReplyRecord

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

    async def write(self, started: list[int], done: list[int], replies: list[ReplyRecord]) -> None:
        """One round trip: record replies, count attempts of started updates, mark done ones.

        An update both started and done in the same batch is updated once (a row may not be
        changed twice in one statement).
        """
        finished, begun = set(done), set(started)
        ids = [*finished, *(begun - finished)]
        states = ["done"] * len(finished) + ["processing"] * (len(ids) - len(finished))
        counts = [1 if u in begun else 0 for u in ids]
        await self.db.execute(
            "inbox.write",
            "WITH replies AS ("
            " INSERT INTO outbox (update_id, seq, chat_id, method, status,"
            " telegram_message_id, result, attempts, sent_at)"
            " SELECT u, s, c, m, 'sent', mid, r::jsonb, 1, now() FROM unnest("
            "%(r_update)s::bigint[], %(r_seq)s::int[], %(r_chat)s::bigint[], %(r_method)s::text[],"
            " %(r_message)s::bigint[], %(r_result)s::text[]) AS t(u, s, c, m, mid, r)"
            " ON CONFLICT (update_id, seq) DO NOTHING)"
            " UPDATE update_inbox AS i SET status = v.status, attempts = i.attempts + v.started,"
            " started_at = CASE WHEN v.started = 1 THEN now() ELSE i.started_at END,"
            " finished_at = CASE WHEN v.status = 'done' THEN now() END,"
            " last_error = CASE WHEN v.status = 'done' THEN NULL ELSE i.last_error END"
            " FROM unnest(%(ids)s::bigint[], %(states)s::text[], %(counts)s::int[])"
            " AS v(update_id, status, started)"
            " WHERE i.update_id = v.update_id AND i.status IN ('pending', 'processing')",
            {
                "r_update": [r.update_id for r in replies],
                "r_seq": [r.seq for r in replies],
                "r_chat": [r.chat_id for r in replies],
                "r_method": [r.method for r in replies],
                "r_message": [r.message_id for r in replies],
                "r_result": [r.result for r in replies],
                "ids": ids,
                "states": states,
                "counts": counts,
            },
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


class InboxWriter:
    """Writes the intake's bookkeeping in batches: one statement per flush.

    "Started" and "done" marks are queued without waiting; a lost mark only means that the
    update runs again at the next start. Reply records are waited for, so that a reply is on
    record before its handler goes on (the window for a duplicate after a crash stays small),
    but records from concurrent handlers share one statement (group commit): under load, one
    round trip serves many replies.
    """

    def __init__(self, inbox: InboxRepository, mark_interval: float = 0.02) -> None:
        self.inbox = inbox
        self.mark_interval = mark_interval
        self._started: list[int] = []
        self._done: list[int] = []
        self._replies: list[ReplyRecord] = []
        self._waiters: list[asyncio.Future[None]] = []
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

    async def record(self, reply: ReplyRecord) -> None:
        """Store a reply record; return once it is written (raises if it could not be)."""
        waiter = asyncio.get_running_loop().create_future()
        self._replies.append(reply)
        self._waiters.append(waiter)
        self._wake.set()
        await waiter

    def start(self) -> None:
        """Run the flush loop in the background."""
        self._task = asyncio.create_task(self._run(), name="inbox-writer")

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
        """Write everything queued now, in one statement."""
        started, self._started = self._started, []
        done, self._done = self._done, []
        replies, self._replies = self._replies, []
        waiters, self._waiters = self._waiters, []
        if not (started or done or replies):
            return
        try:
            await self.inbox.write(started, done, replies)
        except Exception as exc:
            # Marks are kept for the next flush (the database may be restarting); the
            # handlers waiting on their records hear of it and go on without.
            self._started[:0] = started
            self._done[:0] = done
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(exc)
            raise
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not self._replies:
                await asyncio.sleep(self.mark_interval)  # marks can wait to share a batch
            try:
                await self.flush()
            except Exception as exc:
                log.warning("could not write the inbox's bookkeeping (%s); will retry", exc)
                await asyncio.sleep(1.0)
                self._wake.set()
