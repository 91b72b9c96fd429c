"""What the nutrition views read: the items eaten, each day's energy, the weigh-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from healthbot.db import Database


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One item eaten on `day`: its food's uid (None: a quick add), grams and energy."""

    day: date
    usda_id: str | None
    grams: Decimal | None
    kcal: Decimal


@dataclass(frozen=True, slots=True)
class DayEnergyRow:
    """The energy logged on one day (days with nothing logged have no row)."""

    day: date
    kcal: Decimal


@dataclass(frozen=True, slots=True)
class WeightRow:
    """The last weigh-in of one of the user's days."""

    day: date
    weight_kg: Decimal


class NutritionRepository:
    """Reads `food_entries`, `food_entry_items` and `weight_logs`; writes nothing."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def items(self, user_id: int, first: date, last: date) -> list[ItemRow]:
        """Every item of the user's entries from `first` to `last`."""
        return await self.db.fetch_all(
            "nutrition.items",
            "SELECT e.local_date AS day, i.usda_id, i.grams, i.kcal"
            " FROM food_entries e JOIN food_entry_items i ON i.entry_id = e.id"
            " WHERE e.user_id = %(user_id)s AND e.local_date BETWEEN %(first)s AND %(last)s"
            " AND e.deleted_at IS NULL",
            {"user_id": user_id, "first": first, "last": last},
            ItemRow,
        )

    async def energy(self, user_id: int, first: date, last: date) -> list[DayEnergyRow]:
        """Each logged day's energy from `first` to `last`."""
        return await self.db.fetch_all(
            "nutrition.energy",
            "SELECT local_date AS day, sum(kcal) AS kcal FROM food_entries"
            " WHERE user_id = %(user_id)s AND local_date BETWEEN %(first)s AND %(last)s"
            " AND deleted_at IS NULL GROUP BY local_date",
            {"user_id": user_id, "first": first, "last": last},
            DayEnergyRow,
        )

    async def weights(self, user_id: int, first: date, last: date, zone: str) -> list[WeightRow]:
        """The last weigh-in of each of the user's days (in `zone`) from `first` to `last`."""
        return await self.db.fetch_all(
            "nutrition.weights",
            "SELECT DISTINCT ON (day) day, weight_kg FROM ("
            " SELECT (logged_at AT TIME ZONE %(zone)s)::date AS day, weight_kg, logged_at, id"
            " FROM weight_logs WHERE user_id = %(user_id)s AND deleted_at IS NULL"
            " AND logged_at >= %(since)s::timestamp AT TIME ZONE %(zone)s"
            ") AS w WHERE day BETWEEN %(first)s AND %(last)s"
            " ORDER BY day, logged_at DESC, id DESC",
            {"user_id": user_id, "first": first, "last": last, "zone": zone, "since": first},
            WeightRow,
        )
