"""XP ledger, streaks, achievements and the leaderboard: named, parameterized SQL.

An award runs in one transaction (`GamificationRepository.award`, or a log's own) that starts
by locking the user's `user_gamification` row: two awards of the same user (a retry racing
its original, two chats' worth of logs) take turns, and each sees what the other committed.
Its statements are in `award_sql`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from typing import Final

from healthbot.db import Database
from healthbot.db.pool import Connection
from healthbot.gamification.levels import Streak


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
class _Code:
    code: str


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


class GamificationRepository:
    """Reads and writes `xp_events`, `user_gamification`, `user_achievements`, `level_ups`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @asynccontextmanager
    async def award(self) -> AsyncIterator[Connection]:
        """One award's transaction in a pipeline: the statements queued in the block go out
        when it ends, and commit (one round trip); their results are there after it."""
        async with self.db.pipelined("gamification.award") as conn:
            yield conn

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
