"""Water logs and weigh-ins one at a time, for /undo and /history: read, removed softly,
restored, changed. Named, parameterized SQL; every statement has the owner in its WHERE
(an id from a button is never trusted alone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final, Literal, LiteralString

from healthbot.db import Database
from healthbot.logbook import Deleted

Kind = Literal["water", "weight"]
KINDS: Final[tuple[Kind, ...]] = ("water", "weight")


@dataclass(frozen=True, slots=True)
class LogRow:
    """One water log (`amount` in ml) or weigh-in (in kg)."""

    id: int
    amount: Decimal
    logged_at: datetime  # when it happened (drunk, weighed)
    deleted: bool
    created_at: datetime  # when it was logged: /undo takes the last


@dataclass(frozen=True, slots=True)
class CorrectedRow:
    """A weigh-in as a correction left it, and the weight it said before (kg)."""

    id: int
    amount: Decimal
    logged_at: datetime
    deleted: bool
    created_at: datetime
    was: Decimal

    @property
    def row(self) -> LogRow:
        """The weigh-in as a row like the others."""
        return LogRow(self.id, self.amount, self.logged_at, self.deleted, self.created_at)


# (table, amount column) per kind: constants, so that the SQL built from them is too.
_TABLES: Final[dict[Kind, tuple[LiteralString, LiteralString]]] = {
    "water": ("water_logs", "amount_ml"),
    "weight": ("weight_logs", "weight_kg"),
}


def _columns(kind: Kind) -> LiteralString:
    return (
        "id, " + _TABLES[kind][1] + " AS amount, logged_at, deleted_at IS NOT NULL AS deleted,"
        " created_at"
    )


def _table(kind: Kind) -> LiteralString:
    return _TABLES[kind][0]


class EntryRepository:
    """Reads and changes single rows of `water_logs` and `weight_logs`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, kind: Kind, user_id: int, row_id: int) -> LogRow | None:
        """The user's row (removed ones too), or None if there is no such row of theirs."""
        return await self.db.fetch_one(
            f"{kind}.entry",
            "SELECT " + _columns(kind) + " FROM " + _table(kind)
            + " WHERE id = %(id)s AND user_id = %(user_id)s",
            {"id": row_id, "user_id": user_id},
            LogRow,
        )  # fmt: skip

    async def latest(self, kind: Kind, user_id: int, limit: int) -> list[LogRow]:
        """The user's latest `limit` rows still there, the latest first."""
        return await self.db.fetch_all(
            f"{kind}.latest_rows",
            "SELECT " + _columns(kind) + " FROM " + _table(kind)
            + " WHERE user_id = %(user_id)s AND deleted_at IS NULL"
            " ORDER BY logged_at DESC, id DESC LIMIT %(limit)s",
            {"user_id": user_id, "limit": limit},
            LogRow,
        )  # fmt: skip

    async def last_logged(self, kind: Kind, user_id: int) -> LogRow | None:
        """The user's row still there that was logged last (not the latest weighed: a
        weigh-in for an earlier day logged now is the last)."""
        return await self.db.fetch_one(
            f"{kind}.last_logged",
            "SELECT " + _columns(kind) + " FROM " + _table(kind)
            + " WHERE user_id = %(user_id)s AND deleted_at IS NULL"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            {"user_id": user_id},
            LogRow,
        )  # fmt: skip

    async def restored_by(self, kind: Kind, user_id: int, key: str) -> LogRow | None:
        """The user's row that the operation `key` brought back after a card's Delete, if
        it is still there."""
        return await self.db.fetch_one(
            f"{kind}.restored_by",
            "SELECT " + _columns(kind) + " FROM " + _table(kind)
            + " WHERE user_id = %(user_id)s AND restored_by = %(key)s AND deleted_at IS NULL"
            " LIMIT 1",
            {"user_id": user_id, "key": key},
            LogRow,
        )  # fmt: skip

    async def removed_by(self, kind: Kind, user_id: int, key: str) -> LogRow | None:
        """The user's row that the operation `key` removed, if it still is."""
        return await self.db.fetch_one(
            f"{kind}.removed_by",
            "SELECT " + _columns(kind) + " FROM " + _table(kind)
            + " WHERE user_id = %(user_id)s AND deleted_by = %(key)s AND deleted_at IS NOT NULL"
            " LIMIT 1",
            {"user_id": user_id, "key": key},
            LogRow,
        )  # fmt: skip

    async def remove(
        self, kind: Kind, user_id: int, row_id: int, key: str | None, *, at: datetime
    ) -> LogRow | None:
        """Remove the user's row (softly) `at` now on the app's clock, under the operation
        `key`; the row, or None if there is no such row of theirs still there."""
        return await self.db.fetch_one(
            f"{kind}.remove",
            "UPDATE " + _table(kind) + " SET deleted_at = %(at)s, deleted_by = %(key)s"
            " WHERE id = %(id)s AND user_id = %(user_id)s AND deleted_at IS NULL"
            " RETURNING " + _columns(kind),
            {"id": row_id, "user_id": user_id, "key": key, "at": at},
            LogRow,
        )  # fmt: skip

    async def paid_under(self, kind: Kind, user_id: int, key: str) -> list[str]:
        """What the XP of the row the operation `key` removed was paid under: the key of
        the operation that logged it."""
        found = await self.db.fetch_value(
            f"{kind}.paid_under",
            "SELECT idempotency_key FROM " + _table(kind)
            + " WHERE user_id = %(user_id)s AND deleted_by = %(key)s AND deleted_at IS NOT NULL"
            " AND idempotency_key IS NOT NULL LIMIT 1",
            {"user_id": user_id, "key": key},
        )  # fmt: skip
        return [] if found is None else [str(found)]

    async def last_deleted(self, kind: Kind, user_id: int) -> Deleted | None:
        """The user's row removed last and still removed (by a card's Delete or an /undo),
        if any."""
        return await self.db.fetch_one(
            f"{kind}.last_deleted",
            "SELECT deleted_at AS at, id, deleted_by IS NOT NULL AS by_undo FROM "
            + _table(kind) + " WHERE user_id = %(user_id)s AND deleted_at IS NOT NULL"
            " ORDER BY deleted_at DESC, id DESC LIMIT 1",
            {"user_id": user_id},
            Deleted,
        )  # fmt: skip

    async def removed_under(self, kind: Kind, user_id: int, row_id: int) -> str | None:
        """The key of the operation that removed the user's row, if one did (an /undo)."""
        found = await self.db.fetch_value(
            f"{kind}.removed_under",
            "SELECT deleted_by FROM " + _table(kind)
            + " WHERE id = %(id)s AND user_id = %(user_id)s AND deleted_at IS NOT NULL",
            {"id": row_id, "user_id": user_id},
        )  # fmt: skip
        return None if found is None else str(found)

    async def restore(self, kind: Kind, user_id: int, row_id: int, key: str | None = None) -> bool:
        """Bring back the user's removed row (under the /undo `key`, if one brings it
        back); False if it was not removed (or is not theirs)."""
        changed = await self.db.execute(
            f"{kind}.restore",
            "UPDATE " + _table(kind) + " SET deleted_at = NULL, deleted_by = NULL,"
            " restored_by = %(key)s"
            " WHERE id = %(id)s AND user_id = %(user_id)s AND deleted_at IS NOT NULL",
            {"id": row_id, "user_id": user_id, "key": key},
        )  # fmt: skip
        return changed > 0

    async def change(self, kind: Kind, user_id: int, row_id: int, amount: Decimal) -> LogRow | None:
        """Set the amount of the user's row still there; the row, or None."""
        return await self.db.fetch_one(
            f"{kind}.change",
            "UPDATE " + _table(kind) + " SET " + _TABLES[kind][1] + " = %(amount)s"
            " WHERE id = %(id)s AND user_id = %(user_id)s AND deleted_at IS NULL"
            " RETURNING " + _columns(kind),
            {"id": row_id, "user_id": user_id, "amount": amount},
            LogRow,
        )  # fmt: skip

    async def correct(
        self, user_id: int, row_id: int, kg: Decimal, key: str
    ) -> CorrectedRow | None:
        """Set the weight of the user's weigh-in still there under the operation `key`; the
        row and the weight it said before the operation (a retry finds the same), or None."""
        return await self.db.fetch_one(
            "weight.correct",
            "UPDATE weight_logs SET weight_kg = %(kg)s, corrected_by = %(key)s,"
            " corrected_from = CASE WHEN corrected_by IS DISTINCT FROM %(key)s THEN weight_kg"
            " ELSE corrected_from END"
            " WHERE id = %(id)s AND user_id = %(user_id)s AND deleted_at IS NULL"
            " RETURNING " + _columns("weight") + ", corrected_from AS was",
            {"id": row_id, "user_id": user_id, "kg": kg, "key": key},
            CorrectedRow,
        )
