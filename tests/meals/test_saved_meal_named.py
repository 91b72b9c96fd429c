"""A saved meal whose name says its meal is logged at that meal whatever the hour ("usual
breakfast" logged in the evening was a snack), and one whose name says none at the meal of
the time of day; the daemon on the fake Telegram over HTTP, the clock set."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked, entries
from tests.support.telegram import shown


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("named"), url, redis_url) as running:
            yield running


async def test_a_saved_meal_named_for_a_meal_is_logged_at_it_others_by_the_hour(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 6, 7, 0)  # 07:00 UTC: breakfast
    await days.say(uid, "/log 2 eggs and a slice of toast")
    await days.ask(uid, "/save Usual breakfast")
    await days.ask(uid, "/save Eggs on toast")
    days.clock.set(2026, 3, 6, 22, 30)  # late in the evening: a snack by the hour
    [card] = await days.say(uid, "/log usual breakfast")
    assert "Breakfast · Fri 06 Mar" in shown(card), shown(card)
    [card] = await days.say(uid, "/log eggs on toast")
    assert "Snack · Fri 06 Mar" in shown(card), shown(card)
    assert [row[0] for row in await entries(days, uid)] == ["breakfast", "breakfast", "snack"]
