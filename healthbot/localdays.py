"""Stored local days that follow the user's zone: a row keeps the instant it is about and,
for "today" to be an index lookup, the user's calendar day of that instant (`local_date`).

When the user's timezone changes, a feature that stores such a day has it computed again
from the instant in the new zone (`follow_zone`, registered as the users'
`on_timezone_change` hook in the same transaction): a meal logged before the user set
their zone is in the day they ate it, in their zone, not in UTC's.
"""

from __future__ import annotations

from datetime import date
from typing import LiteralString

from healthbot.db.pool import Connection
from healthbot.localtime import zone_named
from healthbot.users import TimezoneHook


def follow_zone(table: LiteralString, instant: LiteralString) -> TimezoneHook:
    """A timezone hook that recomputes `table.local_date` of the user's rows from the
    column `instant` in the new zone (read as Python reads it everywhere else: an unknown
    name is UTC), rewriting only the rows whose day changes."""
    select: LiteralString = (
        "SELECT id, " + instant + ", local_date FROM " + table + " WHERE user_id = %(id)s"
    )
    update: LiteralString = (
        "UPDATE " + table + " AS t SET local_date = moved.day"
        " FROM unnest(%(ids)s::bigint[], %(days)s::date[]) AS moved(id, day)"
        " WHERE t.id = moved.id AND t.user_id = %(id)s"
    )

    async def move(conn: Connection, user_id: int, timezone: str) -> None:
        zone = zone_named(timezone)
        cursor = await conn.execute(select, {"id": user_id})
        moved: list[tuple[int, date]] = []
        for row_id, at, stored in await cursor.fetchall():
            day = at.astimezone(zone).date()
            if day != stored:
                moved.append((row_id, day))
        if moved:
            ids, days = zip(*moved, strict=True)
            await conn.execute(update, {"id": user_id, "ids": list(ids), "days": list(days)})

    move.__qualname__ = f"follow_zone.{table}"
    return move
