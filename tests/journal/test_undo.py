"""/undo end to end: the last thing the user logged (a meal, water, a weigh-in) is removed,
said, and brought back by its button, once; nothing to undo, a press after the thing was
erased and a retried /undo get a clear reply and lose nothing. The daemon on the fake
Telegram over HTTP, its services on a clock the test sets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Router

from tests.support.daemon import FailOnceAfter, feature
from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import data_of, shown
from tests.support.waiting import until


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("undo"), url, redis_url) as running:
            yield running


async def removed(days: Clocked, table: str, user_id: int) -> list[bool]:
    """Whether each of the user's rows of a table is removed, oldest first."""
    rows = await days.rows(
        f"SELECT deleted_at IS NOT NULL FROM {table} WHERE user_id = %s ORDER BY id", user_id
    )
    return [gone for (gone,) in rows]


async def test_undo_takes_back_the_last_thing_logged_of_any_kind_one_by_one(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/log 2 eggs")
    days.clock.advance(minutes=1)
    await days.say(uid, "/water 500 ml")
    days.clock.advance(minutes=1)
    await days.say(uid, "/weight 72.5")
    [undone] = await days.say(uid, "/undo")
    assert shown(undone) == "↩️ Removed: Tue 10 Mar 09:02 · ⚖️ Weight 72.5 kg"
    assert await removed(days, "weight_logs", uid) == [True]
    assert "No weigh-ins yet" in await days.ask(uid, "/weight")
    assert shown((await days.say(uid, "/undo"))[0]).endswith("💧 Water 500 ml")
    assert "💧 Water: 0 of " in await days.ask(uid, "/today")
    assert "Breakfast · 143 kcal · 2 eggs" in shown((await days.say(uid, "/undo"))[0])
    assert "Nothing logged today yet" in await days.ask(uid, "/today")
    nothing = await days.ask(uid, "/undo")
    assert nothing.startswith("Nothing to undo: you have nothing logged.")
    assert await removed(days, "food_entries", uid) == [True]  # nothing more, nothing less
    assert await removed(days, "water_logs", uid) == [True]


async def test_bring_it_back_restores_once_however_often_pressed(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/water 500 ml")
    days.clock.advance(minutes=1)
    await days.say(uid, "/water 250 ml")
    [undone] = await days.say(uid, "/undo")
    assert data_of(undone) == [f"undo:water:{await last_id(days, 'water_logs', uid)}"]
    assert "Water: 500 of 2,000 ml" in await days.ask(uid, "/today")
    days.press(uid, undone, data_of(undone)[0])
    back = await days.edited(uid, 1)
    assert shown(back) == "✅ Brought back: Tue 10 Mar 09:01 · 💧 Water 250 ml"
    assert back.reply_markup is None
    days.forge(uid, undone, data_of(undone)[0])  # pressed again, from an old copy
    answers = await days.answers(uid, 2)
    assert answers[-1].text == "It's back already."
    assert "Water: 750 of 2,000 ml" in await days.ask(uid, "/today")
    assert await removed(days, "water_logs", uid) == [False, False]


async def test_an_old_bring_it_back_after_everything_was_erased_creates_nothing(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/log 2 eggs")
    [undone] = await days.say(uid, "/undo")
    [question] = await days.say(uid, "/deleteme")
    days.press(uid, question, "profile:erase:yes")
    await days.edited(uid, 2)  # the first: the card, redrawn removed
    assert await days.rows("SELECT 1 FROM food_entries WHERE user_id = %s", uid) == []
    before = len(days.fake.alerts)
    days.press(uid, undone, data_of(undone)[0])
    await until(lambda: len(days.fake.alerts) > before, what="the alert")
    assert days.fake.alerts[-1] == "That's gone: there is nothing to bring back."
    assert await days.rows("SELECT 1 FROM food_entries WHERE user_id = %s", uid) == []


async def test_a_forged_bring_it_back_is_refused(days: Clocked, uid: int) -> None:
    await days.say(uid, "/water 500 ml")
    [undone] = await days.say(uid, "/undo")
    unknown = await last_id(days, "water_logs", uid) + 10**6
    before = len(days.fake.alerts)
    for data in ("undo:water:1x", "undo:steps:1", f"undo:water:{unknown}"):
        days.forge(uid, undone, data)
    await until(lambda: len(days.fake.alerts) >= before + 3, what="three alerts")
    assert days.fake.alerts[before:] == [
        "This button doesn't work.",
        "This button doesn't work.",
        "That's gone: there is nothing to bring back.",
    ]
    assert await removed(days, "water_logs", uid) == [True]


async def test_a_retried_undo_removes_one_thing(
    tmp_path: Path, postgres_admin_url: str, redis_url: str, uid: int
) -> None:
    """The first run of /undo crashes after its reply: the retry shows what it removed
    instead of removing the thing before it too."""
    crash = FailOnceAfter("/undo")
    failing = feature("crash", Router(name="crash"), middlewares=lambda deps: (crash,))
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path, url, redis_url, extra=[failing]) as days:
            await days.say(uid, "/water 500 ml")
            days.clock.advance(minutes=1)
            await days.say(uid, "/water 250 ml")
            [undone] = await days.say(uid, "/undo")
            assert shown(undone).endswith("💧 Water 250 ml")
            await until(lambda: crash.failed, what="the crash")
            assert "Water: 500 of 2,000 ml" in await days.ask(uid, "/today")
            assert await removed(days, "water_logs", uid) == [False, True]


async def last_id(days: Clocked, table: str, user_id: int) -> int:
    rows = await days.rows(f"SELECT max(id) FROM {table} WHERE user_id = %s", user_id)
    return int(rows[0][0])


async def test_undo_after_a_cards_delete_brings_back_what_was_deleted(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 8, 0)
    await days.say(uid, "/log 2 eggs")
    days.clock.advance(minutes=30)
    [card] = await days.say(uid, "/log an apple")
    days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))
    await days.edited(uid, 1)
    days.clock.advance(minutes=1)
    reply = await days.ask(uid, "/undo")  # the Delete is undone, not the eggs taken too
    assert reply.startswith("↩️ Brought back what you deleted: Tue 10 Mar · ")
    assert reply.endswith("an apple")
    assert await removed(days, "food_entries", uid) == [False, False]
    assert shown((await days.say(uid, "/undo"))[0]).endswith("an apple")  # then as before
    assert await removed(days, "food_entries", uid) == [False, True]


async def test_undo_after_deleting_the_only_entry_brings_it_back(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 10, 8, 0)
    [card] = await days.say(uid, "/log 2 eggs")
    days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))
    await days.edited(uid, 1)
    reply = await days.ask(uid, "/undo")
    assert reply == "↩️ Brought back what you deleted: Tue 10 Mar · Breakfast · 143 kcal · 2 eggs"
    assert await removed(days, "food_entries", uid) == [False]


async def test_undo_after_a_weigh_in_for_an_earlier_day_removes_that_weigh_in(
    days: Clocked, uid: int
) -> None:
    """/undo goes by when a thing was logged, not by the day it is for."""
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/log 2 eggs")
    days.clock.advance(minutes=1)
    await days.say(uid, "/weight yesterday 80.6")
    reply = await days.ask(uid, "/undo")
    assert reply == "↩️ Removed: Mon 09 Mar 09:01 · ⚖️ Weight 80.6 kg", reply
    assert await removed(days, "weight_logs", uid) == [True]
    assert await removed(days, "food_entries", uid) == [False]


async def test_a_second_undo_does_not_bring_back_what_was_deleted_before_the_first(
    days: Clocked, uid: int
) -> None:
    """Delete, log, /undo, /undo: the second /undo takes the thing logged before, not
    the deleted one back (the first /undo's removal came after the Delete)."""
    days.clock.set(2026, 3, 10, 8, 0)
    await days.say(uid, "/log an apple")
    days.clock.advance(minutes=1)
    [card] = await days.say(uid, "/log a banana")
    days.clock.advance(minutes=1)
    days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))
    await days.edited(uid, 1)
    days.clock.advance(minutes=1)
    await days.say(uid, "/log 2 eggs")
    days.clock.advance(minutes=1)
    assert shown((await days.say(uid, "/undo"))[0]).endswith("2 eggs")
    days.clock.advance(minutes=1)
    second = shown((await days.say(uid, "/undo"))[0])
    assert second.startswith("↩️ Removed: ") and second.endswith("an apple"), second
    assert await removed(days, "food_entries", uid) == [True, True, True]


async def test_undo_right_after_a_delete_that_came_after_an_undo_brings_it_back(
    days: Clocked, uid: int
) -> None:
    """/undo, then a card's Delete, then /undo: the Delete is the last thing done."""
    days.clock.set(2026, 3, 10, 8, 0)
    [card] = await days.say(uid, "/log an apple")
    days.clock.advance(minutes=1)
    await days.say(uid, "/log 2 eggs")
    days.clock.advance(minutes=1)
    await days.say(uid, "/undo")  # the eggs
    days.clock.advance(minutes=1)
    days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))
    await days.edited(uid, 1)
    days.clock.advance(minutes=1)
    reply = await days.ask(uid, "/undo")
    assert reply.startswith("↩️ Brought back what you deleted: ") and reply.endswith("an apple")
    assert await removed(days, "food_entries", uid) == [False, True]


async def test_a_retried_undo_of_a_delete_brings_back_once_and_removes_nothing(
    tmp_path: Path, postgres_admin_url: str, redis_url: str, uid: int
) -> None:
    """The first run of an /undo that undoes a Delete crashes after its reply: the retry
    says it again, and neither brings back nor removes one more thing."""
    crash = FailOnceAfter("/undo")
    failing = feature("crash", Router(name="crash"), middlewares=lambda deps: (crash,))
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path, url, redis_url, extra=[failing]) as days:
            days.clock.set(2026, 3, 10, 8, 0)
            await days.say(uid, "/log an apple")
            days.clock.advance(minutes=1)
            [card] = await days.say(uid, "/log a banana")
            days.clock.advance(minutes=1)
            days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))
            await days.edited(uid, 1)
            days.clock.advance(minutes=1)
            [back] = await days.say(uid, "/undo")
            assert shown(back).endswith("a banana")
            await until(lambda: crash.failed, what="the crash")
            today = await days.ask(uid, "/today")  # answered after the retry
            assert "Breakfast: 200 kcal" in today, today  # the apple and the banana
            assert await removed(days, "food_entries", uid) == [False, False]


async def test_a_meals_card_shows_it_removed_by_undo_and_back_by_its_button(
    days: Clocked, uid: int
) -> None:
    # /undo removed the meal; its card still showed it, with OK, Edit and Delete, as if
    # logged: the day's totals said one thing and the card above them another.
    days.clock.set(2026, 3, 10, 8, 0)
    [card] = await days.say(uid, "/log 2 eggs")
    [undone] = await days.say(uid, "/undo")
    redrawn = await days.edited(uid, 1)
    assert redrawn.message_id == card.message_id
    assert shown(redrawn).startswith("🗑 Breakfast · ") and len(data_of(redrawn)) == 1  # Undo
    days.press(uid, undone, data_of(undone)[0])  # Bring it back
    await until(lambda: len(days.fake.sent(uid, "editMessageText")) >= 3, what="both edits")
    again = [m for m in days.fake.sent(uid, "editMessageText") if m.message_id == card.message_id]
    assert data_of(again[-1]) == data_of(card)  # OK, Edit, Delete, its meals
    assert shown(card).startswith(shown(again[-1]))  # as logged (a first log's note aside)


async def test_undo_of_a_cards_delete_shows_the_meal_back_on_its_card(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 8, 0)
    [card] = await days.say(uid, "/log an apple")
    days.press(uid, card, next(d for d in data_of(card) if d.startswith("meal:del:")))
    assert shown(await days.edited(uid, 1)).startswith("🗑 ")
    assert (await days.ask(uid, "/undo")).startswith("↩️ Brought back what you deleted")
    back = await days.edited(uid, 2)
    assert back.message_id == card.message_id and data_of(back) == data_of(card)
