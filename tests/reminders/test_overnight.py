"""A repeat inside a window that runs past midnight ("every 2 hours from 11pm to 7am"), set
through /remind on the fake Telegram and delivered by a scheduler on a fake clock, in the
user's zone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.reminders.support import Daemon, FakeClock, daemon_on_own_database, in_zone, utc
from tests.support.telegram import shown


@pytest.fixture(scope="module")
async def shared(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Daemon]:
    """One daemon for the module's tests on a database of its own."""
    clock = FakeClock(utc(2026, 12, 7, 12, 0))
    tmp_path = tmp_path_factory.mktemp("overnight")
    async with daemon_on_own_database(tmp_path, postgres_admin_url, redis_url, clock) as running:
        yield running


async def test_a_night_window_is_set_in_the_users_zone_and_fires_across_midnight(
    shared: Daemon, uid: int
) -> None:
    # A night-shift nurse in New York (UTC-5): 07:00 there when she asks.
    shared.clock.now = utc(2026, 12, 7, 12, 0)
    await in_zone(shared, uid, "America/New_York")
    reply = await shared.ask(uid, "/remind me to drink water every 2 hours from 11pm to 7am")
    assert reply.splitlines() == [
        "⏰ Reminder set: drink water",
        "every 2 h from 11:00 PM to 7:00 AM, every day",
        "Next: today 11:00 PM",
    ]
    (schedule,) = await shared.rows("SELECT schedule FROM reminders WHERE user_id = %s", uid)
    assert schedule == ({"every_minutes": 120, "from": "23:00", "to": "07:00"},)

    # The night from 23:00 on the 7th to 07:00 on the 8th, New York time: five nudges, the
    # last at 07:00 (12:00 UTC), then nothing until 23:00 again.
    scheduler = shared.scheduler()
    fired = []
    async with scheduler.alive():
        shared.clock.now = utc(2026, 12, 7, 13, 0)
        while shared.clock.now < utc(2026, 12, 9, 5, 0):
            before = len(shared.messages(uid))
            await scheduler.tick(shared.clock.advance(timedelta(minutes=30)))
            await shared.drained(scheduler)
            if len(shared.messages(uid)) > before:
                fired.append(shared.clock.now)
    assert fired == [
        utc(2026, 12, 8, 4, 0),  # 23:00 on the 7th
        utc(2026, 12, 8, 6, 0),  # 01:00 on the 8th
        utc(2026, 12, 8, 8, 0),
        utc(2026, 12, 8, 10, 0),
        utc(2026, 12, 8, 12, 0),  # 07:00
        utc(2026, 12, 9, 4, 0),  # 23:00 on the 8th
    ]
    assert shown(shared.messages(uid)[-1]) == "⏰ drink water"


async def test_a_window_that_ends_where_it_starts_is_refused_with_what_would_work(
    shared: Daemon, uid: int
) -> None:
    await in_zone(shared, uid, "Europe/London")
    reply = await shared.ask(uid, "/remind every hour from 8pm to 8pm stretch")
    assert "ends when it starts" in reply and "from 23:00 to 7:00" in reply
    assert await shared.rows("SELECT id FROM reminders WHERE user_id = %s", uid) == []
