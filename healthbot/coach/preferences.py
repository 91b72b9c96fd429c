"""Preferences read from what the user says: diet, allergies, dislikes, units.

A few plain patterns, no model: "I'm allergic to peanuts", "I am vegetarian", "I don't like
mushrooms", "I hate olives", "use imperial units". What they find is kept as rows (cached)
and goes into every prompt, so the coach never depends on a search to recall an allergy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.db import Database

PREFERENCES = Namespace("coach_preferences", ttl=3600, per_user=True)
"""Cached preference rows, by user id (invalidated on every change)."""
MAX_VALUE = 80

_DIETS = (
    "vegetarian", "vegan", "pescatarian", "keto", "ketogenic", "paleo", "gluten-free",
    "gluten free", "lactose-free", "lactose free", "halal", "kosher", "low-carb", "low carb",
)  # fmt: skip
_ITEM = r"([a-z][a-z' -]{1,60}?)"
_END = r"(?=\s*(?:[.,;!?]|\band\b|\bbut\b|$))"
_I_DONT = r"\bi\s+(?:don'?t|do not|really don'?t)\s+(?:like|eat)\s+"
_ALLERGIC = re.compile(
    r"(?:\bi'?m|\bi am|\band|\balso|,)\s+(?:(?:also|very|severely|really|quite)\s+)*"
    r"allergic\s+to\s+([a-z][a-z' ,-]*?)(?=\s*(?:[.;:!?(]|\bbut\b|\bso\b|$))"
)
"""First person, also after a diet ("I am vegetarian and allergic to peanuts"), with a list
("allergic to peanuts, shellfish and eggs")."""
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*")
_NOT_AN_ALLERGEN = ("i", "my", "it", "that", "this", "we", "you", "he", "she", "they", "some")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("allergy", re.compile(r"\bi\s+have\s+an?\s+" + _ITEM + r"\s+allergy\b")),
    ("dislike", re.compile(_I_DONT + _ITEM + _END)),
    ("dislike", re.compile(r"\bi\s+(?:hate|dislike|can'?t stand)\s+" + _ITEM + _END)),
)  # fmt: skip
_DIET = re.compile(
    r"\b(?:i'?m|i am|i'm now|i eat|i follow an?|i'm on an?|i am on an?)\s+(?:a\s+)?("
    + "|".join(re.escape(d) for d in _DIETS)
    + r")\b"
)
_UNITS = re.compile(r"\b(metric|imperial)\s+units\b|\buse\s+(metric|imperial)\b")


@dataclass(frozen=True, slots=True)
class Preference:
    """One thing the user told about their eating."""

    kind: str  # diet, allergy, dislike, units
    value: str


def extract(text: str) -> list[Preference]:
    """The preferences a message states, in the order found (none in a question)."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    if lowered.endswith("?"):
        return []
    found = [Preference("allergy", allergen) for allergen in _allergens(lowered)]
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(lowered):
            value = match.group(1).strip(" '-")
            if value and not value.startswith(("it", "that", "this")):
                found.append(Preference(kind, value[:MAX_VALUE]))
    if diet := _DIET.search(lowered):
        found.append(Preference("diet", diet.group(1).replace(" ", "-")))
    if units := _UNITS.search(lowered):
        found.append(Preference("units", units.group(1) or units.group(2)))
    return list(dict.fromkeys(found))


def _allergens(lowered: str) -> list[str]:
    """The allergens of every "allergic to ..." the text says of the user, each item of a
    list apart; a list ends where a new clause begins ("... and I love pasta")."""
    found = []
    for match in _ALLERGIC.finditer(lowered):
        for item in _LIST_SPLIT.split(match.group(1)):
            value = item.strip(" '-")
            words = value.split()
            if not words or words[0] in _NOT_AN_ALLERGEN or len(words) > 3:
                break
            found.append(value[:MAX_VALUE])
    return found


class PreferenceRepository:
    """The coach_preferences rows, read through the cache."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    @cached(PREFERENCES, key=str, codec=JsonCodec(tuple[Preference, ...]))
    async def of_user(self, user_id: int) -> tuple[Preference, ...]:
        """The user's preferences, oldest first."""
        rows = await self.db.fetch_all(
            "coach.preferences",
            "SELECT kind, value FROM coach_preferences WHERE user_id = %(user)s ORDER BY id",
            {"user": user_id},
            Preference,
        )
        return tuple(rows)

    async def allergies(self, user_id: int) -> tuple[str, ...]:
        """The allergens the user named ("peanuts"), oldest first: /log marks the foods
        that have them (`healthbot.meals.allergens.AllergySource`)."""
        return tuple(p.value for p in await self.of_user(user_id) if p.kind == "allergy")

    async def add(self, user_id: int, preferences: list[Preference]) -> bool:
        """Keep new preferences (a diet or units replaces the one before); True if any
        changed. Saying the same thing twice (or a retry) changes nothing."""
        changed = False
        async with self.db.transaction("coach.add_preferences") as conn:
            for pref in preferences:
                if pref.kind in ("diet", "units"):
                    cursor = await conn.execute(
                        "DELETE FROM coach_preferences WHERE user_id = %(user)s"
                        " AND kind = %(kind)s AND lower(value) <> lower(%(value)s)",
                        {"user": user_id, "kind": pref.kind, "value": pref.value},
                    )
                    changed |= bool(cursor.rowcount)
                cursor = await conn.execute(
                    "INSERT INTO coach_preferences (user_id, kind, value)"
                    " VALUES (%(user)s, %(kind)s, %(value)s) ON CONFLICT DO NOTHING",
                    {"user": user_id, "kind": pref.kind, "value": pref.value},
                )
                changed |= bool(cursor.rowcount)
        if changed:
            await self.of_user.invalidate(user_id)
        return changed
