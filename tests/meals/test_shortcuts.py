"""Logging in one tap, end to end with the clock set (issue 25, items 1 to 3): /log alone
offers the foods of this time of day after a few days of logs, each in its usual amount;
/save and /log <name> log a saved meal again; /meals renames and deletes; /log yesterday's
breakfast and /log same as yesterday copy; Save and Copy on cards. Each logs through the
entry writer: its card, and /undo removes it. The daemon on the fake Telegram over HTTP."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import AsyncIterator

import pytest

from tests.support.databases import fresh_database
from tests.support.days import Clocked, clocked, entries, pressed
from tests.support.telegram import buttons, labels, shown
from tests.support.users import new_user_id


@pytest.fixture(scope="module")
async def days(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("shortcuts"), url, redis_url) as running:
            yield running


@pytest.fixture(scope="module")
async def rewarded(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Clocked]:
    """The same with XP: its awards are messages of their own."""
    with fresh_database(postgres_admin_url) as url:
        async with clocked(tmp_path_factory.mktemp("paid"), url, redis_url, xp=True) as running:
            yield running


# -- recent foods ---------------------------------------------------------------------------


async def test_log_alone_offers_the_foods_of_this_time_of_day_in_their_usual_amount(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 2, 7, 0)  # 08:00 on Monday 2 March in Berlin
    await days.set_timezone(uid, "Berlin")
    for day in (2, 3, 4):
        days.clock.set(2026, 3, day, 7, 0)  # breakfast, 08:00 there
        await days.say(uid, "/log 2 eggs")
        await days.say(uid, "/log 1 cup oatmeal")
        days.clock.set(2026, 3, day, 12, 0)  # lunch, 13:00 there
        await days.say(uid, "/log 150 g chicken breast")
    days.clock.set(2026, 3, 4, 19, 0)
    await days.say(uid, "/log 3 eggs")  # once, at dinner: not the usual amount
    days.clock.set(2026, 3, 5, 6, 30)  # 07:30 on Thursday
    [offer] = await days.say(uid, "/log")
    assert "usual foods for breakfast" in shown(offer)
    foods = [text for row in buttons(offer) for text, _ in row]
    assert len(buttons(offer)) == len(foods) == 3  # one a row
    assert foods[0] == "2 eggs · 143 kcal"  # 4 times in all, 3 at breakfast, 2 eggs thrice
    assert foods[1].startswith("1 cup oatmeal")
    assert foods[2].startswith("150 g chicken breast")  # never at breakfast: last
    before = len(await entries(days, uid))
    card = await pressed(days, uid, offer, buttons(offer)[0][0][1])
    assert "Breakfast · Thu 05 Mar" in shown(card) and "Total: 143 kcal" in shown(card)
    assert (await entries(days, uid))[before:] == [
        ("breakfast", "2026-03-05", 143, False, "2 eggs")
    ]
    # At lunchtime the chicken comes first; /undo takes the tapped eggs back like any /log.
    days.clock.set(2026, 3, 5, 12, 0)
    [offer] = await days.say(uid, "/log")
    assert "for lunch" in shown(offer) and buttons(offer)[0][0][0].startswith("150 g chicken")
    assert "2 eggs" in await days.ask(uid, "/undo")
    assert (await entries(days, uid))[-1][3] is True


async def test_log_alone_without_history_still_says_how_to_log(days: Clocked, uid: int) -> None:
    assert "Tell me what you ate" in await days.ask(uid, "/log")


async def test_a_forged_recent_food_of_another_user_logs_nothing(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 5, 7, 0)
    other = new_user_id()
    await days.say(other, "/log 2 eggs")
    [(item,)] = await days.rows("SELECT id FROM food_entry_items WHERE user_id = %s", other)
    [card] = await days.say(uid, "/log 1 banana")
    days.forge(uid, card, f"meal:re:{item}")
    [answer] = await days.answers(uid, 1)
    assert answer.text == "That food is no longer in your log."
    assert [row[4] for row in await entries(days, uid)] == ["1 banana"]


# -- saved meals ---------------------------------------------------------------------------


async def test_save_and_log_a_saved_meal_again_by_its_name(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 6, 7, 0)
    await days.say(uid, "/log 2 eggs and a slice of toast")
    saved = await days.ask(uid, "/save Usual Breakfast")
    assert "Saved “Usual Breakfast”" in saved and "/log Usual Breakfast" in saved
    days.clock.set(2026, 3, 7, 7, 0)
    [card] = await days.say(uid, "/log usual breakfast")  # the name wins, whatever its case
    first, again = await entries(days, uid)
    assert again[:2] == ("breakfast", "2026-03-07") and again[2:4] == first[2:4]
    assert again[4] == first[4]  # the same items, as typed
    assert f"Total: {first[2]} kcal" in shown(card)
    assert "Usual Breakfast" in await days.ask(uid, "/undo")
    assert (await entries(days, uid))[-1][3] is True


async def test_save_refuses_bad_names_and_asks_before_replacing(days: Clocked, uid: int) -> None:
    assert "Nothing to save yet" in await days.ask(uid, "/save lunch")
    days.clock.set(2026, 3, 6, 12, 0)
    await days.say(uid, "/log 150 g chicken breast")
    assert "Give the meal a name" in await days.ask(uid, "/save")
    assert "at most 40 characters" in await days.ask(uid, "/save " + "x" * 41)
    assert "a name can have letters" in await days.ask(uid, "/save <b>lunch</b>")
    assert "a name can have letters" in await days.ask(uid, "/save /start")
    assert "Saved “Lunch”" in await days.ask(uid, "/save Lunch")
    await days.say(uid, "/log 2 eggs")
    [taken] = await days.say(uid, "/save LUNCH")
    assert "already have a meal named “Lunch”" in shown(taken)
    days.press(uid, taken, labels(taken)["🔁 Replace"])
    replaced = await days.edited(uid, 1)
    assert "“Lunch” is now this meal (143 kcal)" in shown(replaced)
    [[name, items]] = await days.rows(
        "SELECT name, items->0->>'typed' FROM saved_meals WHERE user_id = %s", uid
    )
    assert (name, items) == ("Lunch", "2 eggs")
    # The same meal under its own name again (a retried update, a second try): no question.
    assert "Saved “Lunch”" in await days.ask(uid, "/save lunch")


async def test_past_the_limit_save_says_so_and_still_offers_to_replace(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 6, 12, 0)
    await days.say(uid, "/log 2 eggs")
    await days.rows(
        "INSERT INTO saved_meals (user_id, name, items)"
        " SELECT %s, 'Meal ' || g, '[]' FROM generate_series(1, 25) g RETURNING id",
        uid,
    )
    assert "You have 25 saved meals, the most I keep" in await days.ask(uid, "/save Another")
    assert "already have a meal named “Meal 3”" in await days.ask(uid, "/save MEAL 3")


async def test_a_meal_logged_with_when_is_named_by_what_was_eaten(days: Clocked, uid: int) -> None:
    # '/log yesterday at 11:30pm a meat pie' was listed in /history as 'yesterday at … pie'
    # on the day it named, and Save called it 'yesterday at 11.30pm a meat pie'.
    days.clock.set(2026, 3, 6, 12, 0)
    [card] = await days.say(uid, "/log yesterday at 11:30pm a meat pie")
    saved = await pressed(days, uid, card, labels(card)["💾 Save"])
    assert "Saved “a meat pie”" in shown(saved)
    [page] = await days.say(uid, "/history")
    assert [text for row in buttons(page) for text, _ in row] == [
        "Thu 05 Mar · Snack · 590 kcal · a meat pie"
    ]
    [undone] = await days.say(uid, "/undo")
    assert shown(undone).startswith("↩️ Removed: Thu 05 Mar · Snack · 590 kcal · a meat pie")


async def test_meals_lists_renames_and_deletes(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 6, 12, 0)
    assert "No saved meals yet" in await days.ask(uid, "/meals")
    [card] = await days.say(uid, "/log 2 eggs and a slice of toast")
    saved = await pressed(days, uid, card, labels(card)["💾 Save"])  # the card's Save button
    assert "Saved “2 eggs and a slice of toast”" in shown(saved)
    again = await pressed(days, uid, card, labels(card)["💾 Save"])  # saved once, however often
    assert "Saved “2 eggs and a slice of toast”" in shown(again)
    [listing] = await days.say(uid, "/meals")
    assert "2 eggs and a slice of toast" in shown(listing)
    prompt = await pressed(days, uid, listing, labels(listing)["✏️ Rename"])
    assert "Send the new name" in shown(prompt)
    assert "a name can have letters" in await days.ask(uid, "eggs <3")  # the dialog stays
    assert "Renamed to “Eggs on toast”" in await days.ask(uid, "Eggs on toast")
    await pressed(days, uid, listing, labels(listing)["✏️ Rename"])
    # A question is no name: the rename ends and the text goes on (here to the reply that
    # the coach is off), and what follows is no name either.
    assert "Thanks for your message" in await days.ask(uid, "what should I eat tonight?")
    assert "Thanks for your message" in await days.ask(uid, "Plate")
    [listing] = await days.say(uid, "/meals")
    assert "Eggs on toast" in shown(listing)
    card = await pressed(days, uid, listing, labels(listing)["➕ Eggs on toast"])
    assert "Total:" in shown(card) and len(await entries(days, uid)) == 2
    [card] = await days.say(uid, "/log EGGS ON TOAST")  # the new name, at once
    assert (await entries(days, uid))[-1][4] == "2 eggs, a slice of toast"
    days.press(uid, listing, labels(listing)["🗑 Delete"])
    emptied = await days.edited(uid, 1)
    assert "No saved meals yet" in shown(emptied)
    assert await days.rows("SELECT 1 FROM saved_meals WHERE user_id = %s", uid) == []


# -- copies --------------------------------------------------------------------------------


async def test_copy_yesterdays_breakfast_a_weekdays_lunch_and_a_whole_day(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 9, 7, 0)  # Monday 9 March, 08:00 in Berlin
    await days.set_timezone(uid, "Berlin")
    await days.say(uid, "/log 2 eggs")
    days.clock.set(2026, 3, 9, 12, 0)
    await days.say(uid, "/log 150 g chicken breast")
    days.clock.set(2026, 3, 10, 11, 30)  # Tuesday, 12:30
    [card] = await days.say(uid, "/log yesterday's breakfast")
    assert "Breakfast · Tue 10 Mar" in shown(card) and "Total: 143 kcal" in shown(card)
    assert "meal:save:" in str(buttons(card))  # the usual buttons
    days.clock.set(2026, 3, 11, 12, 0)  # Wednesday
    [card] = await days.say(uid, "/log Monday’s lunch")
    assert "Lunch · Wed 11 Mar" in shown(card)
    [card] = await days.say(uid, "/log same as Monday")
    assert "2 eggs" in shown(card) and "150 g chicken breast" in shown(card)
    rows = await entries(days, uid)
    assert [r[:2] for r in rows[2:]] == [
        ("breakfast", "2026-03-10"), ("lunch", "2026-03-11"),
        ("breakfast", "2026-03-11"), ("lunch", "2026-03-11"),  # each meal as it was
    ]  # fmt: skip
    assert [r[4] for r in rows[-2:]] == ["2 eggs", "150 g chicken breast"]
    undone = await days.ask(uid, "/undo")  # the whole copy, at once
    assert "2 eggs" in undone and "150 g chicken breast" in undone
    assert [r[3] for r in await entries(days, uid)][-2:] == [True, True]
    assert "Nothing logged on Sun 08 Mar" in await days.ask(uid, "/log same as last sunday")
    assert "No dinner logged on Tue 10 Mar" in await days.ask(uid, "/log yesterday's dinner")


async def test_copy_on_an_entry_opened_from_history(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 9, 7, 0)
    await days.say(uid, "/log 2 eggs")
    days.clock.set(2026, 3, 10, 7, 0)
    [page] = await days.say(uid, "/history")
    card = await pressed(days, uid, page, buttons(page)[0][0][1])
    copied = await pressed(days, uid, card, labels(card)["📋 Copy"])
    assert "Breakfast · Tue 10 Mar" in shown(copied)
    assert [r[1] for r in await entries(days, uid)] == ["2026-03-09", "2026-03-10"]


async def test_export_has_the_saved_meals(days: Clocked, uid: int) -> None:
    days.clock.set(2026, 3, 6, 7, 0)
    await days.say(uid, "/log 2 eggs")
    await days.say(uid, "/save Eggs")
    days.fake.send_text(uid, "/export")
    [document] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    assert document.method == "sendDocument" and document.file_id is not None
    content = days.fake.file_content(document.file_id)
    assert content is not None
    data = json.loads(zipfile.ZipFile(io.BytesIO(content)).read("healthbot-data.json"))
    [saved] = data["tables"]["saved_meals"]
    assert saved["name"] == "Eggs" and saved["items"][0]["typed"] == "2 eggs"


async def test_help_lists_save_and_meals(days: Clocked, uid: int) -> None:
    shown_help = await days.ask(uid, "/help")
    assert "/save" in shown_help and "/meals" in shown_help
    # /log alone and a copy are found in /help too, not only by trying them.
    assert "alone, your usual foods to tap" in shown_help
    assert "/log yesterday's breakfast copies a meal" in shown_help


async def test_one_tap_logs_pay_their_xp_in_the_entrys_own_write(
    rewarded: Clocked, uid: int
) -> None:
    rewarded.clock.set(2026, 3, 6, 7, 0)
    rewarded.fake.send_text(rewarded.user(uid), "/log 2 eggs")
    await rewarded.settled()
    await rewarded.fake.wait_for_messages(uid, 2, timeout=60)  # the card, then the XP
    await rewarded.say(uid, "/save Eggs")
    rewarded.clock.set(2026, 3, 7, 7, 0)
    [card] = await rewarded.say(uid, "/log eggs")  # nothing new to announce: the card alone
    assert "Total: 143 kcal" in shown(card)
    paid = await rewarded.rows(
        "SELECT count(*), count(DISTINCT source_ref) FROM xp_events"
        " WHERE user_id = %s AND reason = 'meal'",
        uid,
    )
    assert paid == [(2, 2)]


async def test_a_day_of_more_foods_than_one_log_is_copied_a_meal_at_a_time(
    days: Clocked, uid: int
) -> None:
    days.clock.set(2026, 3, 9, 7, 0)
    await days.say(uid, "/log " + ", ".join(["1 egg"] * 11))
    days.clock.set(2026, 3, 9, 12, 0)
    await days.say(uid, "/log " + ", ".join(["1 apple"] * 11))
    days.clock.set(2026, 3, 10, 7, 0)
    assert "more than 20 foods" in await days.ask(uid, "/log same as yesterday")
    [card] = await days.say(uid, "/log yesterday's lunch")
    assert "Lunch · Tue 10 Mar" in shown(card)
    assert [row[3] for row in await entries(days, uid)] == [False, False, False]
