"""Telegram user ids for tests, from a factory instead of ranges picked by hand.

The tests of a pytest-xdist worker share one Redis (and most share one database), where a
user's records outlive the test that made them: two tests with one id would see each
other's data. Ids come from a block of the worker's own, counted up, far above every id
written in a test by hand (those stay below 10^9) and above the users a loadgen run makes
(from 7 * 10^9, and they may share the worker's database): unique in the session, whichever
test asks first.
"""

from __future__ import annotations

import itertools
import os
import re

import psycopg

FIRST_ID = 10_000_000_000
"""The factory's first id: hand-picked ids in tests stay below 10^9, loadgen's users start at
7 * 10^9 (`LoadConfig.first_user_id`). Telegram's ids fit in 52 bits, so these are still ids
Telegram could send."""

WORKER_BLOCK = 100_000_000
"""Ids each worker may hand out (the session's 'main' process is worker 0)."""


def worker_number(worker: str | None = None) -> int:
    """The number of a pytest-xdist worker ("gw3" -> 3); 0 outside xdist."""
    name = os.environ.get("PYTEST_XDIST_WORKER", "") if worker is None else worker
    match = re.fullmatch(r"gw(\d+)", name)
    return int(match.group(1)) if match else 0


class UserIds:
    """Hands out user ids no other test of the session uses (one factory per process)."""

    def __init__(self, worker: int | None = None) -> None:
        number = worker_number() if worker is None else worker
        self.first = FIRST_ID + number * WORKER_BLOCK
        self._next = itertools.count(self.first)

    def __call__(self) -> int:
        """A new id."""
        user_id = next(self._next)
        if user_id >= self.first + WORKER_BLOCK:
            raise RuntimeError("the worker's block of user ids is used up")
        return user_id


new_user_id = UserIds()
"""The process's factory: `new_user_id()` is an id no other test of the session has."""


async def add_user(
    url: str, user_id: int, first_name: str = "", *, timezone: str = "UTC", username: str = ""
) -> None:
    """A users row (what /start or a first log creates), on the database at `url`."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute(
            "INSERT INTO users (id, first_name, username, timezone) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (id) DO NOTHING",
            (user_id, first_name or f"U{user_id}", username or None, timezone),
        )
