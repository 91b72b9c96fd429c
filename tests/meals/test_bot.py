"""/log, its questions and buttons, /today, /week and /history end to end: the daemon
in-process on the fake Telegram over HTTP, real PostgreSQL (with the food table) and Redis.

One daemon for the module (distinct user ids per test).
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from aiogram import Router

from healthbot.profile.service import ProfileService
from tests.support.daemon import FailOnceAfter, feature, running
from tests.support.meals import Logged
from tests.support.telegram import buttons, data_of, shown
from tests.support.users import new_user_id
from tests.support.waiting import until

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# -- /log --------------------------------------------------------------------------------------


async def test_log_stores_the_items_and_replies_with_totals_and_buttons(
    logged: Logged, uid: int
) -> None:
    [reply] = await logged.say(uid, "/log 2 eggs and a slice of toast")
    text = shown(reply)
    assert "2 eggs → Egg, whole, raw, fresh, 100 g · 143 kcal" in text
    assert "a slice of toast → Bread, white, commercially prepared, toasted, 22 g · 64 kcal" in text
    assert "Total: 207 kcal · protein 15 g · carbs 13 g · fat 10 g" in text.splitlines()
    entry_id = await logged.entry_id(uid)
    assert data_of(reply) == [
        f"meal:ok:{entry_id}",
        f"meal:edit:{entry_id}",
        f"meal:del:{entry_id}",
        f"meal:alt:{entry_id}",
        *(f"meal:set:{entry_id}:{meal}" for meal in ("breakfast", "lunch", "dinner", "snack")),
        f"meal:save:{entry_id}",
    ]
    [(_, kcal, deleted, items)] = await logged.entries(uid)
    assert (kcal, deleted, items) == (Decimal("207.46"), False, 2)
    item_rows = await logged.rows(
        "SELECT position, usda_id, grams, kcal FROM food_entry_items WHERE user_id = %s"
        " ORDER BY position",
        uid,
    )
    assert item_rows == [
        (0, "01123", Decimal("100.00"), Decimal("143.00")),
        (1, "18070", Decimal("22.00"), Decimal("64.46")),
    ]


async def test_a_meal_named_first_is_used_and_can_be_changed_with_a_button(
    logged: Logged, uid: int
) -> None:
    [reply] = await logged.say(uid, "/log dinner: 150g chicken breast, 1 cup rice")
    assert shown(reply).startswith("🍽 Dinner")
    assert "Total: 453 kcal" in shown(reply)
    entry_id = await logged.entry_id(uid)
    logged.press(uid, reply, f"meal:set:{entry_id}:breakfast")
    edit = await logged.edited(uid, 1)
    assert shown(edit).startswith("🍳 Breakfast")
    assert ("• Breakfast", f"meal:set:{entry_id}:breakfast") in buttons(edit)[1]
    assert [row[0] for row in await logged.entries(uid)] == ["breakfast"]


async def test_an_unsure_food_is_asked_with_choices_and_the_choice_is_logged(
    logged: Logged, uid: int
) -> None:
    [question] = await logged.say(uid, "/log a cup of juice")
    assert shown(question) == "Which food is “a cup of juice”?"
    choices = buttons(question)
    assert len(choices) == 5 and choices[-1][0][0] == "Skip"
    assert all(" kcal" in row[0][0] for row in choices[:-1])  # each choice shows its energy
    assert await logged.entries(uid) == []  # nothing guessed
    logged.press(uid, question, choices[0][0][1])
    edit = await logged.edited(uid, 1)
    assert "• a cup of juice → Juice, apple and grape blend" in shown(edit)
    assert "Total: 125 kcal" in shown(edit)
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert items == 1 and kcal > 0


async def test_sure_items_are_logged_at_once_and_a_skipped_question_adds_nothing(
    logged: Logged, uid: int
) -> None:
    [card] = await logged.say(uid, "/log 2 eggs and a bowl of soup")  # one card for both
    assert "Total: 143 kcal" in shown(card)
    assert shown(card).endswith("Which food is “a bowl of soup”?")
    skip = next(data for row in buttons(card) for text, data in row if text == "Skip")
    logged.press(uid, card, skip)
    edit = await logged.edited(uid, 1)
    assert "Total: 143 kcal" in shown(edit) and "Which food" not in shown(edit)
    assert [(r[1], r[3]) for r in await logged.entries(uid)] == [(Decimal("143.00"), 1)]


async def test_an_unknown_food_can_be_named_again_in_text(logged: Logged, uid: int) -> None:
    [question] = await logged.say(uid, "/log 2 xyzzyfruit")
    assert shown(question) == "I don't know “xyzzyfruit”. Send another name for it, or tap Skip."
    reply = await logged.ask(uid, "banana")
    assert "2 xyzzyfruit (banana) → Bananas, raw, 236 g · 210 kcal" in reply
    [(_, kcal, _, items)] = await logged.entries(uid)
    assert (kcal, items) == (Decimal("210.04"), 1)


async def test_an_amount_question_takes_a_button_or_typed_grams(logged: Logged, uid: int) -> None:
    [question] = await logged.say(uid, "/log 2 slices of avocado")
    assert shown(question).startswith("How much is “2 slices of avocado” (Avocados, raw")
    assert "Send the weight in grams" in await logged.ask(uid, "lots")
    logged.press(uid, question, next(d for t, d in buttons(question)[0] if t == "100 g"))
    edit = await logged.edited(uid, 1)
    assert "100 g · 160 kcal" in shown(edit)
    [question] = await logged.say(uid, "/log 3 slices of avocado")
    reply = await logged.ask(uid, "45 g")
    assert "45 g · 72 kcal" in reply


async def test_a_command_sent_during_a_question_is_obeyed_and_the_question_stays(
    logged: Logged, uid: int
) -> None:
    [question] = await logged.say(uid, "/log a cup of juice")
    today = await logged.ask(uid, "/today")
    assert today.startswith("📊 Today")
    water = await logged.ask(uid, "/water 250 ml")
    assert "Logged 250 ml" in water
    assert await logged.entries(uid) == []
    logged.press(uid, question, data_of(question)[0])
    edit = await logged.edited(uid, 1)
    assert "Total:" in shown(edit)


async def test_ok_removes_the_buttons_delete_and_undo_work(logged: Logged, uid: int) -> None:
    [reply] = await logged.say(uid, "/log a banana")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, reply, f"meal:del:{entry_id}")
    deleted = await logged.edited(uid, 1)
    assert shown(deleted).startswith("🗑")
    assert data_of(deleted) == [f"meal:undo:{entry_id}"]
    assert [row[2] for row in await logged.entries(uid)] == [True]
    assert "Nothing logged today yet" in await logged.ask(uid, "/today")
    logged.press(uid, deleted, f"meal:undo:{entry_id}")
    restored = await logged.edited(uid, 2)
    assert "Total: 105 kcal" in shown(restored)
    assert [row[2] for row in await logged.entries(uid)] == [False]
    logged.press(uid, restored, f"meal:ok:{entry_id}")
    await until(
        lambda: bool(logged.fake.sent(uid, "editMessageReplyMarkup")), what="buttons removed"
    )
    answers = [a.text for a in await logged.answers(uid, 3)]
    assert answers == ["Deleted. Tap Undo to bring it back.", "Restored.", "Saved."]


async def test_edit_replaces_the_items_of_the_entry(logged: Logged, uid: int) -> None:
    [reply] = await logged.say(uid, "/log 2 eggs")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, reply, f"meal:edit:{entry_id}")
    [prompt] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(prompt).startswith("✏️ Send the corrected list")
    corrected = await logged.ask(uid, "3 eggs and a medium apple")
    assert "Total: 309 kcal" in corrected  # 3 x 50 g x 143 + 182 g x 52
    assert [(r[1], r[3]) for r in await logged.entries(uid)] == [(Decimal("309.14"), 2)]


@pytest.mark.parametrize(
    "action", ["del", "undo", "ok", "edit", "show", "back", "alt", "alt:{id}:0", "set:{id}:lunch"]
)
async def test_a_forged_press_on_another_users_entry_is_refused(
    logged: Logged, uid: int, action: str
) -> None:
    victim = new_user_id()
    await logged.say(victim, "/log 2 eggs")
    victim_entry = await logged.entry_id(victim)
    [own] = await logged.say(uid, "/log a banana")
    data = (
        f"meal:{action.format(id=victim_entry)}"
        if "{id}" in action
        else f"meal:{action}:{victim_entry}"
    )
    alerts = len(logged.fake.alerts)
    logged.forge(uid, own, data)
    await until(lambda: len(logged.fake.alerts) > alerts, what="an alert")
    assert logged.fake.alerts[-1] == "This button doesn't work."
    [(_, kcal, deleted, items)] = await logged.entries(victim)
    assert (kcal, deleted, items) == (Decimal("143.00"), False, 1)
    assert logged.fake.sent(victim, "editMessageText") == []


@pytest.mark.parametrize(
    "data",
    [
        "meal:del:abc",
        "meal:pick:zz",
        "meal:set:1:brunch",
        "meal:",
        "meal:del:1; DROP",
        "meal:\x00",
        "meal:alt:x",
        "meal:alt:1:999",
        "meal:pick:0000000g:1:1",
        "meal:skip:00000000:1",
    ],
)
async def test_junk_button_data_is_refused(logged: Logged, uid: int, data: str) -> None:
    [own] = await logged.say(uid, "/log a banana")
    before = await logged.entries(uid)
    answers = len(logged.fake.sent(uid, "answerCallbackQuery"))
    logged.forge(uid, own, data)
    await logged.answers(uid, answers + 1)
    assert await logged.entries(uid) == before
    assert logged.fake.sent(uid, "editMessageText") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/log", "Tell me what you ate."),
        ("/log 999999 kg butter", "more than one sitting's worth"),
        ("/log -2 eggs", "a quantity can't be negative"),
        ("/log 0 eggs", "must be more than zero"),
        ("/log 🎈🎉", "I can't tell which food 🎈🎉 is."),
        ("/log " + "2 eggs, " * 499, "at most 20 items"),  # 3,993 characters
        ("/log 2 " + "very " * 790 + "long eggs", "That's too long to be one meal."),
        ("/log 100 pizzas", "more than one sitting's worth"),
    ],
)
async def test_bad_log_input_gets_a_clear_reply_and_stores_nothing(
    logged: Logged, uid: int, text: str, expected: str
) -> None:
    reply = await logged.ask(uid, text)
    assert expected in reply, reply
    assert len(reply) < 300
    assert await logged.entries(uid) == []


async def test_sql_looking_text_is_only_text(logged: Logged, uid: int) -> None:
    [card] = await logged.say(uid, "/log 1 egg'); DROP TABLE food_entries; --")
    assert "Egg, whole" in shown(card)
    assert "Which food is" in shown(card) or "I don't know" in shown(card)
    assert [(r[1], r[3]) for r in await logged.entries(uid)] == [(Decimal("71.50"), 1)]


# -- /today, /week, /history ------------------------------------------------------------------


async def test_today_shows_meals_totals_targets_and_what_is_left(logged: Logged, uid: int) -> None:
    assert "Nothing logged today yet" in await logged.ask(uid, "/today")
    await logged.say(uid, "/log breakfast: 2 eggs and a slice of toast")
    await logged.say(uid, "/log lunch: 150g chicken breast, 1 cup rice")
    await logged.ask(uid, "/water 500 ml")
    today = await logged.ask(uid, "/today")
    assert "🍳 Breakfast: 207 kcal" in today
    assert "🥗 Lunch: 453 kcal" in today
    assert "Eaten: 660 of 2,000 kcal (33%)" in today
    assert "Protein 65/100 g · carbs 57/250 g · fat 16/67 g" in today
    assert "Left: 1,340 kcal" in today
    assert "💧 Water: 500 of 2,000 ml" in today
    profiles = logged.bot.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    await profiles.set_kcal_target(uid, 600)  # what /profile's "Set calorie target" does
    today = await logged.ask(uid, "/today")
    assert "Eaten: 660 of 600 kcal (110%)" in today
    assert "Protein 65/30 g" in today  # the 20/50/30 split of 600 kcal
    assert "Over the target by 60 kcal" in today


async def test_week_sends_a_chart_with_the_table(logged: Logged, uid: int) -> None:
    assert "Nothing logged in the last 7 days" in await logged.ask(uid, "/week")
    await logged.say(uid, "/log 2 eggs and a slice of toast")
    [photo] = await logged.say(uid, "/week")
    assert photo.method == "sendPhoto"
    caption = shown(photo)
    assert caption.startswith("📅 Last 7 days (target 2,000 kcal)")
    assert caption.endswith("Today so far: 207 kcal") and "logged day" not in caption
    assert len(caption.splitlines()) == 9
    *empty, logged_day = caption.splitlines()[1:8]
    # Not rows of zeros; and the days before the user's first were no days of nothing logged.
    assert all(len(row.split()) == 2 for row in empty), empty  # "Mon 30": the date alone
    assert logged_day.split()[2] == "207", logged_day
    assert photo.file_id is not None
    png = logged.fake.file_content(photo.file_id)
    assert png is not None and png.startswith(PNG_MAGIC) and 1_000 < len(png) < 60_000


async def test_history_lists_entries_pages_and_opens_one(logged: Logged, uid: int) -> None:
    assert "Nothing logged yet" in await logged.ask(uid, "/history")
    for n in range(1, 11):
        await logged.say(uid, f"/log {n} eggs")
    [page] = await logged.say(uid, "/history")
    rows = buttons(page)
    assert len(rows) == 9  # 8 entries and "Older"
    assert "10 eggs" in rows[0][0][0] and "715 kcal" in rows[0][0][0]
    assert rows[-1] == [("Older ›", "hist:8")]
    logged.press(uid, page, "hist:8")
    older = await logged.edited(uid, 1)
    assert len(buttons(older)) == 2 and "1 eggs" in buttons(older)[-1][0][0]
    logged.press(uid, older, buttons(older)[-1][0][1])
    [card] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert "Total: 72 kcal" in shown(card)
    assert f"meal:del:{int(buttons(older)[-1][0][1].split(':')[-1])}" in data_of(card)


# -- the dialog beside others, retries, amounts ------------------------------------------------


async def test_a_log_during_the_onboarding_leaves_it_where_it_was(logged: Logged, uid: int) -> None:
    logged.user(uid)
    [greeting] = await logged.say(uid, "/start")
    logged.press(uid, greeting, next(d for d in data_of(greeting) if d.startswith("ob:")))
    [setup] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert "What should I call you?" in shown(setup)
    [question] = await logged.say(uid, "/log a cup of juice")
    assert shown(question) == "Which food is “a cup of juice”?"
    # Text goes to the setup's question (its dialog came first), the button to the meal's.
    assert "Which timezone are you in?" in await logged.ask(uid, "Zed")
    logged.press(uid, question, data_of(question)[0])
    edit = await logged.edited(uid, 2)  # after the name's question, "✓ Zed" under it
    assert "Total: 125 kcal" in shown(edit)
    [(name,)] = await logged.rows("SELECT display_name FROM user_profiles WHERE user_id = %s", uid)
    assert name == "Zed"
    assert "Which units do you use?" in await logged.ask(uid, "Berlin")  # the setup goes on


async def test_an_oil_alone_is_asked_about_with_its_own_measures(logged: Logged, uid: int) -> None:
    # "and olive oil": named on its own, not poured on ("toast with olive oil" is a tablespoon)
    [card] = await logged.say(uid, "/log toast and olive oil")
    assert "Total: 64 kcal" in shown(card)  # the toast; a cup of oil is never assumed
    assert "How much is “olive oil” (Oil, olive, salad or cooking)?" in shown(card)
    labels = [text for row in buttons(card) for text, _ in row]
    assert [label.split(" · ")[0] for label in labels[:4]] == [
        "1 tsp",
        "1 tablespoon",
        "1 cup",
        "Skip",
    ]
    logged.press(uid, card, data_of(card)[1])
    edit = await logged.edited(uid, 1)
    assert "olive oil → Oil, olive, salad or cooking, 14 g · 119 kcal" in shown(edit)  # 13.5 g
    assert "Total: 184 kcal" in shown(edit)


async def test_a_spread_named_on_its_own_is_a_spoonful(logged: Logged, uid: int) -> None:
    [card] = await logged.say(uid, "/log toast and butter")  # spread on it, as people mean
    assert "• butter → Butter, salted, 5 g · 36 kcal" in shown(card)  # a pat on toast
    assert "How much" not in shown(card) and "Total: 100 kcal" in shown(card)


async def test_a_retried_answer_is_applied_once(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    """The first run of an answer fails after its reply went out; the retry must neither
    store it again nor take it as the answer to the next question."""
    crash = FailOnceAfter("120")
    failing = feature("crash", Router(name="crash"), middlewares=lambda deps: (crash,))
    async with running(tmp_path, empty_database_url, redis_url, [failing]) as bot:
        fake, user = bot.fake, 86_001
        fake.add_user(user, first_name="R")
        fake.send_text(user, "/log 2 slices of avocado, 3 slices of avocado")
        [first] = await fake.wait_for_messages(user, 1, timeout=90)
        assert shown(first).startswith("1. How much is “2 slices of avocado”")
        assert "2. How much is “3 slices of avocado”" in shown(first)
        fake.send_text(user, "120")
        [second] = await fake.wait_for_messages(user, 1, timeout=90)
        assert "• 2 slices of avocado → Avocados" in shown(second)
        assert shown(second).endswith(
            "How much is “3 slices of avocado” (Avocados, raw, "
            "all commercial varieties)? Tap an amount or send one, "
            "like 120 g or 1 cup."
        )
        await until(lambda: crash.failed, what="the crash")
        fake.send_text(user, "150")
        [done] = await fake.wait_for_messages(user, 1, timeout=90)
        assert "Total:" in shown(done)
        async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
            cur = await conn.execute(
                "SELECT position, grams FROM food_entry_items WHERE user_id = %s ORDER BY position",
                (user,),
            )
            assert await cur.fetchall() == [(0, Decimal("120.00")), (1, Decimal("150.00"))]
        assert fake.wait_for_messages is not None
        extra = await fake.wait_for_messages(user, 0, timeout=0)
        assert extra == []  # the retry sent nothing new


async def test_the_first_meal_is_announced_after_the_entry_and_paid_once(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    async with running(tmp_path, empty_database_url, redis_url, []) as bot:  # every feature
        fake, user = bot.fake, 86_101
        fake.add_user(user, first_name="G")
        fake.send_text(user, "/log 2 eggs")
        entry, earned = await fake.wait_for_messages(user, 2, timeout=90)
        assert "Total: 143 kcal" in shown(entry)
        assert "First meal" in shown(earned)
        fake.send_text(user, "/log a banana")
        [second] = await fake.wait_for_messages(user, 1, timeout=90)
        assert "Total: 105 kcal" in shown(second)

        async def paid() -> tuple[int, int] | None:
            async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
                cur = await conn.execute(
                    "SELECT count(*), sum(amount) FROM xp_events"
                    " WHERE user_id = %s AND reason = 'meal'",
                    (user,),
                )
                return await cur.fetchone()  # type: ignore[return-value]

        paid_for: list[object] = []

        async def both_paid() -> bool:
            paid_for[:] = [await paid()]
            return paid_for[0] == (2, 20)

        for _ in range(100):  # the award follows the reply
            if await both_paid():
                break
            await asyncio.sleep(0.05)
        assert paid_for == [(2, 20)]
        assert await fake.wait_for_messages(user, 0, timeout=0) == []  # nothing new to say


async def test_a_pint_in_britain_is_an_imperial_pint(logged: Logged, uid: int) -> None:
    # A Londoner's "/log a pint of beer" logged a US pint (475 g, 204 kcal) where hers is 568 ml
    await logged.ask(uid, "/timezone London")
    assert "571 g · 245 kcal" in await logged.ask(uid, "/log a pint of beer")
    other = new_user_id()
    assert "475 g · 204 kcal" in await logged.ask(other, "/log a pint of beer")  # UTC: US pint
