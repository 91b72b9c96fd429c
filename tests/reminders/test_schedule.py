"""Schedules: jsonb round trips, next runs across 2026's DST changes, catch-up after downtime."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthbot.reminders.schedule import (
    EVERY_DAY,
    WEEKDAYS,
    Interval,
    Once,
    Schedule,
    ScheduleError,
    Weekly,
    Window,
    due_action,
    next_run,
    occurrences,
    schedule_from_json,
    schedule_to_json,
)

NEW_YORK, BERLIN, SYDNEY, KOLKATA = (
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "Asia/Kolkata",
)


def utc(text: str) -> datetime:
    """An aware UTC datetime from "YYYY-MM-DD HH:MM[:SS]"."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def local(zone: str, text: str) -> datetime:
    """An aware local datetime (the first one, where a wall time happens twice)."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def daily(*times: str, days: frozenset[int] = EVERY_DAY) -> Weekly:
    """A weekly schedule from "HH:MM" strings."""
    return Weekly(tuple(time.fromisoformat(t) for t in times), days)


# --- jsonb ---------------------------------------------------------------------------------

JSON_SHAPES: list[tuple[dict[str, Any], Schedule]] = [
    ({"times": ["08:00"]}, daily("08:00")),
    ({"times": ["08:00", "20:00"], "days": [1, 2, 3, 4, 5]},
     daily("08:00", "20:00", days=WEEKDAYS)),
    ({"times": ["8:00"]}, daily("08:00")),  # the seed's data may lack the leading zero
    ({"every_minutes": 90}, Interval(90)),  # the seed's shape: elapsed time from the epoch
    (
        {"every_minutes": 120, "from": "09:00", "to": "17:00", "days": [6, 7]},
        Interval(120, Window(time(9), time(17)), frozenset({6, 7})),
    ),
    ({"every_minutes": 90, "anchor": "2026-11-28T14:10+00:00"},
     Interval(90, anchor=utc("2026-11-28 14:10"))),
    ({"once": "2026-11-28T15:00"}, Once(datetime(2026, 11, 28, 15, 0))),
    ({"once": "2026-11-28T14:30:15+00:00"}, Once(utc("2026-11-28 14:30:15"))),
]  # fmt: skip


@pytest.mark.parametrize(("data", "schedule"), JSON_SHAPES)
def test_a_jsonb_shape_reads_as_its_schedule(data: dict[str, Any], schedule: Schedule) -> None:
    assert schedule_from_json(data) == schedule
    assert schedule_from_json(json.loads(json.dumps(schedule_to_json(schedule)))) == schedule


def test_a_schedule_is_written_in_the_documented_shape() -> None:
    assert schedule_to_json(daily("20:00", "08:00")) == {"times": ["08:00", "20:00"]}
    assert schedule_to_json(Interval(120, Window(time(9), time(17)), WEEKDAYS)) == {
        "every_minutes": 120,
        "from": "09:00",
        "to": "17:00",
        "days": [1, 2, 3, 4, 5],
    }
    assert schedule_to_json(Once(datetime(2026, 11, 28, 15))) == {"once": "2026-11-28T15:00"}


BAD_JSON: list[Any] = [
    [],
    {},
    {"times": []},
    {"times": "08:00"},
    {"times": ["25:00"]},
    {"times": ["08:00"], "days": []},
    {"times": ["08:00"], "days": [0]},
    {"times": ["08:00"], "days": [True]},
    {"times": ["08:00"], "every_minutes": 5},
    {"times": ["08:00"], "dayz": [1]},
    {"every_minutes": 0},
    {"every_minutes": "90"},
    {"every_minutes": 90.5},
    {"every_minutes": 60, "from": "17:00", "to": "17:00"},
    {"every_minutes": 60, "from": "09:00"},
    {"every_minutes": 60, "anchor": "2026-11-28T14:10"},
    {"every_minutes": 60, "from": "09:00", "to": "17:00", "anchor": "2026-11-28T14:10Z"},
    {"once": "tomorrow"},
    {"once": 1764338400},
]


@pytest.mark.parametrize("data", BAD_JSON, ids=[json.dumps(d) for d in BAD_JSON])
def test_a_malformed_jsonb_value_is_refused(data: Any) -> None:
    with pytest.raises(ScheduleError):
        schedule_from_json(data)


def test_an_unknown_timezone_is_a_schedule_error() -> None:
    with pytest.raises(ScheduleError, match="Mars/Olympus"):
        next_run(daily("08:00"), "Mars/Olympus", utc("2026-01-01 00:00"))


def test_a_naive_instant_is_refused() -> None:
    with pytest.raises(ScheduleError, match="aware"):
        next_run(daily("08:00"), BERLIN, datetime(2026, 1, 1))


# --- DST -----------------------------------------------------------------------------------

# (timezone, wall time, local day, the one instant it fires at on that day), by hand.
DST_CASES = [
    # New York springs forward on 8 March 2026 at 02:00 EST: 02:30 does not exist and fires
    # an hour late, at 03:30 EDT; 03:30 itself is the same instant and fires once with it.
    (NEW_YORK, "01:30", date(2026, 3, 8), utc("2026-03-08 06:30")),
    (NEW_YORK, "02:30", date(2026, 3, 8), utc("2026-03-08 07:30")),
    (NEW_YORK, "03:30", date(2026, 3, 8), utc("2026-03-08 07:30")),
    # It falls back on 1 November at 02:00 EDT: 01:30 happens twice and fires at the first.
    (NEW_YORK, "01:30", date(2026, 11, 1), utc("2026-11-01 05:30")),
    (NEW_YORK, "02:30", date(2026, 11, 1), utc("2026-11-01 07:30")),
    # Berlin: 29 March 02:00 CET -> 03:00 CEST; 25 October 03:00 CEST -> 02:00 CET.
    (BERLIN, "02:30", date(2026, 3, 29), utc("2026-03-29 01:30")),
    (BERLIN, "01:30", date(2026, 3, 29), utc("2026-03-29 00:30")),
    (BERLIN, "02:30", date(2026, 10, 25), utc("2026-10-25 00:30")),
    (BERLIN, "03:30", date(2026, 10, 25), utc("2026-10-25 02:30")),
    # Sydney: 5 April 03:00 AEDT -> 02:00 AEST; 4 October 02:00 AEST -> 03:00 AEDT.
    (SYDNEY, "02:30", date(2026, 4, 5), utc("2026-04-04 15:30")),
    (SYDNEY, "02:30", date(2026, 10, 4), utc("2026-10-03 16:30")),
    (SYDNEY, "08:00", date(2026, 10, 4), utc("2026-10-03 21:00")),
    # Kolkata has no DST: 02:30 IST is 21:00 UTC the day before, every day.
    (KOLKATA, "02:30", date(2026, 3, 8), utc("2026-03-07 21:00")),
    (KOLKATA, "02:30", date(2026, 11, 1), utc("2026-10-31 21:00")),
]


@pytest.mark.parametrize(("zone", "wall", "day", "expected"), DST_CASES)
def test_a_daily_time_fires_once_on_a_dst_day_at_the_documented_instant(
    zone: str, wall: str, day: date, expected: datetime
) -> None:
    # A day's firings are about 24 hours apart, so a window of a day around the expected
    # instant holds exactly it: a fall-back duplicate or a spring-forward drop would show.
    fired = list(
        occurrences(
            daily(wall), zone, expected - timedelta(hours=12), expected + timedelta(hours=12)
        )
    )
    assert fired == [expected]
    assert next_run(daily(wall), zone, expected - timedelta(minutes=1)) == expected


CHANGES = [
    (NEW_YORK, date(2026, 3, 8)),
    (NEW_YORK, date(2026, 11, 1)),
    (BERLIN, date(2026, 3, 29)),
    (BERLIN, date(2026, 10, 25)),
    (SYDNEY, date(2026, 4, 5)),
    (SYDNEY, date(2026, 10, 4)),
    (KOLKATA, date(2026, 3, 29)),
]
EVERY_QUARTER_HOUR = Weekly(tuple(time(h, m) for h in range(24) for m in range(0, 60, 15)))
SLOT_SCHEDULES = [
    EVERY_QUARTER_HOUR,
    daily("00:30", "01:30", "02:30", "03:30", "08:00", "22:00"),
    Interval(30, Window(time(0), time(4))),
    Interval(120, Window(time(1), time(23))),
    Interval(60, Window(time(22), time(6))),
]


def _expected_firings(schedule: Schedule, zone: str, days: list[date]) -> list[datetime]:
    """Every nominal local slot of `days`, as the distinct UTC instants it fires at."""
    assert isinstance(schedule, Weekly | Interval)
    tz = ZoneInfo(zone)
    walls = [
        datetime.combine(day, time()) + timedelta(minutes=m)
        for day in days
        for m in _slots(schedule)
    ]
    return sorted({wall.replace(tzinfo=tz).astimezone(UTC) for wall in walls})


@pytest.mark.parametrize(("zone", "day"), CHANGES)
@pytest.mark.parametrize(
    "schedule", SLOT_SCHEDULES, ids=["15min", "night", "30min-window", "2h", "overnight"]
)
def test_fire_then_next_run_over_a_dst_day_fires_each_local_occurrence_exactly_once(
    zone: str, day: date, schedule: Schedule
) -> None:
    # The scheduler's loop: fire, then next_run(after=fired); from the start of the day
    # before to the end of the day after, so the change is well inside.
    tz = ZoneInfo(zone)
    start = datetime.combine(day - timedelta(days=1), time(), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=2), time(), tzinfo=tz).astimezone(UTC)
    fired = [start - timedelta(microseconds=1)]
    while (following := next_run(schedule, zone, fired[-1])) is not None and following < end:
        fired.append(following)
    fired = fired[1:]
    assert fired == sorted(set(fired)), "a duplicate or a step back"
    # The night before the first day runs into it.
    days = [day - timedelta(days=n) for n in range(-1, 3)]
    expected = _expected_firings(schedule, zone, days)
    assert fired == [instant for instant in expected if start <= instant < end]


def test_the_spring_forward_gap_leaves_the_quarter_hours_it_cannot_show_merged_not_lost() -> None:
    # New York, 8 March 2026: the 96 quarter-hour slots map to 92 instants, because 02:00 to
    # 02:45 fire at 03:00 to 03:45, together with those slots.
    start = local(NEW_YORK, "2026-03-08 00:00").astimezone(UTC)
    end = local(NEW_YORK, "2026-03-09 00:00").astimezone(UTC)
    fired = list(occurrences(EVERY_QUARTER_HOUR, NEW_YORK, start - timedelta(seconds=1), end))
    assert len(fired) == 92 + 1  # and the next midnight
    walls = [f.astimezone(ZoneInfo(NEW_YORK)).strftime("%H:%M") for f in fired]
    assert "02:30" not in walls and walls.count("03:30") == 1


def test_the_fall_back_overlap_fires_its_hour_once() -> None:
    # New York, 1 November 2026: 01:00-01:45 happen twice and fire only the first time, so
    # the 25-hour day still has 96 quarter-hour firings.
    start = local(NEW_YORK, "2026-11-01 00:00").astimezone(UTC)
    end = local(NEW_YORK, "2026-11-02 00:00").astimezone(UTC)
    fired = list(occurrences(EVERY_QUARTER_HOUR, NEW_YORK, start - timedelta(seconds=1), end))
    assert len(fired) == 96 + 1
    assert all(f.astimezone(ZoneInfo(NEW_YORK)).fold == 0 for f in fired)


@pytest.mark.parametrize(("zone", "day"), CHANGES)
def test_an_interval_without_window_keeps_real_elapsed_time_across_a_dst_change(
    zone: str, day: date
) -> None:
    # In UTC: arithmetic on a datetime with a ZoneInfo tzinfo is wall-clock arithmetic.
    midnight = datetime.combine(day, time(), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    anchor = midnight - timedelta(hours=5)
    schedule = Interval(90, anchor=anchor)
    fired = list(occurrences(schedule, zone, anchor, anchor + timedelta(hours=30)))
    assert len(fired) == 20
    assert {b - a for a, b in pairwise(fired)} == {timedelta(minutes=90)}


@pytest.mark.parametrize(("zone", "day"), CHANGES)
def test_a_fake_clock_scheduler_delivers_each_occurrence_once_over_a_dst_day(
    zone: str, day: date
) -> None:
    # The scheduler with a clock ticking each minute: claim what is due, act on due_action,
    # store its next_run_at; nothing is doubled, nothing skipped.
    schedule = daily("00:30", "01:30", "02:30", "03:30", "12:00")
    tz = ZoneInfo(zone)
    now = datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=tz).astimezone(UTC)
    next_run_at = next_run(schedule, zone, now)
    sent: Counter[datetime] = Counter()
    while next_run_at is not None and now < end:
        now += timedelta(minutes=1)
        if next_run_at <= now:
            due = due_action(schedule, zone, next_run_at, now)
            assert due.action == "send" and due.lag < timedelta(minutes=1)
            sent[due.occurrence] += 1
            next_run_at = due.next_run_at
    assert set(sent.values()) == {1}
    assert sorted(sent) == [f for f in _expected_firings(schedule, zone, [day]) if f < end]


# --- downtime ------------------------------------------------------------------------------


def test_after_downtime_the_latest_missed_occurrence_inside_grace_is_sent_once() -> None:
    schedule = Interval(15, Window(time(8), time(20)))
    due = due_action(
        schedule, BERLIN, local(BERLIN, "2026-11-28 09:00"), local(BERLIN, "2026-11-28 14:05")
    )
    assert due.action == "send"
    assert due.occurrence == local(BERLIN, "2026-11-28 14:00")
    assert due.lag == timedelta(minutes=5)
    assert due.next_run_at == local(BERLIN, "2026-11-28 14:15")


def test_after_downtime_beyond_grace_the_occurrence_is_skipped_not_sent_as_a_burst() -> None:
    schedule = daily("08:00")
    due = due_action(
        schedule, BERLIN, local(BERLIN, "2026-11-25 08:00"), local(BERLIN, "2026-11-28 11:00")
    )
    assert due.action == "skip"
    assert due.next_run_at == local(BERLIN, "2026-11-29 08:00")


def test_a_missed_one_off_within_grace_is_sent_and_then_done() -> None:
    once = Once(datetime(2026, 11, 28, 8, 0))
    due = due_action(
        once, BERLIN, local(BERLIN, "2026-11-28 08:00"), local(BERLIN, "2026-11-28 08:20")
    )
    assert (due.action, due.next_run_at) == ("send", None)
    late = due_action(
        once, BERLIN, local(BERLIN, "2026-11-28 08:00"), local(BERLIN, "2026-11-28 09:00")
    )
    assert (late.action, late.next_run_at) == ("skip", None)


def test_a_snoozed_run_off_the_schedule_is_sent_and_the_schedule_resumes() -> None:
    # Snooze sets next_run_at ten minutes on, off the daily grid.
    snoozed = local(BERLIN, "2026-11-28 08:10")
    due = due_action(daily("08:00"), BERLIN, snoozed, snoozed + timedelta(seconds=3))
    assert (due.action, due.occurrence) == ("send", snoozed.astimezone(UTC))
    assert due.next_run_at == local(BERLIN, "2026-11-29 08:00")


def test_a_claim_seen_by_a_clock_slightly_behind_is_sent_not_read_as_early() -> None:
    at = utc("2026-11-28 08:00")
    due = due_action(daily("08:00"), "UTC", at, at - timedelta(milliseconds=300))
    assert (due.action, due.lag) == ("send", timedelta(0))


# --- properties ----------------------------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)
zones = st.timezone_keys(allow_prefix=False)
minutes = st.builds(time, st.integers(0, 23), st.integers(0, 59))
day_sets = st.frozensets(st.integers(1, 7), min_size=1)
windows = (
    st.tuples(minutes, minutes).filter(lambda pair: pair[0] != pair[1]).map(lambda p: Window(*p))
)
weekly = st.builds(Weekly, st.lists(minutes, min_size=1, max_size=5).map(tuple), day_sets)
windowed = st.builds(Interval, st.integers(1, 24 * 60), windows, day_sets)
elapsed = st.builds(
    lambda every, days, anchor: Interval(every, days=days, anchor=anchor),
    st.integers(1, 24 * 60),
    day_sets,
    st.none() | instants,
)
once = st.builds(Once, st.datetimes(datetime(2000, 1, 1), datetime(2040, 1, 1)) | instants)
recurring = weekly | windowed | elapsed


def _slots(schedule: Schedule) -> list[int]:
    """Minutes after the local midnight of the day a slot belongs to (an overnight window's
    go past 1440, into the next day)."""
    assert isinstance(schedule, Weekly | Interval)
    if isinstance(schedule, Weekly):
        return [value.hour * 60 + value.minute for value in schedule.times]
    assert schedule.window is not None
    first = schedule.window.start.hour * 60 + schedule.window.start.minute
    last = schedule.window.end.hour * 60 + schedule.window.end.minute
    if last < first:
        last += 24 * 60
    return list(range(first, last + 1, schedule.every_minutes))


def _walls(schedule: Weekly | Interval, day: date, tz: ZoneInfo) -> list[datetime]:
    """The aware local wall times of the slots that belong to `day`."""
    midnight = datetime.combine(day, time())
    return [(midnight + timedelta(minutes=m)).replace(tzinfo=tz) for m in _slots(schedule)]


def _oracle(schedule: Weekly | Interval, zone: str, after: datetime) -> datetime:
    """The earliest slot instant after `after`, by brute force over the days around it."""
    tz = ZoneInfo(zone)
    today = after.astimezone(tz).date()
    candidates = [
        wall.astimezone(UTC)
        for offset in range(-2, 10)
        if (today + timedelta(days=offset)).isoweekday() in schedule.days
        for wall in _walls(schedule, today + timedelta(days=offset), tz)
    ]
    return min(c for c in candidates if c > after)


@settings(max_examples=300, deadline=None)
@given(schedule=weekly | windowed, zone=zones, after=instants)
def test_a_slot_schedule_fires_at_the_earliest_asked_local_time_after(
    schedule: Weekly | Interval, zone: str, after: datetime
) -> None:
    result = next_run(schedule, zone, after)
    assert result is not None and result > after and result.tzinfo is UTC
    assert result == _oracle(schedule, zone, after)
    tz = ZoneInfo(zone)
    shown = result.astimezone(tz)
    assert shown.fold == 0  # an overlap's wall time fires at its first occurrence
    if shown.hour * 60 + shown.minute not in {m % (24 * 60) for m in _slots(schedule)}:
        # The documented gap rule: some asked wall time on that day or the ones before did
        # not exist and was moved forward onto this instant.
        moved = [
            wall
            for back in range(3)
            for wall in _walls(schedule, shown.date() - timedelta(days=back), tz)
            if wall.astimezone(UTC) == result
        ]
        assert moved and all(w.astimezone(UTC).astimezone(tz).time() != w.time() for w in moved)


@settings(max_examples=200, deadline=None)
@given(schedule=elapsed, zone=zones, after=instants)
def test_an_elapsed_interval_fires_on_its_grid_on_an_asked_day(
    schedule: Interval, zone: str, after: datetime
) -> None:
    result = next_run(schedule, zone, after)
    assert result is not None and result > after
    step = timedelta(minutes=schedule.every_minutes)
    anchor = schedule.anchor or utc("1970-01-01 00:00")
    assert (result - anchor) % step == timedelta(0)
    assert result.astimezone(ZoneInfo(zone)).isoweekday() in schedule.days
    previous = result - step
    assert (
        previous <= after or previous.astimezone(ZoneInfo(zone)).isoweekday() not in schedule.days
    )


@settings(max_examples=200, deadline=None)
@given(schedule=recurring, zone=zones, after=instants)
def test_repeated_next_runs_are_strictly_increasing(
    schedule: Schedule, zone: str, after: datetime
) -> None:
    previous = after
    for _ in range(30):
        following = next_run(schedule, zone, previous)
        assert following is not None and following > previous
        previous = following


@settings(max_examples=200, deadline=None)
@given(schedule=once, zone=zones, after=instants)
def test_a_one_off_fires_once_then_never(schedule: Once, zone: str, after: datetime) -> None:
    result = next_run(schedule, zone, after)
    if result is not None:
        assert result > after
        assert next_run(schedule, zone, result) is None


@settings(max_examples=200, deadline=None)
@given(schedule=recurring | once)
def test_every_schedule_survives_its_jsonb_form(schedule: Schedule) -> None:
    assert schedule_from_json(json.loads(json.dumps(schedule_to_json(schedule)))) == schedule


@settings(max_examples=200, deadline=None)
@given(
    schedule=recurring,
    zone=zones,
    at=instants,
    down=st.timedeltas(timedelta(0), timedelta(days=3)),
    grace=st.timedeltas(timedelta(minutes=1), timedelta(hours=2)),
)
def test_due_action_sends_at_most_once_and_moves_past_now(
    schedule: Schedule, zone: str, at: datetime, down: timedelta, grace: timedelta
) -> None:
    next_run_at = next_run(schedule, zone, at)
    assert next_run_at is not None
    now = next_run_at + down
    due = due_action(schedule, zone, next_run_at, now, grace)
    assert due.next_run_at is not None and due.next_run_at > now
    if due.action == "send":
        assert timedelta(0) <= due.lag < grace and due.occurrence <= now
    else:
        # Skipped only when no occurrence fell inside the grace window.
        assert list(occurrences(schedule, zone, now - grace, now)) == []
