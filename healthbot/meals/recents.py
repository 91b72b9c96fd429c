"""A user's recent foods for this time of day: what /log alone offers as one-tap buttons,
and what the coach's `get_recent_foods` sees.

A food is one of the food table's (quick adds have no food to count), or a dish typed as one
and logged as its parts ("a grande latte": espresso and milk), which counts and logs again
as one; it ranks by how often the user ate it at the meal of this time of day over the last
weeks, then by how often at all, then by when last. Its usual amount is the one they logged
most often (the latest such item stands for it: a tap logs that item, or that dish's
items, again).

Every meal's list is read in one query and cached (`RECENTS`) until a write of the user's
entries forgets it (`MealRepository.changed`); a one-tap log leaves it and stores it read
again after its reply (`MealShortcuts.refresh`), so /log alone reads nothing on its own
reply's path, nor does a one-tap log forget anything on its.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from healthbot.cache import Cache, JsonCodec
from healthbot.db import Database
from healthbot.meals.recents_cache import RECENTS, recents_key
from healthbot.meals.rows import ItemRow
from healthbot.when import Meal

RECENT_DAYS: Final = 60
"""How far back the recent foods look."""
RECENT_FOODS: Final = 6
"""Foods /log alone offers."""


@dataclass(frozen=True, slots=True)
class Recent:
    """A food (or a dish of several: "a grande latte", "a BLT") the user often eats at this
    time of day, in the amount they usually log."""

    item_id: int  # the latest item of it in that amount (a dish's first): a tap logs it again
    typed: str  # as the user wrote it (a dish: its words, without the article)
    food_name: str  # a dish's: its parts' names, joined by " + "
    key: str  # what is counted: the food's number, or "dish:" and a dish's words
    grams: Decimal
    kcal: Decimal
    at_this_meal: int  # times eaten at the meal of this time of day
    times: int  # times eaten at all


# An item of a dish typed as one reads "<the dish's words>: <the part>" (a recipe's parts:
# "a grande latte: 2 espresso") or the dish's words alone, as the other parts (a mixed
# drink's shot and mixer, different foods): the parts of an entry's dish count, show and
# log again as one. Any other item is one food (the same words twice, "1 egg, 1 egg", are
# two eggs, each one), counted by its number.
#
# The user's entries of the last weeks on food_entries_user_eaten_idx, their items by the
# entry's key (or the other way round on the items' user index, as the planner finds
# cheaper); each dish of an entry made one row; the counts per food and per amount in
# memory, and the usual amount's item carried through (a join back to food_entry_items
# would scan it: the CTE's rows are not estimated well enough for an index lookup). Every
# meal's list at once, the value cached (`RECENTS`): a food's counts at each meal and its
# rank in each meal's order, the foods among the first `limit` of any meal.
RECENT_QUERY: Final = """
WITH eaten AS (
    SELECT i.id, i.entry_id, i.position, i.usda_id, i.grams, i.typed, i.food_name, i.kcal,
           e.eaten_at, e.meal,
           CASE WHEN position(': ' in i.typed) > 0
                  OR min(i.usda_id) OVER same <> max(i.usda_id) OVER same
                THEN split_part(i.typed, ': ', 1) END AS dish
    FROM food_entries e
    JOIN food_entry_items i ON i.entry_id = e.id AND i.user_id = e.user_id
    WHERE e.user_id = %(user_id)s AND e.deleted_at IS NULL AND e.eaten_at >= %(since)s
      AND i.usda_id IS NOT NULL
    WINDOW same AS (PARTITION BY i.entry_id, i.typed)
), logged AS (
    SELECT min(id) AS id, eaten_at, meal,
           CASE WHEN count(*) = 1 THEN min(usda_id)
                ELSE 'dish:' || regexp_replace(lower(dish), '^(an?|one|1) ', '') END AS key,
           CASE WHEN count(*) = 1 THEN min(typed)
                ELSE regexp_replace(dish, '^(an?|one|1) ', '', 'i') END AS typed,
           string_agg(food_name, ' + ' ORDER BY position) AS food_name,
           coalesce(sum(grams), 0) AS grams, sum(kcal) AS kcal
    FROM eaten GROUP BY entry_id, eaten_at, meal, dish, CASE WHEN dish IS NULL THEN id END
), foods AS (
    SELECT key, count(*) AS times, max(eaten_at) AS last,
           count(*) FILTER (WHERE meal = 'breakfast') AS breakfast,
           count(*) FILTER (WHERE meal = 'lunch') AS lunch,
           count(*) FILTER (WHERE meal = 'dinner') AS dinner,
           count(*) FILTER (WHERE meal = 'snack') AS snack
    FROM logged GROUP BY key
), usual AS (
    SELECT DISTINCT ON (key) key, id, typed, food_name, grams, kcal
    FROM (SELECT *, count(*) OVER (PARTITION BY key, grams) AS n FROM logged) AS amounts
    ORDER BY key, n DESC, id DESC
), ranked AS (
    SELECT u.id AS item_id, u.typed, u.food_name, u.key, u.grams, u.kcal,
           f.times::int AS times,
           ARRAY[f.breakfast, f.lunch, f.dinner, f.snack]::int[] AS at_meals,
           ARRAY[row_number() OVER b, row_number() OVER l, row_number() OVER d,
                 row_number() OVER s]::int[] AS ranks
    FROM foods f JOIN usual u ON u.key = f.key
    WINDOW b AS (ORDER BY f.breakfast DESC, f.times DESC, f.last DESC, u.id DESC),
           l AS (ORDER BY f.lunch DESC, f.times DESC, f.last DESC, u.id DESC),
           d AS (ORDER BY f.dinner DESC, f.times DESC, f.last DESC, u.id DESC),
           s AS (ORDER BY f.snack DESC, f.times DESC, f.last DESC, u.id DESC)
)
SELECT * FROM ranked WHERE least(ranks[1], ranks[2], ranks[3], ranks[4]) <= %(limit)s
"""
QUERY_MEALS: Final = (Meal.BREAKFAST, Meal.LUNCH, Meal.DINNER, Meal.SNACK)
"""The meals of the query's arrays (`at_meals`, `ranks`), in their order."""

# The item, and the other parts of its dish if it is one's (of its entry, in order).
_ITEM: Final = """
SELECT s.position, s.typed, s.food_name, s.usda_id, s.quantity, s.unit, s.size, s.grams,
       s.kcal, s.protein_g, s.carbs_g, s.fat_g, s.fiber_g
FROM food_entry_items i
JOIN food_entry_items s ON s.entry_id = i.entry_id AND s.user_id = i.user_id
 AND (s.id = i.id
      OR s.usda_id IS NOT NULL
         AND split_part(s.typed, ': ', 1) = split_part(i.typed, ': ', 1)
         AND (position(': ' in i.typed) > 0 AND position(': ' in s.typed) > 0
              OR s.typed = i.typed AND s.usda_id <> i.usda_id))
WHERE i.id = %(item_id)s AND i.user_id = %(user_id)s
ORDER BY s.position
"""


def dish_words(typed: str) -> str:
    """The words of the dish an item is a part of ("a grande latte" of "a grande latte: 2
    espresso"), as the query reads them."""
    return typed.split(": ", 1)[0]


@dataclass(frozen=True, slots=True)
class RecentsByMeal:
    """A user's recent foods for each meal, best first (what is cached)."""

    foods: dict[str, tuple[Recent, ...]]

    def of(self, meal: Meal) -> list[Recent]:
        """The recent foods of this meal, best first."""
        return list(self.foods.get(str(meal), ()))


@dataclass(frozen=True, slots=True)
class RecentRow:
    """A row of `RECENT_QUERY`: a food, its counts and ranks at each of `QUERY_MEALS`."""

    item_id: int
    typed: str
    food_name: str
    key: str
    grams: Decimal
    kcal: Decimal
    times: int
    at_meals: list[int]
    ranks: list[int]


def by_meal(rows: Sequence[RecentRow], limit: int = RECENT_FOODS) -> RecentsByMeal:
    """Each meal's first `limit` foods of the query's rows, in their rank at that meal."""
    foods = {}
    for index, meal in enumerate(QUERY_MEALS):
        ranked = sorted((row.ranks[index], row) for row in rows if row.ranks[index] <= limit)
        foods[str(meal)] = tuple(
            Recent(row.item_id, row.typed, row.food_name, row.key, row.grams, row.kcal,
                   at_this_meal=row.at_meals[index], times=row.times)
            for _, row in ranked
        )  # fmt: skip
    return RecentsByMeal(foods)


_CODEC: Final = JsonCodec(RecentsByMeal)


class RecentFoods:
    """Reads the recent foods out of `food_entries` and `food_entry_items`, through the
    cache (`RECENTS`, which the meal repository's writes invalidate: give this the
    repository's cache)."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    async def of_user(self, user_id: int, meal: Meal, now: datetime) -> list[Recent]:
        """The user's foods most eaten at `meal` (then at all) in the last weeks before
        `now`, best first."""
        return (await self.every_meal(user_id, now)).of(meal)

    async def every_meal(self, user_id: int, now: datetime) -> RecentsByMeal:
        """The user's recent foods of every meal: read once, and cached until their entries
        change."""
        return await self.cache.get_or_load(
            RECENTS, recents_key(user_id), _CODEC, lambda: self._load(user_id, now)
        )

    async def refresh(self, user_id: int, now: datetime) -> RecentsByMeal:
        """Read the user's recent foods again and store them in the cache over what it held
        (after a write of their entries that left them there: `Write.refreshed`)."""
        value = await self._load(user_id, now)
        await self.cache.put(RECENTS, recents_key(user_id), _CODEC, value)
        return value

    async def _load(self, user_id: int, now: datetime) -> RecentsByMeal:
        rows = await self.db.fetch_all(
            "meals.recent_foods",
            RECENT_QUERY,
            {"user_id": user_id, "since": now - timedelta(days=RECENT_DAYS),
             "limit": RECENT_FOODS},
            RecentRow,
        )  # fmt: skip
        return by_meal(rows)

    async def items(self, user_id: int, item_id: int) -> list[ItemRow]:
        """One item the user logged (of an entry deleted since too), with the other parts
        of its dish if it is one's; none if it is not theirs."""
        return await self.db.fetch_all(
            "meals.recent_item", _ITEM, {"item_id": item_id, "user_id": user_id}, ItemRow
        )
