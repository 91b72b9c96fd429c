"""Clock times as people write them: "8", "8am", "8:30 pm", "20:30", "noon", "half past five".

A bare hour is on the 24-hour clock ("8" is 08:00) unless the words around it name a period
("8 in the evening", "tonight at 9"): `time_of` applies the period, `read_clock` does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Final

NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_WORD_HOUR: Final = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AMPM: Final = r"(?:[ap]\.?\s?m\b\.?)"
_PERIOD: Final = r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight)"
# The named groups are for reading one time; CLOCK is the same grammar without them, so
# that it can be repeated inside the patterns for lists and windows.
_CLOCK_SRC: Final = (
    r"(?:(?P<word>noon|midday|midnight)"
    r"|(?P<frac>half|quarter)\s+(?P<rel>past|to)\s+(?P<fhour>\d{1,2}|" + _WORD_HOUR + r")"
    r"|(?P<whour>" + _WORD_HOUR + r")\s*(?:(?P<wampm>" + _AMPM + r")|o'?clock\b)"
    r"|(?P<hour>\d+)(?:(?P<sep>[:.])(?P<minute>\d+))?(?:\s*(?P<ampm>" + _AMPM + r")"
    r"|\s+(?P<oclock>o'?clock)\b)?)"
    r"(?:\s+(?P<period>" + _PERIOD + r"))?(?![\w:])"
)
CLOCK: Final = re.sub(r"\(\?P<\w+>", "(?:", _CLOCK_SRC)
CLOCK_RE: Final = re.compile(_CLOCK_SRC, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time as written: "8" may still become 20:00 if a period says evening."""

    hour: int
    minute: int
    explicit: bool  # am/pm, noon or midnight: no period may move it
    period: str | None  # morning, afternoon, evening or night, when written with the time


def is_clear_time(token: str) -> bool:
    """Whether a token is a time even without "at": "12:30", "8pm", "noon"; not "2"."""
    match = CLOCK_RE.fullmatch(token)
    if match is None:
        return False
    clues = ("word", "frac", "whour", "ampm", "oclock", "period")
    return any(match[name] for name in clues) or match["sep"] == ":"


def read_clock(token: str) -> Clock | None:
    """The clock time a token (matched by CLOCK) says; None when out of range ("25:99")."""
    match = CLOCK_RE.fullmatch(token.strip())
    if match is None:
        return None
    period = _period_of(match["period"])
    if match["word"]:
        hour = 0 if match["word"].lower() == "midnight" else 12
        return Clock(hour, 0, explicit=True, period=period)
    if match["frac"]:
        hour = _hour_number(match["fhour"])
        minute = 30 if match["frac"].lower() == "half" else 15
        if match["rel"].lower() == "to":
            hour, minute = (hour - 1) % 24, 45
        return Clock(hour, minute, explicit=False, period=period) if hour <= 23 else None
    if match["whour"]:
        return _with_ampm(_hour_number(match["whour"]), 0, match["wampm"], period)
    digits, minutes = match["hour"], match["minute"]
    if len(digits) > 2 or (minutes is not None and len(minutes) != 2):
        return None
    return _with_ampm(int(digits), int(minutes or 0), match["ampm"], period)


def time_of(clock: Clock, period: str | None = None) -> time:
    """The time of day a clock says, read in its own period or else in `period`."""
    hour, period = clock.hour, clock.period or period
    if not clock.explicit and period in ("afternoon", "evening") and 1 <= hour <= 11:
        hour += 12
    elif not clock.explicit and period == "night" and 6 <= hour <= 12:
        hour = (hour + 12) % 24  # "10 at night" is 22:00, "12 at night" midnight
    return time(hour, clock.minute)


def _with_ampm(hour: int, minute: int, ampm: str | None, period: str | None) -> Clock | None:
    if minute > 59:
        return None
    if ampm is None:
        if hour == 24 and minute == 0:
            hour = 0  # "24:00" is how some people write midnight
        return Clock(hour, minute, explicit=False, period=period) if hour <= 23 else None
    if not 1 <= hour <= 12:
        return None  # "13 pm", "0 am"
    pm = ampm.lower().startswith("p")
    return Clock(hour % 12 + (12 if pm else 0), minute, explicit=True, period=period)


def _hour_number(text: str) -> int:
    text = text.lower()
    return NUMBER_WORDS[text] if text in NUMBER_WORDS else int(text)


def _period_of(text: str | None) -> str | None:
    if text is None:
        return None
    word = text.lower().split()[-1]  # "in the evening" -> "evening"
    return "evening" if word == "tonight" else word
