"""When a message says a thing happened: the day, time and meal its text starts with.

"/log yesterday 2 eggs", "/log at 8am oatmeal", "/log for lunch a salad", "/log yesterday
at 7pm for dinner: pasta", "/log on monday ...", "/log 3 days ago ...", "/log on 12 march
...". `read_when` takes these words off the front of the text, before the food parser
reads the rest (the food's own sentence reading still finds "yesterday" or "for lunch"
later in a sentence); `When.instant` turns them into the instant eaten, in the user's zone.
Words that look like a day or a time but are none ("on funday", "yesterdy", "at 25pm"), a
moment still to come, or one more than a year back raise `WhenError`: nothing is logged
on a day the user did not mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final

from rapidfuzz.distance import Levenshtein

from healthbot.errors import UserInputError


class Meal(StrEnum):
    """The meal an entry belongs to (food_entries.meal)."""

    BREAKFAST = "breakfast"
    LUNCH = "lunch"
    DINNER = "dinner"
    SNACK = "snack"


MEAL_NAMES: Final = {
    "breakfast": Meal.BREAKFAST, "brunch": Meal.BREAKFAST, "lunch": Meal.LUNCH,
    "dinner": Meal.DINNER, "supper": Meal.DINNER, "snack": Meal.SNACK, "snacks": Meal.SNACK,
    "lunchtime": Meal.LUNCH, "dessert": Meal.SNACK, "elevenses": Meal.SNACK,
    "brekkie": Meal.BREAKFAST, "brekky": Meal.BREAKFAST, "breaky": Meal.BREAKFAST,
    "brekkers": Meal.BREAKFAST, "tea": Meal.DINNER,
    # Australia's and New Zealand's smoko and morning or arvo tea, India's tiffin
    "smoko": Meal.SNACK, "morning tea": Meal.SNACK, "afternoon tea": Meal.SNACK,
    "arvo tea": Meal.SNACK, "tiffin": Meal.LUNCH,
}  # fmt: skip
"""Every name of a meal, in every English the bot reads, and the meal it is: the one table
the readers of meal words take theirs from (a label, a day's meal, a sentence's)."""
LABEL_MEALS: Final = ("breakfast", "brunch", "lunch", "dinner", "supper", "snack", "snacks")
"""The plain names of `MEAL_NAMES` that a /log text or a saved meal's name starts with
("breakfast: 2 eggs")."""
MAX_DAYS_BACK: Final = 366
"""How far back a meal can be logged."""
MEAL_TIMES: Final = {Meal.BREAKFAST: time(8, 0), Meal.LUNCH: time(12, 30), Meal.DINNER: time(19)}
"""When a meal named on an earlier day without a time was eaten (a snack: the time now)."""


class WhenProblem(StrEnum):
    """Why the words of a /log about when it was eaten cannot be used."""

    UNKNOWN_DAY = "unknown_day"  # "on funday", "yesterdy", "on 31 february"
    BAD_TIME = "bad_time"  # "at 25pm", "at 7:75"
    FUTURE = "future"  # "tomorrow", "today at 11pm" at 8am
    TOO_FAR = "too_far"  # more than MAX_DAYS_BACK days back


class WhenError(UserInputError):
    """Words about when a meal was eaten that cannot be used; `span` is them as typed,
    `meant` a day word they may be a typo of, `moment` the day and time they named (to be
    said on the user's clock)."""

    def __init__(
        self,
        problem: WhenProblem,
        span: str,
        meant: str | None = None,
        moment: datetime | None = None,
    ) -> None:
        super().__init__(f"{problem.value}: {span[:40]!r}")
        self.problem = problem
        self.span = span
        self.meant = meant
        self.moment = moment


_MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_WORDS: Final = frozenset(_MONTHS + _WEEKDAYS)
"""The names of the months and the days of the week."""
_NUMBERS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                   "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_MEALS: Final = {name: MEAL_NAMES[name] for name in (*LABEL_MEALS, "lunchtime", "dessert")}
"""The meals a day's words name ("yesterday lunchtime", "monday's dessert")."""
# Words a typo of which is refused rather than taken for a food ("yesterdy 2 eggs").
_DAY_WORDS: Final = ("today", "yesterday", "tomorrow", *_WEEKDAYS)
# A part of a named day names its meal ("yesterday evening", "on monday morning"): the
# afternoon is Lunch, as `portions.meal_at` reads 11:00-16:00, most of it (the Snack hour
# after has no time of its own to log an earlier day's snack at).
_PARTS: Final = {"morning": Meal.BREAKFAST, "lunchtime": Meal.LUNCH, "lunch time": Meal.LUNCH,
                 "afternoon": Meal.LUNCH, "arvo": Meal.LUNCH,  # Australia's afternoon
                 "evening": Meal.DINNER, "night": Meal.DINNER, "tonight": Meal.DINNER}  # fmt: skip

_END = r"(?![\w'])[\s,:;\-–—]*"  # a token's end, and the separators after it
_NUMBER = r"\d{1,3}|" + "|".join(_NUMBERS)
_MONTH = "|".join(m if len(m) <= 4 else f"{m[:3]}(?:{m[3:]})?" for m in _MONTHS)
_FULL_MONTH = "|".join(m for m in _MONTHS if m != "may")  # "may 2 ..." is no date
_WEEKDAY = "|".join(_WEEKDAYS)
_SHORT_WEEKDAY = r"mon|tues?|wed|thu(?:rs)?|fri|sat|sun"
_TH = r"(?:st|nd|rd|th)?"
_PART = r"(?:\s+(?:in\s+the\s+|at\s+)?(?P<part>morning|afternoon|arvo|evening|night|lunch\s*time))?"
_OWN = r"(?:['’]s)?"  # "yesterday's lunch: ...", "monday's dinner, ..."
# A meal word right after the day ("yesterday dinner 2 rotis", "monday's lunch: a salad"),
# before a separator or an amount: "yesterday dinner rolls" are rolls.
_DAY_MEAL = (r"(?P<meal>" + "|".join(_MEALS) + r")"
             r"(?=\s*[:,;\-–—]|\s+(?:\d|(?:a|an|some|one|two|three|half|my)\b))")  # fmt: skip
_CLOCK = r"(?P<h>\d{1,2})(?:[:.h](?P<min>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?(?:\s+o'?clock)?"
_PATTERNS: Final = {
    name: re.compile(f"(?:{pattern}){_END}", re.IGNORECASE)
    for name, pattern in (
        ("before", r"(?:the\s+)?day\s+before\s+yesterday" + _PART),
        ("yesterday", r"yesterday" + _OWN + _PART),
        ("last_night", r"last\s+(?P<part>night|evening)" + _OWN),
        ("today", r"today" + _OWN + _PART + r"|(?P<part2>tonight)"
                  r"|this\s+(?P<part3>morning|afternoon|arvo|evening|lunch\s*time)"),
        ("tomorrow", r"tomorrow"),
        ("ago", rf"(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?)\s+ago"),
        ("vague_ago", r"(?P<span>(?:a\s+)?(?:few|couple(?:\s+of)?|several|some)\s+days?\s+ago)"),
        ("weekday", rf"(?:on\s+)?(?P<last>last\s+)?(?P<wd>{_WEEKDAY})" + _OWN + _PART),
        ("short_weekday", rf"on\s+(?P<last>last\s+)?(?P<wd>{_SHORT_WEEKDAY})" + _PART),
        ("iso", r"(?:on\s+)?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
        ("day_month", rf"on\s+(?:the\s+)?(?P<d>\d{{1,2}}){_TH}\s+(?:of\s+)?(?P<m>{_MONTH})"),
        ("month_day", rf"on\s+(?P<m>{_MONTH})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_TH}"),
        ("day_full", rf"(?P<d>\d{{1,2}}){_TH}\s+(?:of\s+)?(?P<m>{_FULL_MONTH})"),
        ("full_day", rf"(?P<m>{_FULL_MONTH})\s+(?P<d>\d{{1,2}}){_TH}"),
        ("nth", r"on\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)"),
        ("unknown_date", r"on\s+(?P<span>(?:the\s+)?\d[\w/.]*)"),
        ("unknown_day", r"on\s+(?P<span>\w+day)"),
        ("clock", rf"(?:at|@)\s*{_CLOCK}"),
        ("around", r"(?:around|about)\s*(?P<h>\d{1,2})(?:(?:[:.h](?P<min>\d{2}))?"
                   r"\s*(?P<half>[ap]\.?m\.?)|[:.h](?P<min2>\d{2}))"),
        ("noon", r"(?:at|around|about|@)\s*(?P<word>noon|midday|midnight)"),
        ("bad_clock", r"(?:at|@)\s*(?P<span>\d[\w:.]*)"),
        ("meal", r"(?:for|at|as|during)\s+(?:my\s+|a\s+|an\s+)?"
                 r"(?P<meal>" + "|".join(_MEALS) + ")"),
        ("day_meal", _DAY_MEAL),
    )
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class When:
    """The day, time and meal a /log named (each None when it named none)."""

    days_ago: int | None = None  # "yesterday": 1
    weekday: int | None = None  # "on monday": 0 (Monday) to 6, the last one up to today
    last_weekday: bool = False  # "last monday": never today
    on: tuple[int | None, int | None, int] | None = None  # "on 12 march": (year, month, day)
    at: time | None = None
    meal: Meal | None = None
    part: Meal | None = None  # "yesterday evening": the meal its part of the day names

    @property
    def has_day(self) -> bool:
        """Whether a day was named."""
        return self.days_ago is not None or self.weekday is not None or self.on is not None

    def day(self, today: date) -> date | None:
        """The day named, seen from `today` (None: none was)."""
        if self.days_ago is not None:
            return today - timedelta(days=self.days_ago)
        if self.weekday is not None:
            back = (today.weekday() - self.weekday) % 7
            return today - timedelta(days=back or (7 if self.last_weekday else 0))
        if self.on is None:
            return None
        year, month, day = self.on
        if month is None:  # "on the 30th": this month's, else last month's
            found = _date(today.year, today.month, day, clip=True)
            if found > today or found.day != day:
                last = today.replace(day=1) - timedelta(days=1)
                found = _date(last.year, last.month, day, clip=True)
                if found.day != day:  # "the 31st" on 10 March: February has none
                    raise WhenError(WhenProblem.UNKNOWN_DAY, f"the {_ordinal(day)}")
            return found
        found = _date(year or today.year, month, day)
        if year is None and found > today:  # "on 30 december", said in January
            found = _date(today.year - 1, month, day)
        return found

    def instant(self, now: datetime) -> datetime | None:
        """The instant eaten, in the zone of `now` (the user's now); None when no day or
        time was named, or only today's: now. Raises `WhenError` for a moment still to
        come or more than `MAX_DAYS_BACK` days back."""
        today = now.date()
        day = self.day(today)
        if self.at is None and (day is None or day == today):
            return None
        if self.at is not None:
            moment = datetime.combine(day or today, self.at, tzinfo=now.tzinfo)
            if moment > now and day is None:  # "at 11pm", said at 8am: last night
                moment -= timedelta(days=1)
        else:
            assert day is not None
            # "yesterday evening for a snack": the snack has no time, the evening has.
            timed = [m for m in (self.meal, self.part) if m is not None and m in MEAL_TIMES]
            at = MEAL_TIMES[timed[0]] if timed else now.time()
            moment = datetime.combine(day, at, tzinfo=now.tzinfo)
        if moment > now:
            said = moment.strftime("%a %d %b %H:%M") if self.at else moment.strftime("%a %d %b")
            raise WhenError(WhenProblem.FUTURE, said, moment=moment if self.at else None)
        if (today - moment.date()).days > MAX_DAYS_BACK:
            raise WhenError(WhenProblem.TOO_FAR, moment.strftime("%a %d %b %Y"))
        return moment


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _date(year: int, month: int, day: int, *, clip: bool = False) -> date:
    """The date; with `clip`, a day past the month's end is its last ("the 31st" in
    April: then no day of this month, see `When.day`)."""
    try:
        return date(year, month, day)
    except ValueError:
        if clip:
            return _date(year, month, day - 1, clip=True)
        raise WhenError(WhenProblem.UNKNOWN_DAY, f"{day} {_MONTHS[month - 1]}") from None


def read_when(text: str) -> tuple[When, str]:
    """The day, time and meal the text starts with (in any order, each once), and the
    rest; `WhenError` for day or time words that name none."""
    when, rest = When(), text.lstrip()
    while True:
        for name, pattern in _PATTERNS.items():
            found = pattern.match(rest)
            if found is None:
                continue
            read = _token(when, name, found)
            if read is not None:
                when, rest = read, rest[found.end() :]
                break
        else:
            break
    if when.meal is None and when.part is not None:
        when = replace(when, meal=when.part)
    if first := re.match(r"[a-z]+", rest, re.IGNORECASE):
        _check_typo(first[0])
    return when, rest


def _token(when: When, name: str, found: re.Match[str]) -> When | None:
    """`when` with the token read; None when it is no token after all, or its slot is
    taken (the words are then the food text's)."""
    _refuse(name, found)
    if name == "unknown_day":  # not a typo of a day ("on holiday"): the food text's
        return None
    if name == "meal" or (name == "day_meal" and when.has_day):
        return None if when.meal else replace(when, meal=_MEALS[found["meal"].lower()])
    if name == "day_meal":  # "dinner: 2 rotis" with no day: the food text's label
        return None
    if name in {"clock", "around", "noon"}:
        return None if when.at else replace(when, at=_time(found))
    return None if when.has_day else _day(when, name, found)


def _refuse(name: str, found: re.Match[str]) -> None:
    """Raise `WhenError` for words that look like a day or a time and name none."""
    if name == "tomorrow":
        raise WhenError(WhenProblem.FUTURE, found[0].strip(" ,:;-–—"))
    if name in {"vague_ago", "unknown_date"}:
        raise WhenError(WhenProblem.UNKNOWN_DAY, found["span"])
    if name == "unknown_day":  # "on funday": a typo of a day
        _check_typo(found["span"])
    if name == "bad_clock":
        raise WhenError(WhenProblem.BAD_TIME, found["span"])


def _day(when: When, name: str, found: re.Match[str]) -> When:
    """`when` with the day token read."""
    groups = found.groupdict()
    part = next((groups[g] for g in ("part", "part2", "part3") if groups.get(g)), None)
    if part is not None:  # "yesterday evening": the meal, unless one is named ("for lunch")
        when = replace(when, part=_PARTS[" ".join(part.lower().split())])
    if name in {"before", "yesterday", "last_night", "today"}:
        days = {"before": 2, "yesterday": 1, "last_night": 1, "today": 0}[name]
        return replace(when, days_ago=days)
    if name == "ago":
        n = found["n"].lower()
        count = _NUMBERS[n] if n in _NUMBERS else int(n)
        return replace(when, days_ago=count * (7 if found["unit"].lower()[0] == "w" else 1))
    if name in {"weekday", "short_weekday"}:
        weekday = next(i for i, d in enumerate(_WEEKDAYS) if d.startswith(found["wd"].lower()))
        return replace(when, weekday=weekday, last_weekday=bool(found["last"]))
    day = int(found["d"])
    if name == "nth":
        _date(2000, 1, day)  # a day of some month: 1 to 31
        return replace(when, on=(None, None, day))
    month = found["m"].lower()
    number = int(month) if month.isdigit() else 1 + next(
        i for i, m in enumerate(_MONTHS) if m.startswith(month)
    )  # fmt: skip
    if not 1 <= number <= 12:
        raise WhenError(WhenProblem.UNKNOWN_DAY, found[0].strip(" ,:;-–—"))
    year = int(found["y"]) if name == "iso" else None
    _date(year or 2000, number, day)  # 2000: a leap year, "29 february" is a day
    return replace(when, on=(year, number, day))


def _time(found: re.Match[str]) -> time:
    groups = found.groupdict()
    word = (groups.get("word") or "").lower()
    if word:
        return time(0) if word == "midnight" else time(12)
    hour, minute = int(found["h"]), int(groups.get("min") or groups.get("min2") or 0)
    half = (groups.get("half") or "").lower()[:1]
    if minute > 59 or (half and not 1 <= hour <= 12) or hour > 23:
        raise WhenError(WhenProblem.BAD_TIME, found[0].strip(" ,:;-–—"))
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return time(hour, minute)


def _check_typo(word: str) -> None:
    """Refuse a typo of a day word ("yesterdy", "wendsday"): read as a food it would be
    asked about, or dropped, and the meal logged today."""
    typed = word.lower()
    if len(typed) < 5 or not typed.endswith(("day", "dy", "dai")):
        return
    if typed in _DAY_WORDS:
        return
    distance, meant = min((Levenshtein.distance(typed, day), day) for day in _DAY_WORDS)
    if distance <= 2:
        raise WhenError(WhenProblem.UNKNOWN_DAY, word, meant)
