"""Durable intake: getUpdates into the inbox, then per-chat ordered handling, then drain.

The loop stores each getUpdates batch in PostgreSQL (one round trip) before the next
getUpdates confirms it to Telegram, so an update is always either unconfirmed at Telegram or
stored here: a crash or a deploy loses nothing. Stored updates are handled one at a time per
chat, in arrival order; different chats run in parallel up to `max_active_chats`, and the
loop stops fetching while `max_queued` updates wait (backpressure). An update ends done, or
failed after `max_attempts` with its error kept. At start, unfinished updates run first; an
update Telegram delivers twice is stored once and runs once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
from collections import deque
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import psycopg
from aiogram import Bot, Dispatcher
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates
from aiogram.types import Update
from pydantic import ValidationError

from healthbot.errors import StartupError
from healthbot.logs import REQUEST_ID
from healthbot.metrics import INBOX_QUEUED, INBOX_UPDATES, INTAKE_ERRORS
from healthbot.telegram.inbox import InboxRepository, InboxWriter, chat_of
from healthbot.telegram.outbox import DELIVERY, Delivery, OutboxRepository
from healthbot.texts import texts_of

log = logging.getLogger(__name__)
T = TypeVar("T")

_BACKOFF_START = 0.5
_BACKOFF_MAX = 30.0
_OUTAGE_BACKOFF_MAX = 5.0
_HOUSEKEEPING_SECONDS = 3600.0

# Failures of a dependency, not of the update: wait for it and try again, without counting.
OUTAGES = (psycopg.OperationalError, TelegramNetworkError, TelegramServerError)


@dataclass(slots=True)
class Job:
    """A stored update waiting for its chat's turn."""

    update: Update
    replay: bool = False  # it may have sent replies before (interrupted or failed earlier)
    attempts: int = 0  # attempts already made in earlier runs


class Intake:
    """Polls, stores, schedules and handles updates; see the module docstring."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        inbox: InboxRepository,
        outbox: OutboxRepository,
        *,
        poll_timeout: int = 30,
        max_active_chats: int = 64,
        max_queued: int = 1000,
        max_attempts: int = 5,
        drain_seconds: float = 20.0,
        retention_hours: float = 48.0,
        allowed_updates: Sequence[str] | None = None,
    ) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.outbox = outbox
        self.poll_timeout = poll_timeout
        self.max_queued = max_queued
        self.max_attempts = max_attempts
        self.drain_seconds = drain_seconds
        self.retention_hours = retention_hours
        self.allowed_updates = list(allowed_updates) if allowed_updates is not None else None
        self._slots = asyncio.Semaphore(max_active_chats)
        self._queues: dict[int, deque[Job]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._queued = 0
        self._room = asyncio.Event()
        self._room.set()
        self._stopping = False
        self._offset: int | None = None
        self._writer = InboxWriter(inbox)

    async def run(self, stop: asyncio.Event) -> None:
        """Recover unfinished updates, poll until `stop`, then drain."""
        if not await introduce(self.bot, stop):
            return
        self._writer.start()
        housekeeping = asyncio.create_task(self._housekeeping(), name="inbox-housekeeping")
        try:
            await self._recover()
            await self._poll(stop)
        finally:
            await self._drain()
            housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await housekeeping
            await self._writer.close()

    # --- intake ------------------------------------------------------------------------------

    async def _recover(self) -> None:
        rows = await self.inbox.unfinished()
        for row in rows:
            INBOX_UPDATES.labels("recovered").inc()
            if row.attempts >= self.max_attempts:
                await self.inbox.mark_failed(
                    row.update_id, row.attempts,
                    f"interrupted {row.attempts} times (a crash or a stop while handling it)",
                )  # fmt: skip
                INBOX_UPDATES.labels("failed").inc()
                continue
            try:
                update = Update.model_validate_json(row.payload, context={"bot": self.bot})
            except ValidationError as exc:  # stored by an older version, say: keep the error
                await self.inbox.mark_failed(row.update_id, row.attempts, f"unreadable: {exc}")
                INBOX_UPDATES.labels("failed").inc()
                continue
            # Even a "pending" one may have run: its marks are written in batches. The outbox
            # says which of its replies went out.
            self._submit(Job(update, replay=True, attempts=row.attempts))
        if rows:
            log.info("recovered %d unfinished update(s) from the inbox", len(rows))

    async def _poll(self, stop: asyncio.Event) -> None:
        backoff = _BACKOFF_START
        while not stop.is_set():
            if not self._room.is_set():  # backpressure: handle what is stored first
                await _first(self._room.wait(), stop)
                continue
            try:
                updates = await _first(self._fetch(), stop)
            except Exception as exc:  # the intake must outlive any one bad answer
                INTAKE_ERRORS.labels("get_updates").inc()
                delay = _jitter(backoff)
                expected = isinstance(exc, TelegramAPIError | TimeoutError)
                log.warning("getUpdates failed (%s); retrying in %.1f s", exc, delay,
                            exc_info=not expected)  # fmt: skip
                await _first(asyncio.sleep(delay), stop)
                backoff = min(backoff * 2, _BACKOFF_MAX)
                continue
            backoff = _BACKOFF_START
            if not updates:
                continue  # stopped, or the long poll ended empty
            new = await self._store(updates, stop)
            if new is None:
                break  # stopped before they were stored: unconfirmed, Telegram keeps them
            self._offset = updates[-1].update_id + 1
            for update in updates:
                if update.update_id in new:
                    INBOX_UPDATES.labels("stored").inc()
                    self._submit(Job(update))
                else:
                    INBOX_UPDATES.labels("duplicate").inc()
        await self._confirm()

    async def _fetch(self) -> list[Update]:
        return await self.bot(
            GetUpdates(offset=self._offset, timeout=self.poll_timeout,
                       allowed_updates=self.allowed_updates),
            request_timeout=self.poll_timeout + 10,
        )  # fmt: skip

    async def _store(self, updates: list[Update], stop: asyncio.Event) -> set[int] | None:
        """Store a batch, retrying while the database is away; None if stopped first."""
        backoff = _BACKOFF_START
        while True:
            try:
                return await self.inbox.store(updates)
            except Exception as exc:  # kept unconfirmed at Telegram until it works
                INTAKE_ERRORS.labels("store").inc()
                delay = _jitter(backoff)
                log.warning("could not store %d update(s) (%s); retrying in %.1f s",
                            len(updates), exc, delay)  # fmt: skip
                await _first(asyncio.sleep(delay), stop)
                if stop.is_set():
                    return None
                backoff = min(backoff * 2, _OUTAGE_BACKOFF_MAX)

    async def _confirm(self) -> None:
        """Tell Telegram that the stored updates arrived, without taking new ones."""
        if self._offset is None:
            return
        try:
            # limit=1, timeout=0: returns at once; an update it returns stays unconfirmed.
            await self.bot(GetUpdates(offset=self._offset, limit=1, timeout=0), request_timeout=5)
        except Exception as exc:  # stopping: they are stored; Telegram may resend, we dedupe
            log.warning("could not confirm stored updates: %s", exc)

    # --- per-chat scheduling -----------------------------------------------------------------

    def _submit(self, job: Job) -> None:
        key = chat_of(job.update)
        if key is None:
            key = -job.update.update_id  # no chat: no order to keep
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = deque()
            self._workers[key] = asyncio.create_task(self._chat_worker(key, queue))
        queue.append(job)
        self._queued += 1
        INBOX_QUEUED.set(self._queued)
        if self._queued >= self.max_queued:
            self._room.clear()

    async def _chat_worker(self, key: int, queue: deque[Job]) -> None:
        try:
            async with self._slots:
                while queue and not self._stopping:
                    job = queue.popleft()
                    self._queued -= 1
                    INBOX_QUEUED.set(self._queued)
                    if self._queued < self.max_queued:
                        self._room.set()
                    await self._handle(job)
        finally:
            # No await between the last look at the queue and here: a submit cannot slip in.
            del self._queues[key]
            del self._workers[key]

    async def _drain(self) -> None:
        self._stopping = True
        workers = list(self._workers.values())
        if workers:
            log.info("finishing the update(s) in flight (up to %.0f s)", self.drain_seconds)
            _, pending = await asyncio.wait(workers, timeout=self.drain_seconds)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            if pending:
                log.warning("%d update(s) cut short at the drain deadline; they run again at "
                            "the next start", len(pending))  # fmt: skip
        if self._queued:
            log.info("%d update(s) left in the inbox for the next start", self._queued)

    # --- handling ----------------------------------------------------------------------------

    async def _handle(self, job: Job) -> None:
        update_id = job.update.update_id
        delivery = Delivery(update_id, self.outbox, self._writer, replay=job.replay)
        delivery_token = DELIVERY.set(delivery)
        request_token = REQUEST_ID.set(os.urandom(6).hex())
        self._writer.started(update_id)
        attempts = job.attempts
        outage_backoff = _BACKOFF_START
        try:
            while True:
                attempts += 1
                try:
                    await self.dispatcher.feed_update(self.bot, job.update)
                except TelegramForbiddenError:
                    pass  # the user blocked the bot: nothing can be delivered; done
                except asyncio.CancelledError:
                    raise
                except OUTAGES as exc:
                    if self._stopping:
                        return  # left unfinished; it runs again at the next start
                    attempts -= 1  # not the update's fault
                    delay = _jitter(outage_backoff)
                    log.warning("update %d waits for a dependency (%s); retrying in %.1f s",
                                update_id, exc, delay)  # fmt: skip
                    await asyncio.sleep(delay)
                    outage_backoff = min(outage_backoff * 2, _OUTAGE_BACKOFF_MAX)
                    delivery.retry()
                    continue
                except Exception as exc:
                    if attempts < self.max_attempts and not self._stopping:
                        INBOX_UPDATES.labels("retried").inc()
                        log.warning("update %d failed (attempt %d of %d): %r", update_id,
                                    attempts, self.max_attempts, exc)  # fmt: skip
                        await asyncio.sleep(_jitter(0.2 * attempts))
                        delivery.retry()
                        continue
                    await self._give_up(job, attempts, exc)
                    return
                self._writer.done(update_id)
                INBOX_UPDATES.labels("done").inc()
                return
        finally:
            REQUEST_ID.reset(request_token)
            DELIVERY.reset(delivery_token)

    async def _give_up(self, job: Job, attempts: int, exc: Exception) -> None:
        update_id = job.update.update_id
        request_id = REQUEST_ID.get()
        log.error("update %d failed after %d attempt(s); giving up", update_id, attempts,
                  exc_info=exc)  # fmt: skip
        INBOX_UPDATES.labels("failed").inc()
        with contextlib.suppress(Exception):  # best effort: the error is logged above
            await self.inbox.mark_failed(update_id, attempts, f"{type(exc).__name__}: {exc}")
        chat_id = chat_of(job.update)
        if chat_id is None:
            return
        user = getattr(job.update.event, "from_user", None)
        try:
            await self.bot.send_message(
                chat_id, texts_of(user).internal_error.format(request_id=request_id)
            )
        except Exception:  # the apology failing must not hide the first error
            log.warning("could not tell chat %d about the failure", chat_id, exc_info=True)

    async def _housekeeping(self) -> None:
        """Prune finished updates past the retention, every hour."""
        while True:
            try:
                pruned = await self.inbox.prune(self.retention_hours)
                if pruned:
                    log.info("pruned %d finished update(s) from the inbox", pruned)
            except Exception as exc:
                log.warning("could not prune the inbox: %s", exc)
            await asyncio.sleep(_HOUSEKEEPING_SECONDS)


async def introduce(bot: Bot, stop: asyncio.Event) -> bool:
    """Call getMe until it answers; a rejected token is fatal. False if stopped first."""
    backoff = _BACKOFF_START
    while not stop.is_set():
        try:
            user = await bot.me()
        except TelegramUnauthorizedError:
            raise StartupError(
                "telegram.token: rejected by the Bot API (401 Unauthorized)"
            ) from None
        except (TelegramNetworkError, TelegramServerError, TimeoutError) as exc:
            delay = _jitter(backoff)
            log.warning("getMe failed (%s); retrying in %.1f s", exc, delay)
            await _first(asyncio.sleep(delay), stop)
            backoff = min(backoff * 2, _BACKOFF_MAX)
            continue
        log.info("polling as @%s (id %d)", user.username, user.id)
        return True
    return False


async def _first(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """Await `work` unless `stop` is set first (then cancel it and return None)."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
    if task.done():
        return task.result()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return None


def _jitter(seconds: float) -> float:
    return seconds * random.uniform(0.5, 1.5)  # noqa: S311 - jitter, not cryptography
