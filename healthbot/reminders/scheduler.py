"""The reminder scheduler: claims due reminders and sends them through the chat lanes.

Exactly once, step by step:

- A claim (one transaction, `ReminderRepository.claim`) locks due reminders with SKIP LOCKED,
  advances their next run (computed here, DST rules from `schedule`) and records each
  occurrence in `reminder_deliveries` (UNIQUE per reminder and occurrence). Two schedulers
  take disjoint batches; an occurrence is recorded once.
- Each recorded occurrence is sent as a job in its chat's lane under the key
  `job:reminder:<id>:<occurrence>`; the reply ledger sends at most once per key, so running
  the job again (a retry, a restart) replays the first send instead of repeating it.
- A delivery stays 'pending', owned by this instance (`owner`), until its message is out.
  An instance holds an advisory lock on its owner id while it lives; the pending rows of an
  owner whose lock is free are taken over (at start, and every `takeover_seconds`) and
  sent again under the same key. After `max_attempts` takeovers a delivery is given up.

After downtime `due_action` sends the latest missed occurrence if it is less than the grace
window late, else records it skipped: never a burst. A 403 pauses the user's reminders.
"""

from __future__ import annotations

import asyncio
import html
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from aiogram import Bot
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.backoff import Backoff
from healthbot.config import RemindersSettings
from healthbot.feature import JobLanes
from healthbot.localtime import zone_named
from healthbot.metrics import REMINDER_LAG, REMINDERS
from healthbot.ops import OpKey
from healthbot.reminders.repository import ReminderRepository
from healthbot.reminders.rows import Claimed, Decision, DueRow, Pending
from healthbot.reminders.schedule import ScheduleError, due_action, schedule_from_json
from healthbot.reminders.texts import TEXTS, ReminderTexts

log = logging.getLogger(__name__)

DELIVERY_PREFIX = "rdl:"
"""Callback data of a delivered reminder's buttons: rdl:<action>:<delivery id>."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def new_owner() -> int:
    """A fresh owner id for a scheduler instance (a positive int4, random)."""
    return secrets.randbelow(2**31 - 2) + 1


def delivery_key(pending: Pending) -> str:
    """The job key of one occurrence: the same on every run, in every instance."""
    occurrence = pending.occurrence.astimezone(UTC).isoformat()
    return OpKey.for_job("reminder", f"{pending.reminder_id}:{occurrence}").value


def delivery_buttons(
    texts: ReminderTexts, delivery_id: int, snooze_minutes: int
) -> InlineKeyboardMarkup:
    """Done, Snooze and Skip under a delivered reminder."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=texts.button_done, callback_data=f"{DELIVERY_PREFIX}done:{delivery_id}"
                ),
                InlineKeyboardButton(
                    text=texts.button_snooze.format(minutes=snooze_minutes),
                    callback_data=f"{DELIVERY_PREFIX}snooze:{delivery_id}",
                ),
                InlineKeyboardButton(
                    text=texts.button_skip, callback_data=f"{DELIVERY_PREFIX}skip:{delivery_id}"
                ),
            ]
        ]
    )


class Scheduler:
    """One scheduler instance: claims due reminders and hands them to the chat lanes."""

    def __init__(
        self,
        repository: ReminderRepository,
        lanes: JobLanes,
        bot: Bot,
        settings: RemindersSettings,
        *,
        clock: Callable[[], datetime] = _utc_now,
        owner: int | None = None,
    ) -> None:
        self.repository = repository
        self.lanes = lanes
        self.bot = bot
        self.settings = settings
        self.clock = clock
        self.owner = owner if owner is not None else new_owner()
        self.grace = timedelta(minutes=settings.grace_minutes)
        self.in_flight: set[int] = set()  # delivery ids submitted and not finished
        self._room = asyncio.Event()
        self._lock: psycopg.AsyncConnection[Any] | None = None

    # --- the loop ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Claim and send until cancelled; survive outages of the database."""
        backoff = Backoff(0.5, 30.0)
        while True:
            try:
                async with self.alive():
                    backoff = Backoff(0.5, 30.0)
                    await self._loop()
            except (psycopg.Error, OSError) as exc:
                delay = backoff.delay()
                log.warning("reminder scheduler: %s; starting again in %.1f s", exc, delay)
                await asyncio.sleep(delay)
            except Exception:  # a job's boundary: log it, never die silently
                delay = backoff.delay()
                log.exception("reminder scheduler failed; starting again in %.1f s", delay)
                await asyncio.sleep(delay)
                # The old id's lock went with its connection: another instance may be
                # taking its pending deliveries over, so this one goes on as a new owner.
                self.owner = new_owner()

    @asynccontextmanager
    async def alive(self) -> AsyncIterator[Scheduler]:
        """Hold this instance's owner lock (others see it alive) for the block."""
        async with self.repository.owner_lock(self.owner) as lock:
            self._lock = lock
            try:
                yield self
            finally:
                self._lock = None

    async def _loop(self) -> None:
        loop = asyncio.get_running_loop()
        next_takeover = loop.time()
        backoff = Backoff(0.5, 10.0)
        while True:
            if self._lock is None or self._lock.closed or self._lock.broken:
                raise psycopg.OperationalError("the owner lock's connection is gone")
            try:
                if loop.time() >= next_takeover:
                    await self.take_over()
                    next_takeover = loop.time() + self.settings.takeover_seconds
                limit = self._limit()
                claimed = await self.tick()
            except psycopg.OperationalError as exc:
                delay = backoff.delay()
                log.warning("reminder scheduler waits for the database (%s): %.1f s", exc, delay)
                await asyncio.sleep(delay)
                continue
            backoff = Backoff(0.5, 10.0)
            if claimed and claimed >= limit and self._limit() > 0:
                await asyncio.sleep(0)  # a full batch: more may be due at once
                continue
            with suppress(TimeoutError):
                await asyncio.wait_for(self._room.wait(), self.settings.poll_seconds)

    def _limit(self) -> int:
        return max(
            0, min(self.settings.batch_size, self.settings.max_in_flight - len(self.in_flight))
        )

    # --- one claim --------------------------------------------------------------------------

    async def tick(self, now: datetime | None = None) -> int:
        """Claim one batch of reminders due at `now` (the clock's by default) and submit
        them; return how many were due (sent, skipped or both)."""
        limit = self._limit()
        if limit == 0:
            self._room.clear()  # set again when half the in-flight ones are done
            return 0
        at = now if now is not None else self.clock()
        claimed: Claimed = await self.repository.claim(at, limit, self.owner, self._decider(at))
        if claimed.due:
            REMINDERS.labels("claimed").inc(claimed.due)
        for reason, count in claimed.skipped.items():
            REMINDERS.labels(f"skipped_{reason}").inc(count)
        for pending in claimed.pending:
            self.submit(pending, fresh=True)
        self._room.clear()
        return claimed.due

    def _decider(self, now: datetime) -> Callable[[DueRow], Decision]:
        grace = self.grace

        def decide(row: DueRow) -> Decision:
            try:
                schedule = schedule_from_json(row.schedule)
                due = due_action(
                    schedule, zone_named(row.timezone).key, row.next_run_at, now, grace
                )
            except ScheduleError as exc:
                log.error("reminder %d has a malformed schedule (%s); deactivated", row.id, exc)
                return Decision(next_run_at=None, occurrence=None)
            if due.action == "skip":
                return Decision(due.next_run_at, due.occurrence, "skipped", "late")
            if row.meal_logged:
                return Decision(due.next_run_at, due.occurrence, "skipped", "meal")
            return Decision(due.next_run_at, due.occurrence)

        return decide

    async def take_over(self) -> int:
        """Take over and submit the pending deliveries of instances that are gone."""
        if self._lock is None:
            raise RuntimeError("take_over needs the owner lock: use `async with alive()`")
        taken, failed = await self.repository.take_over(
            self._lock, self.owner, self.settings.max_attempts
        )
        if failed:
            REMINDERS.labels("failed").inc(failed)
            log.warning("gave up %d reminder deliveries interrupted too often", failed)
        if taken:
            REMINDERS.labels("taken_over").inc(len(taken))
            log.info("took over %d reminder deliveries of stopped instances", len(taken))
        for pending in taken:
            self.submit(pending)
        return len(taken)

    # --- sending ----------------------------------------------------------------------------

    def submit(self, pending: Pending, *, fresh: bool = False) -> None:
        """Send one delivery in its chat's lane, under its occurrence's key (`fresh`: claimed
        just now, so nothing was sent under that key before)."""
        self.in_flight.add(pending.id)

        async def run() -> None:
            self.in_flight.add(pending.id)  # again when the lane retries it
            try:
                await self.deliver(pending)
            finally:
                self._finished(pending.id)

        self.lanes.submit_job(pending.user_id, delivery_key(pending), run, replay=not fresh)

    def _finished(self, delivery_id: int) -> None:
        self.in_flight.discard(delivery_id)
        if len(self.in_flight) <= self.settings.max_in_flight // 2:
            self._room.set()

    async def deliver(self, pending: Pending) -> None:
        """Send the reminder with its buttons, then record it sent (a 403: paused)."""
        texts = TEXTS.get(pending.language_code)
        try:
            message = await self.bot.send_message(
                pending.user_id,
                texts.delivered.format(text=html.escape(pending.text)),
                reply_markup=delivery_buttons(texts, pending.id, self.settings.snooze_minutes),
            )
        except TelegramForbiddenError:
            paused = await self.repository.mark_blocked(pending.id, pending.user_id)
            REMINDERS.labels("blocked").inc()
            log.info("user %d blocked the bot: %d reminder(s) paused", pending.user_id, paused)
            return
        sent_at = self.clock()
        await self.repository.mark_sent(pending.id, message.message_id, sent_at)
        REMINDERS.labels("sent").inc()
        REMINDER_LAG.observe(max(0.0, (sent_at - pending.occurrence).total_seconds()))
