"""Reminder use cases, free of aiogram types: handlers and the coach's tools call these.

Phrases are read in the user's timezone (users.timezone, UTC until they set one); every
write takes the key of the operation that makes it (`OpKey.step`), so a retried update
stores nothing twice; every change names the user, so an id from another user changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from healthbot.errors import UserInputError
from healthbot.localtime import zone_named
from healthbot.reminders.own_times import PeriodTimesRepository
from healthbot.reminders.periods import times_with
from healthbot.reminders.phrases import parse_reminder
from healthbot.reminders.repository import ReminderRepository
from healthbot.reminders.rows import OutcomeRow, ReminderRow
from healthbot.reminders.schedule import (
    Once,
    Schedule,
    ScheduleError,
    next_run,
    schedule_from_json,
    schedule_to_json,
)
from healthbot.users import UserLookup

log = logging.getLogger(__name__)

DEFAULT_MAX_PER_USER = 50
DEFAULT_SNOOZE = timedelta(minutes=10)


class TooManyReminders(UserInputError):
    """The user has as many reminders as one may have."""


class AlreadyAnswered(UserInputError):
    """The delivery was answered before (snoozed, done or skipped): it is snoozed only once."""

    def __init__(self, message: str, outcome: str | None) -> None:
        super().__init__(message)
        self.outcome = outcome


@dataclass(frozen=True, slots=True)
class Reminder:
    """A user's reminder: what, when (parsed), and whether it is paused."""

    id: int
    text: str
    kind: str
    schedule: Schedule
    zone: ZoneInfo
    next_run_at: datetime | None
    active: bool
    paused_reason: str | None
    skip_if_meal_hours: int | None


@dataclass(frozen=True, slots=True)
class Created:
    """A reminder set by /remind; `created` is False when a retry found it stored."""

    reminder: Reminder
    created: bool
    period: str | None = None  # the period word that gave the time ("bedtime"), if one did


def _utc_now() -> datetime:
    return datetime.now(UTC)


def reminder_of(row: ReminderRow, zone: ZoneInfo | None = None) -> Reminder:
    """A stored reminder as the service hands it out (ScheduleError if its jsonb is bad)."""
    return Reminder(
        id=row.id,
        text=row.text,
        kind=row.kind,
        schedule=schedule_from_json(row.schedule),
        zone=zone or zone_named(row.timezone),
        next_run_at=row.next_run_at,
        active=row.active,
        paused_reason=row.paused_reason,
        skip_if_meal_hours=row.skip_if_meal_hours,
    )


class RemindersService:
    """Sets, lists, pauses, resumes and deletes reminders; records answers to them."""

    def __init__(
        self,
        repository: ReminderRepository,
        users: UserLookup,
        clock: Callable[[], datetime] = _utc_now,
        *,
        max_per_user: int = DEFAULT_MAX_PER_USER,
        snooze: timedelta = DEFAULT_SNOOZE,
    ) -> None:
        self.repository = repository
        self.users = users
        self.clock = clock
        # What the daemon's scheduler reads: the real clock, whatever a test sets `clock` to;
        # the offline chat moves both on (`/clock`).
        self.scheduler_clock: Callable[[], datetime] = _utc_now
        self.max_per_user = max_per_user
        self.snooze_for = snooze
        self.period_times = PeriodTimesRepository(repository.db)

    async def times(self, user_id: int) -> dict[str, time]:
        """What each period word ("morning", "bedtime") stands for: the user's or the default."""
        return times_with(await self.period_times.of_user(user_id))

    async def set_time(self, user_id: int, word: str, at: time) -> None:
        """Make `at` the user's time for the period `word` (a key of DEFAULT_TIMES), for the
        reminders they set from now on."""
        await self.period_times.set(user_id, word, at)

    async def zone(self, user_id: int) -> ZoneInfo:
        """The user's timezone; UTC if unknown."""
        user = await self.users.get(user_id)
        return zone_named(user.timezone if user is not None else "UTC")

    async def create(self, user_id: int, phrase: str, key: str) -> Created:
        """Read `phrase` in the user's timezone and store it once per `key`.

        Raises a ReminderPhraseError (bad phrase) or TooManyReminders; stores nothing then.
        """
        zone = await self.zone(user_id)
        now = self.clock()
        spec = parse_reminder(phrase, now.astimezone(zone), await self.times(user_id))
        first = next_run(spec.schedule, zone.key, now)
        assert first is not None  # the parser returns schedules that fire after now
        row = await self.repository.add(
            user_id,
            kind=spec.kind.value,
            text=spec.text,
            schedule=schedule_to_json(spec.schedule),
            timezone=zone.key,
            next_run_at=first,
            skip_if_meal_hours=spec.skip_if_meal_hours,
            key=key,
            limit=self.max_per_user,
        )
        if row is None:
            raise TooManyReminders(f"user {user_id} has {self.max_per_user} reminders")
        return Created(reminder_of(row, zone), row.created, spec.period)

    async def of_user(self, user_id: int) -> list[Reminder]:
        """The user's reminders that fire or are paused (done one-offs are left out)."""
        zone = await self.zone(user_id)
        reminders = []
        for row in await self.repository.of_user(user_id, self.max_per_user):
            try:
                reminders.append(reminder_of(row, zone))
            except ScheduleError:
                log.warning("reminder %d has a malformed schedule; not listed", row.id)
        return reminders

    async def pause(self, user_id: int, reminder_id: int) -> bool:
        """Pause a reminder of the user's; False if it is not theirs."""
        return await self.repository.pause(user_id, reminder_id)

    async def resume(self, user_id: int, reminder_id: int) -> Literal["resumed", "past", "refused"]:
        """Resume a reminder of the user's from now on ("past": a one-off whose time went)."""
        row = await self.repository.get(user_id, reminder_id)
        if row is None:
            return "refused"
        zone = await self.zone(user_id)
        try:
            following = next_run(schedule_from_json(row.schedule), zone.key, self.clock())
        except ScheduleError:
            return "refused"
        if following is None:
            return "past"
        resumed = await self.repository.resume(user_id, reminder_id, following)
        return "resumed" if resumed else "refused"

    async def delete(self, user_id: int, reminder_id: int) -> bool:
        """Delete a reminder of the user's; False if it is not theirs."""
        return await self.repository.delete(user_id, reminder_id)

    async def answer(
        self, user_id: int, delivery_id: int, outcome: Literal["done", "skipped"]
    ) -> OutcomeRow | None:
        """Record Done or Skip on a delivery of the user's; its reminder's text and kind, or
        None if it is not theirs."""
        return await self.repository.set_outcome(user_id, delivery_id, outcome)

    async def snooze(self, user_id: int, delivery_id: int, key: str) -> datetime | None:
        """Send the reminder again `snooze` from now, once per key; when (None: not theirs).

        A delivery is snoozed once, and the copy counts toward `max_per_user`: raises
        AlreadyAnswered or TooManyReminders, having stored nothing, when it cannot be.
        """
        at = (self.clock() + self.snooze_for).astimezone(UTC).replace(microsecond=0)
        row = await self.repository.snooze(
            user_id, delivery_id, schedule_to_json(Once(at)), at, key, limit=self.max_per_user
        )
        if row is None:
            return None
        if row.at is not None:
            return row.at
        if row.outcome is not None or row.room:  # room but no snooze: a concurrent press won
            raise AlreadyAnswered(f"delivery {delivery_id} was answered", row.outcome)
        raise TooManyReminders(f"user {user_id} has {self.max_per_user} reminders")
