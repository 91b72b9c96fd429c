"""/history puts its page in order again when an entry opened from it moves to another day
or meal: a meal moved to yesterday goes below today's things, a lunch made the breakfast
below the day's later things. The daemon on the fake Telegram over HTTP, with the clock
set; real PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked, pressed
from tests.support.telegram import data_of, shown
from tests.support.waiting import until


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("order"), url, redis_url) as running:
            yield running


async def page_order(days: Clocked, uid: int, page_id: int | None, count: int) -> list[str]:
    """The /history page's button data once its buttons were redrawn `count` times."""

    def redrawn() -> list[str] | None:
        edits = days.fake.sent(uid, "editMessageReplyMarkup")
        edits = [m for m in edits if m.message_id == page_id]
        return data_of(edits[-1]) if len(edits) >= count else None

    await until(lambda: redrawn() is not None, what=f"the page redrawn {count} times", timeout=60)
    order = redrawn()
    assert order is not None
    return order


async def test_history_is_in_order_again_after_a_move(days: Clocked, uid: int) -> None:
    # The moved entry's button was relabelled where it stood: "Tue 10 Mar · Lunch" above
    # "Wed 11 Mar 13:10 · Water", and a breakfast above the day's later lunch.
    days.clock.set(2026, 3, 11, 13, 0)  # UTC, the user's zone: lunchtime
    await days.say(uid, "/log 2 eggs")
    days.clock.advance(minutes=10)
    await days.say(uid, "/water 250 ml")
    days.clock.advance(minutes=10)
    await days.say(uid, "/log a slice of toast")
    await days.settled()
    days.fake._chat(uid).read = len(days.fake._chat(uid).replies)
    [page] = await days.say(uid, "/history")
    toast, water, eggs = data_of(page)
    assert toast.startswith("meal:show:") and eggs.startswith("meal:show:"), data_of(page)
    # The toast was the breakfast: eaten before the eggs' lunch, it is last.
    opened = await pressed(days, uid, page, toast)
    days.press(uid, opened, f"meal:set:{toast.removeprefix('meal:show:')}:breakfast")
    assert await page_order(days, uid, page.message_id, 1) == [water, eggs, toast]
    # The eggs were yesterday's: below all of today's.
    opened = await pressed(days, uid, page, eggs)
    [before] = [d for d in data_of(opened) if d.startswith("meal:day:")][:1]
    days.press(uid, opened, before)
    assert await page_order(days, uid, page.message_id, 2) == [water, toast, eggs]
    [again] = await days.say(uid, "/history")  # as a new /history lists them
    assert data_of(again) == [water, toast, eggs], [shown(again)]
