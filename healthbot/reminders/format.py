"""Schedules and instants as a user reads them, in their timezone, language and clock
(`twelve`: "7:00 AM" where a 12-hour clock is the custom, see `healthbot.localtime`)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from healthbot.localtime import twelve_hour_text
from healthbot.reminders.schedule import (
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    Interval,
    Once,
    Schedule,
    Weekly,
    local_instant,
)
from healthbot.reminders.texts import ReminderTexts


def hhmm(value: time, *, twelve: bool = False) -> str:
    """A clock time: "08:05", or "8:05 AM" on a 12-hour clock."""
    return twelve_hour_text(value) if twelve else f"{value.hour:02d}:{value.minute:02d}"


def days_text(texts: ReminderTexts, days: frozenset[int]) -> str:
    """ "every day", "weekdays", "weekends" or "Mon, Wed, Fri"."""
    if days == EVERY_DAY:
        return texts.every_day
    if days == WEEKDAYS:
        return texts.on_weekdays
    if days == WEEKENDS:
        return texts.on_weekends
    return texts.on_days.format(days=", ".join(texts.weekdays[d - 1] for d in sorted(days)))


def moment(
    texts: ReminderTexts, instant: datetime, zone: ZoneInfo, now: datetime, *, twelve: bool
) -> str:
    """An instant in the user's time, its day said: "today 15:30", "tomorrow 8:00", "Sat 28 Nov
    15:30" (a time alone read as the next one even when it was tomorrow's)."""
    local = instant.astimezone(zone)
    shown = hhmm(local.time(), twelve=twelve)
    today = now.astimezone(zone).date()
    if local.date() == today:
        return texts.today_at.format(time=shown)
    if local.date() == today + timedelta(days=1):
        return texts.tomorrow_at.format(time=shown)
    return f"{texts.weekdays[local.isoweekday() - 1]} {local.day} {local:%b} {shown}"


def schedule_text(
    texts: ReminderTexts, schedule: Schedule, zone: ZoneInfo, now: datetime, *, twelve: bool
) -> str:
    """The schedule in words: "every day at 08:00", "every 2 h from 09:00 to 17:00, weekdays"."""
    if isinstance(schedule, Weekly):
        times = ", ".join(hhmm(t, twelve=twelve) for t in schedule.times)
        return texts.at_times.format(days=days_text(texts, schedule.days), times=times)
    if isinstance(schedule, Once):
        at = schedule.at
        instant = at if at.tzinfo is not None else local_instant(at, zone)
        when = moment(texts, instant.astimezone(UTC), zone, now, twelve=twelve)
        return texts.once_at.format(when=when)
    return _interval_text(texts, schedule, twelve=twelve)


def _interval_text(texts: ReminderTexts, schedule: Interval, *, twelve: bool) -> str:
    minutes = schedule.every_minutes
    if minutes % 60 == 0:
        every = texts.every_hours.format(hours=minutes // 60)
    else:
        every = texts.every_minutes.format(minutes=minutes)
    if schedule.window is None:
        if schedule.days == EVERY_DAY:
            return every
        return f"{every}, {days_text(texts, schedule.days)}"
    return texts.window.format(
        every=every,
        start=hhmm(schedule.window.start, twelve=twelve),
        end=hhmm(schedule.window.end, twelve=twelve),
        days=days_text(texts, schedule.days),
    )
