"""Long polling that feeds aiogram's dispatcher and stops without abandoning running handlers.

aiogram's own `start_polling` neither waits for running handlers when it stops nor bounds
how many run at once. This loop does both: updates are handled as tasks under a semaphore
(backpressure: no fetch while every slot is busy), and `run` returns only after the tasks in
flight have finished or the drain deadline has passed. An update is confirmed to Telegram
by the next getUpdates, as aiogram does; at stop, updates of the last batch that did not
finish within the deadline are left unconfirmed, so Telegram delivers them again. (Updates
cut short from earlier batches are logged; the durable inbox is what makes them safe.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Sequence
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramNetworkError,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates
from aiogram.types import Update

from healthbot.errors import StartupError

log = logging.getLogger(__name__)

_BACKOFF_START = 0.5
_BACKOFF_MAX = 30.0


class Poller:
    """Fetches updates with getUpdates and runs each through the dispatcher."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        *,
        poll_timeout: int = 30,
        max_concurrent: int = 64,
        drain_seconds: float = 20.0,
        allowed_updates: Sequence[str] | None = None,
    ) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        self.poll_timeout = poll_timeout
        self.drain_seconds = drain_seconds
        self.allowed_updates = list(allowed_updates) if allowed_updates is not None else None
        self._slots = asyncio.Semaphore(max_concurrent)
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._fetched_up_to: int | None = None  # highest update_id fetched
        self.first_poll = asyncio.Event()

    @property
    def in_flight(self) -> int:
        """Updates being handled right now."""
        return len(self._tasks)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set, then drain the handlers in flight."""
        backoff = _BACKOFF_START
        if not await self._introduce(stop):
            return
        while not stop.is_set():
            try:
                updates = await self._until_stopped(self._fetch(), stop)
            except (TelegramNetworkError, TelegramAPIError, TimeoutError) as exc:
                delay = backoff * random.uniform(0.5, 1.5)  # noqa: S311 - jitter, not crypto
                log.warning("getUpdates failed (%s); retrying in %.1f s", exc, delay)
                await self._sleep_unless_stopped(delay, stop)
                backoff = min(backoff * 2, _BACKOFF_MAX)
                continue
            if updates is None:
                break  # stopped while waiting
            backoff = _BACKOFF_START
            for update in updates:
                await self._start(update)
        await self.drain()

    async def _introduce(self, stop: asyncio.Event) -> bool:
        """Call getMe until it answers; a rejected token is fatal, a network error is not."""
        backoff = _BACKOFF_START
        while not stop.is_set():
            try:
                user = await self.bot.me()
            except TelegramUnauthorizedError:
                raise StartupError(
                    "telegram.token: rejected by the Bot API (401 Unauthorized)"
                ) from None
            except (TelegramNetworkError, TelegramServerError, TimeoutError) as exc:
                delay = backoff * random.uniform(0.5, 1.5)  # noqa: S311 - jitter, not crypto
                log.warning("getMe failed (%s); retrying in %.1f s", exc, delay)
                await self._sleep_unless_stopped(delay, stop)
                backoff = min(backoff * 2, _BACKOFF_MAX)
                continue
            log.info("polling as @%s (id %d)", user.username, user.id)
            return True
        return False

    async def drain(self) -> None:
        """Wait for the handlers in flight, up to the drain deadline; then confirm."""
        if self._tasks:
            log.info(
                "waiting up to %.0f s for %d update(s) in flight",
                self.drain_seconds,
                len(self._tasks),
            )
            await asyncio.wait(list(self._tasks.values()), timeout=self.drain_seconds)
        offset = self._confirmable_offset()
        if self._tasks:
            log.warning(
                "update(s) %s still running at the drain deadline; cancelled", sorted(self._tasks)
            )
            pending = list(self._tasks.values())
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        await self._confirm(offset)

    async def _fetch(self) -> list[Update]:
        offset = None if self._fetched_up_to is None else self._fetched_up_to + 1
        self.first_poll.set()
        return await self.bot(
            GetUpdates(
                offset=offset, timeout=self.poll_timeout, allowed_updates=self.allowed_updates
            ),
            request_timeout=self.poll_timeout + 10,
        )

    async def _start(self, update: Update) -> None:
        # Backpressure: wait for a free slot before taking on another update.
        await self._slots.acquire()
        self._fetched_up_to = max(self._fetched_up_to or 0, update.update_id)
        task = asyncio.create_task(self._handle(update), name=f"update-{update.update_id}")
        self._tasks[update.update_id] = task

    async def _handle(self, update: Update) -> None:
        try:
            await self.dispatcher.feed_update(self.bot, update)
        except Exception:  # process boundary: one update must not stop the loop
            log.exception("update %d escaped the dispatcher", update.update_id)
        finally:
            self._slots.release()
            self._tasks.pop(update.update_id, None)

    def _confirmable_offset(self) -> int | None:
        """The offset that confirms every update below the oldest unfinished one."""
        if self._fetched_up_to is None:
            return None
        if self._tasks:
            return min(self._tasks)
        return self._fetched_up_to + 1

    async def _confirm(self, offset: int | None) -> None:
        """Tell Telegram which updates are done, without taking new ones."""
        if offset is None:
            return
        try:
            # limit=1, timeout=0: returns at once; an update it returns stays unconfirmed.
            await self.bot(GetUpdates(offset=offset, limit=1, timeout=0), request_timeout=5)
        except Exception as exc:  # shutting down: nothing more to do than say so
            log.warning("could not confirm handled updates: %s", exc)

    @staticmethod
    async def _until_stopped(work: Any, stop: asyncio.Event) -> list[Update] | None:
        """Await `work` unless `stop` is set first (then cancel it and return None)."""
        fetch: asyncio.Task[list[Update]] = asyncio.ensure_future(work)
        stopped = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopped.cancel()
        if fetch.done():
            return fetch.result()
        fetch.cancel()
        await asyncio.gather(fetch, return_exceptions=True)
        return None

    @staticmethod
    async def _sleep_unless_stopped(delay: float, stop: asyncio.Event) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=delay)
