"""The user's days end to end, with the clock set: an entry's day follows from the instant
it was eaten and the user's zone as it is now, so setting the zone moves nothing out of
"today"; "/log yesterday ...", "/log at 8am ...", "/log for lunch ..." set the day, time and
meal; streaks count the user's days. The daemon on the fake Telegram over HTTP."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import date

import pytest

from tests.meals.days import Clocked, clocked
from tests.support.databases import create_database, drop_database
from tests.support.telegram import shown

_ids = itertools.count(88_000)  # to 88_499: users no other test has


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    url = create_database(postgres_admin_url)
    try:
        async with clocked(tmp_path_factory.mktemp("days"), url, redis_url) as running:
            yield running
    finally:
        drop_database(postgres_admin_url, url)


@pytest.fixture
def uid() -> int:
    return next(_ids)


async def test_a_meal_logged_before_the_zone_was_set_is_in_today_once_it_is(
    days: Clocked, uid: int
) -> None:
    # 03:00 UTC on Tuesday 10 March is 20:00 on Monday 9 March in Los Angeles: the user,
    # still on the first guess (UTC), logs their dinner and a glass of water.
    days.clock.set(2026, 3, 10, 3, 0)
    await days.say(uid, "/log 2 eggs")
    await days.say(uid, "/water 500 ml")
    assert "Tue 10 Mar" in await days.ask(uid, "/today")
    assert "Which units" in await days.set_timezone(uid, "Los Angeles")
    today = await days.ask(uid, "/today")
    assert today.startswith("📊 Today · Mon 09 Mar")
    assert "Eaten: 143 of 2,000 kcal" in today and "Water: 500 of 2,000 ml" in today
    stored = await days.rows(
        "SELECT local_date FROM food_entries WHERE user_id = %s"
        " UNION ALL SELECT local_date FROM water_logs WHERE user_id = %s",
        uid,
        uid,
    )
    assert stored == [(date(2026, 3, 9),), (date(2026, 3, 9),)]
    # The next morning there, it is yesterday's.
    days.clock.set(2026, 3, 10, 16, 0)
    assert "Nothing logged today yet" in await days.ask(uid, "/today")


async def test_changing_the_zone_again_moves_the_days_with_it(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 10, 23, 30)  # 08:30 on Wednesday 11 March in Tokyo
    await days.set_timezone(uid, "Tokyo")
    [card] = await days.say(uid, "/log 2 eggs")
    assert "Breakfast · Wed 11 Mar" in shown(card)
    await days.set_timezone(uid, "Berlin")  # 00:30 on Wednesday there too
    assert "Eaten: 143 of 2,000 kcal" in await days.ask(uid, "/today")
    await days.set_timezone(uid, "New York")  # 19:30 on Tuesday 10 March
    today = await days.ask(uid, "/today")
    assert today.startswith("📊 Today · Tue 10 Mar") and "Eaten: 143" in today
