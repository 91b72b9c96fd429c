"""Copying a meal or a day: the /log words that ask for one, and the items they name.

"/log same as yesterday" copies the whole of yesterday; "/log yesterday's breakfast",
"/log Monday's lunch", "/log same lunch as Friday", "/log same as yesterday's dinner" copy
one meal of that day. A weekday is the last one before today (a copy is of a past meal;
"today's lunch" names today's). Anything else is no copy, and /log reads it as food.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from healthbot.db import Database
from healthbot.food.parser import MAX_ITEMS
from healthbot.meals.portions import MEAL_WORDS
from healthbot.meals.repository import ItemRow
from healthbot.when import Meal

_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY: Final = r"(?P<{name}>yesterday|today|(?:last\s+)?(?:" + "|".join(_WEEKDAYS) + r"))"
_MEAL: Final = r"(?P<{name}>" + "|".join(MEAL_WORDS) + r")"
_WHOLE_DAY: Final = r"(?:food|meals|eating|everything)"
_SAME: Final = re.compile(
    r"^(?:the\s+|just\s+)?same\s+(?:"
    + _MEAL.format(name="meal")
    + r"\s+)?as\s+"
    + _DAY.format(name="day")
    + r"(?:'?s(?:\s+(?:"
    + _MEAL.format(name="meal2")
    + "|"
    + _WHOLE_DAY
    + r"))?)?"
    + r"(?:\s+again)?$"
)
_OF_DAY: Final = re.compile(
    r"^(?:the\s+|my\s+)?"
    + _DAY.format(name="day")
    + r"'?s\s+(?:"
    + _MEAL.format(name="meal")
    + "|"
    + _WHOLE_DAY
    + r")(?:\s+again)?$"
)
MAX_COPIED: Final = MAX_ITEMS
"""Items one copy takes at most, as one /log's: a card of more could pass Telegram's 4,096
characters."""


@dataclass(frozen=True, slots=True)
class CopyOf:
    """What a /log asks to copy: a day, and one meal of it (None: the whole day)."""

    day: date
    meal: Meal | None


def read_copy(text: str, today: date) -> CopyOf | None:
    """The meal or day the /log text asks to copy (`today` is the user's); None when the
    text asks for no copy."""
    said = " ".join(text.lower().replace("’", "'").split()).rstrip(".!")
    found = _SAME.match(said) or _OF_DAY.match(said)
    if found is None:
        return None
    groups = found.groupdict()
    meal_word = groups.get("meal") or groups.get("meal2")
    return CopyOf(_day(groups["day"], today), None if meal_word is None else MEAL_WORDS[meal_word])


def _day(word: str, today: date) -> date:
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    weekday = _WEEKDAYS.index(word.rsplit(maxsplit=1)[-1])
    return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


@dataclass(frozen=True, slots=True)
class SourceItem(ItemRow):
    """An item of an entry a copy takes (the item as stored), with what the entry says."""

    entry_id: int
    description: str
    meal: str


_SOURCE: Final = (
    "SELECT e.id AS entry_id, e.description, e.meal, i.position, i.typed, i.food_name,"
    " i.usda_id, i.quantity, i.unit, i.size, i.grams, i.kcal, i.protein_g, i.carbs_g,"
    " i.fat_g, i.fiber_g"
    " FROM food_entries e JOIN food_entry_items i ON i.entry_id = e.id AND i.user_id = e.user_id"
    " WHERE e.user_id = %(user_id)s AND e.local_date = %(day)s AND e.deleted_at IS NULL"
    " AND (%(meal)s::text IS NULL OR e.meal = %(meal)s)"
    " ORDER BY e.eaten_at, e.id, i.position LIMIT %(limit)s"
)


class CopySources:
    """Reads the items a copy takes out of `food_entries` and `food_entry_items`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def items(self, user_id: int, copy: CopyOf) -> list[SourceItem]:
        """The items of the user's entries of that day (and meal) still there, in the order
        eaten (one more than `MAX_COPIED` at most: the caller tells "too many")."""
        return await self.db.fetch_all(
            "meals.copy_source",
            _SOURCE,
            {
                "user_id": user_id,
                "day": copy.day,
                "meal": None if copy.meal is None else str(copy.meal),
                "limit": MAX_COPIED + 1,
            },
            SourceItem,
        )
