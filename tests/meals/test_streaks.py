"""Streaks count the user's own days, end to end with the clock set: two logs on one UTC day
but two of the user's days make a streak of two; a meal logged for yesterday is no day of
the streak; a zone set after logging moves the streak's last day with the logs. The daemon with
XP on the fake Telegram over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import shown


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("streaks"), url, redis_url, xp=True) as running:
            yield running


async def logs(days: Clocked, user_id: int, text: str) -> None:
    """Send a log and wait for its card (what it earned may follow as a message of its own,
    before the reply to anything sent next)."""
    await days.say(user_id, text)


async def streak(days: Clocked, user_id: int) -> str:
    """The streak line of /stats (the messages before it are what earlier logs earned)."""
    days.fake.send_text(user_id, "/stats")
    got: list[str] = []
    while not any(line.startswith("🔥") for text in got for line in text.splitlines()):
        got += [shown(m) for m in await days.fake.wait_for_messages(user_id, 1, timeout=60)]
    return next(line for text in got for line in text.splitlines() if line.startswith("🔥"))


async def test_two_of_the_users_days_on_one_utc_day_are_a_streak_of_two(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 6, 30)  # 23:30 on Monday 9 March in Los Angeles
    await days.set_timezone(uid, "Los Angeles")
    await logs(days, uid, "/log 2 eggs")
    days.clock.set(2026, 3, 10, 15, 0)  # 08:00 on Tuesday there, the same day in UTC
    await logs(days, uid, "/log 2 eggs")
    assert await streak(days, uid) == "🔥 Streak: 2 days (longest 2 days)"


async def test_a_meal_logged_for_yesterday_is_no_day_of_the_streak(days: Clocked, uid: int) -> None:
    # A streak counts the days the user came and logged: Wednesday, back-filled on
    # Thursday, is not one (else '/log 3 days ago ...' three times is a 3-day streak at once).
    days.clock.set(2026, 3, 10, 9, 0)
    await logs(days, uid, "/log 2 eggs")
    days.clock.set(2026, 3, 11, 9, 0)
    await logs(days, uid, "/log 2 eggs")
    assert await streak(days, uid) == "🔥 Streak: 2 days (longest 2 days)"
    days.clock.set(2026, 3, 13, 9, 0)  # Friday; nothing logged on Thursday yet
    await logs(days, uid, "/log yesterday at 7pm 2 eggs")
    await logs(days, uid, "/log 2 eggs")
    assert await streak(days, uid) == "🔥 Streak: 1 day (longest 2 days)"


async def test_a_zone_set_after_logging_moves_the_streaks_days_with_the_logs(
    days: Clocked, uid: int
) -> None:
    # On the first guess (UTC), the user's Monday evening in Los Angeles is UTC's Tuesday.
    days.clock.set(2026, 3, 10, 3, 0)
    await logs(days, uid, "/log 2 eggs")
    days.clock.set(2026, 3, 10, 16, 0)  # Tuesday morning there
    await days.set_timezone(uid, "Los Angeles")
    await logs(days, uid, "/log 2 eggs")
    assert await streak(days, uid) == "🔥 Streak: 2 days (longest 2 days)"
