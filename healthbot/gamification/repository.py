"""XP ledger, streaks, achievements and the leaderboard: named, parameterized SQL.

An award runs in one transaction (`GamificationRepository.award`) that starts by locking the
user's `user_gamification` row: two awards of the same user (a retry racing its original, two
chats' worth of logs) take turns, and each sees what the other committed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, LiteralString, TypeVar

import psycopg
from psycopg.rows import class_row

from healthbot.db import Database
from healthbot.db.pool import Pipeline
from healthbot.gamification.levels import (
    CALORIE_TOLERANCE,
    DEFAULT_KCAL_TARGET,
    Activity,
    Streak,
)

Row = TypeVar("Row")
Connection = psycopg.AsyncConnection[Any]


@dataclass(frozen=True, slots=True)
class StateRow:
    """A user's `user_gamification` row."""

    total_xp: int
    level: int
    current_streak: int
    longest_streak: int
    last_activity_date: date | None
    freeze_days: int
    leaderboard_opt_in: bool

    @property
    def streak(self) -> Streak:
        """The streak part of the row."""
        return Streak(
            self.current_streak, self.longest_streak, self.last_activity_date, self.freeze_days
        )


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """An achievement as the `achievements` table holds it (English title and description)."""

    code: str
    title: str
    description: str
    xp: int


@dataclass(frozen=True, slots=True)
class Saved:
    """What an award leaves in the user's `user_gamification` row."""

    total_xp: int
    level: int
    streak: Streak


@dataclass(frozen=True, slots=True)
class _Id:
    id: int


@dataclass(frozen=True, slots=True)
class _Code:
    code: str


@dataclass(frozen=True, slots=True)
class _Level:
    level: int


@dataclass(frozen=True, slots=True)
class _AddedRow:
    event_id: int | None
    paid: int | None
    unpaid_before: int
    unlocked: list[str]
    meal: int
    water: int
    weight: int
    reminder_done: int
    calorie_days: int


@dataclass(frozen=True, slots=True)
class Added:
    """An award's insert: its xp_events id (None if paid before), the codes the user held
    before it, and their log counts with it (all 0 when no count-based code is pending)."""

    event_id: int | None
    unlocked: frozenset[str]
    counts: Mapping[Activity, int]
    paid: int = 0  # the XP this award paid: 0 past the activity's daily cap
    first_unpaid: bool = False  # the first award of its kind in 24 hours that the cap left unpaid
    calorie_days: int = 0  # days of the week asked for near the kcal target (0 if not asked)


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One leaderboard line: a member, their XP this week, their rank, and the board's size."""

    user_id: int
    first_name: str
    xp: int
    rank: int
    members: int


_STATE: Final = (
    "total_xp, level, current_streak, longest_streak, last_activity_date, freeze_days,"
    " leaderboard_opt_in"
)


BOARD_SQL: Final = (
    # Each member's week is one range of xp_events_week_user_idx (an index-only sum); names
    # are joined only to the lines shown. Ties share a rank, listed by user id every time.
    "WITH board AS ("
    " SELECT g.user_id, coalesce((SELECT sum(e.amount) FROM xp_events AS e"
    "  WHERE e.week = %(week)s AND e.user_id = g.user_id), 0)::bigint AS xp"
    " FROM user_gamification AS g WHERE g.leaderboard_opt_in),"
    " ranked AS (SELECT user_id, xp,"
    "  rank() OVER (ORDER BY xp DESC)::int AS rank,"
    "  row_number() OVER (ORDER BY xp DESC, user_id) AS position,"
    "  count(*) OVER ()::int AS members FROM board)"
    " SELECT r.user_id, u.first_name, r.xp, r.rank, r.members"
    " FROM ranked AS r JOIN users AS u ON u.id = r.user_id"
    " WHERE r.position <= %(limit)s OR r.user_id = %(user_id)s ORDER BY r.position"
)
"""The leaderboard: top `limit` members by XP in `week`, and `user_id`'s own line."""


class AwardTransaction:
    """The statements of one award, on one connection inside one transaction."""

    def __init__(self, conn: Connection, user_id: int) -> None:
        self.conn = conn
        self.user_id = user_id
        # The statements sent and not yet read (in a pipeline, read after its sync).
        self._lock: psycopg.AsyncCursor[StateRow]
        self._event: psycopg.AsyncCursor[_AddedRow]
        self._reason = ""

    async def _one(self, sql: LiteralString, params: dict[str, Any], row: type[Row]) -> Row | None:
        cur = self.conn.cursor(row_factory=class_row(row))
        await cur.execute(sql, {"user_id": self.user_id, **params})
        return await cur.fetchone()

    async def _all(self, sql: LiteralString, params: dict[str, Any], row: type[Row]) -> list[Row]:
        cur = self.conn.cursor(row_factory=class_row(row))
        await cur.execute(sql, {"user_id": self.user_id, **params})
        return await cur.fetchall()

    async def lock(self) -> StateRow:
        """The user's state row (created if missing), locked until the transaction ends."""
        await self.queue_lock()
        return await self.locked()

    async def queue_lock(self) -> None:
        """Send the statement that creates the user's state row if missing and locks it (an
        upsert: one statement either way); `locked` reads it."""
        self._lock = self.conn.cursor(row_factory=class_row(StateRow))
        await self._lock.execute(
            "INSERT INTO user_gamification (user_id) VALUES (%(user_id)s)"
            " ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id"
            f" RETURNING {_STATE}",
            {"user_id": self.user_id},
        )

    async def locked(self) -> StateRow:
        """The state row `queue_lock` locked."""
        row = await self._lock.fetchone()
        assert row is not None  # an upsert returns its row
        return row

    async def add_event(
        self,
        reason: str,
        source_ref: str,
        amount: int,
        at: datetime,
        counted: Iterable[str],
        *,
        daily_cap: int,
        calorie_week: tuple[date, date] | None = None,
        calorie_codes: Iterable[str] = (),
    ) -> Added:
        """Insert an xp_events row (event_id None: this award was paid before), and read the
        user's achievements and, unless they hold every code in `counted`, their log counts.
        Past `daily_cap` paid awards of the reason in the 24 hours before `at`, the row pays 0
        XP (it still counts as a log: streaks and entry counts are not capped). With
        `calorie_week` (first and last day), unless they hold every code in `calorie_codes`:
        how many of its days the user's meals total within 10% of their kcal target.

        One round trip. The counts come from the statement's snapshot, which does not hold
        the row it inserts: `Added.counts` adds it (a meal entry written by an earlier
        statement of the transaction is in the calorie days).
        """
        await self.queue_event(reason, source_ref, amount, at, counted, daily_cap=daily_cap,
                               calorie_week=calorie_week, calorie_codes=calorie_codes)  # fmt: skip
        return await self.added()

    async def queue_event(
        self,
        reason: str,
        source_ref: str,
        amount: int,
        at: datetime,
        counted: Iterable[str],
        *,
        daily_cap: int,
        calorie_week: tuple[date, date] | None = None,
        calorie_codes: Iterable[str] = (),
    ) -> None:
        """Send `add_event`'s statement; `added` reads it."""
        self._reason = reason
        first, last = calorie_week or (None, None)
        self._event = self.conn.cursor(row_factory=class_row(_AddedRow))
        await self._event.execute(
            "WITH added AS ("
            " INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
            " SELECT %(user_id)s, CASE WHEN count(*) >= %(cap)s THEN 0 ELSE %(amount)s END,"
            "  %(reason)s, %(source_ref)s, %(at)s FROM xp_events"
            "  WHERE user_id = %(user_id)s AND reason = %(reason)s AND amount > 0"
            "  AND created_at > %(at)s::timestamptz - interval '1 day'"
            " ON CONFLICT (user_id, reason, source_ref) DO NOTHING RETURNING id, amount)"
            " SELECT (SELECT id FROM added) AS event_id, (SELECT amount FROM added) AS paid,"
            " (SELECT count(*) FROM xp_events WHERE user_id = %(user_id)s"
            "  AND reason = %(reason)s AND amount = 0"
            "  AND created_at > %(at)s::timestamptz - interval '1 day') AS unpaid_before,"
            " held.codes AS unlocked,"
            " counts.meal, counts.water, counts.weight, counts.reminder_done, calories.calorie_days"
            " FROM (SELECT coalesce(array_agg(code), '{}') AS codes FROM user_achievements"
            "  WHERE user_id = %(user_id)s) AS held"
            " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE reason = 'meal') AS meal,"
            "  count(*) FILTER (WHERE reason = 'water') AS water,"
            "  count(*) FILTER (WHERE reason = 'weight') AS weight,"
            "  count(*) FILTER (WHERE reason = 'reminder_done') AS reminder_done"
            "  FROM xp_events WHERE user_id = %(user_id)s"
            "  AND reason IN ('meal', 'water', 'weight', 'reminder_done')"
            "  AND NOT held.codes @> %(counted)s::text[]) AS counts"
            # Summed per local_date through food_entries_user_day_idx; deleted meals do not
            # count. No week asked for: the empty set of codes is always held.
            " CROSS JOIN LATERAL (SELECT count(*)::int AS calorie_days FROM ("
            "  SELECT sum(kcal) AS kcal FROM food_entries WHERE user_id = %(user_id)s"
            "  AND local_date BETWEEN %(first)s::date AND %(last)s::date"
            "  AND deleted_at IS NULL GROUP BY local_date) AS day,"
            "  (SELECT coalesce((SELECT daily_kcal_target FROM user_profiles"
            "   WHERE user_id = %(user_id)s), %(default)s)::numeric AS kcal) AS target"
            "  WHERE NOT held.codes @> %(calorie)s::text[]"
            "  AND day.kcal BETWEEN target.kcal * (1 - %(tolerance)s)"
            "  AND target.kcal * (1 + %(tolerance)s)) AS calories",
            {
                "user_id": self.user_id,
                "amount": amount,
                "reason": reason,
                "source_ref": source_ref,
                "at": at,
                "counted": list(counted),
                "cap": daily_cap,
                "first": first,
                "last": last,
                "calorie": list(calorie_codes) if calorie_week else [],
                "default": DEFAULT_KCAL_TARGET,
                "tolerance": CALORIE_TOLERANCE,
            },
        )

    async def added(self) -> Added:
        """What `queue_event`'s statement did."""
        row = await self._event.fetchone()
        reason = self._reason
        assert row is not None  # aggregates without GROUP BY yield one row
        counts = {
            Activity.MEAL: row.meal,
            Activity.WATER: row.water,
            Activity.WEIGHT: row.weight,
            Activity.REMINDER_DONE: row.reminder_done,
        }
        if row.event_id is not None and reason in counts:
            counts[Activity(reason)] += 1
        first_unpaid = row.event_id is not None and row.paid == 0 and row.unpaid_before == 0
        return Added(row.event_id, frozenset(row.unlocked), counts, row.paid or 0, first_unpaid,
                     row.calorie_days)  # fmt: skip

    async def event_id(self, reason: str, source_ref: str) -> int:
        """The id of an award paid before."""
        row = await self._one(
            "SELECT id FROM xp_events WHERE user_id = %(user_id)s AND reason = %(reason)s"
            " AND source_ref = %(source_ref)s",
            {"reason": reason, "source_ref": source_ref},
            _Id,
        )
        assert row is not None  # its insert conflicted, under the user's lock
        return row.id

    async def announced_by(self, event_id: int) -> tuple[list[int], list[str]]:
        """The levels reached and the achievements unlocked by one award."""
        levels = await self._all(
            "SELECT level FROM level_ups WHERE user_id = %(user_id)s"
            " AND xp_event_id = %(event_id)s ORDER BY level",
            {"event_id": event_id},
            _Level,
        )
        codes = await self._all(
            "SELECT code FROM user_achievements WHERE user_id = %(user_id)s"
            " AND xp_event_id = %(event_id)s",
            {"event_id": event_id},
            _Code,
        )
        return [row.level for row in levels], [row.code for row in codes]

    async def save(
        self,
        state: Saved,
        unlocked: Sequence[CatalogueEntry],
        levels: Sequence[int],
        event_id: int,
        at: datetime,
    ) -> None:
        """Write the new total, level and streak, with what the award unlocked (announced by
        `event_id`) and the XP of its achievements; one statement.

        Each catalogue row is upserted first (the migration does not seed the table, and
        `loadgen seed` replaces it); the foreign keys are checked at the statement's end,
        where they see it. An achievement's XP is an xp_events row of its own, keyed by its
        code, so it too is paid once.
        """
        await self.conn.execute(
            "WITH catalogue AS ("
            " INSERT INTO achievements (code, title, description, xp)"
            " SELECT * FROM unnest(%(codes)s::text[], %(titles)s::text[],"
            "  %(descriptions)s::text[], %(xps)s::int[])"
            " ON CONFLICT (code) DO NOTHING),"
            " held AS ("
            " INSERT INTO user_achievements (user_id, code, unlocked_at, xp_event_id)"
            " SELECT %(user_id)s, code, %(at)s, %(event)s FROM unnest(%(codes)s::text[]) AS code"
            " ON CONFLICT (user_id, code) DO NOTHING),"
            " bonus AS ("
            " INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
            " SELECT %(user_id)s, xp, 'achievement', code, %(at)s"
            " FROM unnest(%(codes)s::text[], %(xps)s::int[]) AS bonus (code, xp) WHERE xp > 0"
            " ON CONFLICT (user_id, reason, source_ref) DO NOTHING),"
            " reached AS ("
            " INSERT INTO level_ups (user_id, level, xp_event_id, reached_at)"
            " SELECT %(user_id)s, level, %(event)s, %(at)s FROM unnest(%(levels)s::int[]) AS level"
            " ON CONFLICT (user_id, level) DO NOTHING)"
            " UPDATE user_gamification SET total_xp = %(total_xp)s, level = %(level)s,"
            " current_streak = %(current)s, longest_streak = %(longest)s,"
            " last_activity_date = %(last_day)s, freeze_days = %(freezes)s, updated_at = now()"
            " WHERE user_id = %(user_id)s",
            {
                "user_id": self.user_id,
                "codes": [entry.code for entry in unlocked],
                "titles": [entry.title for entry in unlocked],
                "descriptions": [entry.description for entry in unlocked],
                "xps": [entry.xp for entry in unlocked],
                "levels": list(levels),
                "event": event_id,
                "at": at,
                "total_xp": state.total_xp,
                "level": state.level,
                "current": state.streak.current,
                "longest": state.streak.longest,
                "last_day": state.streak.last_day,
                "freezes": state.streak.freeze_days,
            },
        )


class GamificationRepository:
    """Reads and writes `xp_events`, `user_gamification`, `user_achievements`, `level_ups`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @asynccontextmanager
    async def award(self, user_id: int) -> AsyncIterator[tuple[AwardTransaction, Pipeline]]:
        """One award's transaction in a pipeline (commits when the block ends without an
        error, with the statements queued last)."""
        async with self.db.pipelined("gamification.award") as (conn, pipeline):
            yield AwardTransaction(conn, user_id), pipeline

    async def state(self, user_id: int) -> StateRow | None:
        """The user's state row, or None before their first award or opt-in."""
        return await self.db.fetch_one(
            "gamification.state",
            f"SELECT {_STATE} FROM user_gamification WHERE user_id = %(user_id)s",
            {"user_id": user_id},
            StateRow,
        )

    async def unlocked(self, user_id: int) -> list[str]:
        """The codes of the user's achievements, in the order they were unlocked."""
        rows = await self.db.fetch_all(
            "gamification.unlocked",
            "SELECT code FROM user_achievements WHERE user_id = %(user_id)s"
            " ORDER BY unlocked_at, code",
            {"user_id": user_id},
            _Code,
        )
        return [row.code for row in rows]

    async def join(self, user_id: int) -> None:
        """Put the user on the leaderboard (setting a flag: a retry changes nothing more)."""
        await self.db.execute(
            "gamification.join",
            "INSERT INTO user_gamification (user_id, leaderboard_opt_in)"
            " VALUES (%(user_id)s, true)"
            " ON CONFLICT (user_id) DO UPDATE SET leaderboard_opt_in = true, updated_at = now()",
            {"user_id": user_id},
        )

    async def leave(self, user_id: int) -> None:
        """Take the user off the leaderboard (nothing to do for someone never on it)."""
        # An UPDATE only: a press from someone with no users row must not insert one here.
        await self.db.execute(
            "gamification.leave",
            "UPDATE user_gamification SET leaderboard_opt_in = false, updated_at = now()"
            " WHERE user_id = %(user_id)s AND leaderboard_opt_in",
            {"user_id": user_id},
        )

    async def board(self, week: date, limit: int, user_id: int) -> list[BoardRow]:
        """The top `limit` members by XP in `week`, and `user_id`'s own line if a member."""
        return await self.db.fetch_all(
            "gamification.board",
            BOARD_SQL,
            {"week": week, "limit": limit, "user_id": user_id},
            BoardRow,
        )
