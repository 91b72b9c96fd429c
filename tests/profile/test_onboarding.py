"""The setup dialog, /start's offer and /profile end to end: the daemon on the fake Telegram
over HTTP, real PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import BaseMiddleware, Router
from aiogram.types import TelegramObject, Update

from tests.support.daemon import feature
from tests.support.profile import Chats, daemon
from tests.support.telegram import labels, shown
from tests.support.waiting import until

PROFILE_ROW = (
    "SELECT display_name, units, sex, birth_year, height_cm, activity_level, goal,"
    " daily_kcal_target, kcal_target_manual, protein_g_target, carbs_g_target, fat_g_target,"
    " daily_water_ml_target, onboarded_at IS NOT NULL FROM user_profiles WHERE user_id = %s"
)


async def test_start_offers_the_setup_and_never_forces_it(chats: Chats, uid: int) -> None:
    chats.user(uid, "Ann")
    greeting = await chats.say(uid, "/start")
    assert "Hi Ann!" in shown(greeting)
    assert "⚙️ Set up my profile" in labels(greeting)
    # Ignoring the offer: logging works at once, with the standard targets.
    reply = shown(await chats.say(uid, "/water 250 ml"))
    assert "Logged 250 ml." in reply and "of 2,000 ml" in reply
    profile = shown(await chats.say(uid, "/profile"))
    assert "Calories: 2,000 kcal (standard" in profile
    assert "Protein 100 g · Carbs 250 g · Fat 67 g" in profile
    # Still offered on the next /start, until the setup is done.
    assert "⚙️ Set up my profile" in labels(await chats.say(uid, "/start"))


async def test_a_new_user_gets_a_timezone_guessed_from_their_language(
    chats: Chats, uid: int
) -> None:
    chats.user(uid, "Dora", language="de")
    await chats.say(uid, "/start")
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Europe/Berlin"


async def test_the_whole_setup_with_buttons_and_typed_answers(chats: Chats, uid: int) -> None:
    chats.user(uid, "Max")
    await chats.say(uid, "/start")
    first = await chats.press(uid, "⚙️ Set up my profile")
    assert "Setup 1/10" in shown(first) and "What should I call you?" in shown(first)
    assert set(labels(first)) == {"Call me Max", "Skip"}

    asked = await chats.press(uid, "Call me Max")
    # The answered question shows the answer and loses its buttons.
    edited = chats.fake.sent(uid, "editMessageText")[-1]
    assert "✓ Max" in shown(edited) and not labels(edited)
    assert "Which timezone are you in? Now: UTC." in shown(asked)
    asked = await chats.say(uid, "Berlin")
    assert "Which units do you use?" in shown(asked)
    asked = await chats.press(uid, "Metric (kg, cm)")
    assert "Your sex?" in shown(asked)
    asked = await chats.press(uid, "Male")
    assert "How old are you?" in shown(asked)
    asked = await chats.say(uid, "30")
    assert "How tall are you? (like 175 cm or 1.75 m)" in shown(asked)
    asked = await chats.say(uid, "180 cm")
    assert "How much do you weigh?" in shown(asked)
    asked = await chats.say(uid, "80")
    assert "How active are you" in shown(asked) and "Setup 8/10" in shown(asked)
    asked = await chats.press(uid, "Moderate (3-5 days a week)")
    assert "What weight are you aiming for?" in shown(asked)
    # A way without a weight, typed; no pace: the goal's fixed adjustment.
    asked = await chats.say(uid, "lose weight")
    assert "How fast would you like to get there?" in shown(asked)
    done = shown(await chats.press(uid, "Skip"))

    # Mifflin-St Jeor: 1780 x 1.55 - 500 = 2259 -> 2260 kcal; protein 1.6 g/kg.
    assert "All set, Max!" in done
    assert "Calories: 2,260 kcal (calculated for you)" in done
    assert "Protein 128 g · Carbs 268 g · Fat 75 g" in done
    assert "Water: 2,800 ml" in done
    birth_year = await chats.value("SELECT extract(year FROM now())::int - 30")
    assert await chats.rows(PROFILE_ROW, uid) == [
        ("Max", "metric", "male", birth_year, Decimal("180.0"), "moderate", "lose",
         2260, False, 128, 268, 75, 2800, True)
    ]  # fmt: skip
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Europe/Berlin"
    assert await chats.rows("SELECT weight_kg FROM weight_logs WHERE user_id = %s", uid) == [
        (Decimal("80.00"),)
    ]
    # The dialog is over: /start no longer offers it, and plain text is not an answer.
    assert not labels(await chats.say(uid, "/start"))
    # (The coach answers it: its first answer in a process took over 10 s under -n 2.)
    assert "What should I call you" not in shown(await chats.say(uid, "hello", timeout=60))


async def test_every_step_can_be_skipped(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for _ in range(8):
        asked = await chats.press(uid, "Skip")
        assert "Setup" in shown(asked)
    done = shown(await chats.press(uid, "Skip"))
    assert "All set" in done and "Calories: 2,000 kcal (standard" in done
    skipped = [m for m in chats.fake.sent(uid, "editMessageText") if "skipped" in shown(m)]
    assert len(skipped) == 9
    assert await chats.rows(PROFILE_ROW, uid) == [
        (None, "metric", None, None, None, None, None, None, False, None, None, None, None, True)
    ]
    assert await chats.value("SELECT count(*) FROM weight_logs WHERE user_id = %s", uid) == 0


async def test_the_setups_weight_is_the_first_weigh_in_and_earns_its_badge(
    chats: Chats, uid: int
) -> None:
    # The setup asks the weight and stores it as a weigh-in: that is the first one, so the
    # badge (and a weigh-in's XP) comes with it, not with the next /weight.
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for _ in range(6):  # name, timezone, units, sex, age, height
        asked = await chats.press(uid, "Skip")
    assert "How much do you weigh?" in shown(asked)
    await chats.say(uid, "80")
    answered = shown(chats.fake.sent(uid, "editMessageText")[-1])
    assert answered.endswith("✓ 80.0 kg\n🏅 Achievement: First weigh-in")
    for _ in range(3):  # activity, goal (and pace, when asked)
        done = shown(await chats.press(uid, "Skip"))
        if "All set" in done:
            break
    assert "All set" in done
    weighed = await chats.say(uid, "/weight 79.5")
    assert "Logged 79.5 kg." in shown(weighed) and "First weigh-in" not in shown(weighed)
    paid = await chats.rows(
        "SELECT amount, source_ref LIKE %s FROM xp_events WHERE user_id = %s"
        " AND reason = 'weight' ORDER BY id",
        "%/profile:weight",
        uid,
    )
    assert paid == [(10, True), (10, False)]


async def test_imperial_answers_are_stored_in_metric(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Skip")  # name
    await chats.press(uid, "Skip")  # timezone
    asked = await chats.say(uid, "imperial")  # a choice may be typed, too
    assert "Your sex?" in shown(asked)
    await chats.say(uid, "female")
    await chats.say(uid, "25")
    asked = await chats.say(uid, "5'5\"")
    assert "(like 160 lb)" in shown(asked)
    await chats.say(uid, "132")  # pounds, in imperial units
    await chats.press(uid, "Sedentary (desk, little exercise)")
    done = shown(await chats.press(uid, "Stay where I am"))
    row = await chats.rows(
        "SELECT units, height_cm, daily_kcal_target FROM user_profiles WHERE user_id = %s", uid
    )
    # 5'5" = 165.1 cm; 132 lb = 59.87 kg; 598.7 + 1031.9 - 125 - 161 = 1344.6; x 1.2 -> 1610.
    assert row == [("imperial", Decimal("165.1"), 1610)]
    assert await chats.value("SELECT weight_kg FROM weight_logs WHERE user_id = %s", uid) == (
        Decimal("59.87")
    )
    assert "Water: 71 fl oz" in done  # 35 ml x 59.87 kg = 2095 -> 2100 ml


async def test_bad_answers_get_a_clear_reply_and_the_question_again(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Skip")
    reply = await chats.say(uid, "Mars/Phobos")
    assert "I don't know the timezone “Mars/Phobos”" in shown(reply)
    assert "Which timezone are you in?" in shown(reply) and "Skip" in labels(reply)
    reply = await chats.say(uid, "Berln")
    assert "Did you mean" in shown(reply) and "Europe/Berlin" in labels(reply)
    asked = await chats.press(uid, "Europe/Berlin")
    assert "Which units" in shown(asked)
    await chats.press(uid, "Metric (kg, cm)")
    reply = await chats.say(uid, "tall")
    assert "Tap a button, or type “male”, “female” or “other”" in shown(reply)
    assert "Male" in labels(reply)
    await chats.press(uid, "Skip")
    reply = await chats.say(uid, "abc")
    assert "I couldn't read an age there" in shown(reply) and "How old are you?" in shown(reply)
    reply = await chats.say(uid, "7")
    assert "ages 13 to 120" in shown(reply)
    await chats.say(uid, "40")
    reply = await chats.say(uid, "999")
    assert "doesn't look like a height" in shown(reply) and "How tall are you?" in shown(reply)
    sticker = {"file_id": "s", "file_unique_id": "su", "type": "regular", "width": 1}
    sticker |= {"height": 1, "is_animated": False, "is_video": False}
    reply = await chats.share(uid, {"sticker": sticker})
    assert "I couldn't read a height there" in shown(reply)
    await chats.say(uid, "170")
    reply = await chats.say(uid, "5000 kg")
    assert "doesn't look like a body weight" in shown(reply)
    row = await chats.rows(
        "SELECT birth_year IS NOT NULL, height_cm FROM user_profiles WHERE user_id = %s", uid
    )
    assert row == [(True, Decimal("170.0"))]  # only the good answers were stored
    assert await chats.value("SELECT count(*) FROM weight_logs WHERE user_id = %s", uid) == 0
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Europe/Berlin"


async def test_a_shared_location_sets_the_timezone(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/profile")
    await chats.press(uid, "Timezone")
    card = shown(await chats.share(uid, {"location": {"latitude": 40.71, "longitude": -74.0}}))
    assert "Timezone: America/New_York" in card  # the profile again, after one question
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == (
        "America/New_York"
    )


async def test_commands_mid_dialog_are_obeyed_and_the_dialog_waits(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Skip")
    await chats.say(uid, "UTC+3")
    await chats.press(uid, "Metric (kg, cm)")
    await chats.press(uid, "Skip")
    await chats.say(uid, "35")  # now the height is asked
    help_reply = shown(await chats.say(uid, "/help"))
    assert "/profile" in help_reply and "/export" in help_reply
    water = shown(await chats.say(uid, "/water 250"))  # another feature's command
    assert "Logged 250 ml." in water
    assert await chats.value("SELECT sum(amount_ml) FROM water_logs WHERE user_id = %s", uid) == 250
    assert await chats.value("SELECT height_cm FROM user_profiles WHERE user_id = %s", uid) is None
    # The dialog waited on its question: the next plain answer goes on with it.
    asked = shown(await chats.say(uid, "172"))
    assert "How much do you weigh?" in asked
    cancelled = shown(await chats.say(uid, "/cancel"))
    assert "stopped" in cancelled
    # Out of the dialog, a number is not a weight any more; what was answered stays.
    assert "How much" not in shown(await chats.say(uid, "70"))
    assert await chats.value("SELECT count(*) FROM weight_logs WHERE user_id = %s", uid) == 0
    row = await chats.rows("SELECT height_cm FROM user_profiles WHERE user_id = %s", uid)
    assert row == [(Decimal("172.0"),)]
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Etc/GMT-3"
    assert "no question to cancel" in shown(await chats.say(uid, "/cancel"))


async def test_profile_changes_one_answer_and_recomputes_the_targets(
    chats: Chats, uid: int
) -> None:
    chats.user(uid, "Eve")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    for answer in ("Skip", "Skip", "Metric (kg, cm)", "Female"):
        await chats.press(uid, answer)
    for answer in ("40", "165", "60"):
        await chats.say(uid, answer)
    await chats.press(uid, "Light (exercise 1-3 days a week)")
    done = shown(await chats.press(uid, "Stay where I am"))
    # 600 + 1031.25 - 200 - 161 = 1270.25; x 1.375 = 1746.6 -> 1750.
    assert "Calories: 1,750 kcal" in done

    card = shown(await chats.say(uid, "/profile"))
    assert "Name: Eve" in card and "Age: 40" in card and "Height: 165 cm" in card
    assert "Weight: 60.0 kg" in card and "Goal: Stay where I am" in card
    asked = await chats.press(uid, "Goal")
    assert "Setup" not in shown(asked)  # one question, not the whole setup
    await chats.say(uid, "lose weight")
    card = shown(await chats.press(uid, "Skip"))  # the pace: none
    assert "Goal: Lose weight" in card and "Calories: 1,250 kcal (calculated" in card

    # A calorie target set by hand wins, and survives later changes of the profile.
    await chats.press(uid, "🎯 Set calorie target")
    reply = shown(await chats.say(uid, "99999"))
    assert "between 500 and 10,000 kcal" in reply
    card = shown(await chats.say(uid, "1800"))
    assert "Calories: 1,800 kcal (set by you)" in card
    await chats.press(uid, "Activity")
    card = shown(await chats.press(uid, "Active (6-7 days a week)"))
    assert "Calories: 1,800 kcal (set by you)" in card
    await chats.press(uid, "🎯 Set calorie target")
    card = shown(await chats.press(uid, "Use the calculated target"))
    # 1270.25 x 1.725 = 2191.2; -500 = 1691.2 -> 1690.
    assert "Calories: 1,690 kcal (calculated" in card
    manual = await chats.value(
        "SELECT kcal_target_manual FROM user_profiles WHERE user_id = %s", uid
    )
    assert manual is False


async def test_a_timezone_change_moves_the_reminders_and_the_cached_user(
    chats: Chats, uid: int
) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.rows(
        "INSERT INTO reminders (user_id, kind, schedule, timezone, next_run_at)"
        " VALUES (%s, 'custom', '{\"times\": [\"08:00\"]}', 'UTC', now() + interval '1 day')"
        " RETURNING id",
        uid,
    )
    await chats.say(uid, "/water 100")  # reads the user through the cache
    await chats.say(uid, "/profile")
    await chats.press(uid, "Timezone")
    card = shown(await chats.say(uid, "Tokyo"))
    assert "Timezone: Asia/Tokyo" in card  # read through the cache after the change
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Asia/Tokyo"
    [(zone, next_run_at)] = await chats.rows(
        "SELECT timezone, next_run_at FROM reminders WHERE user_id = %s", uid
    )
    # "Every day at 8:00" now fires at 8:00 in Tokyo, within the next day.
    assert zone == "Asia/Tokyo"
    assert next_run_at.astimezone(ZoneInfo("Asia/Tokyo")).time() == time(8, 0)
    assert timedelta(0) < next_run_at - datetime.now(UTC) <= timedelta(days=1)


async def test_forged_and_stale_buttons_are_refused(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    question = await chats.press(uid, "⚙️ Set up my profile")
    await chats.press(uid, "Skip")  # the timezone is asked now
    assert question.message_id is not None
    for data in ("ob:timezone:Mars/Phobos", "ob:name:tg", "ob:units:martian", "pf:edit:users"):
        alerts = len([m for m in chats.fake.sent(uid, "answerCallbackQuery") if m.show_alert])
        chats.fake.press_button(uid, question.message_id, data, forged=True)
        await until(
            lambda n=alerts: (
                len([m for m in chats.fake.sent(uid, "answerCallbackQuery") if m.show_alert]) > n
            ),
            what=f"an alert for {data}",
        )
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "UTC"
    assert await chats.rows("SELECT units FROM user_profiles WHERE user_id = %s", uid) == []
    # The dialog is still on its question.
    assert "Which units" in shown(await chats.say(uid, "Lisbon"))


async def test_a_half_finished_setup_survives_a_restart(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    user = 83_900
    async with daemon(tmp_path, empty_database_url, redis_url) as running:
        running.user(user)
        await running.say(user, "/start")
        await running.press(user, "⚙️ Set up my profile")
        await running.press(user, "Skip")
        asked = await running.say(user, "Lisbon")
        assert "Which units" in shown(asked)
    # A new process: the dialog's state only in Redis.
    async with daemon(tmp_path, empty_database_url, redis_url, migrate=False) as running:
        running.user(user)
        asked = await running.say(user, "imperial")
        assert "Your sex?" in shown(asked) and "Setup 4/10" in shown(asked)
        assert (
            await running.value("SELECT units FROM user_profiles WHERE user_id = %s", user)
            == "imperial"
        )
        assert await running.value("SELECT timezone FROM users WHERE id = %s", user) == (
            "Europe/Lisbon"
        )


class CrashAfter(BaseMiddleware):
    """Fails the update carrying one of `marks` (a message's text or a button's data) once,
    after its handler ran: the intake then runs it again, as after a crash between the
    handler's work and the update's completion."""

    def __init__(self, *marks: str) -> None:
        self.runs = dict.fromkeys(marks, 0)  # runs of the update carrying each mark

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        result = await handler(event, data)
        assert isinstance(event, Update)
        mark = event.message.text if event.message else None
        mark = event.callback_query.data if event.callback_query else mark
        if mark in self.runs:
            self.runs[mark] += 1
            if self.runs[mark] == 1:
                raise RuntimeError("a crash after the handler")
        return result


async def test_a_retried_answer_is_applied_once_and_moves_the_dialog_once(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    user = 83_901
    # "180" answers the height, and would be a valid answer to the next question (180 kg);
    # the goal's button (to stay where one is) ends the setup.
    crash = CrashAfter("180", "ob:goal:maintain")
    extra = [feature("crash", Router(name="crash"), middlewares=lambda _: (crash,))]
    async with daemon(tmp_path, empty_database_url, redis_url, extra=extra) as running:
        running.user(user)
        await running.say(user, "/start")
        await running.press(user, "⚙️ Set up my profile")
        for _ in range(5):  # name ... age: the height is asked now
            await running.press(user, "Skip")
        asked = await running.say(user, "180", timeout=60)
        assert "How much do you weigh?" in shown(asked)
        sent = len(running.fake.sent(user, "sendMessage"))
        await until(lambda: crash.runs["180"] == 2, what="the update run again after its crash")
        # The retry repeated its question; the reply ledger sent it only once.
        assert len(running.fake.sent(user, "sendMessage")) == sent
        assert await running.value(
            "SELECT height_cm FROM user_profiles WHERE user_id = %s", user
        ) == Decimal("180.0")
        # Not taken as the weight too: the dialog is on the weight question, not past it.
        assert await running.value("SELECT count(*) FROM weight_logs WHERE user_id = %s", user) == 0
        asked = await running.say(user, "75")
        assert "How active are you" in shown(asked)
        await running.press(user, "Skip")

        done = await running.press(user, "Stay where I am")
        assert "All set" in shown(done)
        await until(lambda: crash.runs["ob:goal:maintain"] == 2, what="the press handled again")
        assert len(running.fake.sent(user, "sendMessage")) == sent + 3  # activity, goal, summary
        alerts = [m for m in running.fake.sent(user, "answerCallbackQuery") if m.show_alert]
        assert alerts == []  # the repeated press was not refused as a closed question
        assert await running.value(
            "SELECT onboarded_at IS NOT NULL FROM user_profiles WHERE user_id = %s", user
        )
        # The dialog is over: a number is not an answer any more.
        assert "How" not in shown(await running.say(user, "75"))
