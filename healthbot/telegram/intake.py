"""Durable intake: getUpdates into the inbox, then per-chat ordered handling, then drain.

The loop stores each getUpdates batch in PostgreSQL (one round trip) before the next
getUpdates confirms it to Telegram, so an update is always either unconfirmed at Telegram or
stored here: a crash or a deploy loses nothing. What the database refuses is quarantined
(see `inbox`), and its sender told so; it never holds up the rest.

Stored updates are handled one at a time per chat (a lane), in arrival order; different
chats run in parallel up to `max_active_chats`. A lane keeps at most `max_queued_per_chat`
updates in memory: a chat that sends faster than it can be answered has the rest wait in the
inbox (still stored, loaded again when its lane has room) and is asked once to slow down, so
that it cannot fill the shared queue. The loop stops fetching while `max_queued` updates wait
in memory (backpressure). Background jobs (`submit_job`) run in the same lanes, in order with
the chat's updates, under their own key in the reply ledger.

An update ends done, or failed after `max_attempts` with its error kept. At start,
unfinished updates run first; an update Telegram delivers twice is stored once and runs once.
At stop, every wait ends: retries give up, and the drain lasts at most `drain_seconds`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

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
from aiogram.types import Update, User
from pydantic import ValidationError

from healthbot.backoff import Backoff, sleep_unless, unless_stopped
from healthbot.errors import StartupError
from healthbot.logs import REQUEST_ID
from healthbot.metrics import INBOX_DEFERRED, INBOX_QUEUED, INBOX_UPDATES, INTAKE_ERRORS, JOBS
from healthbot.retention import Retention
from healthbot.systemd import Notifier
from healthbot.telegram.inbox import (
    InboxRepository,
    InboxWriter,
    Incoming,
    StoredUpdate,
    StoreResult,
    chat_of,
    prepare,
)
from healthbot.telegram.outbox import DELIVERY, Delivery, OutboxRepository, job_key, update_key
from healthbot.telegram.sender import PacedSender
from healthbot.texts import Texts, texts_of

log = logging.getLogger(__name__)

_BACKOFF_START = 0.5
_BACKOFF_MAX = 30.0
_OUTAGE_BACKOFF_MAX = 5.0
_HOUSEKEEPING_SECONDS = 3600.0
_STARTING_SECONDS = 5.0  # how often systemd hears that the start still waits for Telegram
_CONFIRM_SECONDS = 2.0
# Kept from `drain_seconds` for what follows the drain (the last bookkeeping, closing).
_CLOSE_RESERVE = 1.5

# Failures of a dependency, not of the update: wait for it and try again, without counting.
OUTAGES = (psycopg.OperationalError, TelegramNetworkError, TelegramServerError)

JobRun = Callable[[], Awaitable[None]]


def _unreadable_text(texts: Texts) -> str:
    return texts.unreadable_update


def _slow_down_text(texts: Texts) -> str:
    return texts.slow_down


@dataclass(slots=True)
class Work:
    """What waits in a chat's lane: a stored update, or a background job (`run`)."""

    key: str  # the delivery key in the reply ledger
    update: Update | None = None
    run: JobRun | None = None
    replay: bool = False  # it may have sent replies before (interrupted, failed, a job re-run)
    attempts: int = 0  # attempts already made in earlier runs


@dataclass(slots=True)
class _Lane:
    """One chat's queue and worker, and whether some of its updates wait in the inbox."""

    queue: deque[Work] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None
    last_update: int = 0  # the newest update id put in memory: the inbox holds the rest
    deferred: bool = False  # updates after `last_update` wait in the inbox
    skipped: int = 0  # updates deferred since the last reload began
    warned: bool = False  # told to slow down during this deferral


class Intake:
    """Polls, stores, schedules and handles updates and jobs; see the module docstring."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        inbox: InboxRepository,
        outbox: OutboxRepository,
        *,
        sender: PacedSender | None = None,
        poll_timeout: int = 30,
        max_active_chats: int = 64,
        max_queued: int = 1000,
        max_queued_per_chat: int = 20,
        max_attempts: int = 5,
        drain_seconds: float = 20.0,
        retention: Retention | None = None,
        allowed_updates: Sequence[str] | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.outbox = outbox
        self.sender = sender
        self.poll_timeout = poll_timeout
        self.max_queued = max_queued
        self.max_queued_per_chat = max_queued_per_chat
        self.max_attempts = max_attempts
        self.drain_seconds = drain_seconds
        self.retention = retention
        self.allowed_updates = list(allowed_updates) if allowed_updates is not None else None
        self._slots = asyncio.Semaphore(max_active_chats)
        self._lanes: dict[int, _Lane] = {}
        self._queued = 0
        self._room = asyncio.Event()
        self._room.set()
        self._stop = asyncio.Event()
        self._offset: int | None = None
        self._writer = InboxWriter(inbox)
        self.notifier = notifier or Notifier(None)
        self._ready = False  # READY=1 goes to systemd after the first getUpdates that answers
        self._status = ""

    async def run(self, stop: asyncio.Event) -> None:
        """Recover unfinished updates, poll until `stop`, then drain."""
        self._stop = stop
        if self.sender is not None:
            self.sender.stop_when(stop)  # no Bot API retry outlives a stop
        starting = asyncio.create_task(self._tell_while_starting(), name="starting")
        try:
            if await introduce(self.bot, stop):
                await self._serve(stop)
        finally:
            starting.cancel()

    async def _serve(self, stop: asyncio.Event) -> None:
        """Once the bot is known: recover, poll until `stop`, then confirm and drain."""
        self._writer.start()
        housekeeping = asyncio.create_task(self._housekeeping(), name="inbox-housekeeping")
        try:
            await self._recover()
            await self._poll(stop)
        finally:
            stopped_at = asyncio.get_running_loop().time()
            self.notifier.stopping(f"draining: {self._queued} update(s) queued")
            await self._confirm()
            await self._drain(stopped_at)
            housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await housekeeping
            await self._writer.close()

    def submit_job(self, chat_id: int, key: str, run: JobRun, *, replay: bool = True) -> None:
        """Run `run` in the chat's lane, after what waits there, under the ledger key
        "job:<key>": a job run again with the same key does not send its replies again.

        `replay=False` says that this key is new (nothing can have been sent under it): the
        ledger is then not read before the first reply. A retry reads it all the same.
        Jobs live in memory only: whoever submits them submits them again after a restart.
        """
        self._enqueue(chat_id, Work(job_key(key), run=run, replay=replay))

    def queued(self, chat_id: int) -> int:
        """How many updates and jobs wait in memory in the chat's lane."""
        lane = self._lanes.get(chat_id)
        return len(lane.queue) if lane is not None else 0

    # --- intake ------------------------------------------------------------------------------

    async def _recover(self) -> None:
        rows = await self.inbox.unfinished()
        for row in rows:
            INBOX_UPDATES.labels("recovered").inc()
            if (work := await self._readable(row)) is not None:
                # Even a "pending" one may have run: its marks are written in batches. The
                # ledger says which of its replies went out.
                work.replay = True
                self._submit(work, live=False)
        if rows:
            log.info("recovered %d unfinished update(s) from the inbox", len(rows))

    async def _readable(self, row: StoredUpdate) -> Work | None:
        """A stored update as work, or None if it is given up (too many tries, unreadable)."""
        error = None
        if row.attempts >= self.max_attempts:
            error = f"interrupted {row.attempts} times (a crash or a stop while handling it)"
        else:
            try:
                update = Update.model_validate_json(row.payload, context={"bot": self.bot})
            except ValidationError as exc:  # stored by an older version, say: keep the error
                error = f"unreadable: {exc}"
        if error is not None:
            await self.inbox.mark_failed(row.update_id, row.attempts, error)
            INBOX_UPDATES.labels("failed").inc()
            return None
        replay = row.status == "processing" or row.attempts > 0
        return Work(update_key(row.update_id), update, replay=replay, attempts=row.attempts)

    async def _poll(self, stop: asyncio.Event) -> None:
        backoff = Backoff(_BACKOFF_START, _BACKOFF_MAX)
        while not stop.is_set():
            if not self._room.is_set():  # backpressure: handle what is stored first
                await unless_stopped(self._room.wait(), stop)
                continue
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
            result = await self._store(batch, stop)
            if result is None:
                break  # stopped before they were stored: unconfirmed, Telegram keeps them
            self._offset = updates[-1].update_id + 1
            self._take(batch, result)

    async def _tell_while_starting(self) -> None:
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

    def _take(self, batch: list[Incoming], result: StoreResult) -> None:
        """Queue the new updates of a stored batch; apologize for the quarantined ones."""
        for item in batch:
            if item.update_id in result.new:
                INBOX_UPDATES.labels("stored").inc()
                self._submit(Work(update_key(item.update_id), item.update))
            elif all(item is not q for q in result.quarantined):
                INBOX_UPDATES.labels("duplicate").inc()
        for item in result.quarantined:
            self._tell(item.update, f"quarantined:{item.update_id}", _unreadable_text)

    async def _fetch(self) -> list[Update]:
        # The first call does not long-poll: it answers at once, and readiness waits for it.
        timeout = self.poll_timeout if self._ready else 0
        return await self.bot(
            GetUpdates(offset=self._offset, timeout=timeout,
                       allowed_updates=self.allowed_updates),
            request_timeout=timeout + 10,
        )  # fmt: skip

    async def _store(self, batch: list[Incoming], stop: asyncio.Event) -> StoreResult | None:
        """Store a batch, waiting while the database is away; None if stopped first."""
        result = StoreResult()  # what is settled survives a retry: it is not stored twice
        backoff = Backoff(_BACKOFF_START, _OUTAGE_BACKOFF_MAX)
        while True:
            try:
                await self.inbox.store(batch, result)
                return result
            except Exception as exc:  # an outage: kept unconfirmed at Telegram until it works
                INTAKE_ERRORS.labels("store").inc()
                delay = backoff.delay()
                log.warning("could not store %d update(s) (%s); retrying in %.1f s",
                            len(batch), exc, delay)  # fmt: skip
                if await sleep_unless(stop, delay):
                    return None

    async def _confirm(self) -> None:
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

    # --- per-chat scheduling -----------------------------------------------------------------

    def _submit(self, work: Work, *, live: bool = True) -> None:
        """Queue a stored update in its chat's lane, or leave it in the inbox if that is full
        (asking a `live` sender to slow down; a backlog found at start is no one's fault)."""
        assert work.update is not None
        chat = chat_of(work.update)
        if chat is None:  # no chat: no order to keep, nothing to defer
            self._enqueue(-work.update.update_id, work)
            return
        lane = self._lanes.get(chat)
        if lane is not None and (lane.deferred or len(lane.queue) >= self.max_queued_per_chat):
            self._defer(chat, lane, work.update, warn=live)
            return
        self._enqueue(chat, work)

    def _enqueue(self, key: int, work: Work) -> None:
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane()
            lane.worker = asyncio.create_task(self._chat_worker(key, lane))
        if work.update is not None:
            lane.last_update = max(lane.last_update, work.update.update_id)
        lane.queue.append(work)
        self._count(+1)

    def _count(self, change: int) -> None:
        self._queued += change
        INBOX_QUEUED.set(self._queued)
        if self._queued >= self.max_queued:
            self._room.clear()
        else:
            self._room.set()

    def _defer(self, chat: int, lane: _Lane, update: Update, *, warn: bool) -> None:
        """The chat's lane is full: the update waits in the inbox; ask the chat to slow down."""
        lane.deferred = True
        lane.skipped += 1
        INBOX_DEFERRED.inc()
        if warn and not lane.warned:
            lane.warned = True
            log.info("chat %d sends faster than it can be answered; the rest waits", chat)
            self._tell(update, f"slow-down:{chat}:{update.update_id}", _slow_down_text)

    async def _reload(self, chat: int, lane: _Lane) -> None:
        """Load a full lane's worth of the chat's updates that wait in the inbox."""
        backoff = Backoff(_BACKOFF_START, _OUTAGE_BACKOFF_MAX)
        while not self._stop.is_set():
            lane.skipped = 0
            room = self.max_queued_per_chat - len(lane.queue)
            try:
                rows = await self.inbox.pending_of_chat(chat, lane.last_update, room)
            except Exception as exc:  # the database is away: the updates wait there
                log.warning("could not load chat %d's waiting updates (%s)", chat, exc)
                await sleep_unless(self._stop, backoff.delay())
                continue
            for row in rows:
                lane.last_update = row.update_id
                if (work := await self._readable(row)) is not None:
                    lane.queue.append(work)
                    self._count(+1)
            # Done when the inbox had no more and none was deferred while it was asked.
            if len(rows) < room and lane.skipped == 0:
                lane.deferred = lane.warned = False
            return

    async def _chat_worker(self, key: int, lane: _Lane) -> None:
        try:
            async with self._slots:
                while not self._stop.is_set():
                    if lane.deferred and len(lane.queue) <= self.max_queued_per_chat // 2:
                        await self._reload(key, lane)
                    if not lane.queue:
                        if lane.deferred:
                            continue  # some were deferred during the reload: load them
                        break
                    work = lane.queue.popleft()
                    self._count(-1)
                    await self._handle(work)
        finally:
            # No await between the last look at the queue and here: a submit cannot slip in.
            del self._lanes[key]

    async def _drain(self, stopped_at: float) -> None:
        workers = [lane.worker for lane in self._lanes.values() if lane.worker is not None]
        if workers:
            loop = asyncio.get_running_loop()
            budget = max(0.5, stopped_at + self.drain_seconds - _CLOSE_RESERVE - loop.time())
            log.info("finishing the update(s) in flight (up to %.1f s)", budget)
            _, pending = await asyncio.wait(workers, timeout=budget)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            if pending:
                log.warning("%d update(s) cut short at the drain deadline; they run again at "
                            "the next start", len(pending))  # fmt: skip
        if self._queued:
            log.info("%d update(s) left in the inbox for the next start", self._queued)

    # --- handling ----------------------------------------------------------------------------

    async def _handle(self, work: Work) -> None:
        update_id = work.update.update_id if work.update is not None else None
        delivery = Delivery(work.key, update_id, self.outbox, self._writer, replay=work.replay)
        delivery_token = DELIVERY.set(delivery)
        request_token = REQUEST_ID.set(os.urandom(6).hex())
        if update_id is not None:
            self._writer.started(update_id)
        attempts = work.attempts
        outage = Backoff(_BACKOFF_START, _OUTAGE_BACKOFF_MAX)
        try:
            while True:
                attempts += 1
                try:
                    await self._run_once(work)
                except TelegramForbiddenError:
                    pass  # the user blocked the bot: nothing can be delivered; done
                except OUTAGES as exc:
                    if self._stop.is_set():
                        return  # left unfinished; an update runs again at the next start
                    attempts -= 1  # not the work's fault
                    delay = outage.delay()
                    log.warning("%s waits for a dependency (%s); retrying in %.1f s",
                                work.key, exc, delay)  # fmt: skip
                    if await sleep_unless(self._stop, delay):
                        return
                    delivery.retry()
                    continue
                except Exception as exc:
                    if attempts < self.max_attempts:
                        INBOX_UPDATES.labels("retried").inc()
                        log.warning("%s failed (attempt %d of %d): %r", work.key, attempts,
                                    self.max_attempts, exc)  # fmt: skip
                        # Stopping: attempts remain, so it is left unfinished for the next
                        # start rather than given up on (and the user told it failed).
                        if self._stop.is_set() or await sleep_unless(
                            self._stop, Backoff(0.2 * attempts).delay()
                        ):
                            return
                        delivery.retry()
                        continue
                    await self._give_up(work, attempts, exc)
                    return
                self._finished(work)
                return
        finally:
            REQUEST_ID.reset(request_token)
            DELIVERY.reset(delivery_token)

    async def _run_once(self, work: Work) -> None:
        if work.update is not None:
            await self.dispatcher.feed_update(self.bot, work.update)
        elif work.run is not None:
            await work.run()

    def _finished(self, work: Work) -> None:
        if work.update is not None:
            self._writer.done(work.update.update_id)
            INBOX_UPDATES.labels("done").inc()
        else:
            JOBS.labels("done").inc()

    async def _give_up(self, work: Work, attempts: int, exc: Exception) -> None:
        request_id = REQUEST_ID.get()
        log.error("%s failed after %d attempt(s); giving up", work.key, attempts, exc_info=exc)
        if work.update is None:
            JOBS.labels("failed").inc()
            return
        update_id = work.update.update_id
        INBOX_UPDATES.labels("failed").inc()
        with contextlib.suppress(Exception):  # best effort: the error is logged above
            await self.inbox.mark_failed(update_id, attempts, f"{type(exc).__name__}: {exc}")
        chat_id = chat_of(work.update)
        if chat_id is None:
            return
        user = getattr(work.update.event, "from_user", None)
        try:
            await self.bot.send_message(
                chat_id, texts_of(user).internal_error.format(request_id=request_id)
            )
        except Exception:  # the apology failing must not hide the first error
            log.warning("could not tell chat %d about the failure", chat_id, exc_info=True)

    def _tell(self, update: Update, key: str, text: Callable[[Texts], str]) -> None:
        """Send the update's sender one catalog text, as a job in its chat's lane."""
        chat_id = chat_of(update)
        if chat_id is None:
            return
        user = getattr(update.event, "from_user", None)
        message = text(texts_of(user if isinstance(user, User) else None))

        async def tell() -> None:
            await self.bot.send_message(chat_id, message)

        self.submit_job(chat_id, key, tell)

    async def _housekeeping(self) -> None:
        """Prune logs and ledgers past their retention (`healthbot.retention`), every hour."""
        while self.retention is not None:
            try:
                pruned = await self.retention.prune()
                if any(pruned.values()):
                    log.info("retention: pruned %s", ", ".join(
                        f"{count} {kind}" for kind, count in pruned.items() if count
                    ))  # fmt: skip
            except Exception as exc:
                log.warning("retention: could not prune: %s", exc)
            await asyncio.sleep(_HOUSEKEEPING_SECONDS)


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
