"""Reminder phrases ("weekdays 12:30 log lunch", "in 2 hours stretch") parsed into a ReminderSpec.

The phrase is read in passes, each taking the words it understands out of the text and
leaving a separator behind, so that a later pattern never matches across a removed part:
the lead-in ("remind me to"), repeats ("every 2 hours", with a window "from 9 to 17"),
delays ("in 30 minutes"), days ("weekdays", "mon, wed, fri", "tomorrow") and clock times
("at 8", "8:30 pm", "noon", "half past five"). What is left is what to remind of.

Decisions a user can see:

- A bare hour is on the 24-hour clock ("at 8" is 08:00) unless a period says otherwise
  ("at 8 pm", "tonight at 9", "every evening at 7", "7 in the evening"); the bot's reply
  shows the time it understood, so a wrong guess is seen at once.
- "from 9 to 5" is 09:00-17:00: a window's bare end hour below its start is read as pm.
- A time without a day fires once: today, or tomorrow if it has passed. "on monday" is the
  next Monday; "mondays", "every monday" and lists of days ("mon, wed, fri") repeat.
- Repeats are at least every 15 minutes (`MIN_INTERVAL_MINUTES`): a health nudge more often
  than that is noise, and each one costs a share of Telegram's global ~30 messages/s.
- "... unless I logged a meal in the last 3 hours" (or "unless I ate in the last hour")
  adds a condition: an occurrence is skipped when a meal was logged that recently (1-24 h).
- A phrase is at most `MAX_PHRASE_CHARS` characters; NUL and other control characters are
  replaced (PostgreSQL text cannot hold NUL). The remaining text is stored as-is and sent
  back escaped, so SQL-looking or HTML-looking text is just text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import Final

from healthbot.reminders.clock import (
    CLOCK,
    CLOCK_RE,
    NUMBER_WORDS,
    Clock,
    is_clear_time,
    period_time,
    read_clock,
    time_of,
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
    TimeInPast,
    UnsupportedRepeat,
)
from healthbot.reminders.schedule import (
    EVERY_DAY,
    MAX_INTERVAL_MINUTES,
    WEEKDAYS,
    WEEKENDS,
    Interval,
    Once,
    Schedule,
    Weekly,
    Window,
    local_instant,
)
from healthbot.reminders.texts import Problem

MAX_PHRASE_CHARS: Final = 300
MIN_INTERVAL_MINUTES: Final = 15
MAX_AHEAD: Final = timedelta(days=366)


class ReminderKind(StrEnum):
    """What a reminder is about: the values of the `reminders.kind` column."""

    WATER = "water"
    MEAL = "meal"
    WEIGHT = "weight"
    MEDICATION = "medication"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class ReminderSpec:
    """A parsed reminder: what to say, what it is about, and when."""

    text: str
    kind: ReminderKind
    schedule: Schedule
    skip_if_meal_hours: int | None = None  # skip when a meal was logged this recently


# --- patterns ------------------------------------------------------------------------------

# Removed parts leave this behind (control characters are gone from the input), so that no
# later pattern matches across them and the leftover text splits where they were.
_CUT: Final = "\x00"
_TIMES_RE: Final = re.compile(
    r"(?:(?P<at>\bat\s+|@\s*)|(?<![\w:.,]))(?P<list>" + CLOCK
    + r"(?:\s*(?:,|&|\band\b)\s*(?:at\s+)?" + CLOCK + r")*)",
    re.IGNORECASE,
)  # fmt: skip
_LEAD_IN: Final = re.compile(
    r"(?:\b(?:can|could|would|will)\s+you\s+)?(?:\bplease\s+|\bpls\s+)?"
    r"(?:\b(?:remind|ping|nudge|notify|tell)\s+me|\bset\s+(?:me\s+)?(?:a\s+|an\s+)?reminder"
    r"|\breminder\s*:)(?:\s+(?:to|about|that|of|for)\b)?"
    r"|\b(?:please|pls|plz|thanks|thank\s+you|thx)\b[.!]*",
    re.IGNORECASE,
)
_COUNT: Final = (
    r"(?P<n>\d+(?:[.,]\d+)?|half\s+an?|half|a\s+couple\s+of|couple\s+of|an?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
_CONDITION_RE: Final = re.compile(
    r"\b(?:unless|except\s+(?:if|when)|skip\s+(?:it\s+)?(?:if|when)|but\s+not\s+if)\s+"
    r"(?:i\s*(?:'ve|\s+have)?\s+)?(?:already\s+)?(?:logged|log|had|eaten|ate|eat)\s+"
    r"(?:a\s+meal|meals?|food|something|anything|a\s+snack)?\s*(?:in|within|during)\s+"
    r"the\s+(?:last|past|previous)\s+(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\s*)?(?:hours?|hrs?|h)\b",
    re.IGNORECASE,
)
MAX_CONDITION_HOURS: Final = 24
_UNIT: Final = r"(?P<unit>minutes?|mins?|m|hours?|hrs?|hr|h|days?)\b"
_EVERY_RE: Final = re.compile(
    r"\b(?:every|each)\s+(?:" + _COUNT + r"\s*" + _UNIT + r"|(?P<single>minute|hour)\b)"
    r"|\b(?P<hourly>hourly)\b",
    re.IGNORECASE,
)
_UNSUPPORTED_RE: Final = re.compile(
    r"\bevery\s+(?:other|second|third|\d+|two|three|four|five|six|couple\s+of)\s+"
    r"(?:days?|weeks?|months?|years?)\b|\b(?:every|each)\s+(?:week|month|year)\b"
    r"|\b(?:fortnightly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)
_IN_RE: Final = re.compile(
    r"\bin\s+" + _COUNT + r"\s*" + _UNIT
    + r"(?:\s+(?:and\s+)?(?P<n2>\d+)\s*(?:minutes?|mins?|m)\b)?",
    re.IGNORECASE,
)  # fmt: skip
_WINDOW_RE: Final = re.compile(
    r"\b(?:from|between)\s+(?P<start>" + CLOCK + r")"
    r"(?:\s*(?:-|–|to|and|until|till)\s*(?P<end>" + CLOCK + r"))?",
    re.IGNORECASE,
)
_DAILY_RE: Final = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?day\b|\beveryday\b|\bdaily\b"
    r"|\b(?:every|each)\s+(?P<period>morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
_WEEKDAYS_RE: Final = re.compile(
    r"\b(?:on\s+|every\s+|each\s+)?(?:the\s+)?week\s?-?days?\b", re.IGNORECASE
)
_WEEKENDS_RE: Final = re.compile(
    r"\b(?:on\s+|every\s+|each\s+|at\s+)?(?:the\s+)?week\s?-?ends?\b", re.IGNORECASE
)
_DAY_NAMES: Final = {
    "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip
_DAY: Final = (
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"|mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\b\.?"
)
_DAY_SEP: Final = r"\s*(?:,|&|/|\band\b|-|–|\bto\b|\bthrough\b|\bthru\b)\s*(?:and\s+)?"
_DAYS_RE: Final = re.compile(
    r"(?P<lead>\b(?:on|every|each)\s+)?(?P<list>" + _DAY + r"(?:" + _DAY_SEP + _DAY + r")*)",
    re.IGNORECASE,
)
_DAY_TOKEN_RE: Final = re.compile(_DAY, re.IGNORECASE)
_RANGE_SEP: Final = re.compile(r"-|–|\bto\b|\bthrough\b|\bthru\b", re.IGNORECASE)
_DATE_RE: Final = re.compile(
    r"\b(?P<day>today|tonight|tomorrow|tmrw|tmr|this)"
    r"(?:\s+(?P<period>morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
_EDGE_WORDS: Final = re.compile(
    r"^(?:(?:to|and|then|at|on|about|that|for|of|me)\b|[\s,;:\-–—.])+"
    r"|(?:\b(?:at|on|and|to|for)|[\s,;:\-–—])+$",
    re.IGNORECASE,
)
_KINDS: Final = (
    (ReminderKind.MEDICATION, r"vitamins?|pills?|medications?|medicines?|meds|tablets?"),
    (ReminderKind.WEIGHT, r"weigh\w*|scales?"),
    (ReminderKind.WATER, r"water|drink\w*|hydrat\w*"),
    (ReminderKind.MEAL, r"lunch|dinner|breakfast|meals?|eat\w*|log|logs|snacks?|food"),
)
_KIND_RES: Final = tuple((kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in _KINDS)


# --- reading -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Parts:
    """What the passes have found so far, and the text they have not taken."""

    text: str
    every: int | None = None
    window: Window | None = None
    delay: timedelta | None = None
    days: frozenset[int] | None = None  # a repeat on these ISO weekdays
    weekday: int | None = None  # a one-off on the next such day
    date_word: str | None = None  # "today" or "tomorrow"
    period: str | None = None  # morning, afternoon, evening or night
    clocks: list[Clock] = field(default_factory=list)
    meal_hours: int | None = None  # "unless I logged a meal in the last N hours"

    def add_days(self, days: frozenset[int]) -> None:
        self.days = days if self.days is None else self.days | days

    def set_once(self, attribute: str, value: object) -> None:
        if getattr(self, attribute) is not None:
            raise ConflictingSchedule(Problem.CONFLICT)
        setattr(self, attribute, value)


def parse_reminder(text: str, now_local: datetime) -> ReminderSpec:
    """Read a reminder phrase said at `now_local` (aware, in the user's timezone)."""
    if now_local.tzinfo is None or now_local.utcoffset() is None:
        raise ValueError(f"now_local must be aware, not {now_local!r}")
    parts = _Parts(_clean(text))
    for read in _PASSES:
        read(parts)
    schedule = _schedule(parts, now_local)
    what = _leftover(parts.text)
    if not what:
        raise NothingToRemind(Problem.NO_TEXT)
    return ReminderSpec(what, guess_kind(what), schedule, parts.meal_hours)


def guess_kind(text: str) -> ReminderKind:
    """The kind of reminder its words suggest (medication before weight, water, meal)."""
    for kind, pattern in _KIND_RES:
        if pattern.search(text):
            return kind
    return ReminderKind.CUSTOM


def _clean(text: str) -> str:
    # A cheap bound first: normalisation must not run over a megabyte pasted by mistake.
    if len(text) > 4 * MAX_PHRASE_CHARS:
        raise PhraseTooLong(Problem.TOO_LONG, limit=MAX_PHRASE_CHARS)
    # NFKC turns fullwidth digits and similar look-alikes into the ASCII the patterns read.
    text = unicodedata.normalize("NFKC", text)
    # Control characters (NUL above all, which PostgreSQL text refuses) and lone surrogates
    # (which UTF-8 cannot encode) become spaces; format characters stay (emoji joiners).
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)
    text = " ".join(text.split())
    if not text:
        raise EmptyPhrase(Problem.EMPTY)
    if len(text) > MAX_PHRASE_CHARS:
        raise PhraseTooLong(Problem.TOO_LONG, limit=MAX_PHRASE_CHARS)
    return text


def _leftover(text: str) -> str:
    text = " ".join(" ".join(piece.split()) for piece in text.split(_CUT) if piece.strip())
    while (stripped := _EDGE_WORDS.sub("", text)) != text:
        text = stripped
    return text


def _read_condition(parts: _Parts) -> None:
    def condition(match: re.Match[str]) -> str:
        count = (match["n"] or "1").lower()
        hours = NUMBER_WORDS[count] if count in NUMBER_WORDS else int(count[:6])
        if not 1 <= hours <= MAX_CONDITION_HOURS:
            raise InvalidCondition(Problem.BAD_CONDITION)
        parts.set_once("meal_hours", hours)
        return _CUT

    parts.text = _CONDITION_RE.sub(condition, parts.text)


def _read_lead_in(parts: _Parts) -> None:
    parts.text = _LEAD_IN.sub(_CUT, parts.text)
    if match := _UNSUPPORTED_RE.search(parts.text):
        raise UnsupportedRepeat(Problem.UNSUPPORTED, token=match[0])


def _read_repeat_days(parts: _Parts) -> None:
    def daily(match: re.Match[str]) -> str:
        parts.add_days(EVERY_DAY)
        if match["period"]:
            parts.set_once("period", match["period"].lower())
        return _CUT

    def fixed(days: frozenset[int]) -> _Sub:
        def take(_match: re.Match[str]) -> str:
            parts.add_days(days)
            return _CUT

        return take

    parts.text = _DAILY_RE.sub(daily, parts.text)
    parts.text = _WEEKDAYS_RE.sub(fixed(WEEKDAYS), parts.text)
    parts.text = _WEEKENDS_RE.sub(fixed(WEEKENDS), parts.text)


def _read_every(parts: _Parts) -> None:
    def every(match: re.Match[str]) -> str:
        if match["hourly"] or match["single"]:
            minutes = 1 if (match["single"] or "").lower() == "minute" else 60
        else:
            minutes = round(_minutes(match))
        if minutes < MIN_INTERVAL_MINUTES:
            raise IntervalOutOfRange(Problem.TOO_OFTEN, minimum=MIN_INTERVAL_MINUTES)
        if minutes > MAX_INTERVAL_MINUTES:
            raise IntervalOutOfRange(Problem.TOO_RARE)
        parts.set_once("every", minutes)
        return _CUT

    parts.text = _EVERY_RE.sub(every, parts.text)


def _read_window(parts: _Parts) -> None:
    def window(match: re.Match[str]) -> str:
        start = _clock(match["start"])
        if match["end"] is None:
            # "every 2 hours from 9": until the end of the day.
            end = Clock(23, 59, explicit=True, period=None)
        else:
            end = _clock(match["end"])
        begin, finish = time_of(start, parts.period), time_of(end, parts.period)
        if finish <= begin < time(12) and not end.explicit and end.hour >= 1:
            # "from 9 to 5" is a working day on a 12-hour clock; "from 17 to 9" is a
            # 24-hour clock's night, which a window cannot hold.
            finish = finish.replace(hour=end.hour + 12)
        if finish <= begin:
            raise InvalidWindow(Problem.BAD_WINDOW, token=match[0].strip())
        parts.set_once("window", Window(begin, finish))
        return _CUT

    parts.text = _WINDOW_RE.sub(window, parts.text)


def _read_delay(parts: _Parts) -> None:
    def delay(match: re.Match[str]) -> str:
        minutes = _minutes(match) + int(match["n2"] or 0)
        if not 1 <= minutes <= MAX_AHEAD / timedelta(minutes=1):
            raise DelayOutOfRange(Problem.BAD_DELAY, token=match[0].strip())
        parts.set_once("delay", timedelta(seconds=round(minutes * 60)))
        return _CUT

    parts.text = _IN_RE.sub(delay, parts.text)


def _read_times(parts: _Parts) -> None:
    def times(match: re.Match[str]) -> str:
        tokens = [token[0] for token in CLOCK_RE.finditer(match["list"])]
        if match["at"] is None and not is_clear_time(tokens[0]):
            return match[0]  # "take 2 pills": a bare number is not a time
        parts.clocks.extend(_clock(token) for token in tokens)
        return _CUT

    parts.text = _TIMES_RE.sub(times, parts.text)


def _read_dates(parts: _Parts) -> None:
    def date_word(match: re.Match[str]) -> str:
        word = match["day"].lower()
        period = match["period"].lower() if match["period"] else None
        if word == "this" and period is None:
            return match[0]  # "this" alone says nothing about a day
        parts.set_once("date_word", "tomorrow" if word in ("tomorrow", "tmrw", "tmr") else "today")
        if word == "tonight":
            period = "evening"  # "tonight at 9" is 21:00
        if period is not None:
            parts.set_once("period", period)
        return _CUT

    parts.text = _DATE_RE.sub(date_word, parts.text)


def _read_day_names(parts: _Parts) -> None:
    def day_names(match: re.Match[str]) -> str:
        lead = (match["lead"] or "").strip().lower()
        tokens = list(_DAY_TOKEN_RE.finditer(match["list"]))
        names = [token[0].rstrip(".").lower() for token in tokens]
        if len(tokens) == 1 and not lead and not names[0].endswith(("day", "days")):
            return match[0]  # "sat", "sun" alone are ordinary words
        days: set[int] = set()
        for index, token in enumerate(tokens):
            day = _DAY_NAMES[names[index][:3]]
            between = match["list"][tokens[index - 1].end() : token.start()] if index else ""
            if index and _RANGE_SEP.search(between):
                days |= _day_range(_DAY_NAMES[names[index - 1][:3]], day)
            days.add(day)
        if len(days) > 1 or lead in ("every", "each") or names[0].endswith("days"):
            parts.add_days(frozenset(days))
        else:
            parts.set_once("weekday", days.pop())
        return _CUT

    parts.text = _DAYS_RE.sub(day_names, parts.text)


_Sub = Callable[[re.Match[str]], str]
_PASSES: Final[tuple[Callable[[_Parts], None], ...]] = (
    # Order matters: repeats and windows before clock times ("from 9am to 5pm" is a window,
    # not two times), clock times before dates ("9 tonight" is one time); the condition
    # first, as its "in the last 3 hours" is no delay.
    _read_condition,
    _read_lead_in,
    _read_repeat_days,
    _read_every,
    _read_window,
    _read_delay,
    _read_times,
    _read_dates,
    _read_day_names,
)
_UNIT_MINUTES: Final = {"m": 1, "h": 60, "d": 24 * 60}


def _minutes(match: re.Match[str]) -> Fraction:
    count = " ".join((match["n"] or "1").lower().split())
    if count.startswith("half"):
        amount = Fraction(1, 2)
    elif "couple" in count:
        amount = Fraction(2)
    elif count in NUMBER_WORDS:
        amount = Fraction(NUMBER_WORDS[count])
    else:
        amount = Fraction(count.replace(",", "."))
    return amount * _UNIT_MINUTES[match["unit"][0].lower()]


def _clock(token: str) -> Clock:
    clock = read_clock(token)
    if clock is None:
        raise InvalidTime(Problem.BAD_TIME, token=token.strip())
    return clock


def _day_range(first: int, last: int) -> set[int]:
    # "fri-mon" wraps over the weekend.
    days = {first}
    while first != last:
        first = first % 7 + 1
        days.add(first)
    return days


def _schedule(parts: _Parts, now_local: datetime) -> Schedule:
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
    alone = period_time(parts.period)  # "every morning to meditate": its usual time
    if not parts.clocks and alone is None:
        raise NoTimeFound(Problem.NO_TIME)
    times = tuple(dict.fromkeys(time_of(clock, parts.period) for clock in parts.clocks))
    if not times:  # no clock: the period alone, checked above
        times = (alone,) if alone is not None else times
    if parts.days is not None:
        if one_off:
            raise ConflictingSchedule(Problem.CONFLICT)
        return Weekly(times, parts.days)
    if len(times) > 1:
        raise ConflictingSchedule(Problem.SEVERAL_ONCE)
    return _one_off(parts, times[0], now_local)


def _one_off(parts: _Parts, at: time, now_local: datetime) -> Once:
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
