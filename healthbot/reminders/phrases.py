"""Reminder phrases ("weekdays 12:30 log lunch", "in 2 hours stretch") parsed into a ReminderSpec.

The phrase is read in passes, each taking the words it understands out of the text and
leaving a separator behind, so that a later pattern never matches across a removed part:
the lead-in ("remind me to"), repeats ("every 2 hours", with a window "from 9 to 17"),
delays ("in 30 minutes"), days ("weekdays", "mon, wed, fri", "tomorrow") and clock times
("at 8", "8:30 pm", "noon", "half past five") or period words alone ("every morning",
"at bedtime", "at lunchtime": the user's times for them, see periods.py). What is left is
what to remind of.

Decisions a user can see:

- A bare hour is on the 24-hour clock ("at 8" is 08:00) unless a period says otherwise
  ("at 8 pm", "tonight at 9", "every evening at 7", "7 in the evening"); the bot's reply
  shows the time it understood, so a wrong guess is seen at once.
- "from 9 to 5" is 09:00-17:00: a window's bare end hour below a morning start is read as
  pm. Any other end before the start is a night: "from 11pm to 7am", "from 22 to 6".
- "by 7pm" alone is the time ("evry day by 7pm drink water"); beside another time it is
  when the thing is due and stays in the text ("at 9pm log dinner by 11pm": at 21:00).
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from fractions import Fraction
from typing import Final

from healthbot.reminders.clock import (
    CLOCK,
    CLOCK_RE,
    NUMBER_WORDS,
    Clock,
    is_clear_time,
    read_clock,
    time_of,
)
from healthbot.reminders.kinds import ReminderKind, guess_kind
from healthbot.reminders.parts import Parts, schedule_of
from healthbot.reminders.periods import DEFAULT_TIMES, PERIOD_WORD_RE, word_of
from healthbot.reminders.refusals import (
    DelayOutOfRange,
    EmptyPhrase,
    IntervalOutOfRange,
    InvalidCondition,
    InvalidTime,
    InvalidWindow,
    NothingToRemind,
    PhraseTooLong,
    UnsupportedRepeat,
)
from healthbot.reminders.schedule import (
    EVERY_DAY,
    MAX_INTERVAL_MINUTES,
    WEEKDAYS,
    WEEKENDS,
    Schedule,
    Window,
)
from healthbot.reminders.texts import Problem

MAX_PHRASE_CHARS: Final = 300
MIN_INTERVAL_MINUTES: Final = 15
MAX_AHEAD: Final = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class ReminderSpec:
    """A parsed reminder: what to say, what it is about, and when."""

    text: str
    kind: ReminderKind
    schedule: Schedule
    skip_if_meal_hours: int | None = None  # skip when a meal was logged this recently
    # The period word that gave the time ("bedtime"), if one did: how it was said, not what
    # the reminder is, so two specs with one schedule are equal whatever word made it.
    period: str | None = field(default=None, compare=False)


# --- patterns ------------------------------------------------------------------------------

# Removed parts leave this behind (control characters are gone from the input), so that no
# later pattern matches across them and the leftover text splits where they were.
_CUT: Final = "\x00"
_TIMES_RE: Final = re.compile(
    r"(?:(?P<at>\bat\s+|@\s*)|(?P<by>\b(?:by|before)\s+)|(?P<around>\baround\s+)"
    r"|(?<![\w:.,]))(?P<list>" + CLOCK
    + r"(?:\s*(?:,|&|\band\b)\s*(?:at\s+)?" + CLOCK + r")*)",
    re.IGNORECASE,
)  # fmt: skip
_BY_RE: Final = re.compile(
    r"\b(?:by|before)\s+" + CLOCK + r"(?:\s*(?:,|&|\band\b)\s*(?:at\s+)?" + CLOCK + r")*",
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
# "every" as typed in a hurry: "evry day", "everyday", "evryday", "every-day".
_DAILY_RE: Final = re.compile(
    r"\b(?:every|evry|evrey|evey|each)(?:\s+|-)(?:single\s+)?day\b|\bev(?:e|r)?ry-?day\b"
    r"|\bdaily\b"
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
# --- reading -------------------------------------------------------------------------------


def parse_reminder(
    text: str, now_local: datetime, times: Mapping[str, time] = DEFAULT_TIMES
) -> ReminderSpec:
    """Read a reminder phrase said at `now_local` (aware, in the user's timezone); `times`
    are what the period words ("every morning", "at bedtime") stand for."""
    if now_local.tzinfo is None or now_local.utcoffset() is None:
        raise ValueError(f"now_local must be aware, not {now_local!r}")
    parts = Parts(_clean(text))
    for read in _PASSES:
        read(parts)
    if parts.deadlines and not parts.clocks and parts.alone_word() is None:
        # "by 7pm" alone is the time (Nigerian English says "by 7pm" for at 7pm); beside
        # another time it is when the thing is due, and stays in the text.
        parts.clocks = parts.deadlines
        parts.text = _BY_RE.sub(_cut_deadline, parts.text)
    schedule = schedule_of(parts, now_local, {**DEFAULT_TIMES, **times})
    what = _leftover(parts.text)
    if not what:
        raise NothingToRemind(Problem.NO_TEXT)
    return ReminderSpec(what, guess_kind(what), schedule, parts.meal_hours, parts.alone_word())


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


def _read_condition(parts: Parts) -> None:
    def condition(match: re.Match[str]) -> str:
        count = (match["n"] or "1").lower()
        hours = NUMBER_WORDS[count] if count in NUMBER_WORDS else int(count[:6])
        if not 1 <= hours <= MAX_CONDITION_HOURS:
            raise InvalidCondition(Problem.BAD_CONDITION)
        parts.set_once("meal_hours", hours)
        return _CUT

    parts.text = _CONDITION_RE.sub(condition, parts.text)


def _read_lead_in(parts: Parts) -> None:
    parts.text = _LEAD_IN.sub(_CUT, parts.text)
    if match := _UNSUPPORTED_RE.search(parts.text):
        raise UnsupportedRepeat(Problem.UNSUPPORTED, token=match[0])


def _read_repeat_days(parts: Parts) -> None:
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


def _read_period_words(parts: Parts) -> None:
    def period_word(match: re.Match[str]) -> str:
        parts.set_once("named", word_of(match))
        if match[0].lower().startswith(("every", "each")):
            parts.add_days(EVERY_DAY)  # "every bedtime"
        return _CUT

    parts.text = PERIOD_WORD_RE.sub(period_word, parts.text)


def _read_every(parts: Parts) -> None:
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


def _read_window(parts: Parts) -> None:
    def window(match: re.Match[str]) -> str:
        start = _clock(match["start"])
        if match["end"] is None:
            # "every 2 hours from 9": until the end of the day.
            end = Clock(23, 59, explicit=True, period=None)
        else:
            end = _clock(match["end"])
        begin, finish = time_of(start, parts.period), time_of(end, parts.period)
        if finish <= begin and _bare_end_is_pm(start, begin, end):
            finish = finish.replace(hour=end.hour + 12)
        if finish == begin:
            raise InvalidWindow(Problem.BAD_WINDOW, token=match[0].strip())
        parts.set_once("window", Window(begin, finish))
        return _CUT

    parts.text = _WINDOW_RE.sub(window, parts.text)


def _bare_end_is_pm(start: Clock, begin: time, end: Clock) -> bool:
    """Whether a window's end without am/pm that falls before its start is the pm hour.

    "From 9 to 5" is a working day on a 12-hour clock, and so are "from 2pm to 6", "from
    noon to 6" and "from 12:30 to 4": the end is pm when that puts it after the start. The
    rest are nights, which run past midnight: an end whose pm reading still falls before the
    start ("from 11pm to 7", "from 10 pm to 2"), an explicit one ("from 7pm to 6am"), and
    any after a start on the 24-hour clock ("from 17 to 9", "from 22 to 6").
    """
    if end.explicit or not 1 <= end.hour <= 11:
        return False
    if begin < time(12):
        return True
    twelve_hour_start = start.explicit or start.hour <= 12  # 2pm, noon, 12:30, 2 in the afternoon
    return twelve_hour_start and time(end.hour + 12, end.minute) > begin


def _read_delay(parts: Parts) -> None:
    def delay(match: re.Match[str]) -> str:
        minutes = _minutes(match) + int(match["n2"] or 0)
        if not 1 <= minutes <= MAX_AHEAD / timedelta(minutes=1):
            raise DelayOutOfRange(Problem.BAD_DELAY, token=match[0].strip())
        parts.set_once("delay", timedelta(seconds=round(minutes * 60)))
        return _CUT

    parts.text = _IN_RE.sub(delay, parts.text)


def _read_times(parts: Parts) -> None:
    def times(match: re.Match[str]) -> str:
        tokens = [token[0] for token in CLOCK_RE.finditer(match["list"])]
        if match["at"] is None and not is_clear_time(tokens[0]):
            return match[0]  # "take 2 pills", "walk by 2 shops": a bare number is not a time
        if match["by"] is not None:  # "by 11pm": the time, unless another is named
            parts.deadlines.extend(_clock(token) for token in tokens)
            return match[0]
        parts.clocks.extend(_clock(token) for token in tokens)
        return _CUT

    parts.text = _TIMES_RE.sub(times, parts.text)


def _read_dates(parts: Parts) -> None:
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


def _read_day_names(parts: Parts) -> None:
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
_PASSES: Final[tuple[Callable[[Parts], None], ...]] = (
    # Order matters: repeats and windows before clock times ("from 9am to 5pm" is a window,
    # not two times), clock times before dates ("9 tonight" is one time); the condition
    # first, as its "in the last 3 hours" is no delay.
    _read_condition,
    _read_lead_in,
    _read_repeat_days,
    _read_period_words,
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


def _cut_deadline(match: re.Match[str]) -> str:
    first = CLOCK_RE.search(match[0])
    return _CUT if first is not None and is_clear_time(first[0]) else match[0]


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
