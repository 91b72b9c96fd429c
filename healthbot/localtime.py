"""The user's clock: their timezone, their calendar day, the start of a day.

Every feature that stores a "local_date" or answers "today" reads the user's timezone the
same way: from the cached user record, UTC until they set one. The profile validates the
names it stores; a bad one written by hand is logged and read as UTC, so that it never
breaks logging.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from healthbot.profile.repository import User

log = logging.getLogger(__name__)


class UserLookup(Protocol):
    """Where the user's record (and so their timezone) comes from: the cached UserRepository."""

    async def get(self, user_id: int) -> User | None:
        """The user's record, or None."""
        ...


def utc_now() -> datetime:
    """Now, aware, in UTC (the default clock of the services)."""
    return datetime.now(UTC)


def zone_named(name: str) -> ZoneInfo:
    """The timezone `name`, or UTC when it is unknown (a bad value stored by hand)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown timezone %r; using UTC", name)
        return ZoneInfo("UTC")


async def user_zone(users: UserLookup, user_id: int) -> ZoneInfo:
    """The user's timezone; UTC if they have none or it is unknown."""
    user = await users.get(user_id)
    return zone_named(user.timezone if user is not None else "UTC")


def day_start(zone: ZoneInfo, day: date) -> datetime:
    """The instant the calendar day `day` begins in `zone`."""
    return datetime.combine(day, time(), tzinfo=zone)
