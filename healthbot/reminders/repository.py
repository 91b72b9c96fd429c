"""Reminders and their deliveries: named, parameterized SQL; writes idempotent on their keys.

The scheduler's claim is one transaction: lock a batch of due reminders (the partial index
`reminders_due_idx`, FOR UPDATE SKIP LOCKED, so that concurrent schedulers take disjoint
batches), let the caller decide each one's occurrence and next run (in Python: DST rules
live in `schedule`), advance them, and record the occurrences in `reminder_deliveries`,
whose UNIQUE (reminder_id, occurrence) makes a second record of one occurrence impossible.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any, Final, Literal

import psycopg
from psycopg.rows import class_row
from psycopg.types.json import Jsonb

from healthbot.db import Database, open_held_session
from healthbot.db.pool import Connection
from healthbot.reminders.rows import (
    REMINDER_COLUMNS,
    AddedRow,
    Claimed,
    Decision,
    DueRow,
    InsertedRow,
    OutcomeRow,
    OwnerRow,
    Pending,
    ReminderRow,
    SnoozeRow,
)
from healthbot.reminders.schedule import ScheduleError, next_run, schedule_from_json

# The advisory-lock class of scheduler instances ("rmnd"): an instance holds the lock
# (class, owner id) on a connection of its own for as long as it lives, so that another
# one can tell a dead owner's pending deliveries from a live one's.
OWNER_LOCK_CLASS: Final = 0x726D_6E64

# Due now, oldest first, locked; rows another scheduler holds are skipped, not waited for.
CLAIM_SQL: Final = (
    "SELECT r.id, r.user_id, r.text, r.schedule, r.next_run_at, u.timezone, u.language_code,"
    " (r.skip_if_meal_hours IS NOT NULL AND EXISTS ("
    "  SELECT 1 FROM food_entries f WHERE f.user_id = r.user_id AND f.deleted_at IS NULL"
    "  AND f.eaten_at > %(now)s - make_interval(hours => r.skip_if_meal_hours)"
    "  AND f.eaten_at <= %(now)s)) AS meal_logged"
    " FROM reminders r JOIN users u ON u.id = r.user_id"
    " WHERE r.active AND r.next_run_at <= %(now)s"
    " ORDER BY r.next_run_at LIMIT %(limit)s"
    " FOR UPDATE OF r SKIP LOCKED"
)


class ReminderRepository:
    """Reads and writes `reminders` and `reminder_deliveries`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the user's reminders ---------------------------------------------------------------

    async def add(
        self,
        user_id: int,
        *,
        kind: str,
        text: str,
        schedule: dict[str, Any],
        timezone: str,
        next_run_at: datetime,
        skip_if_meal_hours: int | None,
        key: str,
        limit: int,
    ) -> AddedRow | None:
        """Store a reminder once per key (the stored one on a retry); None when the user
        has `limit` reminders already."""
        # The second branch sees the snapshot before the insert: at most one branch yields.
        return await self.db.fetch_one(
            "reminders.add",
            "WITH added AS ("
            " INSERT INTO reminders (user_id, kind, text, schedule, timezone, next_run_at,"
            "  skip_if_meal_hours, idempotency_key)"
            " SELECT %(user_id)s, %(kind)s, %(text)s, %(schedule)s, %(timezone)s,"
            "  %(next_run_at)s, %(meal)s, %(key)s"
            " WHERE (SELECT count(*) FROM reminders WHERE user_id = %(user_id)s"
            "  AND next_run_at IS NOT NULL) < %(limit)s"
            " ON CONFLICT (user_id, idempotency_key) DO NOTHING"
            " RETURNING" + REMINDER_COLUMNS + ")"
            " SELECT" + REMINDER_COLUMNS + ", true AS created FROM added"
            " UNION ALL"
            " SELECT" + REMINDER_COLUMNS + ", false AS created FROM reminders"
            " WHERE user_id = %(user_id)s AND idempotency_key = %(key)s"
            " LIMIT 1",
            {
                "user_id": user_id,
                "kind": kind,
                "text": text,
                "schedule": Jsonb(schedule),
                "timezone": timezone,
                "next_run_at": next_run_at,
                "meal": skip_if_meal_hours,
                "key": key,
                "limit": limit,
            },
            AddedRow,
        )

    async def of_user(self, user_id: int, limit: int) -> list[ReminderRow]:
        """The user's reminders that will fire (or would, once resumed), oldest first."""
        return await self.db.fetch_all(
            "reminders.list",
            "SELECT" + REMINDER_COLUMNS + " FROM reminders"
            " WHERE user_id = %(user_id)s AND next_run_at IS NOT NULL"
            " ORDER BY id LIMIT %(limit)s",
            {"user_id": user_id, "limit": limit},
            ReminderRow,
        )

    async def get(self, user_id: int, reminder_id: int) -> ReminderRow | None:
        """One of the user's reminders (None: no such id, or another user's)."""
        return await self.db.fetch_one(
            "reminders.get",
            "SELECT" + REMINDER_COLUMNS + " FROM reminders"
            " WHERE id = %(id)s AND user_id = %(user_id)s",
            {"id": reminder_id, "user_id": user_id},
            ReminderRow,
        )

    async def pause(self, user_id: int, reminder_id: int) -> bool:
        """Pause one of the user's reminders; False if it is not theirs (or is done)."""
        touched = await self.db.execute(
            "reminders.pause",
            "UPDATE reminders SET active = false, paused_reason = 'user', updated_at = now()"
            " WHERE id = %(id)s AND user_id = %(user_id)s AND next_run_at IS NOT NULL",
            {"id": reminder_id, "user_id": user_id},
        )
        return touched > 0

    async def resume(self, user_id: int, reminder_id: int, next_run_at: datetime) -> bool:
        """Resume one of the user's reminders from `next_run_at`; False if not theirs."""
        touched = await self.db.execute(
            "reminders.resume",
            "UPDATE reminders SET active = true, paused_reason = NULL,"
            " next_run_at = %(next_run_at)s, updated_at = now()"
            " WHERE id = %(id)s AND user_id = %(user_id)s",
            {"id": reminder_id, "user_id": user_id, "next_run_at": next_run_at},
        )
        return touched > 0

    async def delete(self, user_id: int, reminder_id: int) -> bool:
        """Delete one of the user's reminders; False if it is not theirs."""
        touched = await self.db.execute(
            "reminders.delete",
            "DELETE FROM reminders WHERE id = %(id)s AND user_id = %(user_id)s",
            {"id": reminder_id, "user_id": user_id},
        )
        return touched > 0

    async def pause_all(self, user_id: int) -> int:
        """Pause every active reminder of a user who blocked the bot."""
        return await self.db.execute(
            "reminders.pause_blocked",
            "UPDATE reminders SET active = false, paused_reason = 'blocked', updated_at = now()"
            " WHERE user_id = %(user_id)s AND active",
            {"user_id": user_id},
        )

    # --- answers to a delivered reminder ----------------------------------------------------

    async def set_outcome(
        self, user_id: int, delivery_id: int, outcome: Literal["done", "skipped"]
    ) -> OutcomeRow | None:
        """Record the user's answer to a delivery of theirs; None if it is not theirs."""
        return await self.db.fetch_one(
            "reminders.outcome",
            "UPDATE reminder_deliveries d SET outcome = %(outcome)s, outcome_at = now()"
            " FROM reminders r"
            " WHERE d.id = %(id)s AND d.user_id = %(user_id)s AND r.id = d.reminder_id"
            " RETURNING r.text, r.kind",
            {"id": delivery_id, "user_id": user_id, "outcome": outcome},
            OutcomeRow,
        )

    async def snooze(
        self,
        user_id: int,
        delivery_id: int,
        schedule: dict[str, Any],
        at: datetime,
        key: str,
        *,
        limit: int,
    ) -> SnoozeRow | None:
        """Answer an unanswered delivery with a snooze and add a one-off copy of its reminder
        at `at`, once per key (a retry finds the first one's time), while the user has fewer
        than `limit` reminders; None if the delivery is not the user's."""
        # Every CTE sees the snapshot before the statement: `delivery` and `room` say how
        # things stood, `retried` whether an earlier try of this key made the snooze. A
        # delivery is snoozed once (`outcome IS NULL`, rechecked under its row lock by a
        # concurrent press), and a snooze counts toward the cap as /remind's reminders do.
        return await self.db.fetch_one(
            "reminders.snooze",
            "WITH delivery AS ("
            " SELECT outcome FROM reminder_deliveries"
            " WHERE id = %(id)s AND user_id = %(user_id)s),"
            " retried AS ("
            " SELECT (schedule->>'once')::timestamptz AS at FROM reminders"
            " WHERE user_id = %(user_id)s AND idempotency_key = %(key)s),"
            " room AS ("
            " SELECT count(*) < %(limit)s AS ok FROM reminders"
            " WHERE user_id = %(user_id)s AND next_run_at IS NOT NULL),"
            " answered AS ("
            " UPDATE reminder_deliveries SET outcome = 'snoozed', outcome_at = now()"
            " WHERE id = %(id)s AND user_id = %(user_id)s AND outcome IS NULL"
            " AND (SELECT ok FROM room) AND NOT EXISTS (SELECT 1 FROM retried)"
            " RETURNING reminder_id),"
            " added AS ("
            " INSERT INTO reminders (user_id, kind, text, schedule, timezone, next_run_at,"
            "  idempotency_key)"
            " SELECT r.user_id, r.kind, r.text, %(schedule)s, r.timezone, %(at)s, %(key)s"
            " FROM reminders r JOIN answered a ON r.id = a.reminder_id"
            " ON CONFLICT (user_id, idempotency_key) DO NOTHING"
            " RETURNING (schedule->>'once')::timestamptz AS at)"
            " SELECT coalesce((SELECT at FROM added), (SELECT at FROM retried)) AS at,"
            "  d.outcome, (SELECT ok FROM room) AS room"
            " FROM delivery d",
            {
                "id": delivery_id,
                "user_id": user_id,
                "schedule": Jsonb(schedule),
                "at": at,
                "key": key,
                "limit": limit,
            },
            SnoozeRow,
        )

    # --- the scheduler ----------------------------------------------------------------------

    async def claim(
        self,
        now: datetime,
        limit: int,
        owner: int,
        decide: Callable[[DueRow], Decision],
    ) -> Claimed:
        """Claim up to `limit` reminders due at `now`, advance them and record their
        occurrences, in one transaction; return the deliveries to send (owned by `owner`)."""
        async with self.db.transaction("reminders.claim") as conn:
            cur = conn.cursor(row_factory=class_row(DueRow))
            await cur.execute(CLAIM_SQL, {"now": now, "limit": limit})
            due = await cur.fetchall()
            if not due:
                return Claimed(0, [], {})
            decisions = [decide(row) for row in due]
            await conn.execute(
                "UPDATE reminders AS r SET next_run_at = v.next_run_at,"
                " last_run_at = coalesce(v.occurrence, r.last_run_at),"
                " active = v.next_run_at IS NOT NULL, updated_at = now()"
                " FROM unnest(%(ids)s::bigint[], %(next)s::timestamptz[],"
                "  %(occurrence)s::timestamptz[]) AS v(id, next_run_at, occurrence)"
                " WHERE r.id = v.id",
                {
                    "ids": [row.id for row in due],
                    "next": [d.next_run_at for d in decisions],
                    "occurrence": [d.occurrence for d in decisions],
                },
            )
            recorded = [(r, d) for r, d in zip(due, decisions, strict=True) if d.occurrence]
            inserted = await self._record(conn, now, owner, recorded)
        by_id = {row.id: row for row in due}
        pending = [
            Pending(
                row.id,
                row.reminder_id,
                by_id[row.reminder_id].user_id,
                row.occurrence,
                by_id[row.reminder_id].text,
                by_id[row.reminder_id].language_code,
            )
            for row in inserted
            if row.status == "pending"
        ]
        skipped: dict[str, int] = {}
        for _reminder, decision in recorded:
            if decision.status == "skipped" and decision.skip_reason is not None:
                skipped[decision.skip_reason] = skipped.get(decision.skip_reason, 0) + 1
        return Claimed(len(due), pending, skipped)

    async def _record(
        self,
        conn: psycopg.AsyncConnection[Any],
        now: datetime,
        owner: int,
        recorded: Sequence[tuple[DueRow, Decision]],
    ) -> list[InsertedRow]:
        if not recorded:
            return []
        cur = conn.cursor(row_factory=class_row(InsertedRow))
        # ON CONFLICT: an occurrence recorded once is never recorded (nor sent) again.
        await cur.execute(
            "INSERT INTO reminder_deliveries"
            " (reminder_id, user_id, occurrence, status, skip_reason, owner, claimed_at)"
            " SELECT v.reminder_id, v.user_id, v.occurrence, v.status, v.reason,"
            "  CASE WHEN v.status = 'pending' THEN %(owner)s END, %(now)s"
            " FROM unnest(%(reminders)s::bigint[], %(users)s::bigint[],"
            "  %(occurrences)s::timestamptz[], %(statuses)s::text[], %(reasons)s::text[])"
            "  AS v(reminder_id, user_id, occurrence, status, reason)"
            " ON CONFLICT (reminder_id, occurrence) DO NOTHING"
            " RETURNING id, reminder_id, occurrence, status",
            {
                "owner": owner,
                "now": now,
                "reminders": [r.id for r, _ in recorded],
                "users": [r.user_id for r, _ in recorded],
                "occurrences": [d.occurrence for _, d in recorded],
                "statuses": [d.status for _, d in recorded],
                "reasons": [d.skip_reason for _, d in recorded],
            },
        )
        return await cur.fetchall()

    async def mark_sent(self, delivery_id: int, message_id: int, sent_at: datetime) -> None:
        """The delivery's message is out."""
        await self.db.execute(
            "reminders.sent",
            "UPDATE reminder_deliveries SET status = 'sent', sent_at = %(at)s,"
            " message_id = %(message_id)s WHERE id = %(id)s AND status = 'pending'",
            {"id": delivery_id, "message_id": message_id, "at": sent_at},
        )

    async def mark_blocked(self, delivery_id: int, user_id: int) -> int:
        """The user blocked the bot: the delivery ends, their reminders pause; return how
        many reminders were paused."""
        async with self.db.transaction("reminders.blocked") as conn:
            await conn.execute(
                "UPDATE reminder_deliveries SET status = 'blocked'"
                " WHERE id = %(id)s AND status = 'pending'",
                {"id": delivery_id},
            )
            cur = await conn.execute(
                "UPDATE reminders SET active = false, paused_reason = 'blocked',"
                " updated_at = now() WHERE user_id = %(user_id)s AND active",
                {"user_id": user_id},
            )
            return cur.rowcount

    # --- instances and what they leave behind -----------------------------------------------

    @asynccontextmanager
    async def owner_lock(self, owner: int) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """Hold the lock that says `owner` is alive, on a connection of its own."""
        conn = await open_held_session(self.db.session_conninfo)
        try:
            cur = await conn.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", (OWNER_LOCK_CLASS, owner)
            )
            row = await cur.fetchone()
            if row is None or not row[0]:
                raise RuntimeError(f"scheduler owner id {owner} is in use")
            yield conn
        finally:
            await conn.close()

    async def take_over(
        self, lock: psycopg.AsyncConnection[Any], owner: int, max_attempts: int
    ) -> tuple[list[Pending], int]:
        """The pending deliveries of instances that are gone, now `owner`'s (with the ones
        tried `max_attempts` times given up); return them and the number given up."""
        owners = await self.db.fetch_all(
            "reminders.owners",
            "SELECT DISTINCT owner FROM reminder_deliveries"
            " WHERE status = 'pending' AND owner IS DISTINCT FROM %(owner)s",
            {"owner": owner},
            OwnerRow,
        )
        taken: list[Pending] = []
        failed = 0
        for row in owners:
            # Free means its instance is gone (its session ended); held while we work, so
            # that two survivors do not both take the same rows.
            cur = await lock.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", (OWNER_LOCK_CLASS, row.owner)
            )
            got = await cur.fetchone()
            if got is None or not got[0]:
                continue
            try:
                failed += await self.db.execute(
                    "reminders.give_up",
                    "UPDATE reminder_deliveries SET status = 'failed'"
                    " WHERE status = 'pending' AND owner = %(dead)s"
                    " AND attempts >= %(max_attempts)s",
                    {"dead": row.owner, "max_attempts": max_attempts},
                )
                taken += await self.db.fetch_all(
                    "reminders.take_over",
                    "WITH taken AS ("
                    " UPDATE reminder_deliveries SET owner = %(owner)s, attempts = attempts + 1"
                    " WHERE status = 'pending' AND owner = %(dead)s"
                    " RETURNING id, reminder_id, user_id, occurrence)"
                    " SELECT t.id, t.reminder_id, t.user_id, t.occurrence, r.text,"
                    "  u.language_code"
                    " FROM taken t JOIN reminders r ON r.id = t.reminder_id"
                    " JOIN users u ON u.id = t.user_id ORDER BY t.occurrence",
                    {"owner": owner, "dead": row.owner},
                    Pending,
                )
            finally:
                await lock.execute(
                    "SELECT pg_advisory_unlock(%s, %s)", (OWNER_LOCK_CLASS, row.owner)
                )
        return taken, failed


async def move_to_timezone(conn: Connection, user_id: int, timezone: str) -> None:
    """The user's reminders follow their new timezone (`UserRepository.on_timezone_change`,
    in the transaction that changes it).

    Reminders keep a copy (`reminders.timezone`, read by their scheduler), and their next run
    is computed again from their schedule in the new zone: "every day at 8:00" moves to 8:00
    there, now rather than after one more firing at the old zone's 8:00. A one-off whose time
    has passed in the new zone ends, as if it had fired.
    """
    params = {"id": user_id, "timezone": timezone}
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
