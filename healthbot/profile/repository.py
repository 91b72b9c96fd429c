"""The profile's rows: `user_profiles` (what the user told us, the daily targets) and the
weigh-ins the setup records (the user's own record is `healthbot.users`')."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, LiteralString

from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.db import Database

PROFILE = Namespace("profile", ttl=3600, negative_ttl=3600, per_user=True)
"""Cached `user_profiles` rows (the body, the goal and the targets), by user id.

A user who has set nothing has no row, and that is kept as long as a row: every meal card
reads the user's units, and with the default 30 s most of a one-tap /log's reads went to the
database (bench/bench_shortcuts.py). Every write of `user_profiles` is this repository's and
invalidates the user's entry, which every daemon hears (`healthbot.cache.coherence`), so the
first answer is seen at once (tests/profile/test_profile_cache.py)."""


@dataclass(frozen=True, slots=True)
class Profile:
    """A user's `user_profiles` row: what they told us and their daily targets."""

    user_id: int
    display_name: str | None
    sex: str | None
    birth_year: int | None
    height_cm: Decimal | None
    activity_level: str | None
    goal: str | None
    target_weight_kg: Decimal | None  # the goal weight
    weekly_pace_kg: Decimal | None  # toward the goal weight
    units: str
    daily_kcal_target: int | None
    kcal_target_manual: bool
    protein_g_target: int | None
    carbs_g_target: int | None
    fat_g_target: int | None
    daily_water_ml_target: int | None
    onboarded_at: datetime | None
    weight_in_stones: bool = False  # typed in stones last: an imperial user's weights so


@dataclass(frozen=True, slots=True)
class _Weight:
    weight_kg: Decimal


ProfileField = Literal[
    "display_name",
    "units",
    "sex",
    "birth_year",
    "height_cm",
    "activity_level",
    "goal",
    "target_weight_kg",
    "weekly_pace_kg",
]

_PROFILE_COLUMNS = (
    "user_id, display_name, sex, birth_year, height_cm, activity_level, goal, target_weight_kg,"
    " weekly_pace_kg, units,"
    " daily_kcal_target, kcal_target_manual, protein_g_target, carbs_g_target, fat_g_target,"
    " daily_water_ml_target, onboarded_at, weight_in_stones"
)


def _upsert(column: LiteralString) -> LiteralString:
    """Set one column of the user's profile row, creating the row if needed."""
    return (
        "INSERT INTO user_profiles (user_id, " + column + ") VALUES (%(id)s, %(value)s)"
        " ON CONFLICT (user_id) DO UPDATE SET " + column + " = EXCLUDED." + column + ","
        " updated_at = now()"
    )


# One statement per field: column names are never built from input.
_SET_FIELD: dict[str, LiteralString] = {
    "display_name": _upsert("display_name"),
    # Said by the user (the setup, /units, the coach told): what they type no longer
    # changes them (`follow_units`).
    "units": (
        "INSERT INTO user_profiles (user_id, units, units_chosen) VALUES (%(id)s, %(value)s, true)"
        " ON CONFLICT (user_id) DO UPDATE SET units = EXCLUDED.units, units_chosen = true,"
        " updated_at = now()"
    ),
    "sex": _upsert("sex"),
    "birth_year": _upsert("birth_year"),
    "height_cm": _upsert("height_cm"),
    "activity_level": _upsert("activity_level"),
    "goal": _upsert("goal"),
    "target_weight_kg": _upsert("target_weight_kg"),
    "weekly_pace_kg": _upsert("weekly_pace_kg"),
}


@dataclass(frozen=True, slots=True)
class _Followed:
    id: int


class ProfileRepository:
    """Reads and writes `user_profiles` (reads through the profile cache) and weigh-ins."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    @cached(PROFILE, key=str, codec=JsonCodec.optional(Profile))
    async def get(self, user_id: int) -> Profile | None:
        """The user's profile row, or None before they set anything."""
        return await self.db.fetch_one(
            "profile.get",
            f"SELECT {_PROFILE_COLUMNS} FROM user_profiles WHERE user_id = %(id)s",
            {"id": user_id},
            Profile,
        )

    async def set_field(self, user_id: int, field: ProfileField, value: object) -> None:
        """Set one answer (None clears it); writing the same value again changes nothing."""
        await self.db.execute(
            f"profile.set.{field}", _SET_FIELD[field], {"id": user_id, "value": value}
        )
        await self.get.invalidate(user_id)

    async def follow_units(self, user_id: int, units: str) -> bool:
        """Make `units` the user's, as they typed an amount in them, unless they chose
        units; True if that changed them."""
        found = await self.db.fetch_one(
            "profile.follow_units",
            "INSERT INTO user_profiles AS p (user_id, units) VALUES (%(id)s, %(value)s)"
            " ON CONFLICT (user_id) DO UPDATE SET units = EXCLUDED.units, updated_at = now()"
            " WHERE NOT p.units_chosen AND p.units <> EXCLUDED.units RETURNING p.user_id AS id",
            {"id": user_id, "value": units},
            _Followed,
        )
        if found is not None:
            await self.get.invalidate(user_id)
        return found is not None

    async def weigh_in_stones(self, user_id: int, stones: bool) -> None:
        """Whether the user's body weights read in stones: they typed one so (or in kg or
        lb, and no longer)."""
        changed = await self.db.execute(
            "profile.weigh_in_stones",
            "INSERT INTO user_profiles AS p (user_id, weight_in_stones) VALUES (%(id)s, %(value)s)"
            " ON CONFLICT (user_id) DO UPDATE SET weight_in_stones = EXCLUDED.weight_in_stones,"
            " updated_at = now() WHERE p.weight_in_stones <> EXCLUDED.weight_in_stones",
            {"id": user_id, "value": stones},
        )
        if changed:
            await self.get.invalidate(user_id)

    async def set_targets(
        self,
        user_id: int,
        *,
        kcal: int | None,
        manual: bool,
        protein_g: int | None,
        carbs_g: int | None,
        fat_g: int | None,
        water_ml: int | None,
    ) -> None:
        """Store the daily targets (None: not set, the defaults apply; None water: kept)."""
        await self.db.execute(
            "profile.set_targets",
            "INSERT INTO user_profiles (user_id, daily_kcal_target, kcal_target_manual,"
            " protein_g_target, carbs_g_target, fat_g_target, daily_water_ml_target)"
            " VALUES (%(id)s, %(kcal)s, %(manual)s, %(protein)s, %(carbs)s, %(fat)s, %(water)s)"
            " ON CONFLICT (user_id) DO UPDATE SET daily_kcal_target = EXCLUDED.daily_kcal_target,"
            " kcal_target_manual = EXCLUDED.kcal_target_manual,"
            " protein_g_target = EXCLUDED.protein_g_target,"
            " carbs_g_target = EXCLUDED.carbs_g_target, fat_g_target = EXCLUDED.fat_g_target,"
            " daily_water_ml_target = coalesce(EXCLUDED.daily_water_ml_target,"
            " user_profiles.daily_water_ml_target), updated_at = now()",
            {
                "id": user_id,
                "kcal": kcal,
                "manual": manual,
                "protein": protein_g,
                "carbs": carbs_g,
                "fat": fat_g,
                "water": water_ml,
            },
        )
        await self.get.invalidate(user_id)

    async def mark_onboarded(self, user_id: int) -> None:
        """Remember that the user went through the setup dialog to its end."""
        await self.db.execute(
            "profile.mark_onboarded",
            "INSERT INTO user_profiles (user_id, onboarded_at) VALUES (%(id)s, now())"
            " ON CONFLICT (user_id) DO UPDATE SET onboarded_at = now(), updated_at = now()",
            {"id": user_id},
        )
        await self.get.invalidate(user_id)

    async def latest_weight(self, user_id: int) -> Decimal | None:
        """The user's last weigh-in in kg, or None (weights live in weight_logs)."""
        row = await self.db.fetch_one(
            "profile.latest_weight",
            "SELECT weight_kg FROM weight_logs WHERE user_id = %(id)s AND deleted_at IS NULL"
            " ORDER BY logged_at DESC, id DESC LIMIT 1",
            {"id": user_id},
            _Weight,
        )
        return None if row is None else row.weight_kg

    async def add_weigh_in(self, user_id: int, kg: Decimal, key: str) -> None:
        """Log a weigh-in once per operation key (a retried answer logs nothing twice)."""
        await self.db.execute(
            "profile.add_weigh_in",
            "INSERT INTO weight_logs (user_id, weight_kg, idempotency_key)"
            " VALUES (%(id)s, %(kg)s, %(key)s)"
            " ON CONFLICT (user_id, idempotency_key) DO NOTHING",
            {"id": user_id, "kg": kg, "key": key},
        )
