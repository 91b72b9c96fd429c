"""Water and weight logs: named, parameterized SQL; each write idempotent on its operation key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from healthbot.db import Database, Joined


@dataclass(frozen=True, slots=True)
class WaterTotalRow:
    """One day's water total with the user's goal (None: not set), units, and whether they
    weigh in stones."""

    total_ml: int
    goal_ml: int | None
    units: str
    stones: bool = False


@dataclass(frozen=True, slots=True)
class WeighInRow:
    """One weigh-in."""

    id: int
    weight_kg: Decimal
    logged_at: datetime


@dataclass(frozen=True, slots=True)
class WeightChangeRow:
    """What a weigh-in is compared with: the last one of an earlier day, the first of each
    window (and when), whether there is any before it, and when the user's first was."""

    previous_kg: Decimal | None
    previous_at: datetime | None
    week_kg: Decimal | None
    week_at: datetime | None
    month_kg: Decimal | None
    month_at: datetime | None
    earlier: bool
    first_at: datetime | None
    units: str
    stones: bool = False


@dataclass(frozen=True, slots=True)
class UnitsRow:
    """The user's units (metric when they have no profile yet), and whether they weigh in
    stones (where read)."""

    units: str
    stones: bool = False


# The user's goal and units; a user without a profile row gets NULL and 'metric'.
_UNITS: Final = (
    " coalesce((SELECT units FROM user_profiles WHERE user_id = %(user_id)s), 'metric') AS units"
)
_STONES: Final = (
    ", coalesce((SELECT weight_in_stones FROM user_profiles WHERE user_id = %(user_id)s),"
    " false) AS stones"
)
_GOAL_AND_UNITS: Final = (
    " (SELECT daily_water_ml_target FROM user_profiles WHERE user_id = %(user_id)s) AS goal_ml,"
    + _UNITS
    + _STONES
)
# One earlier weigh-in of the user, before the one given by (at, id); a window start bounds it.
_EARLIER: Final = (
    " SELECT weight_kg, logged_at FROM weight_logs"
    " WHERE user_id = %(user_id)s AND deleted_at IS NULL"
    " AND logged_at <= %(at)s AND (logged_at, id) < (%(at)s, %(id)s)"
)


class TrackingRepository:
    """Reads and writes `water_logs` and `weight_logs` (and reads goals from `user_profiles`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def add_water(
        self, user_id: int, ml: int, *, at: datetime, day: date, key: str,
        joined: Sequence[Joined] = (),
    ) -> WaterTotalRow:  # fmt: skip
        """Log water once per key; return the day's total, this entry included. What
        `joined` writes (the XP it pays) is in the same transaction, one commit not waited
        for on disk: keyed by the update like the /log's, it is as safe (see
        `healthbot.meals.repository`)."""
        # The outer SELECT runs on the statement's snapshot and cannot see the row the CTE
        # inserts, so the inserted amount is added to the sum; on a retry the row exists
        # already, the insert adds nothing and the sum holds it.
        row = await self.db.fetch_one_with(
            "water.add",
            # With what `joined` writes, the commit does not wait for the disk (read by the
            # commit of the statement's transaction, as a /log's `CREATE` does).
            "WITH commit_mode AS (SELECT set_config('synchronous_commit', CASE WHEN"
            " %(durable)s THEN current_setting('synchronous_commit') ELSE 'off' END, true)),"
            " added AS ("
            " INSERT INTO water_logs"
            " (user_id, amount_ml, logged_at, created_at, local_date, idempotency_key)"
            " SELECT %(user_id)s, %(ml)s, %(at)s, %(at)s, %(day)s, %(key)s FROM commit_mode"
            " ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING amount_ml)"
            " SELECT (SELECT coalesce(sum(amount_ml), 0) FROM water_logs"
            "  WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL)"
            " + (SELECT coalesce(sum(amount_ml), 0) FROM added) AS total_ml," + _GOAL_AND_UNITS,
            {"user_id": user_id, "ml": ml, "at": at, "day": day, "key": key,
             "durable": not joined},
            WaterTotalRow,
            joined,
        )  # fmt: skip
        assert row is not None  # a SELECT without FROM always yields one row
        return row

    async def water_total(self, user_id: int, day: date) -> WaterTotalRow:
        """The water drunk on the user's calendar day, with their goal and units."""
        row = await self.db.fetch_one(
            "water.total",
            "SELECT (SELECT coalesce(sum(amount_ml), 0) FROM water_logs"
            "  WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL)"
            " AS total_ml," + _GOAL_AND_UNITS,
            {"user_id": user_id, "day": day},
            WaterTotalRow,
        )
        assert row is not None
        return row

    async def add_weight(
        self, user_id: int, kg: Decimal, *, at: datetime, now: datetime, key: str
    ) -> WeighInRow:
        """Log a weigh-in made `at` (logged `now`) once per key; return it (the stored one
        on a retry)."""
        # The second branch sees the snapshot before the insert: exactly one branch yields.
        row = await self.db.fetch_one(
            "weight.add",
            "WITH added AS ("
            " INSERT INTO weight_logs (user_id, weight_kg, logged_at, created_at, idempotency_key)"
            " VALUES (%(user_id)s, %(kg)s, %(at)s, %(now)s, %(key)s)"
            " ON CONFLICT (user_id, idempotency_key) DO NOTHING"
            " RETURNING id, weight_kg, logged_at)"
            " SELECT id, weight_kg, logged_at FROM added"
            " UNION ALL"
            " SELECT id, weight_kg, logged_at FROM weight_logs"
            " WHERE user_id = %(user_id)s AND idempotency_key = %(key)s"
            " LIMIT 1",
            {"user_id": user_id, "kg": kg, "at": at, "now": now, "key": key},
            WeighInRow,
        )
        assert row is not None
        return row

    async def latest_weight(self, user_id: int, other_than: int | None = None) -> WeighInRow | None:
        """The user's last weigh-in (`other_than` the one of that id), or None."""
        return await self.db.fetch_one(
            "weight.latest",
            "SELECT id, weight_kg, logged_at FROM weight_logs WHERE user_id = %(user_id)s"
            " AND deleted_at IS NULL AND id IS DISTINCT FROM %(other_than)s"
            " ORDER BY logged_at DESC, id DESC LIMIT 1",
            {"user_id": user_id, "other_than": other_than},
            WeighInRow,
        )

    async def weight_change(
        self,
        user_id: int,
        weigh_in: WeighInRow,
        *,
        day_from: datetime,
        week_from: datetime,
        month_from: datetime,
    ) -> WeightChangeRow:
        """The last weigh-in before `weigh_in`'s day (which starts at `day_from`), the first
        one since each window's start, and whether there is any before it at all."""
        row = await self.db.fetch_one(
            "weight.change",
            "SELECT prev.weight_kg AS previous_kg, prev.logged_at AS previous_at,"
            " week.weight_kg AS week_kg, week.logged_at AS week_at,"
            " month.weight_kg AS month_kg, month.logged_at AS month_at,"
            " EXISTS (" + _EARLIER + ") AS earlier,"
            " (SELECT min(logged_at) FROM weight_logs WHERE user_id = %(user_id)s"
            " AND deleted_at IS NULL) AS first_at," + _UNITS + _STONES + " FROM (SELECT) AS one"
            " LEFT JOIN LATERAL ("
            + _EARLIER
            + " AND logged_at < %(day_from)s ORDER BY logged_at DESC, id DESC LIMIT 1) AS prev"
            " ON true LEFT JOIN LATERAL ("
            + _EARLIER
            + " AND logged_at >= %(week_from)s ORDER BY logged_at, id LIMIT 1) AS week ON true"
            " LEFT JOIN LATERAL ("
            + _EARLIER
            + " AND logged_at >= %(month_from)s ORDER BY logged_at, id LIMIT 1) AS month ON true",
            {
                "user_id": user_id,
                "at": weigh_in.logged_at,
                "id": weigh_in.id,
                "day_from": day_from,
                "week_from": week_from,
                "month_from": month_from,
            },
            WeightChangeRow,
        )
        assert row is not None
        return row

    async def weights_since(self, user_id: int, since: datetime, limit: int) -> list[WeighInRow]:
        """The user's weigh-ins since a moment, oldest first (the latest `limit` of them)."""
        rows = await self.db.fetch_all(
            "weight.since",
            "SELECT id, weight_kg, logged_at FROM weight_logs"
            " WHERE user_id = %(user_id)s AND logged_at >= %(since)s AND deleted_at IS NULL"
            " ORDER BY logged_at DESC, id DESC LIMIT %(limit)s",
            {"user_id": user_id, "since": since, "limit": limit},
            WeighInRow,
        )
        return rows[::-1]

    async def weight_units(self, user_id: int) -> UnitsRow:
        """The user's units, and whether they weigh in stones."""
        row = await self.db.fetch_one(
            "tracking.weight_units", "SELECT" + _UNITS + _STONES, {"user_id": user_id}, UnitsRow
        )
        assert row is not None
        return row

    async def units(self, user_id: int) -> str:
        """The user's units: 'metric' or 'imperial'."""
        row = await self.db.fetch_one(
            "tracking.units",
            "SELECT" + _UNITS,
            {"user_id": user_id},
            UnitsRow,
        )
        assert row is not None
        return row.units
