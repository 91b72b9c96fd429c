"""A whole day copied (/log same as yesterday): an entry per meal, each at its meal as it
was (breakfast stays breakfast), so that /today splits the copied day as the day it copies;
shown as one card, with a button that opens each meal's own card; /undo takes the copy back
at once and Bring it back brings all of it; the XP of the copy is paid once. The daemon on
the fake Telegram over HTTP, the clock set."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked, entries
from tests.support.telegram import buttons, labels, shown


@pytest.fixture(scope="module")
async def rewarded(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("copyday"), url, redis_url, xp=True) as days:
            yield days


async def logged(days: Clocked, uid: int, text: str, card: str) -> None:
    """/log the text; wait for its card (with the words `card`)."""
    days.fake.send_text(days.user(uid), text)
    await days.reply_with(uid, card)


async def test_a_copied_day_keeps_each_meal_and_undoes_as_one(rewarded: Clocked, uid: int) -> None:
    days = rewarded
    days.clock.set(2026, 3, 9, 7, 0)  # Monday, 08:00 in Berlin
    await days.set_timezone(uid, "Berlin")
    await logged(days, uid, "/log 2 eggs", "2 eggs")
    days.clock.set(2026, 3, 9, 12, 0)
    await logged(days, uid, "/log 150 g chicken breast", "chicken")
    days.clock.set(2026, 3, 9, 18, 0)
    await logged(days, uid, "/log 1 banana", "banana")
    days.clock.set(2026, 3, 10, 19, 0)  # Tuesday, 20:00: dinner time
    days.fake.send_text(days.user(uid), "/log same as yesterday")
    card = await days.reply_with(uid, "copied")
    text = shown(card)
    assert "Mon 09 Mar copied" in text
    assert text.index("Breakfast") < text.index("2 eggs") < text.index("Lunch")
    assert text.index("Lunch") < text.index("chicken breast") < text.index("Dinner")
    opens = [label for row in buttons(card) for label, _ in row]
    assert [label.split(" · ")[0] for label in opens] == ["🍳 Breakfast", "🥗 Lunch", "🍽 Dinner"]
    rows = await entries(days, uid)
    assert [r[:2] for r in rows[3:]] == [
        ("breakfast", "2026-03-10"), ("lunch", "2026-03-10"), ("dinner", "2026-03-10"),
    ]  # fmt: skip
    days.fake.send_text(uid, "/today")
    today = shown(await days.reply_with(uid, "Today"))
    assert "Breakfast: 143 kcal" in today and "Dinner: 105 kcal" in today, today
    # One of them opens as its own card, with its buttons.
    days.press(uid, card, buttons(card)[1][0][1])
    lunch = await days.reply_with(uid, "Lunch · Tue 10 Mar")
    assert "150 g chicken breast" in shown(lunch) and "🗑 Delete" in labels(lunch)
    # The copy paid its XP once, as one log.
    paid = await days.rows(
        "SELECT count(*) FROM xp_events WHERE user_id = %s AND reason = 'meal'", uid
    )
    assert paid == [(4,)]
    # /undo takes the whole copy back; Bring it back brings all of it.
    days.fake.send_text(uid, "/undo")
    undone = await days.reply_with(uid, "Removed")
    assert "Breakfast + Lunch + Dinner" in shown(undone) and "2 eggs" in shown(undone)
    assert [r[3] for r in await entries(days, uid)] == [False] * 3 + [True] * 3
    [[(_, data)]] = buttons(undone)
    days.press(uid, undone, data)
    back = await days.edited(uid, 1)
    assert "Breakfast + Lunch + Dinner" in shown(back)
    assert [r[3] for r in await entries(days, uid)] == [False] * 6
