"""/history end to end: meals, water and weigh-ins, latest first, each opening with Edit and
Delete; Edit of water or a weigh-in takes a new amount, a weigh-in's change (and its /undo)
recomputes the targets; a meal moves to another day. The daemon on the fake Telegram over
HTTP, its services on a clock the test sets."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked
from tests.support.telegram import buttons, data_of, shown


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("history"), url, redis_url) as running:
            yield running


def labels(message: object) -> list[str]:
    return [text for row in buttons(message) for text, _ in row]  # type: ignore[arg-type]


async def test_history_lists_meals_water_and_weight_by_when_and_opens_each(
    days: Clocked, uid: int
) -> None:
    assert "Nothing logged yet" in await days.ask(uid, "/history")
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/water 500 ml")
    days.clock.advance(minutes=5)
    await days.say(uid, "/weight 80")
    await days.say(uid, "/log yesterday at 7pm 2 eggs")  # eaten before both
    [page] = await days.say(uid, "/history")
    assert shown(page).startswith("🗒 What you logged, latest first.")
    assert labels(page) == [
        "Tue 10 Mar 09:05 · ⚖️ Weight 80.0 kg",
        "Tue 10 Mar 09:00 · 💧 Water 500 ml",
        "Mon 09 Mar · Dinner · 143 kcal · 2 eggs",  # what was eaten, not when
    ]
    days.press(uid, page, data_of(page)[2])
    [meal] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(meal).startswith("🍽 Dinner · Mon 09 Mar") and "meal:del:" in " ".join(
        data_of(meal)
    )
    days.press(uid, page, data_of(page)[1])
    [water] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(water) == "💧 500 ml · Tue 10 Mar 09:00"
    assert labels(water) == ["✏️ Edit", "🗑 Delete"]


async def test_water_is_edited_deleted_and_brought_back_from_its_card(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/water 500 ml")
    [page] = await days.say(uid, "/history")
    days.press(uid, page, data_of(page)[0])
    [card] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    days.press(uid, card, data_of(card)[0])  # Edit
    [prompt] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(prompt).startswith("✏️ Send the right amount of this water")
    assert "I couldn't read that amount" in await days.ask(uid, "5 buckets")  # still asked
    [changed] = await days.say(uid, "300 ml")
    assert shown(changed) == "Changed.\n💧 300 ml · Tue 10 Mar 09:00"
    assert "Water: 300 of 2,000 ml" in await days.ask(uid, "/today")
    days.press(uid, changed, data_of(changed)[1])  # Delete
    deleted = await days.edited(uid, 1)
    assert shown(deleted) == "🗑 💧 300 ml · Tue 10 Mar 09:00" and labels(deleted) == ["↩️ Undo"]
    assert "Water: 0 of 2,000 ml" in await days.ask(uid, "/today")
    days.press(uid, deleted, data_of(deleted)[0])
    assert labels(await days.edited(uid, 2)) == ["✏️ Edit", "🗑 Delete"]
    assert "Water: 300 of 2,000 ml" in await days.ask(uid, "/today")
    # After the water is gone for good, its old buttons say so and change nothing.
    await days.rows("DELETE FROM water_logs WHERE user_id = %s RETURNING id", uid)
    before = len(days.fake.alerts)
    days.forge(uid, changed, data_of(changed)[0])
    assert (await days.answers(uid, 5))[-1].text == "That entry is gone."
    assert len(days.fake.alerts) == before + 1


async def test_a_weigh_in_edited_or_undone_recomputes_the_targets(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/weight 80")
    assert "Today: 0 of 2,800 ml" in await days.ask(uid, "/water")  # 35 ml a kg, to 50 ml
    days.clock.advance(days=1)
    await days.say(uid, "/weight 76")
    assert "Today: 0 of 2,650 ml" in await days.ask(uid, "/water")
    [undone] = await days.say(uid, "/undo")
    assert "Today: 0 of 2,800 ml" in await days.ask(uid, "/water")
    days.press(uid, undone, data_of(undone)[0])  # brought back, and taken back again
    await days.edited(uid, 1)
    assert "Today: 0 of 2,650 ml" in await days.ask(uid, "/water")
    await days.say(uid, "/undo")
    assert "Today: 0 of 2,800 ml" in await days.ask(uid, "/water")
    [page] = await days.say(uid, "/history")
    days.press(uid, page, data_of(page)[0])
    [card] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(card) == "⚖️ 80.0 kg · Tue 10 Mar 09:00"
    days.press(uid, card, data_of(card)[0])  # Edit
    [prompt] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(prompt).startswith("✏️ Send the right weight of this weigh-in")
    assert "That doesn't look like a body weight" in await days.ask(uid, "900 kg")
    [changed] = await days.say(uid, "78 kg")
    assert shown(changed) == "Changed.\n⚖️ 78.0 kg · Tue 10 Mar 09:00"
    assert "Today: 0 of 2,750 ml" in await days.ask(uid, "/water")


async def test_a_meal_opened_from_history_moves_to_another_day(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 10, 9, 0)
    await days.say(uid, "/log 2 eggs")
    [page] = await days.say(uid, "/history")
    days.press(uid, page, data_of(page)[0])
    [card] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    entry_id = await days.entry_id(uid)
    assert buttons(card)[-1] == [("‹ Mon 09 Mar", f"meal:day:{entry_id}:20260309")]  # no later
    days.press(uid, card, f"meal:day:{entry_id}:20260309")
    moved = await days.edited(uid, 1)
    assert shown(moved).startswith("🍳 Breakfast · Mon 09 Mar")
    assert buttons(moved)[-1] == [
        ("‹ Sun 08 Mar", f"meal:day:{entry_id}:20260308"),
        ("Tue 10 Mar ›", f"meal:day:{entry_id}:20260310"),
    ]
    assert "Nothing logged today yet" in await days.ask(uid, "/today")
    [(at, day)] = await days.rows(
        "SELECT eaten_at, local_date::text FROM food_entries WHERE user_id = %s", uid
    )
    assert (at.isoformat(), day) == ("2026-03-09T09:00:00+00:00", "2026-03-09")
    days.press(uid, moved, f"meal:set:{entry_id}:lunch")  # the day buttons stay
    # The third edit: the second was the /log card above, redrawn on the day before.
    assert buttons(await days.edited(uid, 3))[-1][0][1] == f"meal:day:{entry_id}:20260308"
    before = len(days.fake.alerts)
    days.forge(uid, moved, f"meal:day:{entry_id}:20260311")  # a day to come
    await days.answers(uid, 4)
    assert days.fake.alerts[before:] == ["That day is still to come."]
    assert (
        await days.rows("SELECT local_date::text FROM food_entries WHERE user_id = %s", uid)
    ) == [("2026-03-09",)]


async def test_water_and_weigh_ins_are_shown_on_an_americans_12_hour_clock(
    days: Clocked, uid: int
) -> None:
    # A new user in Ohio: /profile said "7:34 PM there now", /history and /undo
    # "Sun 06 Dec 19:34 · ⚖️ Weight 181.4 lb".
    days.clock.set(2026, 3, 10, 19, 5)  # 2:05 PM in Chicago (daylight saving from Mar 8)
    await days.set_timezone(uid, "Chicago")
    await days.say(uid, "/water 500 ml")
    days.clock.advance(minutes=1)
    await days.say(uid, "/weight 80")
    [page] = await days.say(uid, "/history")
    assert labels(page) == [
        "Tue 10 Mar 2:06 PM · ⚖️ Weight 80.0 kg",
        "Tue 10 Mar 2:05 PM · 💧 Water 500 ml",
    ]
    days.press(uid, page, data_of(page)[1])
    [water] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(water) == "💧 500 ml · Tue 10 Mar 2:05 PM"
    [undone] = await days.say(uid, "/undo")
    assert shown(undone) == "↩️ Removed: Tue 10 Mar 2:06 PM · ⚖️ Weight 80.0 kg"


async def test_a_bare_number_of_water_is_fluid_ounces_where_water_reads_in_them(
    days: Clocked, uid: int
) -> None:
    # In Los Angeles in pounds, "/water 20" logged 20 ml ("Logged 1 fl oz"), and the same
    # "20" sent to correct an entry changed it to 1 fl oz.
    days.clock.set(2026, 3, 10, 17, 0)
    await days.set_timezone(uid, "Los Angeles")
    await days.ask(uid, "/units imperial")
    assert "Logged 20 fl oz." in await days.ask(uid, "/water 20")
    assert "Logged 17 fl oz." in await days.ask(uid, "/water 500")  # 500 ml
    # 100 ml or 100 fl oz: asked, in those words (it asked "100 what? Add a unit, like
    # /water 100 glasses or /water 100 l.": neither what they could have meant)
    asked = await days.ask(uid, "/water 100")
    assert asked == "100 fl oz or 100 ml? Say which: /water 100 fl oz or /water 100 ml."
    [page] = await days.say(uid, "/history")
    assert labels(page)[1] == "Tue 10 Mar 10:00 AM · 💧 Water 20 fl oz"
    days.press(uid, page, data_of(page)[1])
    [card] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    days.press(uid, card, data_of(card)[0])  # Edit
    [prompt] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert "12 fl oz" in shown(prompt)
    [changed] = await days.say(uid, "12")
    assert shown(changed) == "Changed.\n💧 12 fl oz · Tue 10 Mar 10:00 AM"
    assert await days.rows(
        "SELECT amount_ml FROM water_logs WHERE user_id = %s ORDER BY id", uid
    ) == [(355,), (500,)]
    # In millilitres a bare number stays millilitres.
    await days.ask(uid, "/units metric")
    assert "Logged 20 ml." in await days.ask(uid, "/water 20")
