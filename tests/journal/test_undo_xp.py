"""/undo and the XP of what it removes: an undone meal or water log does not keep its XP
(taken back once, however often the /undo runs), Bring it back gives it back, and the
confirmation and /history's button name a long entry in whole words with an ellipsis. The
daemon with XP on the fake Telegram over HTTP, its services on a clock the test sets; its
first /undo dies after its reply, so that the intake runs it again."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Router

from tests.support.daemon import FailOnceAfter, feature
from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import data_of, labels, shown
from tests.support.waiting import until

CRASH = FailOnceAfter("/undo")


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    failing = feature("crash", Router(name="crash"), middlewares=lambda deps: (CRASH,))
    with fresh_database(postgres_admin_url) as url:
        tmp = tmp_path_factory.mktemp("undoxp")
        async with clocked(tmp, url, redis_url, xp=True, extra=[failing]) as running:
            yield running


async def xp(days: Clocked, uid: int) -> tuple[int, int]:
    """(total XP, this week's XP as the leaderboard sums it)."""
    [(total, week)] = await days.rows(
        "SELECT total_xp, (SELECT coalesce(sum(amount), 0) FROM xp_events e"
        " WHERE e.user_id = g.user_id) FROM user_gamification g WHERE user_id = %s",
        uid,
    )
    return int(total), int(week)


async def test_an_undone_meal_gives_back_its_xp_once_and_bring_it_back_returns_it(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 9, 7, 0)
    days.fake.send_text(days.user(uid), "/log 2 eggs")
    await days.reply_with(uid, "2 eggs")
    days.clock.advance(minutes=5)
    before = await xp(days, uid)
    days.fake.send_text(uid, "/log 1 banana, a slice of toast with butter and a cup of tea")
    await days.reply_with(uid, "banana")
    paid = (await xp(days, uid))[0] - before[0]
    assert paid > 0
    days.fake.send_text(uid, "/undo")  # dies after its reply; the intake runs it again
    undone = await days.reply_with(uid, "Removed")
    await until(lambda: CRASH.failed, what="the crash")
    days.fake.send_text(uid, "/today")  # after the retried /undo: a chat's lane keeps order
    await days.reply_with(uid, "Today")
    assert await xp(days, uid) == before  # taken back once, from the total and the week
    # The label: the entry's words, whole, the middle left out with an ellipsis.
    assert shown(undone).endswith("· 208 kcal · 1 banana, a … a cup of tea")  # fits a button
    days.press(uid, undone, data_of(undone)[0])

    def brought_back() -> bool:  # the card is redrawn too: not the first edit any more
        edits = days.fake.sent(uid, "editMessageText")
        return any(shown(edit).startswith("✅ Brought back") for edit in edits)

    await until(brought_back, what="Brought back")
    assert (await xp(days, uid))[0] == before[0] + paid  # back with its meal
    days.fake.send_text(uid, "/history")  # its button names it as whole, in 64 characters
    page = await days.reply_with(uid, "What you logged")
    assert "Mon 09 Mar · Breakfast · 208 kcal · 1 banana, a … a cup of tea" in labels(page)
    days.fake.send_text(uid, "/undo")
    await days.reply_with(uid, "Removed")
    days.fake.send_text(uid, "/today")
    await days.reply_with(uid, "Today")
    assert await xp(days, uid) == before


async def test_an_undone_water_log_gives_back_its_xp_and_bring_it_back_returns_it(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 9, 9, 0)
    days.fake.send_text(days.user(uid), "/water 250 ml")  # its achievement's XP stays
    await days.reply_with(uid, "Logged 250 ml")
    days.clock.advance(minutes=5)
    before = await xp(days, uid)
    days.fake.send_text(uid, "/water 500 ml")
    await days.reply_with(uid, "Logged 500 ml")
    days.fake.send_text(uid, "/stats")
    await days.reply_with(uid, "XP")
    assert (await xp(days, uid))[0] > before[0]
    days.fake.send_text(uid, "/undo")
    undone = await days.reply_with(uid, "Removed")
    assert "Water 500 ml" in shown(undone)
    days.fake.send_text(uid, "/stats")
    await days.reply_with(uid, "XP")
    assert await xp(days, uid) == before
    days.press(uid, undone, data_of(undone)[0])
    await days.edited(uid, 1)
    assert (await xp(days, uid))[0] > before[0]
