"""The poller: getUpdates into the inbox, then to the workers; and systemd's readiness.

Each getUpdates batch is stored in PostgreSQL (one round trip) before the next getUpdates
confirms it to Telegram, so an update is always either unconfirmed at Telegram or stored here:
a crash or a deploy loses nothing. The store commits without waiting for the disk and the
batch goes to the workers at once; one commit that does wait (`make_durable`: the WAL is
flushed in order, so the batch goes to disk with it) comes before the next getUpdates. So a
first reply waits for no disk, and the promise holds: a server crash before that flush loses
only updates Telegram was not told of and sends again (what a worker did with one meanwhile
is keyed by its update, and its reply recorded by a commit that waits for the disk, which
puts the batch there first). What the database refuses is quarantined (see `inbox`), and
its sender told so; it never holds up the rest. An update Telegram delivers twice is stored
once and queued once. The workers claim the stored updates chat by chat (`claims`; this
process's own claims are woken at once); an update without a chat, having no order to keep,
is handled here.

The daemon is ready when getUpdates first answers, so systemd hears it from here: until then,
every few seconds, that the start goes on and why it waits; afterwards, how polling goes.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Sequence

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramNetworkError,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates
from aiogram.types import Update

from healthbot.backoff import Backoff, sleep_unless, unless_stopped
from healthbot.errors import StartupError
from healthbot.metrics import INBOX_UPDATES, INTAKE_ERRORS, child
from healthbot.systemd import Notifier
from healthbot.telegram.inbox import InboxRepository, Incoming, StoreResult, chat_of, prepare
from healthbot.telegram.lane_state import Work
from healthbot.telegram.lanes import Lanes
from healthbot.telegram.ledger import update_key
from healthbot.telegram.sender import PacedSender

log = logging.getLogger(__name__)

_BACKOFF_START = 0.5
_BACKOFF_MAX = 30.0
_OUTAGE_BACKOFF_MAX = 5.0
_STARTING_SECONDS = 5.0  # how often systemd hears that the start still waits for Telegram
_CONFIRM_SECONDS = 2.0


class Poller:
    """Fetches updates, stores them and hands them to the lanes; see the module docstring."""

    def __init__(
        self,
        bot: Bot,
        inbox: InboxRepository,
        lanes: Lanes,
        notifier: Notifier,
        *,
        sender: PacedSender | None,
        poll_timeout: int,
        allowed_updates: Sequence[str] | None,
        stored: Callable[[], None] | None = None,
    ) -> None:
        self.bot = bot
        self.inbox = inbox
        self.lanes = lanes
        self.notifier = notifier
        self.sender = sender
        self.poll_timeout = poll_timeout
        self.allowed_updates = list(allowed_updates) if allowed_updates is not None else None
        self.stored = stored  # called after a batch is stored: wakes this process's claims
        self._offset: int | None = None
        self._ready = False  # READY=1 goes to systemd after the first getUpdates that answers
        self._status = ""

    async def poll(self, stop: asyncio.Event) -> None:
        """Fetch, store and queue updates until `stop`; failures are retried, never raised."""
        backoff = Backoff(_BACKOFF_START, _BACKOFF_MAX)
        while not stop.is_set():
            try:
                updates = await unless_stopped(self._fetch(), stop)
            except Exception as exc:  # the intake must outlive any one bad answer
                INTAKE_ERRORS.labels("get_updates").inc()
                delay = backoff.delay()
                expected = isinstance(exc, TelegramAPIError | TimeoutError)
                log.warning("getUpdates failed (%s); retrying in %.1f s", exc, delay,
                            exc_info=not expected)  # fmt: skip
                self._polling(f"getUpdates failing ({exc}); retrying", delay)
                await sleep_unless(stop, delay)
                continue
            if updates is not None:
                self._polling("polling", 0)
            backoff.reset()
            if not updates:
                continue  # stopped, or the long poll ended empty
            batch = [prepare(update, self.bot) for update in updates]
            result = StoreResult()  # what is settled survives a retry: it is not stored twice
            store = functools.partial(self.inbox.store, batch, result, durable=False)
            if not await self._retrying("storing", stop, store):
                break  # stopped before they were stored: unconfirmed, Telegram keeps them
            self._take(batch, result)  # handled while the batch's WAL goes to disk
            if not await self._retrying("flushing", stop, self.inbox.make_durable):
                break  # stopped first: unconfirmed, so Telegram sends them again (deduped)
            self._offset = updates[-1].update_id + 1

    async def tell_while_starting(self) -> None:
        """Until getUpdates first answers: tell systemd, every few seconds, that the start
        goes on (the sender retries getMe or getUpdates meanwhile) and why it waits."""
        while True:
            await asyncio.sleep(_STARTING_SECONDS)
            if self._ready:
                return
            failure = self.sender.last_failure if self.sender is not None else None
            self.notifier.extend_start(
                _STARTING_SECONDS * 3, f"waiting for Telegram: {failure or 'no answer yet'}"
            )

    def _polling(self, status: str, retry_in: float) -> None:
        """Tell systemd how polling goes; the first answer of getUpdates makes the daemon
        ready, and until then each retry extends the start's timeout."""
        if self._ready:
            if status != self._status:
                self.notifier.status(status)
        elif retry_in:
            self.notifier.extend_start(retry_in + self.poll_timeout + 30, status)
        else:
            self._ready = True
            self.notifier.ready(status)
        self._status = status

    def stand_by(self, status: str) -> None:
        """Another daemon polls: this one is ready all the same (it works, or waits to poll)."""
        if not self._ready:
            self._ready = True
            self.notifier.ready(status)
        elif status != self._status:
            self.notifier.status(status)
        self._status = status

    def _take(self, batch: list[Incoming], result: StoreResult) -> None:
        """Hand the new updates of a stored batch to the workers (those without a chat to
        the lanes here); apologize for the quarantined ones."""
        unclaimed = False  # an update of a chat no lane here holds: a claim round is due
        for item in batch:
            if item.update_id in result.new:
                child(INBOX_UPDATES, "stored").inc()
                if chat_of(item.update) is None:
                    self.lanes.submit(Work(update_key(item.update_id), item.update))
                elif self.stored is not None:  # this process works too: spare it a parse
                    unclaimed |= not self.lanes.stored(item.update)
            elif all(item is not q for q in result.quarantined):
                INBOX_UPDATES.labels("duplicate").inc()
        for item in result.quarantined:
            self.lanes.quarantined(item.update)
        if self.stored is not None and unclaimed:
            self.stored()

    async def _fetch(self) -> list[Update]:
        # The first call does not long-poll: it answers at once, and readiness waits for it.
        timeout = self.poll_timeout if self._ready else 0
        if not self._ready:  # a webhook left set (webhook mode before) makes getUpdates fail
            await self.bot.delete_webhook()
        return await self.bot(
            GetUpdates(offset=self._offset, timeout=timeout,
                       allowed_updates=self.allowed_updates),
            request_timeout=timeout + 10,
        )  # fmt: skip

    async def _retrying(
        self, what: str, stop: asyncio.Event, call: Callable[[], Awaitable[None]]
    ) -> bool:
        """Run `call` until it works, waiting while the database is away; False if stopped
        first (what is not confirmed stays at Telegram)."""
        backoff = Backoff(_BACKOFF_START, _OUTAGE_BACKOFF_MAX)
        while True:
            try:
                await call()
                return True
            except Exception as exc:  # an outage: kept unconfirmed at Telegram until it works
                INTAKE_ERRORS.labels("store").inc()
                delay = backoff.delay()
                log.warning("%s the inbox failed (%s); retrying in %.1f s", what, exc, delay)
                if await sleep_unless(stop, delay):
                    return False

    async def confirm(self) -> None:
        """Tell Telegram that the stored updates arrived, without taking new ones."""
        if self._offset is None:
            return
        try:
            # limit=1, timeout=0: returns at once; an update it returns stays unconfirmed.
            async with asyncio.timeout(_CONFIRM_SECONDS):
                await self.bot(
                    GetUpdates(offset=self._offset, limit=1, timeout=0),
                    request_timeout=int(_CONFIRM_SECONDS),
                )
        except Exception as exc:  # stopping: they are stored; Telegram may resend, we dedupe
            log.warning("could not confirm stored updates: %s", exc)


async def introduce(bot: Bot, stop: asyncio.Event) -> bool:
    """Call getMe until it answers; a rejected token is fatal. False if stopped first."""
    backoff = Backoff(_BACKOFF_START, _BACKOFF_MAX)
    while not stop.is_set():
        try:
            user = await unless_stopped(bot.me(), stop)
        except TelegramUnauthorizedError:
            raise StartupError(
                "telegram.token: rejected by the Bot API (401 Unauthorized)"
            ) from None
        except (TelegramNetworkError, TelegramServerError, TimeoutError) as exc:
            delay = backoff.delay()
            log.warning("getMe failed (%s); retrying in %.1f s", exc, delay)
            await sleep_unless(stop, delay)
            continue
        if user is None:
            return False  # stopped
        log.info("polling as @%s (id %d)", user.username, user.id)
        return True
    return False
