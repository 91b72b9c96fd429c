"""A user's recent foods for this time of day: what /log alone offers as one-tap buttons,
and what the coach's `get_recent_foods` sees.

A food is one of the food table's (quick adds have no food to count); it ranks by how often
the user ate it at the meal of this time of day over the last weeks, then by how often at
all, then by when last. Its usual amount is the one they logged most often (the latest
such item stands for it: a tap logs that item again).
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
    """A food the user often eats at this time of day, in the amount they usually log."""

    item_id: int  # the latest item of the food in that amount: a tap logs it again
    typed: str
    food_name: str
    usda_id: str
    grams: Decimal
    kcal: Decimal
    at_this_meal: int  # times eaten at the meal of this time of day
    times: int  # times eaten at all


# The user's entries of the last weeks on food_entries_user_eaten_idx, their items by the
# entry's key (or the other way round on the items' user index, as the planner finds
# cheaper); the counts per food and per amount in memory, and the usual amount's item
# carried through (a join back to food_entry_items would scan it: the CTE's rows are not
# estimated well enough for an index lookup).
RECENT_QUERY: Final = """
WITH eaten AS (
    SELECT i.id, i.usda_id, i.grams, i.typed, i.food_name, i.kcal, e.eaten_at,
           e.meal = %(meal)s AS now_meal
    FROM food_entries e
    JOIN food_entry_items i ON i.entry_id = e.id AND i.user_id = e.user_id
    WHERE e.user_id = %(user_id)s AND e.deleted_at IS NULL AND e.eaten_at >= %(since)s
      AND i.usda_id IS NOT NULL
), foods AS (
    SELECT usda_id, count(*) FILTER (WHERE now_meal) AS at_this_meal, count(*) AS times,
           max(eaten_at) AS last
    FROM eaten GROUP BY usda_id
), usual AS (
    SELECT DISTINCT ON (usda_id) usda_id, id, typed, food_name, grams, kcal
    FROM (SELECT *, count(*) OVER (PARTITION BY usda_id, grams) AS n FROM eaten) AS amounts
    ORDER BY usda_id, n DESC, id DESC
)
SELECT u.id AS item_id, u.typed, u.food_name, u.usda_id, coalesce(u.grams, 0) AS grams,
       u.kcal, f.at_this_meal::int AS at_this_meal, f.times::int AS times
FROM foods f JOIN usual u ON u.usda_id = f.usda_id
ORDER BY f.at_this_meal DESC, f.times DESC, f.last DESC, u.id DESC
LIMIT %(limit)s
"""

_ITEM: Final = (
    "SELECT position, typed, food_name, usda_id, quantity, unit, size, grams, kcal,"
    " protein_g, carbs_g, fat_g, fiber_g FROM food_entry_items"
    " WHERE id = %(item_id)s AND user_id = %(user_id)s"
)


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

    async def item(self, user_id: int, item_id: int) -> ItemRow | None:
        """One item the user logged (of an entry deleted since too); None if not theirs."""
        return await self.db.fetch_one(
            "meals.recent_item", _ITEM, {"item_id": item_id, "user_id": user_id}, ItemRow
        )
