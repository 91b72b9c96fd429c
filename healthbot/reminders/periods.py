"""Period words of reminder phrases ("every morning", "at bedtime", "at lunchtime") and the
times they stand for: the user's own (/remind times) or else `DEFAULT_TIMES`.

A period word names a time only when no clock time is written: "every evening" is 19:00,
"every evening at 7" is 19:00 because the period makes the 7 pm. The meal and bed words
read a bare hour in the period they fall in ("at dinner at 7" is 19:00).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from typing import Final

DEFAULT_TIMES: Final[Mapping[str, time]] = {
    "morning": time(8), "afternoon": time(15), "evening": time(19), "night": time(22),
    "breakfast": time(8), "lunch": time(12), "dinner": time(19), "bedtime": time(22),
}  # fmt: skip
"""When a period word alone fires; the reply to a new reminder shows it, and
`/remind times <word> <time>` changes it for the user."""

CLOCK_PERIOD: Final[Mapping[str, str | None]] = {
    "breakfast": "morning", "lunch": None, "dinner": "evening", "bedtime": "night",
}  # fmt: skip
"""How a meal or bed word reads a bare hour written with it ("at bedtime at 10" is 22:00)."""

# "bedtime", "bed time", "lunch-time", "lunchtime", "breakfast time", "dinnertime",
# "suppertime"; "at lunch", "at dinner" and "at breakfast" only after "at" or "by"
# ("log lunch" is what to remind of, not when).
_TIME_WORD: Final = r"(?P<word>bed|lunch|breakfast|dinner|supper)\s?-?\s?time\b"
_MEAL_AT: Final = r"\b(?:at|by|around|before)\s+(?P<meal>lunch|breakfast|dinner|supper)\b"
PERIOD_WORD_RE: Final = re.compile(
    r"(?:\b(?:at|by|around|before|every|each)\s+)?\b" + _TIME_WORD + "|" + _MEAL_AT,
    re.IGNORECASE,
)
_NAMES: Final = re.compile(
    r"(?P<word>morning|afternoon|evening|night|bed|lunch|breakfast|dinner|supper)"
    r"(?:\s?-?\s?time)?",
    re.IGNORECASE,
)


def word_of(match: re.Match[str]) -> str:
    """The period (a key of DEFAULT_TIMES) a PERIOD_WORD_RE match names."""
    return _canonical(match["word"] or match["meal"])


def period_named(text: str) -> str | None:
    """The period a user names in /remind times ("bedtime", "lunch time", "morning");
    None for a word that is none."""
    match = _NAMES.fullmatch(" ".join(text.split()))
    return None if match is None else _canonical(match["word"])


def times_with(own: Mapping[str, time]) -> dict[str, time]:
    """Every period's time: the user's own where they set one, else the default."""
    return {word: own.get(word, default) for word, default in DEFAULT_TIMES.items()}


def _canonical(word: str) -> str:
    word = word.lower()
    return {"bed": "bedtime", "supper": "dinner"}.get(word, word)
