"""The users aggregate: registration, lookups, and the blocked flag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, LiteralString

from healthbot.cache import USER_PROFILE, Cache, JsonCodec, Namespace, cached
from healthbot.db import Database


@dataclass(frozen=True, slots=True)
class User:
    """A person who wrote to the bot; `id` is their Telegram user id."""

    id: int
    username: str | None
    first_name: str
    last_name: str | None
    language_code: str | None
    timezone: str
    is_active: bool
    is_blocked: bool
    created_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True, slots=True)
class Registration:
    """The result of /start: the user, and whether they are new."""

    user: User
    created: bool


_COLUMNS = (
    "id, username, first_name, last_name, language_code, timezone, is_active, is_blocked, "
    "created_at, last_seen_at"
)


class UserRepository:
    """Reads and writes `users`; reads go through the user-profile cache."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    async def register(
        self,
        user_id: int,
        *,
        first_name: str,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str | None = None,
        timezone: str = "UTC",
    ) -> Registration:
        """Create the user, or refresh their names and unblock them; one round trip.

        `timezone` is a new user's first one (a guess); an existing user keeps theirs.
        """
        row = await self.db.fetch_one(
            "users.register",
            "INSERT INTO users (id, username, first_name, last_name, language_code, timezone)"
            " VALUES (%(id)s, %(username)s, %(first_name)s, %(last_name)s, %(language_code)s,"
            " %(timezone)s)"
            " ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username,"
            " first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,"
            " language_code = EXCLUDED.language_code, is_active = true, is_blocked = false,"
            " blocked_at = NULL, updated_at = now(), last_seen_at = now()"
            f" RETURNING {_COLUMNS}, (xmax = 0) AS created",
            {
                "id": user_id,
                "username": username,
                "first_name": first_name,
                "last_name": last_name,
                "language_code": language_code,
                "timezone": timezone,
            },
            _RegisteredRow,
        )
        assert row is not None  # INSERT ... RETURNING always returns the row
        await self.get.invalidate(user_id)
        return Registration(user=row.user(), created=row.created)

    @cached(USER_PROFILE, key=str, codec=JsonCodec.optional(User))
    async def get(self, user_id: int) -> User | None:
        """The user with this Telegram id, or None."""
        return await self.db.fetch_one(
            "users.get", f"SELECT {_COLUMNS} FROM users WHERE id = %(id)s", {"id": user_id}, User
        )

    async def set_timezone(self, user_id: int, timezone: str) -> None:
        """Change the user's timezone, and that of their reminders, in one transaction.

        Reminders keep a copy (`reminders.timezone`, read by their scheduler), and their next
        run is computed again from their schedule in the new zone: "every day at 8:00" moves
        to 8:00 there, now rather than after one more firing at the old zone's 8:00.
        """
        # Imported here: the reminders feature imports this module (a cycle at import time).
        from healthbot.reminders.schedule import ScheduleError, next_run, schedule_from_json

        params = {"id": user_id, "timezone": timezone}
        async with self.db.transaction("users.set_timezone") as conn:
            await conn.execute(
                "UPDATE users SET timezone = %(timezone)s, updated_at = now()"
                " WHERE id = %(id)s AND timezone <> %(timezone)s",
                params,
            )
            cursor = await conn.execute(
                "SELECT id, schedule, next_run_at, now() FROM reminders"
                " WHERE user_id = %(id)s AND active AND timezone <> %(timezone)s FOR UPDATE",
                params,
            )
            moved = []
            for reminder_id, schedule, next_run_at, now in await cursor.fetchall():
                try:
                    upcoming = next_run(schedule_from_json(schedule), timezone, now)
                except ScheduleError:
                    upcoming = next_run_at  # malformed: the scheduler deactivates it
                moved.append((upcoming, upcoming, reminder_id))
            async with conn.cursor() as update:
                # A one-off whose time has passed in the new zone ends, as if it had fired.
                await update.executemany(
                    "UPDATE reminders SET next_run_at = %s,"
                    " active = (%s::timestamptz IS NOT NULL) WHERE id = %s",
                    moved,
                )
            await conn.execute(
                "UPDATE reminders SET timezone = %(timezone)s, updated_at = now()"
                " WHERE user_id = %(id)s AND timezone <> %(timezone)s",
                params,
            )
        await self.get.invalidate(user_id)

    async def mark_blocked(self, user_id: int) -> None:
        """Remember that the user blocked the bot, so nothing is sent to them unprompted."""
        await self.db.execute(
            "users.mark_blocked",
            "UPDATE users SET is_blocked = true, blocked_at = now(), updated_at = now()"
            " WHERE id = %(id)s AND NOT is_blocked",
            {"id": user_id},
        )
        await self.get.invalidate(user_id)

    async def erase(self, user_id: int) -> int:
        """Delete everything stored about a user, in one transaction; return rows deleted.

        The user's row takes every table that references it along (ON DELETE CASCADE:
        profile, meals, water, weight, reminders, XP, achievements, conversation). The
        inbox, the quarantine and the reply ledger have no such key and are cleared by chat
        and user id. Unfinished updates (the button press being handled, messages queued
        behind it) stay until they are done: their replies are still to be recorded, their
        payload is emptied when they finish, and they are pruned with the rest.
        """
        deleted = 0
        async with self.db.transaction("users.erase") as conn:
            for sql in _ERASE:
                cur = await conn.execute(sql, {"id": user_id})
                deleted += max(cur.rowcount, 0)
        await self.get.invalidate(user_id)
        return deleted


# Replies recorded for an update go with it (cascade); job replies have no update.
_ERASE: tuple[LiteralString, ...] = (
    "DELETE FROM outbox WHERE chat_id = %(id)s AND update_id IS NULL",
    "DELETE FROM update_quarantine WHERE user_id = %(id)s OR chat_id = %(id)s",
    "DELETE FROM update_inbox WHERE (user_id = %(id)s OR chat_id = %(id)s)"
    " AND status IN ('done', 'failed')",
    # The coach's memories are keyed by user id inside mem0's payload, not by a reference.
    "DELETE FROM coach_memory_writes WHERE user_id = %(id)s",
    "DELETE FROM coach_memories WHERE payload->>'user_id' = %(id)s::text",
    "DELETE FROM users WHERE id = %(id)s",
)


@dataclass(frozen=True, slots=True)
class _RegisteredRow(User):
    created: bool

    def user(self) -> User:
        return User(
            id=self.id,
            username=self.username,
            first_name=self.first_name,
            last_name=self.last_name,
            language_code=self.language_code,
            timezone=self.timezone,
            is_active=self.is_active,
            is_blocked=self.is_blocked,
            created_at=self.created_at,
            last_seen_at=self.last_seen_at,
        )


PROFILE = Namespace("profile", ttl=3600)
"""Cached `user_profiles` rows (the body, the goal and the targets), by user id."""


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
    units: str
    daily_kcal_target: int | None
    kcal_target_manual: bool
    protein_g_target: int | None
    carbs_g_target: int | None
    fat_g_target: int | None
    daily_water_ml_target: int | None
    onboarded_at: datetime | None


@dataclass(frozen=True, slots=True)
class _Weight:
    weight_kg: Decimal


ProfileField = Literal[
    "display_name", "units", "sex", "birth_year", "height_cm", "activity_level", "goal"
]

_PROFILE_COLUMNS = (
    "user_id, display_name, sex, birth_year, height_cm, activity_level, goal, units,"
    " daily_kcal_target, kcal_target_manual, protein_g_target, carbs_g_target, fat_g_target,"
    " daily_water_ml_target, onboarded_at"
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
    "units": _upsert("units"),
    "sex": _upsert("sex"),
    "birth_year": _upsert("birth_year"),
    "height_cm": _upsert("height_cm"),
    "activity_level": _upsert("activity_level"),
    "goal": _upsert("goal"),
}


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
            "SELECT weight_kg FROM weight_logs WHERE user_id = %(id)s"
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
