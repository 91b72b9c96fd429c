"""An entry moved to another meal, deleted or brought back from one card is redrawn on the
other messages that show it: a copied day's card, an entry opened from /history. The daemon
on the fake Telegram over HTTP, the clock set."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from loadgen.telegram import SentMessage
from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import buttons, data_of, shown
from tests.support.waiting import until


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("shown"), url, redis_url) as running:
            yield running


async def redrawn(days: Clocked, uid: int, message: SentMessage, words: str) -> str:
    """The message as last edited, once an edit of it has the words."""

    def edits() -> list[str]:
        sent = days.fake.sent(uid, "editMessageText")
        return [shown(m) for m in sent if m.message_id == message.message_id]

    await until(lambda: any(words in text for text in edits()), what=f"{words!r} redrawn")
    return edits()[-1]


async def test_a_meal_moved_on_its_old_card_moves_on_the_newer_one_from_history(
    days: Clocked, uid: int
) -> None:
    # The /history card of the eggs kept "Breakfast" after Lunch was pressed on their /log
    # card above it: two cards of one entry, disagreeing.
    days.clock.set(2026, 3, 9, 7, 0)
    days.fake.send_text(days.user(uid), "/log 2 eggs")
    card = await days.reply_with(uid, "2 eggs")
    [page] = await days.say(uid, "/history")
    days.press(uid, page, data_of(page)[0])
    opened = await days.reply_with(uid, "Breakfast · Mon 09 Mar")
    lunch = next(data for data in data_of(card) if data.endswith(":lunch"))
    days.press(uid, card, lunch)
    assert (await redrawn(days, uid, opened, "Lunch")).startswith("🥗 Lunch · Mon 09 Mar")
    # Deleted from the old card: the newer one says so too, with Undo.
    days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))

    def offers_undo() -> bool:
        edits = days.fake.sent(uid, "editMessageText")
        last = [m for m in edits if m.message_id == opened.message_id][-1]
        return any(data.startswith("meal:undo:") for data in data_of(last))

    await until(offers_undo, what="the newer card's Undo")


async def test_a_meal_moved_on_its_own_card_moves_on_the_copied_days_card(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 9, 7, 0)  # Monday
    days.fake.send_text(days.user(uid), "/log 2 eggs")
    await days.reply_with(uid, "2 eggs")
    days.clock.set(2026, 3, 9, 12, 0)
    days.fake.send_text(uid, "/log 1 banana")
    await days.reply_with(uid, "banana")
    days.clock.set(2026, 3, 10, 19, 0)  # Tuesday
    days.fake.send_text(uid, "/log same as yesterday")
    day = await days.reply_with(uid, "copied")
    days.press(uid, day, buttons(day)[1][0][1])  # the lunch's own card
    lunch = await days.reply_with(uid, "Lunch · Tue 10 Mar")
    snack = next(data for data in data_of(lunch) if data.endswith(":snack"))
    days.press(uid, lunch, snack)
    text = await redrawn(days, uid, day, "Snack")
    assert text.index("Breakfast") < text.index("2 eggs") < text.index("Snack")
    assert "Lunch" not in text and text.index("Snack") < text.index("banana")
