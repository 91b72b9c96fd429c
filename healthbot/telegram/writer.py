"""The inbox's writer: the intake's bookkeeping (started and done marks, reply records)
written in batches, one statement per flush (group commit), on connections of its own."""

from __future__ import annotations

import asyncio
import contextlib
import logging
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
        while self._idle:
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
        try:
            await self._write(link, marks=marks)
        except Exception as exc:
            delay = self._backoff.delay()
            log.warning("could not write the inbox's bookkeeping (%s); retrying in %.1f s",
                        exc, delay)  # fmt: skip
            await asyncio.sleep(delay)  # holding the connection: this one waits
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
                await self.inbox.write(started, done, replies, await link.connection())
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


class _Link:
    """One of the writer's connections: opened when first needed, and again after a
    failure; a dead link ends its statement (`held_conninfo`), never hangs a record."""

    def __init__(self, db: Database) -> None:
        conninfo = held_conninfo(db.conninfo)
        if "connect_timeout" not in conninfo_to_dict(conninfo):
            conninfo = make_conninfo(conninfo, connect_timeout=_CONNECT_SECONDS)
        self._conninfo = conninfo
        # The pool's own options: autocommit, and no prepared statements behind PgBouncer.
        given = db.pool.kwargs
        self._options: dict[str, Any] = (
            dict(given) if isinstance(given, dict) else {"autocommit": True}
        )
        self._conn: psycopg.AsyncConnection[Any] | None = None

    async def connection(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(self._conninfo, **self._options)
        return self._conn

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()
