"""An edit naming a dish is written once: its update handled again (the process killed
after the edit's commit, before the dialog's state was saved) changes nothing more and
answers the same. Handlers fed in-process, real PostgreSQL and Redis."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.fsm.storage.base import StorageKey

from healthbot.meals.cards import DESTINY
from healthbot.offline.telegram.objects import PendingUpdate
from tests.support.harness import Harness
from tests.support.meals import Logged
from tests.support.telegram import shown


async def edited_twice(
    logged: Logged, uid: int, monkeypatch: pytest.MonkeyPatch, text: str, correction: str
) -> tuple[str, str, list[tuple[Any, ...]]]:
    """/log `text`, Edit, `correction`; then the correction's update again, the meal dialog
    as it was before it: the two replies, and the items as the first left them."""
    assert isinstance(logged.bot, Harness)
    bot, inbox = logged.bot, logged.fake.inbox
    [card] = await logged.say(uid, f"/log {text}")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, card, f"meal:edit:{entry_id}")
    await logged.fake.wait_for_messages(uid, 1, timeout=60)
    storage = bot.dispatcher.storage
    key = StorageKey(bot_id=bot.bot.id, chat_id=uid, user_id=uid, destiny=DESTINY)
    state, data = await storage.get_state(key), await storage.get_data(key)
    sent: list[PendingUpdate] = []
    put = inbox.put_nowait

    def kept(pending: PendingUpdate) -> Any:
        sent.append(pending)
        return put(pending)

    monkeypatch.setattr(inbox, "put_nowait", kept)
    first = await logged.ask(uid, correction)
    monkeypatch.undo()
    done = await items(logged, uid)
    await storage.set_state(key, state)  # the kill came before the dialog was saved
    await storage.set_data(key, data)
    inbox.put_nowait(sent[-1])
    [again] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    return first, shown(again), done


async def items(logged: Logged, uid: int) -> list[tuple[Any, ...]]:
    return await logged.rows(
        "SELECT i.position, i.typed FROM food_entry_items i JOIN food_entries e"
        " ON e.id = i.entry_id WHERE e.user_id = %s ORDER BY i.position",
        uid,
    )


async def test_a_dish_removed_by_a_retried_edit_answers_the_same(
    logged: Logged, uid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The retry found no cheese sandwich: "I can't find “cheese sandwich” in this entry, so
    # it is as it was", though the first try had taken it out.
    first, again, _ = await edited_twice(
        logged, uid, monkeypatch, "a ham sandwich and a cheese sandwich", "no cheese sandwich"
    )
    assert "ham sandwich" in first and "cheese" not in first, first
    assert again == first, again
    assert [typed for _, typed in await items(logged, uid)] == [
        "a ham sandwich: 2 slices bread",
        "a ham sandwich: 2 oz ham",
    ]


async def test_a_dish_changed_by_a_retried_edit_is_changed_once(
    logged: Logged, uid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The retry took the new dish's parts out and put them in again, after themselves.
    first, again, changed = await edited_twice(
        logged, uid, monkeypatch, "a ham sandwich and a cheese sandwich",
        "actually it was 2 cheese sandwiches",
    )  # fmt: skip
    assert "2 cheese sandwiches" in first, first
    assert again == first, again
    assert await items(logged, uid) == changed


async def test_an_older_edit_retried_after_a_later_one_changes_nothing(
    logged: Logged, uid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The entry kept its last edit's key only: "add a coffee" retried after "no cheese
    # sandwich" found another key there and added a second coffee.
    assert isinstance(logged.bot, Harness)
    bot, inbox = logged.bot, logged.fake.inbox
    [card] = await logged.say(uid, "/log a ham sandwich and a cheese sandwich")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, card, f"meal:edit:{entry_id}")
    await logged.fake.wait_for_messages(uid, 1, timeout=60)
    storage = bot.dispatcher.storage
    key = StorageKey(bot_id=bot.bot.id, chat_id=uid, user_id=uid, destiny=DESTINY)
    state, data = await storage.get_state(key), await storage.get_data(key)
    sent: list[PendingUpdate] = []
    put = inbox.put_nowait

    def kept(pending: PendingUpdate) -> Any:
        sent.append(pending)
        return put(pending)

    monkeypatch.setattr(inbox, "put_nowait", kept)
    [added] = await logged.say(uid, "add a coffee")
    monkeypatch.undo()
    logged.press(uid, added, f"meal:edit:{entry_id}")
    await logged.fake.wait_for_messages(uid, 1, timeout=60)
    await logged.say(uid, "no cheese sandwich")
    later = await items(logged, uid)
    assert [typed for _, typed in later if "coffee" in typed] == ["a coffee"], later
    assert not [typed for _, typed in later if "cheese" in typed], later
    await storage.set_state(key, state)  # as the first edit found it, then its retry
    await storage.set_data(key, data)
    inbox.put_nowait(sent[-1])
    await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert await items(logged, uid) == later
