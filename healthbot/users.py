"""The user kernel: who wrote to the bot, as every feature sees them.

`User` is the `users` row: Telegram's names and language, the timezone, and whether they
blocked the bot. `UserRepository` registers, reads (through the user-profile cache), changes
the timezone, marks the blocked and erases. Each update's record is read once, by
`UserContextMiddleware` (the app puts it before every feature), and handed to the handlers
as `user`. A feature that keeps its own copy of the timezone (reminders) moves it in the
same transaction through a hook (`on_timezone_change`), so that this module knows no
feature. Features depend on this module, never on the profile feature's.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, LiteralString, Protocol
from zoneinfo import ZoneInfo

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject
from aiogram.types import User as TelegramUser

from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.db import Database
from healthbot.db.pool import Connection
from healthbot.localtime import guess_from_language, zone_named
from healthbot.tables import Table
from healthbot.telegram.middlewares import Handler

USER_PROFILE = Namespace("user_profile", ttl=3600, per_user=True)
"""The cached user records, by user id (the config's `cache.ttl_user_profile` sets the TTL)."""
TABLES: tuple[Table, ...] = (Table("users", "id = %(id)s"),)
"""The kernel's table (erased last, by `erase` itself)."""
TimezoneHook = Callable[[Connection, int, str], Awaitable[None]]
"""Run in the transaction that changes a user's timezone: (connection, user id, new zone)."""


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

    def __init__(
        self,
        db: Database,
        cache: Cache,
        tables: Sequence[Table] = (),
        namespaces: Sequence[Namespace] = (),
    ) -> None:
        self.db = db
        self.cache = cache
        self.tables = tuple(tables)  # the schema's, as claimed: what erase goes through
        # The features' caches of a user's values, which erase forgets with the rows.
        self.namespaces = tuple(n for n in namespaces if n.per_user)
        self._timezone_hooks: list[TimezoneHook] = []

    async def register(
        self,
        user_id: int,
        *,
        first_name: str,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str | None = None,
        timezone: str | None = None,
    ) -> Registration:
        """Create the user, or refresh their names and unblock them; one round trip.

        `timezone` is a new user's first one (by default a guess from their language); an
        existing user keeps theirs.
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
                "timezone": timezone or guess_from_language(language_code),
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

    def on_timezone_change(self, hook: TimezoneHook) -> None:
        """Run `hook` in the transaction of every timezone change, after the user's row
        (a feature that keeps a copy of the zone, like reminders, moves it there)."""
        self._timezone_hooks.append(hook)

    async def set_timezone(self, user_id: int, timezone: str) -> None:
        """Change the user's timezone, and with it what the features keep of it (their
        `on_timezone_change` hooks), in one transaction."""
        async with self.db.transaction("users.set_timezone") as conn:
            await conn.execute(
                "UPDATE users SET timezone = %(timezone)s, updated_at = now()"
                " WHERE id = %(id)s AND timezone <> %(timezone)s",
                {"id": user_id, "timezone": timezone},
            )
            for hook in self._timezone_hooks:
                await hook(conn, user_id, timezone)
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

        The rows of every table that says so (`Table.erase`: the inbox, the quarantine and
        the reply ledger, by chat and user id; the coach's memories, keyed inside their
        payload), then the user's row, which takes every table that references it along
        (ON DELETE CASCADE: profile, meals, water, weight, reminders, XP, achievements,
        conversation). Unfinished updates (the button press being handled, messages queued
        behind it) stay until they are done: their replies are still to be recorded, their
        payload is emptied when they finish, and they are pruned with the rest.
        """
        deleted = 0
        async with self.db.transaction("users.erase") as conn:
            for table in self.tables:
                if table.erase and table.rows is not None:
                    sql: LiteralString = "DELETE FROM " + table.name + " WHERE " + table.rows
                    cur = await conn.execute(sql, {"id": user_id})
                    deleted += max(cur.rowcount, 0)
            cur = await conn.execute("DELETE FROM users WHERE id = %(id)s", {"id": user_id})
            deleted += max(cur.rowcount, 0)
        await self.get.invalidate(user_id)
        # Cached copies go too (here and, through the cache's channel, in every daemon): a
        # user who comes back within a TTL must not be shown what they had deleted.
        for namespace in self.namespaces:
            await self.cache.invalidate(namespace, str(user_id))
        return deleted


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


class UserLookup(Protocol):
    """Where a user's record comes from: the cached `UserRepository`, or a test's own."""

    async def get(self, user_id: int) -> User | None:
        """The user's record, or None."""
        ...


async def user_zone(users: UserLookup, user_id: int) -> ZoneInfo:
    """The user's timezone; UTC if they have none or it is unknown."""
    user = await users.get(user_id)
    return zone_named(user.timezone if user is not None else "UTC")


async def ensure_registered(sender: TelegramUser, user: User | None, users: UserRepository) -> User:
    """The sender's record: `user` (the update's), or the users row created for someone who
    never sent /start (logs reference it)."""
    if user is not None:
        return user
    registration = await users.register(
        sender.id,
        first_name=sender.first_name,
        username=sender.username,
        last_name=sender.last_name,
        language_code=sender.language_code,
    )
    return registration.user


class UserContextMiddleware(BaseMiddleware):
    """Outer update middleware: puts `user` (our record of the sender, or None) in the data.

    The record comes from the user-profile cache (a local hit costs microseconds), so every
    handler knows the user's timezone, language and settings without a query of its own.
    """

    def __init__(self, users: UserLookup) -> None:
        self.users = users

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Look the sender up, then handle the update."""
        sender: TelegramUser | None = data.get("event_from_user")
        data["user"] = await self.users.get(sender.id) if sender is not None else None
        return await handler(event, data)
