"""Entries as /undo removes and brings them back: one entry, or all the entries that one
operation logged together (a whole day copied: an entry per meal), as one.

Entries logged together have keys made by `part_key` (the operation's key, `PART`, and what
the entry is of it); removing any of them removes all of theirs still there, under the
/undo's key, and bringing one back brings back what that /undo removed. Every statement has
`user_id = %(user_id)s` in its WHERE: an entry id from a button is never trusted alone.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from healthbot.db import Database
from healthbot.localtime import utc_now
from healthbot.logbook import Deleted
from healthbot.meals.repository import COLUMNS, ENTRY, EntryRow

PART: Final = "#part:"
"""Between an operation's key and what an entry is of it, in the keys of entries logged
together."""

# The live entries logged with the given one (under the same operation's key) and it
# ('#part:' is PART: the SQL is a constant).
_TOGETHER: Final = (
    "(SELECT id FROM food_entries WHERE user_id = %(user_id)s AND deleted_at IS NULL"
    " AND (id = %(entry_id)s OR position('#part:' in idempotency_key) > 0"
    " AND split_part(idempotency_key, '#part:', 1) = (SELECT split_part(idempotency_key,"
    " '#part:', 1) FROM food_entries WHERE id = %(entry_id)s AND user_id = %(user_id)s"
    " AND position('#part:' in idempotency_key) > 0)))"
)
_REMOVE: Final = (
    "UPDATE food_entries SET deleted_at = %(at)s, deleted_by = %(key)s"
    " WHERE user_id = %(user_id)s AND deleted_at IS NULL AND id IN " + _TOGETHER
    + " RETURNING" + COLUMNS
)  # fmt: skip
# What the /undo that removed the entry removed, brought back (nothing, if it is back).
_RESTORE: Final = (
    "UPDATE food_entries SET deleted_at = NULL, deleted_by = NULL, restored_by = %(undo)s"
    " WHERE user_id = %(user_id)s AND deleted_at IS NOT NULL AND (id = %(entry_id)s"
    " OR deleted_by = (SELECT deleted_by FROM food_entries WHERE id = %(entry_id)s"
    " AND user_id = %(user_id)s AND deleted_at IS NOT NULL))"
    " RETURNING" + COLUMNS
)


@dataclass(frozen=True, slots=True)
class _Ref:
    ref: str


def part_key(key: str, part: str) -> str:
    """The key of the entry of an operation that logs several together (`part`: what the
    entry is of it, such as its meal)."""
    return f"{key}{PART}{part}"


class Removals:
    """Removes and brings back entries in `food_entries` for /undo; `changed` is told of
    each user whose entries it changed, once committed (`MealRepository.changed`: what is
    cached of them is forgotten)."""

    def __init__(
        self,
        db: Database,
        changed: Callable[[int], Awaitable[None]],
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.changed = changed
        self.clock = clock  # the app's: when an entry is removed, as when one is logged

    async def removed_by(self, user_id: int, key: str) -> list[EntryRow]:
        """The user's entries that the operation `key` removed and that still are, in the
        order logged."""
        return await self.db.fetch_all(
            "meals.removed_by",
            ENTRY + " WHERE user_id = %(user_id)s AND deleted_by = %(key)s"
            " AND deleted_at IS NOT NULL ORDER BY id",
            {"user_id": user_id, "key": key},
            EntryRow,
        )

    async def remove(self, user_id: int, entry_id: int, key: str) -> list[EntryRow]:
        """Delete the user's entry (softly) under the operation `key`, with the entries
        logged together with it; what was removed (none: no such entry of theirs still
        there), in the order logged."""
        rows = await self.db.fetch_all(
            "meals.remove",
            _REMOVE,
            {"entry_id": entry_id, "user_id": user_id, "key": key, "at": self.clock()},
            EntryRow,
        )
        if rows:
            await self.changed(user_id)
        return sorted(rows, key=lambda row: row.id)

    async def restore(self, user_id: int, entry_id: int, undo: str | None = None) -> list[EntryRow]:
        """Bring back the user's entry and what the same /undo removed with it (under the
        /undo `undo` that undoes a card's Delete, if one); what came back (none: it was not
        removed, or is not theirs), in the order logged."""
        rows = await self.db.fetch_all(
            "meals.restore",
            _RESTORE,
            {"entry_id": entry_id, "user_id": user_id, "undo": undo},
            EntryRow,
        )
        if rows:
            await self.changed(user_id)
        return sorted(rows, key=lambda row: row.id)

    async def together(self, user_id: int, entry_id: int) -> list[EntryRow]:
        """The user's entry and the live entries logged together with it, in the order
        logged (none: no such entry of theirs)."""
        return await self.db.fetch_all(
            "meals.together",
            ENTRY
            + " WHERE user_id = %(user_id)s AND (id = %(entry_id)s OR id IN "
            + _TOGETHER
            + ") ORDER BY id",
            {"entry_id": entry_id, "user_id": user_id},
            EntryRow,
        )

    async def paid_under(self, user_id: int, key: str) -> list[str]:
        """What the XP of the entries the operation `key` removed was paid under: the key
        of the operation that logged them (a /log's, a copy's), or "entry:<id>" (the
        coach's logs)."""
        rows = await self.db.fetch_all(
            "meals.paid_under",
            "SELECT DISTINCT ref FROM food_entries,"
            " unnest(ARRAY[split_part(idempotency_key, '#part:', 1), 'entry:' || id]) AS ref"
            " WHERE user_id = %(user_id)s AND deleted_by = %(key)s AND deleted_at IS NOT NULL"
            " AND ref IS NOT NULL",
            {"user_id": user_id, "key": key},
            _Ref,
        )
        return [row.ref for row in rows]

    async def last_deleted(self, user_id: int) -> Deleted | None:
        """The user's entry removed last and still removed (by a card's Delete or an
        /undo), if any."""
        return await self.db.fetch_one(
            "meals.last_deleted",
            "SELECT deleted_at AS at, id, deleted_by IS NOT NULL AS by_undo FROM food_entries"
            " WHERE user_id = %(user_id)s AND deleted_at IS NOT NULL"
            " ORDER BY deleted_at DESC, id DESC LIMIT 1",
            {"user_id": user_id},
            Deleted,
        )

    async def restored_by(self, user_id: int, key: str) -> list[EntryRow]:
        """The user's entries that the /undo `key` brought back after a card's Delete and
        that are still there."""
        return await self.db.fetch_all(
            "meals.restored_by",
            ENTRY + " WHERE user_id = %(user_id)s AND restored_by = %(key)s"
            " AND deleted_at IS NULL ORDER BY id",
            {"user_id": user_id, "key": key},
            EntryRow,
        )

    async def removed_under(self, user_id: int, entry_id: int) -> str | None:
        """The key of the operation that removed the user's entry, if one did (an /undo)."""
        key = await self.db.fetch_value(
            "meals.removed_under",
            "SELECT deleted_by FROM food_entries WHERE id = %(entry_id)s"
            " AND user_id = %(user_id)s AND deleted_at IS NOT NULL",
            {"entry_id": entry_id, "user_id": user_id},
        )
        return None if key is None else str(key)
