"""Reminder phrases: each supported phrase gives its spec, each bad one its typed, clear error."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthbot.errors import UserInputError
from healthbot.reminders.phrases import (
    MAX_PHRASE_CHARS,
    ReminderKind,
    ReminderSpec,
    parse_reminder,
)
from healthbot.reminders.refusals import (
    ConflictingSchedule,
    DelayOutOfRange,
    EmptyPhrase,
    IntervalOutOfRange,
    InvalidCondition,
    InvalidTime,
    InvalidWindow,
    NothingToRemind,
    NoTimeFound,
    PhraseTooLong,
    ReminderPhraseError,
    TimeInPast,
    UnsupportedRepeat,
)
from healthbot.reminders.schedule import (
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    Interval,
    Once,
    Schedule,
    Weekly,
    Window,
    next_run,
    schedule_from_json,
    schedule_to_json,
)

BERLIN = ZoneInfo("Europe/Berlin")
# Saturday 28 November 2026, 16:30:15 in Berlin (15:30:15 UTC).
NOW = datetime(2026, 11, 28, 16, 30, 15, tzinfo=BERLIN)
NOW_UTC = NOW.astimezone(UTC)
TODAY = datetime(2026, 11, 28)
TOMORROW = TODAY + timedelta(days=1)
MONDAY = datetime(2026, 11, 30)
ANCHOR = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)  # NOW to the minute, in UTC

W, MEAL, WEIGHT, MED, CUSTOM = (
    ReminderKind.WATER,
    ReminderKind.MEAL,
    ReminderKind.WEIGHT,
    ReminderKind.MEDICATION,
    ReminderKind.CUSTOM,
)


def daily(*times: time, days: frozenset[int] = EVERY_DAY) -> Weekly:
    """A weekly schedule, every day unless told."""
    return Weekly(times, days)


def later(**delay: float) -> Once:
    """A one-off a delay after NOW."""
    return Once(NOW_UTC + timedelta(**delay))


def window(every: int, start: int, end: int, days: frozenset[int] = EVERY_DAY) -> Interval:
    """An interval inside a daily window of whole hours."""
    return Interval(every, Window(time(start), time(end)), days)


def at(hour: int, minute: int = 0, *, day: datetime = TOMORROW) -> Once:
    """A one-off at a local wall time on `day` (tomorrow unless told)."""
    return Once(day.replace(hour=hour, minute=minute))


PHRASES: list[tuple[str, str, ReminderKind, Schedule]] = [
    # The brief's phrases.
    ("every day at 8:00 take vitamins", "take vitamins", MED, daily(time(8))),
    ("weekdays 12:30 log lunch", "log lunch", MEAL, daily(time(12, 30), days=WEEKDAYS)),
    ("weekends at 10am weigh in", "weigh in", WEIGHT, daily(time(10), days=WEEKENDS)),
    ("mon, wed, fri at 7 pm gym", "gym", CUSTOM, daily(time(19), days=frozenset({1, 3, 5}))),
    ("in 30 minutes drink water", "drink water", W, later(minutes=30)),
    ("in 2 hours stretch", "stretch", CUSTOM, later(hours=2)),
    ("tomorrow at 9 call mom", "call mom", CUSTOM, at(9)),
    ("at 15:00 drink water", "drink water", W, at(15)),  # passed today: tomorrow
    ("at 17:00 drink water", "drink water", W, at(17, day=TODAY)),
    (
        "every 2 hours from 9 to 17 drink water",
        "drink water",
        W,
        window(120, 9, 17),
    ),
    ("every 90 minutes stand up", "stand up", CUSTOM, Interval(90, anchor=ANCHOR)),
    ("remind me to drink water at 3pm", "drink water", W, at(15)),
    # Clock forms.
    ("at 8 stretch", "stretch", CUSTOM, at(8)),
    ("at 8am stretch", "stretch", CUSTOM, at(8)),
    ("at 8:30 pm stretch", "stretch", CUSTOM, at(20, 30, day=TODAY)),
    ("at 20:30 stretch", "stretch", CUSTOM, at(20, 30, day=TODAY)),
    ("at noon stretch", "stretch", CUSTOM, at(12)),
    ("at midnight stretch", "stretch", CUSTOM, at(0)),
    ("at 12am stretch", "stretch", CUSTOM, at(0)),
    ("at 12pm stretch", "stretch", CUSTOM, at(12)),
    ("at 24:00 stretch", "stretch", CUSTOM, at(0)),
    ("at 6.45pm take my meds", "take my meds", MED, at(18, 45, day=TODAY)),
    ("at 10 p.m. stretch", "stretch", CUSTOM, at(22, day=TODAY)),
    ("at eight pm stretch", "stretch", CUSTOM, at(20, day=TODAY)),
    ("at 9 o'clock stretch", "stretch", CUSTOM, at(9)),
    ("5pm stretch", "stretch", CUSTOM, at(17, day=TODAY)),
    ("at ８:３０ stretch", "stretch", CUSTOM, at(8, 30)),  # fullwidth digits
    # The coach's and loadgen's wordings.
    ("remind me to drink water at 8", "drink water", W, at(8)),
    ("can you remind me to stretch in 45 minutes", "stretch", CUSTOM, later(minutes=45)),
    ("set a reminder to eat lunch on weekdays at 1pm", "eat lunch", MEAL,
     daily(time(13), days=WEEKDAYS)),
    ("remind me weigh myself every morning at quarter to 8 pls", "weigh myself", WEIGHT,
     daily(time(7, 45))),
    ("remind me to go for a walk tomorrow at 7 in the morning", "go for a walk", CUSTOM, at(7)),
    ("tonight at 9 remind me to go to bed", "go to bed", CUSTOM, at(21, day=TODAY)),
    ("remind me to log my dinner tmrw at 21:00", "log my dinner", MEAL, at(21)),
    ("ping me every 2 hours to drink water", "drink water", W, Interval(120, anchor=ANCHOR)),
    ("remind me to check my blood pressure on monday at 3pm", "check my blood pressure", CUSTOM,
     at(15, day=MONDAY)),
    ("at half past five stretch", "stretch", CUSTOM, at(5, 30)),
    ("every evening at 7 eat some fruit", "eat some fruit", MEAL, daily(time(19))),
    ("tomorrow night at 10 go to bed", "go to bed", CUSTOM, at(22)),
    # A period alone is its usual time (the reply shows it): morning 8, afternoon 15, evening
    # 19, night 22.
    ("every morning to meditate", "meditate", CUSTOM, daily(time(8))),
    ("remind me every evening to stretch", "stretch", CUSTOM, daily(time(19))),
    ("each night read a chapter", "read a chapter", CUSTOM, daily(time(22))),
    ("every afternoon drink water", "drink water", W, daily(time(15))),
    # Days and lists.
    ("every day at 8:00 and 20:00 take pills", "take pills", MED, daily(time(8), time(20))),
    ("on weekends at 9 and 18 walk", "walk", CUSTOM, daily(time(9), time(18), days=WEEKENDS)),
    ("mon-fri 7:15 stretch", "stretch", CUSTOM, daily(time(7, 15), days=WEEKDAYS)),
    ("fri-mon at 9 run", "run", CUSTOM, daily(time(9), days=frozenset({5, 6, 7, 1}))),
    ("every weekday at 7 run", "run", CUSTOM, daily(time(7), days=WEEKDAYS)),
    ("on sundays at 18:00 plan meals", "plan meals", MEAL, daily(time(18), days=frozenset({7}))),
    ("every tuesday at 6pm swim", "swim", CUSTOM, daily(time(18), days=frozenset({2}))),
    ("on saturday at 10 swim", "swim", CUSTOM, at(10, day=datetime(2026, 12, 5))),  # passed today
    # Repeats.
    ("every 2 hours from 9 to 5 drink water", "drink water", W, window(120, 9, 17)),
    ("between 9am and 5pm every hour stand up", "stand up", CUSTOM, window(60, 9, 17)),
    ("hourly from 8 to 20 drink", "drink", W, window(60, 8, 20)),
    # A window that ends before it starts is a night, across midnight.
    ("every 2 hours from 17 to 9 drink water", "drink water", W, window(120, 17, 9)),
    ("remind me to drink water every 2 hours from 11pm to 7am", "drink water", W,
     window(120, 23, 7)),
    ("every hour between 10 pm and 2 am check the baby", "check the baby", CUSTOM,
     window(60, 22, 2)),
    ("every 30 minutes from 9:00 to 12:00 on weekdays stretch", "stretch", CUSTOM,
     window(30, 9, 12, WEEKDAYS)),
    ("every 2 hours from 22 to 6 drink water", "drink water", W, window(120, 22, 6)),
    ("every 2 hours from 11pm to 7 drink water", "drink water", W, window(120, 23, 7)),
    ("every 2 hours from 7pm to 6am drink water", "drink water", W, window(120, 19, 6)),
    # An afternoon start and a bare end are an afternoon, not a night of nudges.
    ("every hour from 12 to 8 drink water", "drink water", W, window(60, 12, 20)),
    ("every hour from noon to 6 drink water", "drink water", W, window(60, 12, 18)),
    ("every hour from 2pm to 6 drink water", "drink water", W, window(60, 14, 18)),
    ("every hour from 7pm to 11 drink water", "drink water", W, window(60, 19, 23)),
    ("every 30 minutes from 12:30 to 4 stretch", "stretch", CUSTOM,
     Interval(30, Window(time(12, 30), time(16)), EVERY_DAY)),
    ("every half hour drink water", "drink water", W, Interval(30, anchor=ANCHOR)),
    ("every 15 min drink water", "drink water", W, Interval(15, anchor=ANCHOR)),
    # Delays.
    ("in 1.5 hours eat", "eat", MEAL, later(minutes=90)),
    ("in half an hour eat", "eat", MEAL, later(minutes=30)),
    ("in an hour eat", "eat", MEAL, later(hours=1)),
    ("in 2 hours and 30 minutes walk", "walk", CUSTOM, later(minutes=150)),
    ("in 5 minutes drink water", "drink water", W, later(minutes=5)),
    # What to remind of is kept as written.
    ("take 2 pills at 8", "take 2 pills", MED, at(8)),
    ("at 8 💊", "💊", CUSTOM, at(8)),
    ("at 8 '; DROP TABLE reminders; --", "'; DROP TABLE reminders", CUSTOM, at(8)),
    ("at 8 <b>hydrate</b>", "<b>hydrate</b>", W, at(8)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("phrase", "text", "kind", "schedule"), PHRASES, ids=[p[0] for p in PHRASES]
)
def test_a_phrase_gives_its_spec(
    phrase: str, text: str, kind: ReminderKind, schedule: Schedule
) -> None:
    assert parse_reminder(phrase, NOW) == ReminderSpec(text, kind, schedule)


@pytest.mark.parametrize(
    ("phrase", "text", "kind", "schedule"), PHRASES, ids=[p[0] for p in PHRASES]
)
def test_a_parsed_schedule_survives_jsonb_and_fires_after_now(
    phrase: str, text: str, kind: ReminderKind, schedule: Schedule
) -> None:
    parsed = parse_reminder(phrase, NOW).schedule
    assert schedule_from_json(schedule_to_json(parsed)) == parsed
    first = next_run(parsed, "Europe/Berlin", NOW)
    assert first is not None and first > NOW


BAD: list[tuple[str, type[ReminderPhraseError], str]] = [
    ("at 25:99 drink water", InvalidTime, "“25:99” isn't a time of day"),
    ("at 13pm drink water", InvalidTime, "“13pm” isn't a time of day"),
    ("at 8:5 drink water", InvalidTime, "“8:5” isn't a time of day"),
    ("every 0 minutes drink water", IntervalOutOfRange, "at most every 15 minutes"),
    ("every 1 minutes drink water", IntervalOutOfRange, "at most every 15 minutes"),
    ("every 10 minutes drink water", IntervalOutOfRange, "at most every 15 minutes"),
    ("every 25 hours drink water", IntervalOutOfRange, "up to every 24 hours"),
    ("every 2 days drink water", UnsupportedRepeat, "can't repeat “every 2 days”"),
    ("every other week weigh in", UnsupportedRepeat, "can't repeat"),
    ("", EmptyPhrase, "Tell me what to remind you of and when"),
    ("   \n\t ", EmptyPhrase, "Tell me what to remind you of and when"),
    ("\x00\x00", EmptyPhrase, "Tell me what to remind you of and when"),
    ("drink water", NoTimeFound, "couldn't tell when"),
    ("every day take vitamins", NoTimeFound, "couldn't tell when"),
    ("💧🥤💧", NoTimeFound, "couldn't tell when"),
    ("'; DROP TABLE reminders; --", NoTimeFound, "couldn't tell when"),
    ("x" * 4_000, PhraseTooLong, "under 300 characters"),
    ("at 8 " + "drink water " * 30, PhraseTooLong, "under 300 characters"),
    ("at 8", NothingToRemind, "What should I remind you of?"),
    ("remind me every day at 8:00", NothingToRemind, "What should I remind you of?"),
    ("from 9 to 17 drink water", InvalidWindow, "needs a repeat"),
    ("every 2 hours from 21:00 to 21:00 drink water", InvalidWindow, "ends when it starts"),
    ("in 0 minutes drink water", DelayOutOfRange, "from 1 minute to a year"),
    ("in 400 days drink water", DelayOutOfRange, "from 1 minute to a year"),
    ("in 99999999999999999999999 minutes drink", DelayOutOfRange, "from 1 minute"),
    ("in 2 hours every day drink water", ConflictingSchedule, "mixes two kinds"),
    ("every 2 hours at 9 drink water", ConflictingSchedule, "mixes two kinds"),
    ("tomorrow every day at 9 drink water", ConflictingSchedule, "mixes two kinds"),
    ("at 8 and 20 drink water", ConflictingSchedule, "say which days"),
    ("today at 9 drink water", TimeInPast, "09:00 has already passed today"),
]


@pytest.mark.parametrize(("phrase", "error", "message"), BAD, ids=[b[0][:40] for b in BAD])
def test_a_bad_phrase_gives_its_typed_error_with_a_clear_message(
    phrase: str, error: type[ReminderPhraseError], message: str
) -> None:
    with pytest.raises(error, match=message) as raised:
        parse_reminder(phrase, NOW)
    # The handler shows str(error) as is: a user error, one plain sentence or two.
    assert isinstance(raised.value, UserInputError)
    assert "\n" not in str(raised.value) and len(str(raised.value)) < 300


def test_a_naive_now_is_a_programming_error_not_a_user_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_reminder("at 8 drink water", datetime(2026, 11, 28, 16, 30))


def test_a_one_off_is_a_wall_time_that_follows_the_user_and_a_delay_an_instant() -> None:
    assert parse_reminder("tomorrow at 9 call mom", NOW).schedule == Once(datetime(2026, 11, 29, 9))
    delay = parse_reminder("in 30 minutes drink water", NOW).schedule
    assert isinstance(delay, Once) and delay.at.tzinfo is UTC


def test_a_time_in_the_spring_forward_gap_today_still_fires_after_now() -> None:
    # 02:30 does not exist in New York on 8 March 2026; said at 01:00 it fires at 03:30.
    now = datetime(2026, 3, 8, 1, 0, tzinfo=ZoneInfo("America/New_York"))
    spec = parse_reminder("at 2:30 drink water", now)
    assert spec.schedule == Once(datetime(2026, 3, 8, 2, 30))
    assert next_run(spec.schedule, "America/New_York", now) == datetime(
        2026, 3, 8, 7, 30, tzinfo=UTC
    )


# --- properties ----------------------------------------------------------------------------

FRAGMENTS = [
    "every", "day", "at", "in", "from", "to", "and", ",", "8", "25", "0", "12:30", "99:99",
    "pm", "am", "noon", "midnight", "minutes", "hours", "2", "1.5", "half", "an", "hour",
    "weekdays", "weekends", "mon", "fri", "-", "tomorrow", "tonight", "today", "remind me to",
    "drink water", "take vitamins", "💧", "'; DROP TABLE x; --", "\x00", "quarter", "past",
    "o'clock", "every 2 hours", "between", "sundays", "this evening", "in the morning",
]  # fmt: skip
instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)
zones = st.sampled_from(
    ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
     "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Pacific/Apia"]
)  # fmt: skip
phrases = st.text(max_size=MAX_PHRASE_CHARS + 20) | st.lists(
    st.sampled_from(FRAGMENTS), max_size=12
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(phrase=phrases, instant=instants, zone=zones)
def test_any_text_parses_or_raises_only_the_typed_error(
    phrase: str, instant: datetime, zone: str
) -> None:
    now = instant.astimezone(ZoneInfo(zone))
    try:
        spec = parse_reminder(phrase, now)
    except ReminderPhraseError as error:
        assert str(error)
        return
    assert spec.text and "\x00" not in spec.text and len(spec.text) <= MAX_PHRASE_CHARS
    assert spec.kind in ReminderKind
    assert schedule_from_json(schedule_to_json(spec.schedule)) == spec.schedule
    first = next_run(spec.schedule, zone, now)
    assert first is not None and first > now


@pytest.mark.parametrize(
    ("phrase", "text", "hours"),
    [
        ("every day at 15:00 have a snack unless I logged a meal in the last 3 hours",
         "have a snack", 3),
        ("every 2 hours from 9 to 17 drink water unless I ate in the last hour", "drink water", 1),
        ("at 19:00 log dinner, skip if I've had food in the past two hours", "log dinner", 2),
        ("every day at 8:00 take vitamins", "take vitamins", None),
    ],
)  # fmt: skip
def test_a_meal_condition_is_read_off_the_phrase(phrase: str, text: str, hours: int | None) -> None:
    spec = parse_reminder(phrase, NOW)
    assert (spec.text, spec.skip_if_meal_hours) == (text, hours)


@pytest.mark.parametrize("hours", ["0", "25", "99999999999"])
def test_a_meal_condition_out_of_range_is_refused(hours: str) -> None:
    with pytest.raises(InvalidCondition, match="1 to 24 hours"):
        parse_reminder(f"at 9 eat unless I logged a meal in the last {hours} hours", NOW)
