"""The streak's days follow the user's zone, as their logs' days do (`healthbot.localdays`).

A streak advances on the user's day of what was logged (a meal's day eaten, a water log's or
a weigh-in's day), so its last day is the latest of those days. When the zone changes, that
day is computed again from the latest instant logged, in the new zone: a user who logged on
their Monday evening while still on the first guess (UTC, where it was Tuesday) and then set
their zone has Monday as the streak's last day, and their Tuesday's log advances it.
"""

from __future__ import annotations

from healthbot.db.pool import Connection
from healthbot.localtime import zone_named


async def move_streak(conn: Connection, user_id: int, timezone: str) -> None:
    """The timezone hook (`UserRepository.on_timezone_change`): the streak's last day is the
    new zone's day of the latest thing the user logged (removed ones too: they counted)."""
    cursor = await conn.execute(
        "SELECT greatest("
        " (SELECT max(eaten_at) FROM food_entries WHERE user_id = %(id)s),"
        " (SELECT max(logged_at) FROM water_logs WHERE user_id = %(id)s),"
        " (SELECT max(logged_at) FROM weight_logs WHERE user_id = %(id)s))",
        {"id": user_id},
    )
    row = await cursor.fetchone()
    if row is None or row[0] is None:
        return
    day = row[0].astimezone(zone_named(timezone)).date()
    await conn.execute(
        "UPDATE user_gamification SET last_activity_date = %(day)s, updated_at = now()"
        " WHERE user_id = %(id)s AND last_activity_date IS DISTINCT FROM %(day)s"
        " AND last_activity_date IS NOT NULL",
        {"id": user_id, "day": day},
    )
