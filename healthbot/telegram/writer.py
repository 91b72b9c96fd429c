"""The inbox's writer: the intake's bookkeeping (started and done marks, reply records)
written in batches, one statement per flush (group commit), on connections of its own."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import time
from typing import Any

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
# The writer's connections (each opened when first needed): one flush of marks in flight,
# and flushes of records beside it. With two, a record waited for a free one about half a
# flush on a loaded machine; with four, a quarter of that (bench/bench_copies.py).
_LINKS = 4


class InboxWriter:
    """Writes the intake's bookkeeping in batches: one statement per flush.

    "Started" and "done" marks are queued without waiting; a lost mark only means that the
    update runs again at the next start. They go out one flush at a time, in order, each
    flush waiting `mark_interval` for more to share it.

    Reply records are waited for: a reply Telegram took is sent again after a kill -9 of the
    daemon until its record is written (the daemon that takes the chat over finds none). So
    that window stays as short as the database allows, a record waits behind as little as it
    can: not for a connection of the pool (where the handlers' queries queue under load), not
    for the marks' interval, not for a flush in flight while a connection is free. The writer
    holds a few connections of its own, and a record goes out at once on a free one. Records
    that come while every connection is busy share the next statement (group commit): under
    load, one round trip serves several replies.
    """

    def __init__(self, inbox: InboxRepository, mark_interval: float = 0.02) -> None:
        self.inbox = inbox
        self.mark_interval = mark_interval
        self._started: list[int] = []
        self._done: list[int] = []
        self._replies: list[ReplyRecord] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._settling: list[asyncio.Future[None]] = []
        self._wake = asyncio.Event()
        self._urgent = asyncio.Event()  # a record or a settle waits: no marks' interval
        self._task: asyncio.Task[None] | None = None
        self._idle = [_Link(inbox.db) for _ in range(_LINKS)]
        self._links = tuple(self._idle)
        self._flushes: set[asyncio.Task[None]] = set()
        self._marking = False  # a flush with marks is in flight (they go one at a time)
        self._backoff = Backoff(0.5, 5.0)
        # After a failed flush no flush starts until the backoff's delay is over. The wait
        # holds no connection, and it is one wait for the writer: flushes that fail together
        # (the database is down for all four) count once, not four times.
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
        if self._task is not None:
            self._start_flushes()  # from here, not a turn of the loop later in its task
        else:
            self._urgent.set()
            self._wake.set()
        await waiter

    async def settle(self) -> None:
        """Return once every mark and record queued before the call is written (raises if
        the writer is not running)."""
        if self._task is None:
            raise RuntimeError("the inbox writer is not running")
        in_flight = set(self._flushes)  # records queued before may be in one of these
        waiter = asyncio.get_running_loop().create_future()
        self._settling.append(waiter)
        self._urgent.set()
        self._wake.set()
        await waiter
        if in_flight:
            await asyncio.wait(in_flight)

    def start(self) -> None:
        """Run the flush loop in the background."""
        self._task = asyncio.create_task(self._run(), name="inbox-writer")

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
        for flush in self._flushes:
            flush.cancel()
        await asyncio.gather(*self._flushes, return_exceptions=True)
        if self._pause is not None:
            await asyncio.gather(self._pause, return_exceptions=True)
        for link in self._links:
            await link.close()

    async def flush(self) -> None:
        """Wait for the flushes in flight, then write everything queued, in one statement
        (raises if that fails)."""
        while self._flushes:
            await asyncio.wait(set(self._flushes))
        if self._started or self._done or self._replies or self._settling:
            await self._write(self._links[0], marks=True)  # every connection is idle now

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not (self._replies or self._settling or self._marking):
                # Marks alone can wait a moment to share a batch; a record cuts it short.
                self._urgent.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.mark_interval):
                        await self._urgent.wait()
            self._start_flushes()

    def _start_flushes(self) -> None:
        """Start a flush on each free connection while something may go out on it."""
        while self._idle and self._pause is None:
            marks = not self._marking and bool(self._started or self._done or self._settling)
            if not (marks or self._replies):
                return
            link = self._idle.pop()
            flush = asyncio.create_task(self._flush(link, marks=marks), name="inbox-flush")
            self._flushes.add(flush)
            flush.add_done_callback(self._flushes.discard)

    async def _flush(self, link: _Link, *, marks: bool) -> None:
        if marks:
            self._marking = True
        outages = self._outages
        try:
            await self._write(link, marks=marks)
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
            if marks:
                self._marking = False
            self._idle.append(link)
            # What came meanwhile goes next: records at once, marks after their interval.
            if self._replies and self._task is not None:
                self._start_flushes()
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
                self._start_flushes()
                self._wake.set()

    async def _write(self, link: _Link, *, marks: bool) -> None:
        """Write the queued records (and, with `marks`, the marks and settles) in one
        statement on `link`."""
        replies, self._replies = self._replies, []
        waiters, self._waiters = self._waiters, []
        started: list[int] = []
        done: list[int] = []
        settling: list[asyncio.Future[None]] = []
        if marks:
            started, self._started = self._started, []
            done, self._done = self._done, []
            settling, self._settling = self._settling, []
        try:
            if started or done or replies:
                await self._execute(link, started, done, replies)
        except Exception as exc:
            await link.close()  # a new connection next time
            # Marks are kept for the next flush (the database may be restarting); the
            # handlers waiting on their records hear of it and go on without; those
            # waiting for the marks wait on.
            self._started[:0] = started
            self._done[:0] = done
            self._settling[:0] = settling
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_exception(exc)
            raise
        for waiter in (*waiters, *settling):
            if not waiter.done():
                waiter.set_result(None)

    async def _execute(
        self, link: _Link, started: list[int], done: list[int], replies: list[ReplyRecord]
    ) -> None:
        """The statement on `link`, and once more on a new connection if the one it had
        was broken: a PostgreSQL restart, `idle_session_timeout` or a pooler's idle timeout
        ends a session that sat unused, and the first statement after hears of it. Running
        it twice is harmless: a record is inserted ON CONFLICT DO NOTHING, a done mark
        only changes a row still pending or processing, a started mark sets the same
        status (its attempt counted twice only if the first run committed before the
        connection broke, as when the mark is kept for the next flush)."""
        conn, fresh = await link.connection()
        try:
            await self.inbox.write(started, done, replies, conn)
        except psycopg.OperationalError as exc:
            if fresh or not conn.closed:
                raise  # a new connection failed, or the statement did: no retry mends it
            log.info("inbox writer: its connection was broken (%s); writing on a new one",
                     type(exc).__name__)  # fmt: skip
            await link.close()
            conn, _ = await link.connection()
            await self.inbox.write(started, done, replies, conn)
        link.used()


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
        # Lifetimes spread as the pool's are, so the four links are not replaced together.
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
