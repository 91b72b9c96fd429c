"""Food entries and their items: named, parameterized SQL; every write checks the owner.

An entry's totals (food_entries.kcal, ...) are the sums of its items, recomputed in the
transaction that changes them. Every statement that reads or changes one entry has
`user_id = %(user_id)s` in its WHERE: an entry id from a button is never trusted alone.

**A /log commits without waiting for the disk** (`synchronous_commit = off` for its one
transaction: the entry, its items and the XP it pays; set by its own statement). Nothing
is lost or doubled by that:

- It is written under the update's key (`OpKey.step`), so a handler run again finds it (or
  writes it, if it is gone) and pays its XP once (`xp_events` is unique on the same key).
- What makes the update done is the inbox's mark, committed later and durably; PostgreSQL
  writes its WAL in order, so a durable mark (or reply record) flushes the /log's commit
  with it. A server crash can only lose a /log whose update is not yet marked done: the
  inbox hands that update to the handler again, which writes it again. The daemon's own
  death (kill -9, the OOM killer) loses nothing at all: the server already holds the commit.
- The replies are numbered by the reply ledger, so a retry does not send the card twice,
  save the one reply Telegram took in the instant before its record was written (as for
  every handler, with or without this setting).

The README's "Writes without waiting for the disk" says which writes do this and why;
tests/test_faults_log.py kills the daemon (and then the server too) with /log messages in
flight and counts the rows: each stored once, paid once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from psycopg.rows import class_row

from healthbot.cache import Cache
from healthbot.db import Database, Joined
from healthbot.db.pool import Connection
from healthbot.meals.answers import Portion
from healthbot.meals.entry_sql import (
    COLUMNS,
    CREATE,
    ENTRY,
    INSERT_ITEM,
    MAX_TYPED,
    UPDATE_TOTALS,
    create_params,
    item_params,
    item_row,
)
from healthbot.meals.recents_cache import forget_recents
from healthbot.meals.rows import CreatedRow, EntryRow, ItemRow, TotalsRow
from healthbot.telegram.ledger import IN_FLIGHT_CTE, NO_REPLY_IN_FLIGHT, ReplyInFlight

__all__ = [  # the rows are read from here too
    "COLUMNS", "ENTRY", "MAX_TYPED", "CreatedRow", "EntryRow", "ItemRow", "MealRepository",
    "TotalsRow", "item_row",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class _DayRow(TotalsRow):
    """A meal's sums beside the day's water (a day without entries has one row, with no
    entries, for the water)."""

    water_ml: int


@dataclass(frozen=True, slots=True)
class _Id:
    id: int


_SUMS: Final = (
    " count(*)::int AS entries, coalesce(sum(kcal), 0) AS kcal,"
    " coalesce(sum(protein_g), 0) AS protein_g, coalesce(sum(carbs_g), 0) AS carbs_g,"
    " coalesce(sum(fat_g), 0) AS fat_g, coalesce(sum(fiber_g), 0) AS fiber_g"
)


class MealRepository:
    """Reads and writes `food_entries` and `food_entry_items` (and reads targets); each
    write forgets what is cached of the user's entries (`RECENTS`) in `cache` (by default,
    a cache of this process only)."""

    def __init__(self, db: Database, cache: Cache | None = None) -> None:
        self.db = db
        self.cache = cache if cache is not None else Cache(None)

    async def changed(self, user_id: int) -> None:
        """The user's entries changed (committed): forget what is cached of them."""
        await forget_recents(self.cache, user_id)

    async def create(
        self,
        user_id: int,
        portions: Sequence[Portion],
        *,
        meal: str,
        description: str,
        at: datetime,
        day: date,
        key: str,
        logged: datetime | None = None,
        joined: Sequence[Joined] = (),
        forget: bool = True,
    ) -> CreatedRow | int:
        """Store an entry with its items once per key, eaten `at` and logged at `logged`
        (by default now); return it as stored, or on a retry (the key is taken) the stored
        entry's id, whose items and totals are left as they are. `forget=False` leaves what
        is cached of the user's entries to the caller, who must refresh it once the entry
        is shown (a one-tap log: `MealShortcuts.refresh`, after its reply).

        One statement, in one transaction with what `joined` adds (the XP it pays, settled
        in SQL): one round trip and one commit, not waited for on disk (the module's
        docstring says why that is safe).
        """
        params = create_params(user_id, portions, meal=meal, description=description, at=at,
                                day=day, key=key, logged=logged)  # fmt: skip
        # The statement turns the commit's wait for the disk off itself (its commit_mode).
        created = await self.db.fetch_one_with("meals.create", CREATE, params, CreatedRow, joined)
        # Forgotten on a retry too: the try that stored the entry may have died between its
        # commit and this, leaving what was cached before it.
        if forget:
            await self.changed(user_id)
        if created is not None:
            return created
        stored = await self.db.fetch_one(  # a retry: what `joined` wrote is found again too
            "meals.created",
            "SELECT id FROM food_entries WHERE user_id = %(user_id)s AND idempotency_key = %(key)s",
            {"user_id": user_id, "key": key},
            _Id,
        )
        assert stored is not None  # the conflict was on this very key
        return stored.id

    async def add_items(self, user_id: int, entry_id: int, portions: Sequence[Portion]) -> bool:
        """Add items to the user's entry (a position already there is left as it is);
        False if the entry is not theirs or is deleted."""
        async with self.db.transaction("meals.add_items") as conn:
            if not await self._lock(conn, user_id, entry_id):
                return False
            await self._insert_items(conn, entry_id, user_id, portions)
        await self.changed(user_id)  # committed
        return True

    async def replace_items(
        self,
        user_id: int,
        entry_id: int,
        portions: Sequence[Portion],
        description: str,
        key: str | None = None,
    ) -> bool:
        """Make these the entry's items (an edit, once per `key`: see `rework_items`);
        False if the entry is not theirs."""
        async with self.db.transaction("meals.replace_items") as conn:
            if not await self._lock(conn, user_id, entry_id):
                return False
            if key is not None and not await self._first_edit(conn, user_id, entry_id, key):
                return True
            await conn.execute(
                "DELETE FROM food_entry_items WHERE entry_id = %(entry_id)s"
                " AND user_id = %(user_id)s",
                {"entry_id": entry_id, "user_id": user_id},
            )
            await conn.execute(
                "UPDATE food_entries SET description = %(description)s"
                " WHERE id = %(entry_id)s AND user_id = %(user_id)s",
                {"entry_id": entry_id, "user_id": user_id, "description": description},
            )
            await self._insert_items(conn, entry_id, user_id, portions)
        await self.changed(user_id)  # committed
        return True

    async def replace_item(
        self, user_id: int, entry_id: int, portion: Portion, key: str | None = None
    ) -> bool:
        """Make `portion` the entry's item at its position ("Not this?": another food for
        it; an edit, once per `key`); False if the entry is not theirs or is deleted."""
        async with self.db.transaction("meals.replace_item") as conn:
            if not await self._lock(conn, user_id, entry_id):
                return False
            if key is not None and not await self._first_edit(conn, user_id, entry_id, key):
                return True
            await conn.execute(
                "DELETE FROM food_entry_items WHERE entry_id = %(entry_id)s"
                " AND user_id = %(user_id)s AND position = %(position)s",
                {"entry_id": entry_id, "user_id": user_id, "position": portion.position},
            )
            await self._insert_items(conn, entry_id, user_id, [portion])
        await self.changed(user_id)  # committed
        return True

    async def rework_items(
        self,
        user_id: int,
        entry_id: int,
        positions: Sequence[int],
        portions: Sequence[Portion],
        key: str,
    ) -> bool:
        """An edit: take the items at `positions` out of the user's entry and put `portions`
        in, in one transaction, once per `key` (a retry of any earlier edit, even after a
        later one, changes nothing more); False if the entry is not theirs or is deleted."""
        async with self.db.transaction("meals.rework_items") as conn:
            if not await self._lock(conn, user_id, entry_id):
                return False
            if not await self._first_edit(conn, user_id, entry_id, key):
                return True  # done by the try that died before its reply
            await conn.execute(
                "DELETE FROM food_entry_items WHERE entry_id = %(entry_id)s"
                " AND user_id = %(user_id)s AND position = ANY(%(positions)s)",
                {"entry_id": entry_id, "user_id": user_id, "positions": list(positions)},
            )
            await self._insert_items(conn, entry_id, user_id, portions)
        await self.changed(user_id)  # committed
        return True

    async def edited_by(self, user_id: int, entry_id: int, key: str) -> bool:
        """Whether the edit with this key changed the user's entry already."""
        found = await self.db.fetch_one(
            "meals.edited_by",
            "SELECT entry_id AS id FROM food_entry_edits WHERE entry_id = %(entry_id)s"
            " AND user_id = %(user_id)s AND idempotency_key = %(key)s",
            {"entry_id": entry_id, "user_id": user_id, "key": key},
            _Id,
        )
        return found is not None

    async def _first_edit(self, conn: Connection, user_id: int, entry_id: int, key: str) -> bool:
        """Record the edit's key (in its transaction, the entry locked): False if it was
        recorded before, so the edit is done and changes nothing more."""
        cursor = await conn.execute(
            "INSERT INTO food_entry_edits (entry_id, user_id, idempotency_key)"
            " VALUES (%(entry_id)s, %(user_id)s, %(key)s) ON CONFLICT DO NOTHING RETURNING 1",
            {"entry_id": entry_id, "user_id": user_id, "key": key},
        )
        return await cursor.fetchone() is not None

    async def _lock(self, conn: Connection, user_id: int, entry_id: int) -> bool:
        cursor = await conn.execute(
            "SELECT 1 FROM food_entries WHERE id = %(entry_id)s AND user_id = %(user_id)s"
            " AND deleted_at IS NULL FOR UPDATE",
            {"entry_id": entry_id, "user_id": user_id},
        )
        return await cursor.fetchone() is not None

    async def _insert_items(
        self, conn: Connection, entry_id: int, user_id: int, portions: Sequence[Portion]
    ) -> EntryRow:
        if portions:
            async with conn.cursor() as cursor:
                await cursor.executemany(
                    INSERT_ITEM, [item_params(entry_id, user_id, p) for p in portions]
                )
        totals = conn.cursor(row_factory=class_row(EntryRow))
        await totals.execute(UPDATE_TOTALS, {"entry_id": entry_id, "user_id": user_id})
        row: EntryRow | None = await totals.fetchone()
        assert row is not None  # the caller holds the entry
        return row

    async def entry(self, user_id: int, entry_id: int) -> EntryRow | None:
        """The user's entry (deleted ones too), or None if there is no such entry of theirs."""
        return await self.db.fetch_one(
            "meals.entry",
            ENTRY + " WHERE id = %(entry_id)s AND user_id = %(user_id)s",
            {"entry_id": entry_id, "user_id": user_id},
            EntryRow,
        )

    async def items(self, user_id: int, entry_id: int) -> list[ItemRow]:
        """The items of the user's entry, in the order typed."""
        return await self.db.fetch_all(
            "meals.items",
            "SELECT position, typed, food_name, usda_id, quantity, unit, size, grams, kcal,"
            " protein_g, carbs_g, fat_g, fiber_g FROM food_entry_items"
            " WHERE entry_id = %(entry_id)s AND user_id = %(user_id)s ORDER BY position",
            {"entry_id": entry_id, "user_id": user_id},
            ItemRow,
        )

    async def only_entry(self, user_id: int, entry_id: int) -> bool:
        """Whether the entry is the user's only one (deleted ones count)."""
        others = await self.db.fetch_value(
            "meals.only_entry",
            "SELECT EXISTS (SELECT 1 FROM food_entries"
            " WHERE user_id = %(user_id)s AND id <> %(entry_id)s)",
            {"entry_id": entry_id, "user_id": user_id},
        )
        return not others

    async def set_deleted(
        self, user_id: int, entry_id: int, deleted: bool, *, at: datetime | None = None
    ) -> bool:
        """Delete (softly, so that Undo can restore) `at` now on the app's clock, or
        restore the user's entry; False if there is no such entry of theirs."""
        changed = await self.db.execute(
            "meals.set_deleted",
            "UPDATE food_entries SET deleted_at = CASE WHEN %(deleted)s"
            " THEN coalesce(deleted_at, %(at)s::timestamptz, now()) END,"
            " deleted_by = CASE WHEN %(deleted)s THEN deleted_by END"
            " WHERE id = %(entry_id)s AND user_id = %(user_id)s",
            {"entry_id": entry_id, "user_id": user_id, "deleted": deleted, "at": at},
        )
        if changed:
            await self.changed(user_id)
        return changed > 0

    async def last(self, user_id: int) -> EntryRow | None:
        """The entry the user logged last and still has."""
        return await self.db.fetch_one(
            "meals.last",
            ENTRY + " WHERE user_id = %(user_id)s AND deleted_at IS NULL"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            {"user_id": user_id},
            EntryRow,
        )

    async def move(self, user_id: int, entry_id: int, at: datetime, day: date) -> bool:
        """Move the user's entry to another instant and day; False if it is not theirs (or
        deleted)."""
        changed = await self.db.execute(
            "meals.move",
            "UPDATE food_entries SET eaten_at = %(at)s, local_date = %(day)s"
            " WHERE id = %(entry_id)s AND user_id = %(user_id)s AND deleted_at IS NULL",
            {"entry_id": entry_id, "user_id": user_id, "at": at, "day": day},
        )
        if changed:
            await self.changed(user_id)
        return changed > 0

    async def set_meal(self, user_id: int, entry_id: int, meal: str) -> bool:
        """Move the user's entry to another meal; False if there is no such entry of theirs."""
        changed = await self.db.execute(
            "meals.set_meal",
            "UPDATE food_entries SET meal = %(meal)s"
            " WHERE id = %(entry_id)s AND user_id = %(user_id)s AND deleted_at IS NULL",
            {"entry_id": entry_id, "user_id": user_id, "meal": meal},
        )
        if changed:
            await self.changed(user_id)
        return changed > 0

    async def history(self, user_id: int, *, offset: int, limit: int) -> list[EntryRow]:
        """The user's entries, newest first, skipping `offset` of them."""
        return await self.db.fetch_all(
            "meals.history",
            ENTRY + " WHERE user_id = %(user_id)s AND deleted_at IS NULL"
            " ORDER BY eaten_at DESC, id DESC OFFSET %(offset)s LIMIT %(limit)s",
            {"user_id": user_id, "offset": offset, "limit": limit},
            EntryRow,
        )

    async def usual_meal(self, user_id: int, food_uids: Sequence[str]) -> str | None:
        """The meal the user usually logs these foods in: that of the entries holding the
        most of them (a steak with a coffee at dinner outweighs any number of coffees at
        breakfast), then of the most such entries. None: never logged, or logged only apart
        and each in another meal (a daily coffee says nothing of the steak's meal)."""
        rows = await self.db.fetch_all(
            "meals.usual_meal",
            "SELECT e.id, i.usda_id AS uid, e.meal, e.created_at FROM food_entry_items AS i"
            " JOIN food_entries AS e ON e.id = i.entry_id"
            " WHERE e.user_id = %(user_id)s AND i.user_id = %(user_id)s"
            " AND i.usda_id = ANY(%(uids)s) AND e.deleted_at IS NULL",
            {"user_id": user_id, "uids": sorted(set(food_uids))},
            _Held,
        )
        return _usual(rows)

    async def day_totals(
        self, user_id: int, day: date, reply: ReplyInFlight | None = None
    ) -> tuple[list[TotalsRow], int]:
        """The totals of each meal of the user's day (meals without entries left out) and
        the water drunk that day in ml, in one statement (/today shows both); `reply`: the
        reply that shows them, put on record as in flight by the same statement (no round
        trip of the inbox's writer before its send)."""
        marks = NO_REPLY_IN_FLIGHT if reply is None else reply.params()
        rows = await self.db.fetch_all(
            "meals.day",
            "WITH " + IN_FLIGHT_CTE + " SELECT coalesce(m.key, '') AS key,"
            " coalesce(m.entries, 0) AS entries,"
            " coalesce(m.kcal, 0) AS kcal,"
            " coalesce(m.protein_g, 0) AS protein_g, coalesce(m.carbs_g, 0) AS carbs_g,"
            " coalesce(m.fat_g, 0) AS fat_g, coalesce(m.fiber_g, 0) AS fiber_g,"
            " w.water_ml FROM (SELECT coalesce(sum(amount_ml), 0)::bigint AS water_ml"
            " FROM water_logs WHERE user_id = %(user_id)s AND local_date = %(day)s"
            " AND deleted_at IS NULL) AS w"
            " LEFT JOIN (SELECT meal AS key," + _SUMS + " FROM food_entries"
            " WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL"
            " GROUP BY meal) AS m ON true",
            {"user_id": user_id, "day": day, **marks},
            _DayRow,
        )
        if reply is not None:
            reply.committed()
        return [row for row in rows if row.entries], int(rows[0].water_ml) if rows else 0

    async def days(self, user_id: int, first: date, last: date) -> list[TotalsRow]:
        """The totals of each day from `first` to `last` (days without entries left out)."""
        return await self.db.fetch_all(
            "meals.days",
            "SELECT local_date::text AS key," + _SUMS + " FROM food_entries"
            " WHERE user_id = %(user_id)s AND local_date BETWEEN %(first)s AND %(last)s"
            " AND deleted_at IS NULL GROUP BY local_date",
            {"user_id": user_id, "first": first, "last": last},
            TotalsRow,
        )


@dataclass(frozen=True, slots=True)
class _Held:
    """One of the asked foods in one of the user's entries."""

    id: int
    uid: str
    meal: str
    created_at: datetime


def _usual(rows: Sequence[_Held]) -> str | None:
    """The meal of the entries holding the most of the asked foods (then the most entries,
    then the latest); when no entry held two of them, the foods' own meals must agree."""
    entries: dict[int, tuple[str, tuple[datetime, int], set[str]]] = {}
    for row in rows:
        entry = entries.setdefault(row.id, (row.meal, (row.created_at, row.id), set()))
        entry[2].add(row.uid)
    if not entries:
        return None
    most = max(len(uids) for _, _, uids in entries.values())
    if most > 1:
        return _most_in([(m, at) for m, at, uids in entries.values() if len(uids) == most])
    foods = {uid for _, _, uids in entries.values() for uid in uids}
    meals = {_most_in([(m, at) for m, at, uids in entries.values() if f in uids]) for f in foods}
    return meals.pop() if len(meals) == 1 else None


def _most_in(entries: Sequence[tuple[str, tuple[datetime, int]]]) -> str:
    """The meal most of the entries are in (of those tied, the one logged last: the
    latest stamp, then the highest id, as two logs can share a stamp)."""
    counts: dict[str, tuple[int, tuple[datetime, int]]] = {}
    for meal, logged in entries:
        count, latest = counts.get(meal, (0, logged))
        counts[meal] = (count + 1, max(latest, logged))
    return max(counts, key=lambda meal: counts[meal])
