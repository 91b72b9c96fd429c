"""The inbox's writer: the intake's bookkeeping (started and done marks, reply records)
written in batches, one statement per flush (group commit)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from healthbot.backoff import Backoff
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.ledger import ReplyRecord

log = logging.getLogger(__name__)

_CLOSE_SECONDS = 3.0


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
        self._settling: list[asyncio.Future[None]] = []
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

    async def settle(self) -> None:
        """Return once every mark and record queued before the call is written (raises if
        the writer is not running)."""
        if self._task is None:
            raise RuntimeError("the inbox writer is not running")
        waiter = asyncio.get_running_loop().create_future()
        self._settling.append(waiter)
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
        # The database may be gone at shutdown: what is not written runs again next start,
        # and a stop must not wait on it for longer than a moment.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.flush(), _CLOSE_SECONDS)

    async def flush(self) -> None:
        """Write everything queued now, in one statement."""
        started, self._started = self._started, []
        done, self._done = self._done, []
        replies, self._replies = self._replies, []
        waiters, self._waiters = self._waiters, []
        settling, self._settling = self._settling, []
        if started or done or replies:
            try:
                await self.inbox.write(started, done, replies)
            except Exception as exc:
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

    async def _run(self) -> None:
        backoff = Backoff(0.5, 5.0)
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not (self._replies or self._settling):
                await asyncio.sleep(self.mark_interval)  # marks can wait to share a batch
            try:
                await self.flush()
            except Exception as exc:
                delay = backoff.delay()
                log.warning("could not write the inbox's bookkeeping (%s); retrying in %.1f s",
                            exc, delay)  # fmt: skip
                await asyncio.sleep(delay)
                self._wake.set()
            else:
                backoff.reset()
