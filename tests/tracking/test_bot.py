"""/water, its quick-add buttons and /weight: the handlers through the app's dispatcher,
fed in-process (tests/support/harness.py), on real PostgreSQL and Redis.

Most tests share one app (module scope, distinct user ids); the test of a handler retried
after a failure runs the whole daemon over HTTP, since the intake's retry is its subject.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from healthbot import profile, tracking
from healthbot.feature import Core, Feature
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.service import TrackingService, WaterDay, WeightChange
from loadgen.telegram import SentMessage
from tests.support.telegram import shown
from tests.support.tracking import Tracked, daemon, handlers, last_message
from tests.support.users import new_user_id
from tests.support.waiting import until

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
async def shared(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Tracked]:
    """The registered features' handlers for the module's tests, on the session's database."""
    async with handlers(tmp_path_factory.mktemp("tracking"), database_url, redis_url) as tracked:
        yield tracked


# -- water ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("/water 500ml", 500),
        ("/water 0.5 l", 500),
        ("/water a glass", 250),
        ("/water 2 glasses", 500),
        ("/water 1 sachet", 500),  # Nigeria's "pure water" comes in 50 cl sachets
        ("/water 2 sachets of pure water", 1000),
        ("/water 2 pure water", 1000),
        ("/water a tumbler", 250),
        ("/water a litre", 1000),
        # In Sydney "/water 600ml bottle" was "I couldn't read that amount", and a pot of
        # tea the 285 ml beer glass called a pot.
        ("/water 600ml bottle", 600),
        ("/water a 1.5 l bottle of sparkling water", 1500),
        ("/water 2 x 600ml", 1200),
        ("/water two 330 ml cans of soda water", 660),
        ("/water a pot of tea", 500),
        ("/water a middy", 285),
    ],
)
async def test_water_is_logged_with_todays_total_against_the_default_goal(
    shared: Tracked, uid: int, text: str, ml: int
) -> None:
    reply = await shared.ask(uid, text)
    assert f"Logged {ml:,} ml." in reply or f"Logged {ml:,} ml of tea," in reply
    assert f"Today: {ml:,} of 2,000 ml ({round(ml / 20)}%)" in reply
    assert "▓" in reply or ml < 100
    assert await shared.water(uid) == [ml]  # a user who never sent /start is served
    assert await shared.rows("SELECT id FROM users WHERE id = %s", uid) == [(uid,)]


async def test_a_pint_in_britain_is_an_imperial_pint(shared: Tracked, uid: int) -> None:
    # A retired Scot's "/water a pint" logged a US pint, 473 ml, where his is 568
    await shared.ask(uid, "/timezone Edinburgh")
    assert "Logged 568 ml." in await shared.ask(uid, "/water a pint")
    other = new_user_id()
    assert "Logged 473 ml." in await shared.ask(other, "/water a pint")  # UTC: a US pint


async def test_water_alone_shows_the_total_and_quick_add_buttons(shared: Tracked, uid: int) -> None:
    await shared.ask(uid, "/water 1.5 l")
    reply = await shared.ask(uid, "/water")
    assert reply.startswith("💧 Today: 1,500 of 2,000 ml (75%)")
    assert "▓▓▓▓▓▓▓▓░░" in reply
    buttons = last_message(shared, uid).reply_markup
    assert buttons == {
        "inline_keyboard": [
            [
                {"text": "+250 ml", "callback_data": "water:250"},
                {"text": "+500 ml", "callback_data": "water:500"},
            ]
        ]
    }
    assert await shared.water(uid) == [1500]  # looking stores nothing


async def test_the_goal_and_imperial_units_come_from_the_profile(shared: Tracked, uid: int) -> None:
    await shared.ask(uid, "/start")
    await shared.rows(
        "INSERT INTO user_profiles (user_id, daily_water_ml_target, units)"
        " VALUES (%s, 2500, 'imperial') RETURNING user_id",
        uid,
    )
    reply = await shared.ask(uid, "/water 16 oz")
    assert "Logged 16 fl oz." in reply and "Today: 16 of 85 fl oz (19%)" in reply
    reply = await shared.ask(uid, "/water 2.5 l")
    assert "🎉 You reached today's goal!" in reply


async def test_a_quick_add_press_logs_once_and_updates_the_message(
    shared: Tracked, uid: int
) -> None:
    await shared.ask(uid, "/water 250 ml")
    message = last_message(shared, uid)
    assert message.message_id is not None
    alerts = len(shared.fake.alerts)
    for expected_total in (750, 1250):
        shared.fake.press_button(uid, message.message_id, "water:500")
        await until(
            lambda total=expected_total: any(
                f"Today: {total:,} of" in shown(edit)
                for edit in shared.fake.sent(uid, "editMessageText")
            ),
            what=f"the message shows {expected_total} ml",
        )
    answers = [a.text for a in shared.fake.sent(uid, "answerCallbackQuery")]
    assert answers == ["+500 ml · today 750 ml", "+500 ml · today 1,250 ml"]
    assert await shared.water(uid) == [250, 500, 500]
    assert len(shared.fake.alerts) == alerts  # a toast, not an alert


@pytest.mark.parametrize(
    "data",
    ["water:99999", "water:300", "water:-250", "water:abc", "water:", "water:250; DROP TABLE x",
     "water:\x00"],
)  # fmt: skip
async def test_forged_button_data_is_refused_with_an_alert_and_nothing_stored(
    shared: Tracked, uid: int, data: str
) -> None:
    await shared.ask(uid, "/water")
    message = last_message(shared, uid)
    assert message.message_id is not None
    alerts = len(shared.fake.alerts)
    shared.fake.forge_press(uid, message.message_id, data)
    await until(lambda: len(shared.fake.alerts) > alerts, what="an alert")
    assert shared.fake.alerts[-1] == "This button doesn't work. Send /water to log water."
    assert await shared.water(uid) == []
    assert shared.fake.sent(uid, "editMessageText") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/water -1", "must be more than zero"),
        ("/water 0", "must be more than zero"),
        ("/water 99 l", "more than 5 l at once"),
        ("/water 5001 ml", "more than 5 l at once"),
        ("/water abc", "couldn't read that amount"),
        ("/water 🙂💧", "couldn't read that amount"),
        ("/water " + "9" * 4000, "couldn't read that amount"),
        ("/water 1; DROP TABLE water_logs; --", "couldn't read that amount"),
        ("/water 500\x00ml", "couldn't read that amount"),
        ("/water 2", "2 what? Add a unit, like /water 2 glasses or /water 2 l."),
    ],
)
async def test_bad_water_input_gets_a_clear_reply_and_stores_nothing(
    shared: Tracked, uid: int, text: str, expected: str
) -> None:
    reply = await shared.ask(uid, text)
    assert expected in reply
    assert len(reply) < 200
    assert await shared.water(uid) == []


async def test_water_counts_on_the_users_own_calendar_day(shared: Tracked, uid: int) -> None:
    # A timezone whose date differs from UTC's right now: +14 h late in the UTC day, -12 h early.
    utc_now = datetime.now(UTC)
    zone = "Pacific/Kiritimati" if utc_now.hour >= 12 else "Etc/GMT+12"
    await shared.rows(
        "INSERT INTO users (id, first_name, timezone) VALUES (%s, 'Tz', %s) RETURNING id", uid, zone
    )
    # Logged on the UTC date, which is another day for this user: not today's water.
    await shared.rows(
        "INSERT INTO water_logs (user_id, amount_ml, local_date) VALUES (%s, 900, %s) RETURNING id",
        uid,
        utc_now.date(),
    )
    reply = await shared.ask(uid, "/water 300 ml")
    local_day = datetime.now(ZoneInfo(zone)).date()
    assert local_day != utc_now.date()
    assert "Today: 300 of 2,000 ml" in reply
    days = await shared.rows(
        "SELECT local_date FROM water_logs WHERE user_id = %s AND amount_ml = 300", uid
    )
    assert days == [(local_day,)]


# -- weight -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stored", "shown_as"),
    [
        ("/weight 72.5", "72.50", "72.5 kg"),
        ("/weight 72,5 kg", "72.50", "72.5 kg"),
        # Units never chosen follow what is typed.
        ("/weight 160 lb", "72.57", "160.0 lb"),
        ("/weight 11 st 4", "71.67", "11 st 4 lb"),  # as typed: in stones
    ],
)
async def test_a_first_weigh_in_is_stored_in_kilograms(
    shared: Tracked, uid: int, text: str, stored: str, shown_as: str
) -> None:
    reply = await shared.ask(uid, text)
    assert reply.startswith(f"⚖️ Logged {shown_as}.")
    assert "first weigh-in" in reply
    assert await shared.weights(uid) == [Decimal(stored)]


async def test_units_never_chosen_follow_what_is_typed_until_chosen(
    shared: Tracked, uid: int
) -> None:
    # Stones typed by a user who skipped the setup: "Logged 71.7 kg", and every weight,
    # water and chart in kg and ml after it.
    reply = await shared.ask(uid, "/weight 11 st 4")
    assert reply.startswith("⚖️ Logged 11 st 4 lb."), reply
    assert "From now on I show weights in stones and pounds" in reply, reply
    reply = await shared.ask(uid, "/weight 11 st 2")
    assert reply.startswith("⚖️ Logged 11 st 2 lb.") and "From now on" not in reply, reply
    # Weighing in stones, they are British: water in ml, a cup 250 ml, and ml typed is no
    # sign of another system.
    assert "Logged 250 ml." in await shared.ask(uid, "/water a cup")
    reply = await shared.ask(uid, "/water 500 ml")
    assert "Logged 500 ml." in reply and "From now on" not in reply, reply
    reply = await shared.ask(uid, "/weight 72 kg")  # metric typed: they follow back
    assert "Logged 72.0 kg." in reply and "From now on I show amounts in kg" in reply, reply
    await shared.ask(uid, "/units imperial")  # chosen: typing no longer changes them
    reply = await shared.ask(uid, "/weight 70 kg")
    assert reply.startswith("⚖️ Logged 70.0 kg (154.3 lb)."), reply
    assert "From now on" not in reply and "/units metric shows" in reply, reply
    assert reply.startswith("⚖️") and "lb" in await shared.ask(uid, "/weight 155")


async def test_water_in_ml_never_switches_units_followed_from_a_weight(
    shared: Tracked, uid: int
) -> None:
    # A Toronto user weighed in pounds, then logged "a 1,000 ml bottle" (water is sold in
    # ml there, and in the US beside fl oz): every amount turned to kg and ml.
    reply = await shared.ask(uid, "/weight 165 lb")
    assert "From now on I show amounts in lb" in reply, reply
    reply = await shared.ask(uid, "/water a 1,000 ml bottle")
    assert "Logged 1,000 ml" in reply and "From now on" not in reply, reply
    assert "lb" in await shared.ask(uid, "/weight 164")


@pytest.mark.parametrize(
    ("units", "text", "hint"),
    [
        ("metric", "/weight 160 lb", "/units imperial shows every amount in lb"),
        ("metric", "/water 16 oz", "/units imperial shows every amount in lb"),
        ("imperial", "/weight 80 kg", "/units metric shows every amount in kg"),
        ("imperial", "/water 500 ml", "/units metric shows every amount in kg"),
        (None, "/weight 80 kg", None),  # typed in their own units
        (None, "/water a glass", None),  # every user has glasses
        ("imperial", "/weight 180", None),  # a bare number is in their units
    ],
)
async def test_an_amount_typed_in_the_other_units_tells_how_to_switch(
    shared: Tracked, uid: int, units: str | None, text: str, hint: str | None
) -> None:
    if units is not None:
        await shared.ask(uid, f"/units {units}")
    reply = await shared.ask(uid, text)
    assert reply.startswith(("⚖️ Logged", "💧 Logged")), reply
    if hint is None:
        assert "/units" not in reply
    else:
        assert hint in reply.splitlines()[-1]


async def test_weigh_ins_report_the_change_and_the_trend_comes_as_a_chart(
    shared: Tracked, uid: int
) -> None:
    assert "No weigh-ins yet" in await shared.ask(uid, "/weight")
    await shared.ask(uid, "/weight 80")
    assert "Log another weigh-in" in await shared.ask(uid, "/weight")
    reply = await shared.ask(uid, "/weight 79.4 kg")
    # Two weigh-ins of one day: nothing to compare with but that morning's.
    assert "Since the last one" not in reply and "days:" not in reply, reply
    # Two weigh-ins of one day: a chart would be one dot.
    reply = await shared.ask(uid, "/weight")
    assert "Weigh in on another day" in reply and "Latest weigh-in: 79.4 kg" in reply
    await shared.rows(
        "INSERT INTO weight_logs (user_id, weight_kg, logged_at)"
        " VALUES (%s, 80.5, now() - interval '3 days') RETURNING id",
        uid,
    )

    shared.fake.send_text(uid, "/weight")
    (photo,) = await shared.fake.wait_for_messages(uid, 1)
    assert photo.method == "sendPhoto" and photo.file_id is not None
    assert photo.plain_text is not None and "Latest weigh-in: 79.4 kg" in photo.plain_text
    earlier = datetime.now(UTC).date() - timedelta(days=3)
    assert f"Since the last one ({earlier:%b} {earlier.day}): −1.1 kg" in photo.plain_text
    png = shared.fake.file_content(photo.file_id)
    assert png is not None and png.startswith(PNG_MAGIC) and 1_000 < len(png) < 40_000
    assert len(shared.fake.sent(uid, "sendPhoto")) == 1


async def test_imperial_users_weigh_in_pounds(shared: Tracked, uid: int) -> None:
    await shared.ask(uid, "/start")
    await shared.ask(uid, "/units imperial")
    assert (await shared.ask(uid, "/weight 160")).startswith("⚖️ Logged 160.0 lb.")
    await shared.rows(  # yesterday's: a weigh-in is compared with an earlier day's
        "UPDATE weight_logs SET logged_at = logged_at - interval '1 day' WHERE user_id = %s"
        " RETURNING id",
        uid,
    )
    reply = await shared.ask(uid, "/weight 72 kg")
    assert reply.startswith("⚖️ Logged 72.0 kg (158.7 lb).") and "−1.3 lb" in reply
    assert await shared.weights(uid) == [Decimal("72.57"), Decimal("72.00")]


async def test_a_weigh_in_recomputes_the_targets_that_follow_from_weight(
    shared: Tracked, uid: int
) -> None:
    assert "of 2,000 ml" in await shared.ask(uid, "/water")  # the default, before a weight
    await shared.ask(uid, "/weight 80")
    assert "of 2,800 ml" in await shared.ask(uid, "/water")  # 35 ml a kg
    message = await doubted(shared, uid, "/weight 80", "/weight 100")
    assert message.message_id is not None
    shared.fake.press_button(uid, message.message_id, keyboard(message)["Yes, 100.0 kg"])
    await until(lambda: shared.fake.sent(uid, "editMessageText"), what="the answer")
    assert "of 3,500 ml" in await shared.ask(uid, "/water")  # a confirmed one too


def keyboard(message: SentMessage) -> dict[str, str]:
    """A message's buttons: label -> callback data, in order."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def doubted(shared: Tracked, uid: int, first: str, second: str) -> SentMessage:
    """Log `first`, then `second` far from it: the question asked instead of storing it."""
    await shared.ask(uid, first)
    question = await shared.ask(uid, second)
    assert "is far from your last weigh-in" in question
    return last_message(shared, uid)


async def test_a_weigh_in_far_from_the_last_is_confirmed_and_the_other_unit_offered(
    shared: Tracked, uid: int
) -> None:
    message = await doubted(shared, uid, "/weight 72", "/weight 164")
    assert shown(message) == ("⚖️ 164.0 kg is far from your last weigh-in, 72.0 kg. Log it?")
    labels = keyboard(message)
    assert list(labels) == ["Yes, 164.0 kg", "I meant 164.0 lb", "Cancel"]
    assert await shared.weights(uid) == [Decimal("72.00")]  # nothing stored yet
    assert message.message_id is not None
    shared.fake.press_button(uid, message.message_id, labels["I meant 164.0 lb"])
    await until(lambda: shared.fake.sent(uid, "editMessageText"), what="the answer")
    edit = shared.fake.sent(uid, "editMessageText")[-1]
    assert shown(edit).startswith("⚖️ Logged 74.4 kg.") and not edit.reply_markup
    assert await shared.weights(uid) == [Decimal("72.00"), Decimal("74.39")]


@pytest.mark.parametrize(("choice", "stored"), [("Yes, 90.0 kg", ["90.00"]), ("Cancel", [])])
async def test_a_doubtful_weigh_in_is_stored_as_read_or_not_at_all(
    shared: Tracked, uid: int, choice: str, stored: list[str]
) -> None:
    message = await doubted(shared, uid, "/weight 70", "/weight 90")
    data = keyboard(message)
    assert list(data) == ["Yes, 90.0 kg", "Cancel"]  # 90 lb is no nearer to 70 kg: not offered
    assert message.message_id is not None
    shared.fake.press_button(uid, message.message_id, data[choice])
    await until(lambda: shared.fake.sent(uid, "editMessageText"), what="the answer")
    assert await shared.weights(uid) == [Decimal("70.00"), *map(Decimal, stored)]
    if not stored:
        assert shown(shared.fake.sent(uid, "editMessageText")[-1]) == "⚖️ Not logged."


@pytest.mark.parametrize(
    ("text", "days_back"),
    [
        ("/weight yesterday 80.6", 1),
        ("/weight 80.6 yesterday", 1),
        ("/weight 80.6 kg 2 days ago", 2),
        ("/weight the day before yesterday 80.6", 2),
    ],
)
async def test_a_weigh_in_can_name_its_day_before_or_after_the_weight(
    shared: Tracked, uid: int, text: str, days_back: int
) -> None:
    await shared.ask(uid, "/weight 81")
    reply = await shared.ask(uid, text)
    day = datetime.now(UTC).date() - timedelta(days=days_back)  # the user's zone is UTC
    assert reply.startswith(f"⚖️ Logged 80.6 kg. For {day:%a}, {day:%b} {day.day}.")
    stored = await shared.rows(
        "SELECT weight_kg, (logged_at AT TIME ZONE 'UTC')::date FROM weight_logs"
        " WHERE user_id = %s ORDER BY id",
        uid,
    )
    assert stored[1] == (Decimal("80.60"), day)
    assert "81.0 kg" in await shared.ask(uid, "/weight")  # the latest is still today's


async def test_a_first_weigh_in_too_heavy_for_most_adults_offers_the_other_unit(
    shared: Tracked, uid: int
) -> None:
    # A New Yorker who skipped the setup sent "/weight 185": "Logged 185.0 kg", and the
    # targets that follow from it (protein 175 g, water 4,000 ml).
    await shared.ask(uid, "/timezone New York")
    question = await shared.ask(uid, "/weight 185")
    assert question == "⚖️ 185.0 kg (407.9 lb) is very heavy. Which did you mean?", question
    message = last_message(shared, uid)
    assert list(keyboard(message)) == ["Yes, 185.0 kg", "I meant 185.0 lb", "Cancel"]
    assert await shared.weights(uid) == []
    shared.fake.press_button(uid, message.message_id or 0, keyboard(message)["I meant 185.0 lb"])
    await until(lambda: shared.fake.sent(uid, "editMessageText"), what="the answer")
    assert await shared.weights(uid) == [Decimal("83.91")]
    assert (await shared.ask(uid, "/weight 184 lb")).startswith("⚖️ Logged 184.0 lb")


async def test_a_first_weigh_in_too_light_for_an_adult_offers_the_other_unit(
    shared: Tracked, uid: int
) -> None:
    # A user in pounds sent "/weight 60.8" meaning kg: 27.6 kg was stored, and the targets
    # that follow from it (protein 33 g, water 51 fl oz)
    await shared.ask(uid, "/start")
    await shared.rows(
        "INSERT INTO user_profiles (user_id, units) VALUES (%s, 'imperial') RETURNING user_id",
        uid,
    )
    question = await shared.ask(uid, "/weight 60.8")
    assert question == "⚖️ 60.8 lb (27.6 kg) is very light for an adult. Log it?"
    message = last_message(shared, uid)
    assert list(keyboard(message)) == ["Yes, 60.8 lb", "I meant 60.8 kg", "Cancel"]
    assert await shared.weights(uid) == []
    shared.fake.press_button(uid, message.message_id or 0, keyboard(message)["I meant 60.8 kg"])
    await until(lambda: shared.fake.sent(uid, "editMessageText"), what="the answer")
    assert await shared.weights(uid) == [Decimal("60.80")]
    assert "Logged 134.0 lb." in await shared.ask(uid, "/weight 134")  # near it: no question


async def test_a_weigh_in_for_an_earlier_day_is_not_called_the_first(
    shared: Tracked, uid: int
) -> None:
    await shared.ask(uid, "/weight 14 st 1")
    reply = await shared.ask(uid, "/weight yesterday 14 st 2")
    assert "Your first weigh-in" not in reply


async def test_a_change_is_the_difference_of_the_weights_shown(shared: Tracked, uid: int) -> None:
    # 14 st 2 and 14 st 1 are 89.81 and 89.36 kg, shown as 89.8 and 89.4: a change of 0.4
    # (the 0.45 between them was shown as 0.5)
    await shared.ask(uid, "/units metric")
    await shared.ask(uid, "/weight yesterday 14 st 2")
    reply = await shared.ask(uid, "/weight 14 st 1")
    assert "⚖️ Logged 14 st 1 lb (89.4 kg)." in reply and ": −0.4 kg" in reply, reply


async def test_a_doubted_weigh_in_keeps_its_day_through_the_button(
    shared: Tracked, uid: int
) -> None:
    message = await doubted(shared, uid, "/weight 70", "/weight 90 yesterday")
    assert message.message_id is not None
    shared.fake.press_button(uid, message.message_id, keyboard(message)["Yes, 90.0 kg"])
    await until(lambda: shared.fake.sent(uid, "editMessageText"), what="the answer")
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    stored = await shared.rows(
        "SELECT weight_kg, (logged_at AT TIME ZONE 'UTC')::date FROM weight_logs"
        " WHERE user_id = %s ORDER BY id",
        uid,
    )
    assert stored[1] == (Decimal("90.00"), yesterday)


@pytest.mark.parametrize("days_back", [367, 3000, -1])
async def test_a_forged_weight_button_for_a_day_out_of_bounds_is_refused(
    shared: Tracked, uid: int, days_back: int
) -> None:
    """A button's day is bounded as a typed one is: a year back at most, none to come."""
    message = await doubted(shared, uid, "/weight 70", "/weight 90")
    assert message.message_id is not None
    day = datetime.now(UTC).date() - timedelta(days=days_back)
    alerts = len(shared.fake.alerts)
    shared.fake.forge_press(uid, message.message_id, f"weight:9000@{day:%Y%m%d}")
    await until(lambda: len(shared.fake.alerts) > alerts, what="an alert")
    assert "This button doesn't work" in shared.fake.alerts[-1]
    assert await shared.weights(uid) == [Decimal("70.00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/weight 80.6 yesterdy", "Did you mean “yesterday”?"),
        ("/weight tomorrow 80", "is still to come"),
    ],
)
async def test_a_weigh_in_on_a_day_that_is_none_is_refused(
    shared: Tracked, uid: int, text: str, expected: str
) -> None:
    assert expected in await shared.ask(uid, text)
    assert await shared.weights(uid) == []


@pytest.mark.parametrize(
    "data", ["weight:abc", "weight:99999", "weight:", "weight:-500", "weight:9000@2026"]
)
async def test_forged_weight_button_data_is_refused(shared: Tracked, uid: int, data: str) -> None:
    message = await doubted(shared, uid, "/weight 70", "/weight 90")
    assert message.message_id is not None
    alerts = len(shared.fake.alerts)
    shared.fake.forge_press(uid, message.message_id, data)
    await until(lambda: len(shared.fake.alerts) > alerts, what="an alert")
    assert "This button doesn't work" in shared.fake.alerts[-1]
    assert await shared.weights(uid) == [Decimal("70.00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/weight abc", "couldn't read that weight"),
        ("/weight -5", "must be more than zero"),
        ("/weight 0", "must be more than zero"),
        ("/weight 999", "doesn't look like a body weight"),
        ("/weight 30 lb", "doesn't look like a body weight"),
        ("/weight ⚖️🙂", "couldn't read that weight"),
        ("/weight " + "7" * 4000, "couldn't read that weight"),
        ("/weight 70'); DELETE FROM weight_logs; --", "couldn't read that weight"),
        ("/weight 7\x002", "couldn't read that weight"),
    ],
)
async def test_bad_weights_get_a_clear_reply_and_store_nothing(
    shared: Tracked, uid: int, text: str, expected: str
) -> None:
    reply = await shared.ask(uid, text)
    assert expected in reply
    assert await shared.weights(uid) == []


async def test_the_menu_and_help_list_water_and_weight(shared: Tracked, uid: int) -> None:
    reply = await shared.ask(uid, "/help")
    assert "/water — log a glass of water or see today's total" in reply
    assert "/weight — log your weight or see the trend" in reply
    await until(lambda: bool(shared.fake.commands), what="the menu is set")
    names = [command["command"] for command in shared.fake.commands]
    assert names.index("weight") == names.index("water") + 1  # in the feature's order


# -- a handler retried after a failure --------------------------------------------------------


class FailsAfterWriting(TrackingService):
    """The real service, failing once right after each kind of write (a bug, a lost link)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.failed: set[str] = set()

    def _fail_once(self, kind: str) -> None:
        if kind not in self.failed:
            self.failed.add(kind)
            raise RuntimeError(f"a failure after the {kind} write")

    async def log_water(self, user_id: int, ml: int, key: str, **how: Any) -> WaterDay:
        day = await super().log_water(user_id, ml, key, **how)
        self._fail_once(f"water:{ml}")
        return day

    async def log_weight(
        self, user_id: int, kg: Decimal | float, key: str, **how: Any
    ) -> WeightChange:
        change = await super().log_weight(user_id, kg, key, **how)
        self._fail_once("weight")
        return change


def failing_features() -> tuple[Feature, ...]:
    def provide(core: Core) -> Mapping[str, object]:
        return {"tracking": FailsAfterWriting(TrackingRepository(core.db), core.users)}

    return (profile.FEATURE, dataclasses.replace(tracking.FEATURE, provide=provide))


async def test_a_retried_handler_writes_one_row_and_replies_once(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    features = failing_features()
    async with daemon(tmp_path, empty_database_url, redis_url, features) as bot:
        user = 9_701
        reply = await bot.ask(user, "/water 400 ml", timeout=60)
        assert "Logged 400 ml." in reply and "Today: 400 of" in reply
        message = last_message(bot, user)
        assert message.message_id is not None
        assert (await bot.ask(user, "/weight 70.2", timeout=60)).startswith("⚖️ Logged 70.2 kg.")
        bot.fake.press_button(user, message.message_id, "water:250")  # fails once too
        await until(lambda: bot.fake.sent(user, "editMessageText"), timeout=60, what="an edit")
        assert await bot.water(user) == [400, 250]
        assert await bot.weights(user) == [Decimal("70.20")]
        # Nothing was sent twice either.
        with pytest.raises(TimeoutError):
            await bot.fake.wait_for_messages(user, 1, timeout=1.0)
        assert len(bot.fake.sent(user, "editMessageText")) == 1
        service = bot.bot.app.dependencies["tracking"]
        assert isinstance(service, FailsAfterWriting)
        assert service.failed == {"water:400", "weight", "water:250"}  # each failed once
