"""The inbox's writer: the intake's bookkeeping (started and done marks, reply records)
written in batches, one statement per flush (group commit), on connections of its own."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import time
from typing import Any, Final

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from healthbot.backoff import Backoff
from healthbot.db import Database
from healthbot.db.sessions import held_conninfo
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.ledger import ReplyRecord

log = logging.getLogger(__name__)

_CLOSE_SECONDS = 3.0
_CONNECT_SECONDS = 10
# The writer's connections (each opened when first needed): one for the marks, and
# `RECORD_LINKS` for the records, so that a record never waits behind marks held up by a row
# lock, nor behind one flush of records in flight.
_MARKS: Final = 0
RECORD_LINKS: Final = 4
_RECORDS: Final = range(1, 1 + RECORD_LINKS)


class InboxWriter:
    """Writes the intake's bookkeeping in batches: one statement per flush.

    "Started" and "done" marks are queued without waiting; a lost mark only means that the
    update runs again at the next start. They go out one flush at a time, in order, each
    flush waiting `mark_interval` for more to share it.

    Reply records are waited for: a reply Telegram took is sent again after a kill -9 of the
    daemon until its record has reached the server (the daemon that takes the chat over finds
    none). So a record waits behind as little as it can: not for a connection of the pool
    (where the handlers' queries queue under load), not for a flush of marks (they have a
    connection of their own, and may wait on a row lock), not for an interval, not for a turn
    of the event loop: when one of the `RECORD_LINKS` connections for records is free, its
    statement is sent from the recording task itself, in the same step of the loop that read
    Telegram's answer (a task of its own would start a step later, after whatever else is
    ready: tens of ms on a busy machine, each a chance for a kill -9 to copy the reply). Once
    sent, it commits whatever becomes of the daemon. Only records that come while every
    connection for records is busy wait, and go together in the next flush (group commit).
    The marks queued meanwhile ride along when no flush of marks is in flight, each only if
    its row is free (`SKIP LOCKED`; the others go on the marks' connection), so that under
    load the marks cost no commit of their own either.

    Flushes of records commit without waiting for the disk (`synchronous_commit = off`): a
    commit is visible to every other session at once, which is all a daemon that takes over
    a killed one's chats needs, and a record costs no wait for the WAL's flush. Only a crash
    of PostgreSQL itself can lose one, with the updates whose done marks went with it (the
    WAL is flushed in order, and a done mark follows its update's records): those updates
    run again and their replies go out again, nothing is lost.
    """

    def __init__(self, inbox: InboxRepository, mark_interval: float = 0.02) -> None:
        self.inbox = inbox
        self.mark_interval = mark_interval
        self._started: list[int] = []
        self._done: list[int] = []
        self._replies: list[ReplyRecord] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._settling: list[asyncio.Future[None]] = []  # written with the next marks
        self._recorded: list[asyncio.Future[None]] = []  # the next records' flush has ended
        self._wake = asyncio.Event()
        self._urgent = asyncio.Event()  # a settle waits: no marks' interval
        self._task: asyncio.Task[None] | None = None
        self._links = tuple(_Link(inbox.db) for _ in range(1 + RECORD_LINKS))
        # The flush in flight on each link, by link (a future, done at the flush's end: a
        # flush of records runs in the recording task or in a task of its own).
        self._in_flight: list[asyncio.Future[None] | None] = [None] * len(self._links)
        self._flushes: set[asyncio.Future[None]] = set()
        self._tasks: set[asyncio.Task[None]] = set()  # flushes in tasks of their own
        self._marking = False  # a flush with marks is in flight (they go one at a time)
        self._backoff = Backoff(0.5, 5.0)
        # After a failed flush no flush starts until the backoff's delay is over. The wait
        # holds no connection, and it is one wait for the writer: flushes that fail together
        # (the database is down for both links) count once, not twice.
        self._pause: asyncio.Task[None] | None = None
        self._outages = 0  # pauses begun: a flush started before the last one is stale
        self._stop = asyncio.Event()

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
        if self._task is not None and (link := self._free_records_link()) is not None:
            await self._flush(link, self._marks_may_ride(), self._claim(link))
        await waiter

    async def settle(self) -> None:
        """Return once every mark and record queued before the call is written, or its
        flush has failed (raises if the writer is not running)."""
        if self._task is None:
            raise RuntimeError("the inbox writer is not running")
        in_flight = set(self._flushes)  # records queued before may be in one of these
        loop = asyncio.get_running_loop()
        waiters = [loop.create_future()]
        self._settling.append(waiters[0])
        if self._replies:  # queued for the next records' flush
            waiters.append(loop.create_future())
            self._recorded.append(waiters[-1])
        self._urgent.set()
        self._wake.set()
        for waiter in waiters:
            await waiter
        if in_flight:
            await asyncio.wait(in_flight)

    def start(self) -> None:
        """Run the flush loop in the background."""
        self._task = asyncio.create_task(self._run(), name="inbox-writer")
        self._start_records()  # records queued before

    async def close(self) -> None:
        """Stop the loop, write what is queued, close the connections."""
        self._stop.set()  # a pause ends now
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        # The database may be gone at shutdown: what is not written runs again next start,
        # and a stop must not wait on it for longer than a moment.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.flush(), _CLOSE_SECONDS)
        # (A flush in a recording task ends with that task: the lanes drained them before.)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._pause is not None:
            await asyncio.gather(self._pause, return_exceptions=True)
        for link in self._links:
            await link.close()

    async def flush(self) -> None:
        """Wait for the flushes in flight, then write everything queued, in one statement
        (raises if that fails)."""
        while self._flushes:
            await asyncio.wait(set(self._flushes))
        if self._started or self._done or self._replies or self._settling or self._recorded:
            # Both connections are idle now.
            await self._write(self._links[_MARKS], marks=True, records=True, settles=True)

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not self._settling:
                # Marks wait a moment to share a batch; a settle cuts it short.
                self._urgent.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.mark_interval):
                        await self._urgent.wait()
            # With every connection for records busy, the marks may go with the next flush of
            # records (its end wakes this loop again, as a flush of marks in flight does).
            if self._settling or self._free_records_link() is not None:
                self._start_marks()

    def _free_records_link(self) -> int | None:
        """A connection for records with no flush in flight, unless the flushes are paused."""
        if self._pause is not None:
            return None
        return next((i for i in _RECORDS if self._in_flight[i] is None), None)

    def _marks_may_ride(self) -> bool:
        """Whether the marks queued go with the next flush (none of marks is in flight)."""
        return not self._marking and bool(self._started or self._done)

    def _claim(self, link: int) -> asyncio.Future[None]:
        """Mark `link` busy with a flush until the future returned is done."""
        busy = asyncio.get_running_loop().create_future()
        self._in_flight[link] = busy
        self._flushes.add(busy)
        return busy

    def _start_records(self) -> None:
        """Flush the records queued, in a task, on a free connection (if any; if none, the
        end of a flush in flight comes back here)."""
        if self._replies and (link := self._free_records_link()) is not None:
            self._spawn(link, self._marks_may_ride(), "inbox-records")

    def _start_marks(self) -> None:
        """Flush the marks queued on their connection, unless a flush of them is in flight or
        paused, or nothing waits for it."""
        if self._in_flight[_MARKS] is not None or self._pause is not None:
            return
        if self._marks_may_ride() or (self._settling and not self._marking):
            self._spawn(_MARKS, True, "inbox-marks")

    def _spawn(self, link: int, marks: bool, name: str) -> None:
        task = asyncio.create_task(self._flush(link, marks, self._claim(link)), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _flush(self, link: int, marks: bool, busy: asyncio.Future[None]) -> None:
        # Marks go one flush at a time, in order: on their own connection, or along with
        # records (only those whose rows are free).
        if marks or link == _MARKS:
            self._marking = True
        outages = self._outages
        try:
            if link == _MARKS:
                await self._write(self._links[link], marks=True, records=False, settles=True)
            else:
                await self._write(self._links[link], marks=marks, records=True)
        except Exception:
            delay = self._pause_after(outages)
            if delay is None:
                log.debug("inbox writer: a flush failed in an outage already waited for")
            else:
                log.warning("could not write the inbox's bookkeeping; retrying in %.1f s",
                            delay, exc_info=True)  # fmt: skip
        else:
            self._backoff.reset()
        finally:
            self._in_flight[link] = None
            self._flushes.discard(busy)
            busy.set_result(None)
            if marks or link == _MARKS:
                self._marking = False
            if self._task is not None:
                # What came meanwhile goes next: records at once, marks after their interval.
                self._start_records()
                if self._started or self._done or self._settling:
                    self._wake.set()

    def _pause_after(self, outages: int) -> float | None:
        """A flush failed: pause the flushes for the backoff's next delay (returned), unless
        this failure belongs to an outage already waited for (None)."""
        if self._pause is not None or outages != self._outages:
            return None
        self._outages += 1
        delay = self._backoff.delay()
        self._pause = asyncio.create_task(self._wait_out(delay), name="inbox-writer-pause")
        return delay

    async def _wait_out(self, delay: float) -> None:
        try:
            await self._backoff.sleep(self._stop, delay)
        finally:
            self._pause = None
            if self._task is not None and not self._stop.is_set():
                self._start_records()
                self._wake.set()

    async def _write(
        self, link: _Link, *, marks: bool, records: bool, settles: bool = False
    ) -> None:
        """Write the queued marks and/or records in one statement on `link`; with `settles`,
        the marks wait for their rows, and the settles waiting are answered; without, a
        mark whose row is held is queued again (as records may go with them)."""
        replies: list[ReplyRecord] = []
        waiters: list[asyncio.Future[None]] = []
        recorded: list[asyncio.Future[None]] = []
        started: list[int] = []
        done: list[int] = []
        settling: list[asyncio.Future[None]] = []
        if records:
            replies, self._replies = self._replies, []
            waiters, self._waiters = self._waiters, []
            recorded, self._recorded = self._recorded, []
        if marks:
            started, self._started = self._started, []
            done, self._done = self._done, []
        if settles:
            settling, self._settling = self._settling, []
        try:
            if started or done or replies:
                skipped = await self._execute(
                    link, started, done, replies, wait=settles, durable=not records
                )
                if skipped:  # for the marks' connection, after their interval
                    self._started[:0] = [u for u in started if u in skipped]
                    self._done[:0] = [u for u in done if u in skipped]
        except BaseException as exc:  # a flush in a recording task may be cancelled too
            await link.close()  # a new connection next time
            # Marks are kept for the next flush (the database may be restarting); the
            # handlers waiting on their records hear of it and go on without; those
            # waiting for the marks wait on.
            self._started[:0] = started
            self._done[:0] = done
            self._settling[:0] = settling
            failure = exc if isinstance(exc, Exception) else _Cancelled("the flush was cut short")
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(failure)
            for waiter in recorded:
                if not waiter.done():
                    waiter.set_result(None)
            raise
        for waiter in (*waiters, *recorded, *settling):
            if not waiter.done():
                waiter.set_result(None)

    async def _execute(
        self, link: _Link, started: list[int], done: list[int], replies: list[ReplyRecord],
        *, wait: bool, durable: bool,
    ) -> set[int]:  # fmt: skip
        """The statement on `link`, and once more on a new connection if the one it had
        was broken: a PostgreSQL restart, `idle_session_timeout` or a pooler's idle timeout
        ends a session that sat unused, and the first statement after hears of it. Running
        it twice is harmless: a record is inserted ON CONFLICT DO NOTHING, a done mark
        only changes a row still pending or processing, a started mark sets the same
        status (its attempt counted twice only if the first run committed before the
        connection broke, as when the mark is kept for the next flush). Without `wait`, the
        marks whose rows are held are left out: their ids are returned."""
        conn, fresh = await link.connection()
        try:
            skipped = await self.inbox.write(
                started, done, replies, conn, skip_locked=not wait, durable=durable
            )
        except psycopg.OperationalError as exc:
            if fresh or not conn.closed:
                raise  # a new connection failed, or the statement did: no retry mends it
            log.info("inbox writer: its connection was broken (%s); writing on a new one",
                     type(exc).__name__)  # fmt: skip
            await link.close()
            conn, _ = await link.connection()
            skipped = await self.inbox.write(
                started, done, replies, conn, skip_locked=not wait, durable=durable
            )
        link.used()
        return skipped


class _Cancelled(Exception):
    """A flush was cancelled with the task it ran in; its records were not written."""


class _Link:
    """One of the writer's connections: opened when first needed, and again after a
    failure; a dead link ends its statement (`held_conninfo`), never hangs a record.

    Like the pool's connections, one is replaced when it has sat idle past the pool's
    `max_idle` or lived past its `max_lifetime`: a server or a pooler may end a session
    before the writer notices (and `InboxWriter._execute` retries on a new one when it has).
    """

    def __init__(self, db: Database) -> None:
        conninfo = held_conninfo(db.conninfo)
        given = conninfo_to_dict(conninfo)
        extra: dict[str, Any] = {}
        if "connect_timeout" not in given:
            extra["connect_timeout"] = _CONNECT_SECONDS
        if "application_name" not in given:  # to tell them apart in pg_stat_activity
            extra["application_name"] = f"healthbot-inbox-writer:{os.getpid()}"
        self._conninfo = make_conninfo(conninfo, **extra) if extra else conninfo
        # The pool's own options: autocommit, and no prepared statements behind PgBouncer.
        kwargs = db.pool.kwargs
        self._options: dict[str, Any] = (
            dict(kwargs) if isinstance(kwargs, dict) else {"autocommit": True}
        )
        self._max_idle = db.pool.max_idle
        self._max_lifetime = db.pool.max_lifetime
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._expire_at = 0.0
        self._used_at = 0.0

    async def connection(self) -> tuple[psycopg.AsyncConnection[Any], bool]:
        """The link's connection, and whether it was opened just now."""
        now = time.monotonic()
        if self._conn is not None and (
            self._conn.closed or now > self._expire_at or now - self._used_at > self._max_idle
        ):
            await self.close()
        if self._conn is not None:
            return self._conn, False
        self._conn = await psycopg.AsyncConnection.connect(self._conninfo, **self._options)
        # Lifetimes spread as the pool's are, so the two links are not replaced together.
        self._expire_at = now + self._max_lifetime * random.uniform(0.95, 1.0)  # noqa: S311 - not crypto
        self._used_at = now
        return self._conn, True

    def used(self) -> None:
        """A statement just ran: the idle time starts again."""
        self._used_at = time.monotonic()

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()
