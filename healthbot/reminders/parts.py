"""What the passes of a reminder phrase found (`Parts`), and the schedule it makes.

Decisions a user can see: a time without a day fires once (today, or tomorrow if it has
passed; "today" at a passed time is refused); several times need days; a period word alone
("every morning", "at bedtime") stands for the user's time for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from healthbot.reminders.clock import Clock, time_of
from healthbot.reminders.periods import CLOCK_PERIOD
from healthbot.reminders.refusals import (
    ConflictingSchedule,
    InvalidWindow,
    NoTimeFound,
    TimeInPast,
)
from healthbot.reminders.schedule import (
    EVERY_DAY,
    Interval,
    Once,
    Schedule,
    Weekly,
    Window,
    local_instant,
)
from healthbot.reminders.texts import Problem


@dataclass(slots=True)
class Parts:
    """What the passes have found so far, and the text they have not taken."""

    text: str
    every: int | None = None
    window: Window | None = None
    delay: timedelta | None = None
    days: frozenset[int] | None = None  # a repeat on these ISO weekdays
    weekday: int | None = None  # a one-off on the next such day
    date_word: str | None = None  # "today" or "tomorrow"
    period: str | None = None  # morning, afternoon, evening or night
    named: str | None = None  # a meal or bed word: breakfast, lunch, dinner or bedtime
    clocks: list[Clock] = field(default_factory=list)
    deadlines: list[Clock] = field(default_factory=list)  # "by 11pm": due then
    meal_hours: int | None = None  # "unless I logged a meal in the last N hours"

    def add_days(self, days: frozenset[int]) -> None:
        self.days = days if self.days is None else self.days | days

    def set_once(self, attribute: str, value: object) -> None:
        if getattr(self, attribute) is not None:
            raise ConflictingSchedule(Problem.CONFLICT)
        setattr(self, attribute, value)

    def alone_word(self) -> str | None:
        """The period word that gives the time when no clock time is written."""
        return None if self.clocks else self.named or self.period

    def clock_period(self) -> str | None:
        """The period a bare hour is read in: the written one, else the meal or bed word's."""
        if self.period is not None or self.named is None:
            return self.period
        return CLOCK_PERIOD[self.named]


def schedule_of(parts: Parts, now_local: datetime, times: Mapping[str, time]) -> Schedule:
    """The schedule the parts say, read at `now_local`; `times` are the period words'."""
    now = now_local.astimezone(UTC).replace(microsecond=0)
    one_off = parts.date_word is not None or parts.weekday is not None
    if parts.delay is not None:
        if parts.every or parts.window or parts.clocks or parts.days or one_off:
            raise ConflictingSchedule(Problem.CONFLICT)
        return Once(now + parts.delay)
    if parts.every is not None:
        if parts.clocks or one_off:
            raise ConflictingSchedule(Problem.CONFLICT)
        days = parts.days or EVERY_DAY
        if parts.window is not None:
            return Interval(parts.every, parts.window, days)
        # Without a window the repeat counts from now: "every 90 minutes" said at 14:10
        # first fires at 15:40.
        return Interval(parts.every, days=days, anchor=now.replace(second=0))
    if parts.window is not None:
        raise InvalidWindow(Problem.WINDOW_ALONE)
    word = parts.alone_word()  # "every morning to meditate": the user's time for it
    if not parts.clocks and word is None:
        raise NoTimeFound(Problem.NO_TIME)
    period = parts.clock_period()
    at = tuple(dict.fromkeys(time_of(clock, period) for clock in parts.clocks))
    if word is not None:  # no clock: the period alone, checked above
        at = (times[word],)
    if parts.days is not None:
        if one_off:
            raise ConflictingSchedule(Problem.CONFLICT)
        return Weekly(at, parts.days)
    if len(at) > 1:
        raise ConflictingSchedule(Problem.SEVERAL_ONCE)
    return _one_off(parts, at[0], now_local)


def _one_off(parts: Parts, at: time, now_local: datetime) -> Once:
    today = now_local.date()
    day = today
    if parts.weekday is not None:
        day = today + timedelta(days=(parts.weekday - today.isoweekday()) % 7)
    elif parts.date_word == "tomorrow":
        day = today + timedelta(days=1)
    wall = datetime.combine(day, at)
    zone = now_local.tzinfo
    assert zone is not None  # parse_reminder checked
    if local_instant(wall, zone) <= now_local:
        if parts.date_word == "today":
            raise TimeInPast(Problem.PAST, when=f"{at:%H:%M}")
        # A plain "at 15:00" already past means tomorrow; "on monday" said late on a
        # Monday means next week.
        wall += timedelta(days=7 if parts.weekday is not None else 1)
    return Once(wall)
