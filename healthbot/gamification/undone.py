"""XP taken back when a log is undone, and given back when the log is brought back.

An undone log does not keep its XP: /undo takes back what the log's award paid, as an
xp_events row of its own (reason "<activity>_undone", the XP negative, dated as the award so
that the award's week on the leaderboard loses it) keyed by the /undo's operation, so that a
retried /undo takes nothing more; the total goes down as much (never below 0). Bringing the
log back deletes that row and gives the XP back, once. Streaks, achievements and levels
reached stay: they were announced, and logging earned them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from healthbot.db import Database
from healthbot.gamification.levels import Activity

UNDONE: Final = "_undone"
"""After an activity's name, the reason of the rows that take its XP back."""

# What the awards paid, under the user's row lock (the UPDATE's, as every award takes it).
_TAKE_BACK: Final = """
WITH paid AS (
    SELECT coalesce(sum(amount), 0)::int AS xp, max(created_at) AS at FROM xp_events
    WHERE user_id = %(user_id)s AND reason = %(reason)s AND source_ref = ANY(%(refs)s)
), taken AS (
    INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)
    SELECT %(user_id)s, -least(paid.xp, g.total_xp), %(undone)s, %(key)s, paid.at
    FROM paid JOIN user_gamification g ON g.user_id = %(user_id)s
    WHERE paid.xp > 0 AND g.total_xp > 0
    ON CONFLICT (user_id, reason, source_ref) DO NOTHING RETURNING amount
)
UPDATE user_gamification g SET total_xp = greatest(0, g.total_xp + taken.amount),
       updated_at = now()
FROM taken WHERE g.user_id = %(user_id)s
RETURNING -taken.amount
"""
_GIVE_BACK: Final = """
WITH given AS (
    DELETE FROM xp_events
    WHERE user_id = %(user_id)s AND reason = %(undone)s AND source_ref = %(key)s
    RETURNING amount
)
UPDATE user_gamification g SET total_xp = g.total_xp - given.amount, updated_at = now()
FROM given WHERE g.user_id = %(user_id)s
RETURNING -given.amount
"""


class Reversals:
    """Takes back and gives back the XP of undone logs in `xp_events` and the totals."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def take_back(
        self, user_id: int, activity: Activity, source_refs: Sequence[str], key: str
    ) -> int:
        """Take back what the awards of these logs (their `source_ref`s) paid, once per the
        undo's `key`; the XP taken (0: nothing was paid, or taken already)."""
        taken = await self.db.fetch_value(
            "gamification.take_back",
            _TAKE_BACK,
            {
                "user_id": user_id, "reason": activity.value, "refs": list(source_refs),
                "undone": activity.value + UNDONE, "key": key,
            },
        )  # fmt: skip
        return int(taken or 0)

    async def give_back(self, user_id: int, activity: Activity, key: str) -> int:
        """Give back what the undo `key` took (its log is back), once; the XP given."""
        given = await self.db.fetch_value(
            "gamification.give_back",
            _GIVE_BACK,
            {"user_id": user_id, "undone": activity.value + UNDONE, "key": key},
        )
        return int(given or 0)
