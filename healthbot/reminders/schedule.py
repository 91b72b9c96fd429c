"""Reminder schedules: the model, its jsonb form, and when each one fires next, across DST.

Three shapes, each stored in `reminders.schedule` (times are read in `reminders.timezone`):

- `Weekly`: fixed local times on chosen ISO weekdays,
  ``{"times": ["08:00", "20:00"], "days": [1, 2, 3, 4, 5]}`` ("days" absent = every day).
- `Interval`: every N minutes. With a window, local wall-clock slots that restart each day at
  "from" and stop at "to" (both included), ``{"every_minutes": 120, "from": "09:00",
  "to": "17:00", "days": [...]}``; a "to" before "from" runs past midnight ("from 23:00 to
  07:00"), and such a night belongs to the day it starts on (weekdays: from Monday night
  into Tuesday through Friday night into Saturday); without one, real elapsed time from an
  anchor instant, ``{"every_minutes": 90, "anchor": "2026-11-28T14:10+00:00"}`` (no anchor:
  the Unix epoch).
- `Once`: ``{"once": "2026-11-28T15:00"}``, a local wall time that follows the user's
  timezone ("tomorrow at 9"), or ``{"once": "2026-11-28T14:30:00+00:00"}``, a fixed
  instant ("in 30 minutes").

The DST rules, decided here once for every caller:

- A wall time that does not exist (the spring-forward gap: 02:30 in New York on 8 March
  2026) fires the length of the gap later, at 03:30: late, never dropped, because a
  medication reminder that silently skips a day is worse than one an hour late. Two times
  that land on the same instant this way (02:30 and 03:30) fire once.
- A wall time that happens twice (the fall-back overlap: 01:30 in New York on 1 November
  2026) fires once, at its first occurrence (``fold=0``).
- Windowed intervals are wall-clock slots, so they follow the same two rules; windowless
  intervals are elapsed time, which a DST change neither stretches nor squeezes.

Every instant going in must be aware and every instant coming out is aware UTC: comparing
two aware datetimes that share a tzinfo ignores `fold`, so local arithmetic is never done.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any, Final, Literal, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from healthbot.errors import HealthbotError

EVERY_DAY: Final = frozenset(range(1, 8))
WEEKDAYS: Final = frozenset(range(1, 6))
WEEKENDS: Final = frozenset({6, 7})
MAX_INTERVAL_MINUTES: Final = 24 * 60
# A missed occurrence less late than this is still worth sending after downtime: a daily
# 08:00 nudge at 08:25 helps, at 11:00 it is noise. The scheduler may pass its own.
DEFAULT_GRACE: Final = timedelta(minutes=30)

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
# Days searched for a next run: the day before `after` (a gap can push a wall time past
# midnight), a whole week for the weekday filter, and slack.
_SEARCH_DAYS: Final = 10
_HHMM: Final = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


class ScheduleError(HealthbotError, ValueError):
    """A schedule is malformed (a bad stored jsonb value) or names an unknown timezone."""


def _check_days(days: frozenset[int]) -> None:
    if not days or not days <= EVERY_DAY:
        raise ScheduleError(f"days must be ISO weekdays 1..7, not {sorted(days)!r}")


def _check_minute(value: time) -> None:
    if value.tzinfo is not None or value.second or value.microsecond:
        raise ScheduleError(f"a schedule time is a naive whole minute, not {value!r}")


def _check_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ScheduleError(f"{name} must be an aware datetime, not {value!r}")


@dataclass(frozen=True, slots=True)
class Weekly:
    """Fixed local times on chosen ISO weekdays (every day unless `days` says otherwise)."""

    times: tuple[time, ...]
    days: frozenset[int] = EVERY_DAY

    def __post_init__(self) -> None:
        if not self.times:
            raise ScheduleError("a weekly schedule needs at least one time")
        for value in self.times:
            _check_minute(value)
        _check_days(self.days)
        # Sorted and unique, so that two equal schedules compare equal.
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))


@dataclass(frozen=True, slots=True)
class Window:
    """A daily stretch of local time, both ends included, inside which an interval fires;
    one that ends before it starts runs past midnight into the next day."""

    start: time
    end: time

    def __post_init__(self) -> None:
        _check_minute(self.start)
        _check_minute(self.end)
        if self.start == self.end:
            raise ScheduleError(f"a window must not end where it starts: {self.start}")

    @property
    def overnight(self) -> bool:
        """Whether the window ends on the day after it starts ("from 23:00 to 07:00")."""
        return self.end < self.start


@dataclass(frozen=True, slots=True)
class Interval:
    """Every N minutes: wall-clock slots inside a daily window, or elapsed time from an anchor."""

    every_minutes: int
    window: Window | None = None
    days: frozenset[int] = EVERY_DAY
    anchor: datetime | None = None

    def __post_init__(self) -> None:
        minutes = self.every_minutes
        if isinstance(minutes, bool) or not 1 <= minutes <= MAX_INTERVAL_MINUTES:
            raise ScheduleError(f"every_minutes must be 1..{MAX_INTERVAL_MINUTES}: {minutes!r}")
        _check_days(self.days)
        if self.anchor is not None:
            if self.window is not None:
                raise ScheduleError("an interval has a window or an anchor, not both")
            _check_aware(self.anchor, "anchor")
            object.__setattr__(self, "anchor", self.anchor.astimezone(UTC))


@dataclass(frozen=True, slots=True)
class Once:
    """One firing: a naive local wall time (follows the user's timezone) or an aware instant."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is not None:
            _check_aware(self.at, "at")
            object.__setattr__(self, "at", self.at.astimezone(UTC))


Schedule: TypeAlias = Weekly | Interval | Once


@dataclass(frozen=True, slots=True)
class Due:
    """What the scheduler does with a claimed reminder: send or skip `occurrence`, then move on."""

    action: Literal["send", "skip"]
    occurrence: datetime  # aware UTC; with the reminder id, the delivery's idempotency key
    lag: timedelta  # how late `occurrence` is; the reminder-lag histogram's value
    next_run_at: datetime | None  # aware UTC; None: a one-off is done, deactivate it


# --- jsonb ---------------------------------------------------------------------------------


def _hhmm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _parse_hhmm(value: object) -> time:
    if not isinstance(value, str) or not (match := _HHMM.fullmatch(value)):
        raise ScheduleError(f"a time is 'HH:MM' (00:00-23:59), not {value!r}")
    return time(int(match[1]), int(match[2]))


def _parse_days(data: Mapping[str, Any]) -> frozenset[int]:
    days = data.get("days", sorted(EVERY_DAY))
    # bool is an int subclass: true must not read as Monday.
    if not isinstance(days, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) for d in days
    ):
        raise ScheduleError(f"days is a list of ISO weekdays 1..7, not {days!r}")
    return frozenset(days)


def _parse_instant(value: object, name: str, *, aware: bool | None) -> datetime:
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or (aware is not None and (parsed.tzinfo is not None) != aware):
        raise ScheduleError(f"{name} is an ISO date and time, not {value!r}")
    return parsed


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="auto" if value.second or value.microsecond else "minutes")


def schedule_to_json(schedule: Schedule) -> dict[str, Any]:
    """The `reminders.schedule` jsonb value of a schedule."""
    if isinstance(schedule, Once):
        return {"once": _iso(schedule.at)}
    data: dict[str, Any]
    if isinstance(schedule, Weekly):
        data = {"times": [_hhmm(t) for t in schedule.times]}
    else:
        data = {"every_minutes": schedule.every_minutes}
        if schedule.window is not None:
            data |= {"from": _hhmm(schedule.window.start), "to": _hhmm(schedule.window.end)}
        if schedule.anchor is not None:
            data["anchor"] = _iso(schedule.anchor)
    if schedule.days != EVERY_DAY:
        data["days"] = sorted(schedule.days)
    return data


def schedule_from_json(data: Mapping[str, Any]) -> Schedule:
    """The schedule a `reminders.schedule` jsonb value describes; ScheduleError if malformed."""
    if not isinstance(data, Mapping):
        raise ScheduleError(f"a schedule is a JSON object, not {data!r}")
    if "times" in data:
        allowed, shape = {"times", "days"}, "times"
    elif "every_minutes" in data:
        allowed, shape = {"every_minutes", "from", "to", "days", "anchor"}, "interval"
    elif "once" in data:
        allowed, shape = {"once"}, "once"
    else:
        raise ScheduleError(f"a schedule has 'times', 'every_minutes' or 'once': {data!r}")
    # Unknown keys are refused rather than ignored: a typo must not change when a reminder fires.
    if unknown := set(data) - allowed:
        raise ScheduleError(f"unknown schedule keys {sorted(unknown)!r} in {data!r}")
    if shape == "once":
        return Once(_parse_instant(data["once"], "once", aware=None))
    days = _parse_days(data)
    if shape == "times":
        times = data["times"]
        if not isinstance(times, list):
            raise ScheduleError(f"times is a list of 'HH:MM', not {times!r}")
        return Weekly(tuple(_parse_hhmm(t) for t in times), days)
    return _interval_from_json(data, days)


def _interval_from_json(data: Mapping[str, Any], days: frozenset[int]) -> Interval:
    minutes = data["every_minutes"]
    if not isinstance(minutes, int):
        raise ScheduleError(f"every_minutes is a whole number, not {minutes!r}")
    window = None
    if "from" in data or "to" in data:
        window = Window(_parse_hhmm(data.get("from")), _parse_hhmm(data.get("to")))
    anchor = None
    if "anchor" in data:
        anchor = _parse_instant(data["anchor"], "anchor", aware=True)
    return Interval(minutes, window, days, anchor)


# --- next run ------------------------------------------------------------------------------


def zone_of(timezone: str) -> ZoneInfo:
    """The IANA timezone named `timezone`; ScheduleError if there is none."""
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"unknown timezone {timezone!r}") from None


def local_instant(wall: datetime, zone: tzinfo) -> datetime:
    """The UTC instant at which the naive local wall time `wall` fires in `zone`."""
    # fold=0 is the whole DST policy. In an overlap (01:30 happens twice) it picks the first
    # 01:30, so the reminder fires once. In a gap (02:30 never happens) zoneinfo reads it
    # with the offset in force before the change, which lands one gap later: 03:30.
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def next_run(schedule: Schedule, timezone: str, after: datetime) -> datetime | None:
    """The first firing strictly after `after` (aware), in UTC; None once a one-off is past."""
    _check_aware(after, "after")
    zone = zone_of(timezone)
    after = after.astimezone(UTC)
    if isinstance(schedule, Once):
        at = schedule.at
        instant = at if at.tzinfo is not None else local_instant(at, zone)
        return instant if instant > after else None
    if isinstance(schedule, Weekly):
        return _next_slot(zone, after, schedule.days, _minutes_of(schedule.times))
    if schedule.window is None:
        return _next_elapsed(schedule, zone, after)
    slots = _slots(schedule.window, schedule.every_minutes)
    return _next_slot(zone, after, schedule.days, slots)


def _minute_of_day(value: time) -> int:
    return value.hour * 60 + value.minute


@lru_cache(maxsize=1024)
def _minutes_of(times: tuple[time, ...]) -> tuple[int, ...]:
    return tuple(_minute_of_day(value) for value in times)


@lru_cache(maxsize=1024)
def _slots(window: Window, every_minutes: int) -> tuple[int, ...]:
    # Minutes after the local midnight of the day the window opens: the slots restart each
    # day at the window's start, whatever the previous day ended on, and an overnight
    # window's run past 1440 into the next day (its slots are that day's, not the next's).
    first = _minute_of_day(window.start)
    last = _minute_of_day(window.end) + (24 * 60 if window.overnight else 0)
    return tuple(range(first, last + 1, every_minutes))


def _next_slot(
    zone: ZoneInfo, after: datetime, days: frozenset[int], minutes: tuple[int, ...]
) -> datetime:
    # Start the day before `after`'s local date: a gap can push a wall time past midnight,
    # and the night of an overnight window runs into the next day.
    first = after.astimezone(zone).date() - timedelta(days=1)
    best: datetime | None = None
    found_on = 0
    for offset in range(_SEARCH_DAYS):
        # One more day after the first hit: a skipped calendar day (Pacific/Apia, 2011) maps
        # one day's wall times onto the next day's instants.
        if best is not None and offset > found_on + 1:
            return best
        day = first + timedelta(days=offset)
        if day.isoweekday() not in days:
            continue
        instants = _day_instants(zone, day, minutes)
        index = bisect_right(instants, after)
        if index < len(instants) and (best is None or instants[index] < best):
            best, found_on = instants[index], offset
    if best is None:
        raise ScheduleError(f"no run within {_SEARCH_DAYS} days of {after}")
    return best


# Cached because the scheduler asks about the same day for thousands of reminders in the
# same minute; an entry holds at most 1,440 instants (one a minute), usually a handful.
@lru_cache(maxsize=1024)
def _day_instants(zone: ZoneInfo, day: date, minutes: tuple[int, ...]) -> tuple[datetime, ...]:
    # Sorted and unique: a gap makes instants non-monotonic in wall time (02:30 fires after
    # 03:00) and merges wall times into one instant (02:30 and 03:30). Naive arithmetic is
    # wall-clock arithmetic: minute 1500 is 01:00 on the next day's wall, whatever DST does.
    midnight = datetime.combine(day, time())
    return tuple(sorted({local_instant(midnight + timedelta(minutes=m), zone) for m in minutes}))


def _next_elapsed(schedule: Interval, zone: ZoneInfo, after: datetime) -> datetime:
    # Without a window "every 90 minutes" is real time on a grid from the anchor: a DST
    # change neither stretches nor squeezes the wait between two nudges.
    step = timedelta(minutes=schedule.every_minutes)
    anchor = schedule.anchor or _EPOCH
    instant = anchor + ((after - anchor) // step + 1) * step
    for _ in range(_SEARCH_DAYS):
        local_day = instant.astimezone(zone).date()
        if local_day.isoweekday() in schedule.days:
            return instant
        midnight = local_instant(datetime.combine(local_day + timedelta(days=1), time()), zone)
        # The first grid point at or after the next local midnight: ceil, by negated floor.
        instant = anchor - ((anchor - midnight) // step) * step
    raise ScheduleError(f"no run within {_SEARCH_DAYS} days of {after}")


def occurrences(
    schedule: Schedule, timezone: str, start: datetime, end: datetime
) -> Iterator[datetime]:
    """Every firing after `start` up to and including `end`, in order, as aware UTC."""
    _check_aware(end, "end")
    instant = next_run(schedule, timezone, start)
    while instant is not None and instant <= end:
        yield instant
        instant = next_run(schedule, timezone, instant)


def due_action(
    schedule: Schedule,
    timezone: str,
    next_run_at: datetime,
    now: datetime,
    grace: timedelta = DEFAULT_GRACE,
) -> Due:
    """Send the latest missed occurrence if less than `grace` late, else skip; never a burst."""
    _check_aware(next_run_at, "next_run_at")
    _check_aware(now, "now")
    next_run_at = next_run_at.astimezone(UTC)
    # The row was claimed as due by the database's clock; a daemon whose clock is a little
    # behind must not read it as early.
    now = max(now.astimezone(UTC), next_run_at)
    # `next_run_at` itself counts even when it is off the schedule (a snooze sets it), and
    # after downtime only the occurrences inside the grace window are worth looking at.
    window_start = now - grace
    latest = next_run_at if next_run_at > window_start else None
    for instant in occurrences(schedule, timezone, max(next_run_at, window_start), now):
        latest = instant  # only the last one may be sent
    following = next_run(schedule, timezone, now)
    if latest is None:
        return Due("skip", next_run_at, now - next_run_at, following)
    return Due("send", latest, now - latest, following)
