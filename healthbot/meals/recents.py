"""A user's recent foods for this time of day: what /log alone offers as one-tap buttons,
and what the coach's `get_recent_foods` sees.

A food is one of the food table's (quick adds have no food to count), or a dish typed as one
and logged as its parts ("a grande latte": espresso and milk), which counts and logs again
as one; it ranks by how often the user ate it at the meal of this time of day over the last
weeks, then by how often at all, then by when last. Its usual amount is the one they logged
most often (the latest such item stands for it: a tap logs that item, or that dish's
items, again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from healthbot.db import Database
from healthbot.meals.portions import Meal
from healthbot.meals.repository import ItemRow

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
# would scan it: the CTE's rows are not estimated well enough for an index lookup).
RECENT_QUERY: Final = """
WITH eaten AS (
    SELECT i.id, i.entry_id, i.position, i.usda_id, i.grams, i.typed, i.food_name, i.kcal,
           e.eaten_at, e.meal = %(meal)s AS now_meal,
           CASE WHEN position(': ' in i.typed) > 0
                  OR min(i.usda_id) OVER same <> max(i.usda_id) OVER same
                THEN split_part(i.typed, ': ', 1) END AS dish
    FROM food_entries e
    JOIN food_entry_items i ON i.entry_id = e.id AND i.user_id = e.user_id
    WHERE e.user_id = %(user_id)s AND e.deleted_at IS NULL AND e.eaten_at >= %(since)s
      AND i.usda_id IS NOT NULL
    WINDOW same AS (PARTITION BY i.entry_id, i.typed)
), logged AS (
    SELECT min(id) AS id, eaten_at, now_meal,
           CASE WHEN count(*) = 1 THEN min(usda_id)
                ELSE 'dish:' || regexp_replace(lower(dish), '^(an?|one|1) ', '') END AS key,
           CASE WHEN count(*) = 1 THEN min(typed)
                ELSE regexp_replace(dish, '^(an?|one|1) ', '', 'i') END AS typed,
           string_agg(food_name, ' + ' ORDER BY position) AS food_name,
           coalesce(sum(grams), 0) AS grams, sum(kcal) AS kcal
    FROM eaten GROUP BY entry_id, eaten_at, now_meal, dish, CASE WHEN dish IS NULL THEN id END
), foods AS (
    SELECT key, count(*) FILTER (WHERE now_meal) AS at_this_meal, count(*) AS times,
           max(eaten_at) AS last
    FROM logged GROUP BY key
), usual AS (
    SELECT DISTINCT ON (key) key, id, typed, food_name, grams, kcal
    FROM (SELECT *, count(*) OVER (PARTITION BY key, grams) AS n FROM logged) AS amounts
    ORDER BY key, n DESC, id DESC
)
SELECT u.id AS item_id, u.typed, u.food_name, u.key, u.grams, u.kcal,
       f.at_this_meal::int AS at_this_meal, f.times::int AS times
FROM foods f JOIN usual u ON u.key = f.key
ORDER BY f.at_this_meal DESC, f.times DESC, f.last DESC, u.id DESC
LIMIT %(limit)s
"""

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


class RecentFoods:
    """Reads the recent foods out of `food_entries` and `food_entry_items`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def of_user(
        self, user_id: int, meal: Meal, now: datetime, limit: int = RECENT_FOODS
    ) -> list[Recent]:
        """The user's foods most eaten at `meal` (then at all) in the last weeks, best first."""
        return await self.db.fetch_all(
            "meals.recent_foods",
            RECENT_QUERY,
            {
                "user_id": user_id,
                "meal": str(meal),
                "since": now - timedelta(days=RECENT_DAYS),
                "limit": limit,
            },
            Recent,
        )

    async def items(self, user_id: int, item_id: int) -> list[ItemRow]:
        """One item the user logged (of an entry deleted since too), with the other parts
        of its dish if it is one's; none if it is not theirs."""
        return await self.db.fetch_all(
            "meals.recent_item", _ITEM, {"item_id": item_id, "user_id": user_id}, ItemRow
        )
