"""/remind, /reminders, the buttons and delivered reminders end to end: the daemon in-process
on the fake Telegram over HTTP, real PostgreSQL and Redis, a fake clock.

Most tests share one daemon (module scope, distinct user ids, each test setting the clock to
its own day); those that need a service or a scheduler of their own start their own daemon.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY

from healthbot.feature import Core
from healthbot.reminders.repository import ReminderRepository
from healthbot.reminders.service import RemindersService
from tests.reminders.support import (
    Daemon,
    FakeClock,
    buttons,
    daemon,
    daemon_on_own_database,
    features,
    in_zone,
    press,
    utc,
)
from tests.support.daemon import RunningBot
from tests.support.telegram import shown
from tests.support.users import new_user_id
from tests.support.waiting import until


@pytest.fixture(scope="module")
async def shared(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Daemon]:
    """One daemon for the module's tests on a database of its own."""
    clock = FakeClock(utc(2026, 11, 28, 10, 0))
    tmp_path = tmp_path_factory.mktemp("reminders")
    async with daemon_on_own_database(tmp_path, postgres_admin_url, redis_url, clock) as running:
        yield running


async def stored(d: Daemon, user_id: int) -> list[tuple[Any, ...]]:
    """The user's reminders: text, next run, active, paused reason."""
    return await d.rows(
        "SELECT text, next_run_at, active, paused_reason FROM reminders"
        " WHERE user_id = %s ORDER BY id",
        user_id,
    )


# -- /remind ----------------------------------------------------------------------------------


async def test_a_reminder_is_stored_once_and_the_reply_says_when_in_local_time(
    shared: Daemon, uid: int
) -> None:
    shared.clock.now = utc(2026, 11, 28, 10, 0)  # a Saturday; 11:00 in Berlin
    await in_zone(shared, uid, "Europe/Berlin")
    reply = await shared.ask(uid, "/remind every day at 8:00 take vitamins")
    assert reply.splitlines() == [
        "⏰ Reminder set: take vitamins",
        "every day at 08:00",
        "Next: tomorrow 08:00",
    ]
    assert await stored(shared, uid) == [("take vitamins", utc(2026, 11, 29, 7, 0), True, None)]
    rows = await shared.rows(
        "SELECT kind, timezone, schedule FROM reminders WHERE user_id = %s", uid
    )
    assert rows == [("medication", "Europe/Berlin", {"times": ["08:00"]})]


async def test_an_american_reads_the_times_on_a_12_hour_clock(shared: Daemon, uid: int) -> None:
    # A bare "en" in Ohio: /profile said "7:34 PM there now", but /remind, /reminders and
    # /remind times answered "every day at 07:00", "from 09:00 to 17:00", "bedtime: 22:00".
    shared.clock.now = utc(2026, 11, 28, 10, 0)  # a Saturday; 5:00 AM in New York
    await in_zone(shared, uid, "America/New_York")
    reply = await shared.ask(uid, "/remind every day at 7am weigh myself")
    assert reply.splitlines()[1:] == ["every day at 7:00 AM", "Next: today 7:00 AM"]
    reply = await shared.ask(uid, "/remind every 2 hours from 9 to 5 drink water")
    assert reply.splitlines()[1] == "every 2 h from 9:00 AM to 5:00 PM, every day"
    reply = await shared.ask(uid, "/remind tomorrow at 6:30 pm call mom")
    assert reply.splitlines()[1:] == ["once, tomorrow 6:30 PM", "Next: tomorrow 6:30 PM"]
    listed = await shared.ask(uid, "/reminders")
    assert "1. weigh myself: every day at 7:00 AM · Next: today 7:00 AM" in listed
    assert "bedtime: 10:00 PM" in await shared.ask(uid, "/remind times")
    assert "12:30 AM" in await shared.ask(uid, "/remind times bedtime 00:30")
    # The same reminder for someone in Berlin stays on the 24-hour clock.
    other = new_user_id()
    await in_zone(shared, other, "Europe/Berlin")
    reply = await shared.ask(other, "/remind every day at 7pm weigh myself")
    assert reply.splitlines()[1] == "every day at 19:00"


@pytest.mark.parametrize(
    ("phrase", "schedule", "first"),
    [
        ("weekdays 12:30 log lunch", "weekdays at 12:30", utc(2026, 11, 30, 12, 30)),
        ("in 30 minutes drink water", "once, today 10:30", utc(2026, 11, 28, 10, 30)),
        (
            "every 2 hours from 9 to 17 drink water",
            "every 2 h from 09:00 to 17:00, every day",
            utc(2026, 11, 28, 11, 0),
        ),
        ("mon, wed, fri at 7 pm gym", "Mon, Wed, Fri at 19:00", utc(2026, 11, 30, 19, 0)),
    ],
)
async def test_the_issues_phrases_are_understood(
    shared: Daemon, uid: int, phrase: str, schedule: str, first: Any
) -> None:
    shared.clock.now = utc(2026, 11, 28, 10, 0)
    reply = await shared.ask(uid, f"/remind {phrase}")
    assert reply.splitlines()[1] == schedule
    assert [row[1] for row in await stored(shared, uid)] == [first]


@pytest.mark.parametrize(
    ("phrase", "reply"),
    [
        ("evry day by 7pm drink water", "⏰ Reminder set: drink water\nevery day at 19:00"),
        ("everyday 9pm take my drugs", "⏰ Reminder set: take my drugs\nevery day at 21:00"),
        ("evryday at 8am pray", "⏰ Reminder set: pray\nevery day at 08:00"),
        ("take my pills around 10pm", "⏰ Reminder set: take my pills\nonce, today 22:00"),
        ("stop by the shop at 6pm", "⏰ Reminder set: stop by the shop\nonce, today 18:00"),
        # "by 11pm" beside another time is when it is due, not a second reminder
        (
            "every day at 9pm log dinner by 11pm",
            "⏰ Reminder set: log dinner by 11pm\nevery day at 21:00",
        ),
        ("at 8pm to be in bed by 11pm", "⏰ Reminder set: be in bed by 11pm\nonce, today 20:00"),
        ("walk by 2 shops by 7pm", "⏰ Reminder set: walk by 2 shops\nonce, today 19:00"),
    ],
)
async def test_every_day_and_a_time_as_typed_in_a_hurry(
    shared: Daemon, uid: int, phrase: str, reply: str
) -> None:
    # A student in Lagos: "/remind evry day by 7pm drink water" was set once, for today,
    # to "evry day by drink water".
    shared.clock.now = utc(2026, 11, 28, 10, 0)
    assert (await shared.ask(uid, f"/remind {phrase}")).startswith(reply + "\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/remind at 25:99", "“25:99” isn't a time of day"),
        ("/remind at 25:99 drink water", "“25:99” isn't a time of day"),
        ("/remind", "Tell me what to remind you of and when"),
        ("/remind " + "drink water at 8 " * 250, "keep it under 300 characters"),
        ("/remind '; DROP TABLE reminders; --", "couldn't tell when"),
        ("/remind every 5 minutes drink water", "at most every 15 minutes"),
        ("/remind at 9 eat unless I logged a meal in the last 30 hours", "1 to 24 hours"),
        ("/remind <script>at 99:99</script>", "“99:99” isn't a time"),
    ],
)
async def test_a_bad_phrase_gets_a_clear_reply_and_stores_nothing(
    shared: Daemon, uid: int, text: str, expected: str
) -> None:
    reply = await shared.ask(uid, text)
    assert expected in reply
    assert len(reply) < 300
    assert await stored(shared, uid) == []


async def test_sql_and_html_in_the_text_are_kept_as_text(shared: Daemon, uid: int) -> None:
    shared.clock.now = utc(2026, 11, 28, 10, 0)
    reply = await shared.ask(uid, "/remind at 18:00 <b>'); DROP TABLE users; --")
    # Trailing punctuation is trimmed from a reminder's text; the rest is kept as written.
    assert reply.startswith("⏰ Reminder set: <b>'); DROP TABLE users\n")
    assert [row[0] for row in await stored(shared, uid)] == ["<b>'); DROP TABLE users"]


# -- /reminders and its buttons -----------------------------------------------------------------


async def test_reminders_are_listed_paused_resumed_and_deleted(shared: Daemon, uid: int) -> None:
    shared.clock.now = utc(2026, 12, 1, 10, 0)
    await shared.ask(uid, "/remind every day at 8:00 take vitamins")
    await shared.ask(uid, "/remind weekdays 12:30 log lunch")
    listing = await shared.ask(uid, "/reminders")
    assert listing.splitlines() == [
        "⏰ Your reminders:",
        "1. take vitamins: every day at 08:00 · Next: tomorrow 08:00",
        "2. log lunch: weekdays at 12:30 · Next: today 12:30",
    ]
    (first, second) = [row[0] for row in await shared.rows(
        "SELECT id FROM reminders WHERE user_id = %s ORDER BY id", uid)]  # fmt: skip
    assert buttons(shared, uid) == [
        f"rem:p:{first}", f"rem:d:{first}", f"rem:p:{second}", f"rem:d:{second}"
    ]  # fmt: skip

    assert await press(shared, uid, f"rem:p:{first}") == ("Paused.", False)
    await until(lambda: bool(shared.fake.sent(uid, "editMessageText")), what="the list edited")
    edited = shown(shared.fake.sent(uid, "editMessageText")[-1])
    assert "1. take vitamins: every day at 08:00 (paused)" in edited
    assert (await stored(shared, uid))[0][2:] == (False, "user")

    shared.clock.now = utc(2026, 12, 3, 9, 0)  # resumed later: the next run is from now on
    await press(shared, uid, f"rem:r:{first}")
    assert (await stored(shared, uid))[0] == ("take vitamins", utc(2026, 12, 4, 8, 0), True, None)

    assert await press(shared, uid, f"rem:d:{second}") == ("Deleted.", False)
    assert [row[0] for row in await stored(shared, uid)] == ["take vitamins"]
    assert await shared.ask(uid, "/reminders") == "⏰ Your reminders:\n" + (
        "1. take vitamins: every day at 08:00 · Next: tomorrow 08:00"
    )


async def test_an_empty_list_says_how_to_set_one(shared: Daemon, uid: int) -> None:
    assert "You have no reminders" in await shared.ask(uid, "/reminders")


@pytest.mark.parametrize("action", ["p", "r", "d"])
async def test_a_forged_press_on_another_users_reminder_is_refused(
    shared: Daemon, uid: int, action: str
) -> None:
    shared.clock.now = utc(2026, 12, 1, 10, 0)
    victim = new_user_id()
    await shared.ask(victim, "/remind every day at 8:00 take vitamins")
    before = await stored(shared, victim)
    (theirs,) = [row[0] for row in await shared.rows(
        "SELECT id FROM reminders WHERE user_id = %s", victim)]  # fmt: skip
    await shared.ask(uid, "/remind every day at 9:00 stretch")
    await shared.ask(uid, "/reminders")
    text, alert = await press(shared, uid, f"rem:{action}:{theirs}", forged=True)
    assert alert and "doesn't work" in text
    assert await stored(shared, victim) == before
    assert shared.fake.sent(uid, "editMessageText") == []


@pytest.mark.parametrize(
    "data", ["rem:x:1", "rem:p:abc", "rem:p:", "rem:p:1; DROP TABLE reminders", "rem:p:0",
             "rem:p:99999999999999999999", "rdl:done:abc", "rdl:nap:1", "rdl:done:-1"],
)  # fmt: skip
async def test_garbage_button_data_is_refused_with_an_alert(
    shared: Daemon, uid: int, data: str
) -> None:
    shared.clock.now = utc(2026, 12, 1, 10, 0)
    await shared.ask(uid, "/remind every day at 9:00 stretch")
    await shared.ask(uid, "/reminders")
    text, alert = await press(shared, uid, data, forged=True)
    assert alert and "doesn't work" in text
    assert [row[2] for row in await stored(shared, uid)] == [True]


# -- delivery -----------------------------------------------------------------------------------


async def test_a_due_reminder_is_delivered_once_with_done_snooze_and_skip(
    shared: Daemon, uid: int
) -> None:
    shared.clock.now = utc(2026, 12, 5, 7, 50)
    await shared.ask(uid, "/remind every day at 8:00 take <i>vitamins</i>")
    scheduler = shared.scheduler()
    async with scheduler.alive():
        await scheduler.tick(utc(2026, 12, 5, 7, 59))  # not due yet
        assert len(shared.messages(uid)) == 1
        shared.clock.now = utc(2026, 12, 5, 8, 0, 3)
        await scheduler.tick()
        await scheduler.tick()  # claimed already: nothing more
        await shared.drained(scheduler)
    (delivered,) = await shared.fake.wait_for_messages(uid, 1)
    assert shown(delivered) == "⏰ take <i>vitamins</i>"
    (delivery,) = await shared.rows(
        "SELECT id, occurrence, status, sent_at FROM reminder_deliveries WHERE user_id = %s", uid
    )
    assert delivery[1:] == (utc(2026, 12, 5, 8, 0), "sent", utc(2026, 12, 5, 8, 0, 3))
    assert buttons(shared, uid) == [
        f"rdl:done:{delivery[0]}", f"rdl:snooze:{delivery[0]}", f"rdl:skip:{delivery[0]}"
    ]  # fmt: skip
    assert delivered.reply_markup is not None
    labels = [b["text"] for b in delivered.reply_markup["inline_keyboard"][0]]
    assert labels == ["✅ Done", "⏰ Snooze 10 min", "⏭ Skip"]
    assert (await stored(shared, uid))[0][1] == utc(2026, 12, 6, 8, 0)

    assert await press(shared, uid, f"rdl:done:{delivery[0]}") == ("✅ Done", False)
    await until(lambda: bool(shared.fake.sent(uid, "editMessageText")), what="edited")
    edit = shared.fake.sent(uid, "editMessageText")[-1]
    assert shown(edit) == "⏰ take <i>vitamins</i>\n✅ Done" and edit.reply_markup is None
    outcome = await shared.rows("SELECT outcome FROM reminder_deliveries WHERE user_id = %s", uid)
    assert outcome == [("done",)]


async def delivered_once(shared: Daemon, uid: int, what: str) -> int:
    """Set "in 15 minutes <what>" at noon, deliver it; the delivery's id."""
    shared.clock.now = utc(2026, 12, 6, 12, 0)
    await shared.ask(uid, f"/remind in 15 minutes {what}")
    scheduler = shared.scheduler()
    async with scheduler.alive():
        await scheduler.tick(shared.clock.advance(timedelta(minutes=15)))
        await shared.fake.wait_for_messages(uid, 1)
        await shared.drained(scheduler)
    rows = await shared.rows("SELECT id FROM reminder_deliveries WHERE user_id = %s", uid)
    (delivery_id,) = [row[0] for row in rows]
    return int(delivery_id)


async def test_done_on_a_water_reminder_offers_to_log_the_water(shared: Daemon, uid: int) -> None:
    delivery_id = await delivered_once(shared, uid, "drink a glass of water")
    assert await press(shared, uid, f"rdl:done:{delivery_id}") == ("✅ Done", False)
    await until(lambda: bool(shared.fake.sent(uid, "editMessageText")), what="edited")
    edit = shared.fake.sent(uid, "editMessageText")[-1]
    assert edit.reply_markup is not None and edit.message_id is not None
    quick = [b["callback_data"] for row in edit.reply_markup["inline_keyboard"] for b in row]
    assert quick == ["water:250", "water:500"]  # the water feature's own buttons
    shared.fake.press_button(uid, edit.message_id, "water:250")
    await until(lambda: len(shared.fake.sent(uid, "editMessageText")) > 1, what="the water")
    logged = await shared.rows("SELECT amount_ml FROM water_logs WHERE user_id = %s", uid)
    assert logged == [(250,)]


async def test_skip_records_the_outcome(shared: Daemon, uid: int) -> None:
    delivery_id = await delivered_once(shared, uid, "drink water")
    assert await press(shared, uid, f"rdl:skip:{delivery_id}") == ("⏭ Skipped", False)
    assert await shared.rows("SELECT outcome FROM reminder_deliveries WHERE user_id = %s", uid) == [
        ("skipped",)
    ]
    # A one-off is done once sent: not listed, not claimed again.
    assert await stored(shared, uid) == [("drink water", None, False, None)]
    assert "no reminders" in await shared.ask(uid, "/reminders")


async def test_a_forged_press_on_another_users_delivery_is_refused(
    shared: Daemon, uid: int
) -> None:
    shared.clock.now = utc(2026, 12, 7, 12, 0)
    victim = new_user_id()
    await shared.ask(victim, "/remind in 15 minutes drink water")
    scheduler = shared.scheduler()
    async with scheduler.alive():
        await scheduler.tick(shared.clock.advance(timedelta(minutes=15)))
        await shared.fake.wait_for_messages(victim, 1)
        await shared.drained(scheduler)
    (theirs,) = [row[0] for row in await shared.rows(
        "SELECT id FROM reminder_deliveries WHERE user_id = %s", victim)]  # fmt: skip
    await shared.ask(uid, "/reminders")
    for action in ("done", "skip", "snooze"):
        text, alert = await press(shared, uid, f"rdl:{action}:{theirs}", forged=True)
        assert alert and "doesn't work" in text
    assert await shared.rows("SELECT outcome FROM reminder_deliveries WHERE id = %s", theirs) == [
        (None,)
    ]
    assert await shared.rows("SELECT count(*) FROM reminders WHERE user_id = %s", uid) == [(0,)]


async def test_a_blocked_user_pauses_their_reminders_and_nothing_is_retried(
    shared: Daemon, uid: int
) -> None:
    shared.clock.now = utc(2026, 12, 8, 7, 0)
    await shared.ask(uid, "/remind every day at 8:00 take vitamins")
    await shared.ask(uid, "/remind every day at 9:00 stretch")
    shared.fake.block(uid)
    blocked = REGISTRY.get_sample_value("healthbot_reminders_total", {"outcome": "blocked"})
    scheduler = shared.scheduler()
    async with scheduler.alive():
        await scheduler.tick(shared.clock.advance(timedelta(hours=1)))
        await shared.drained(scheduler)
        # Paused: nothing more is claimed for them, now or later.
        await scheduler.tick(shared.clock.advance(timedelta(hours=1)))
        await shared.drained(scheduler)
    after = REGISTRY.get_sample_value("healthbot_reminders_total", {"outcome": "blocked"})
    assert after == (blocked or 0.0) + 1  # one try, no retry
    assert await stored(shared, uid) == [
        ("take vitamins", utc(2026, 12, 9, 8, 0), False, "blocked"),
        ("stretch", utc(2026, 12, 8, 9, 0), False, "blocked"),
    ]
    assert await shared.rows("SELECT status FROM reminder_deliveries WHERE user_id = %s", uid) == [
        ("blocked",)
    ]
    assert await shared.rows("SELECT is_blocked FROM users WHERE id = %s", uid) == [(True,)]
    shared.fake.unblock(uid)
    listing = await shared.ask(uid, "/reminders")
    assert "1. take vitamins: every day at 08:00 (paused while the bot was blocked)" in listing


async def test_a_meal_logged_recently_skips_the_reminder(shared: Daemon, uid: int) -> None:
    shared.clock.now = utc(2026, 12, 9, 12, 0)
    reply = await shared.ask(
        uid, "/remind every day at 15:00 have a snack unless I logged a meal in the last 3 hours"
    )
    assert reply.splitlines()[-1] == "Skipped when you logged a meal in the last 3 h."
    await shared.rows(
        "INSERT INTO food_entries (user_id, eaten_at, local_date, meal, deleted_at)"
        " VALUES (%s, '2026-12-09 13:30+00', '2026-12-09', 'lunch', NULL),"
        " (%s, '2026-12-10 14:00+00', '2026-12-10', 'lunch', '2026-12-10 14:05+00')",
        uid,
        uid,
    )
    scheduler = shared.scheduler()
    async with scheduler.alive():
        await scheduler.tick(utc(2026, 12, 9, 15, 0))  # a meal at 13:30: skipped
        shared.clock.now = utc(2026, 12, 10, 15, 0)  # the only meal was deleted: sent
        await scheduler.tick()
        await shared.fake.wait_for_messages(uid, 1)
        await shared.drained(scheduler)
    rows = await shared.rows(
        "SELECT occurrence, status, skip_reason FROM reminder_deliveries"
        " WHERE user_id = %s ORDER BY occurrence",
        uid,
    )
    assert rows == [
        (utc(2026, 12, 9, 15, 0), "skipped", "meal"),
        (utc(2026, 12, 10, 15, 0), "sent", None),
    ]
    assert shown(shared.messages(uid)[-1]) == "⏰ have a snack"


async def test_the_menu_and_help_list_the_reminder_commands(shared: Daemon, uid: int) -> None:
    reply = await shared.ask(uid, "/help")
    assert "/remind — set a reminder, e.g. every day at 8:00 take vitamins" in reply
    assert "/reminders — list, pause or delete your reminders" in reply


# -- a snooze press retried after a failure -----------------------------------------------------


class FailsAfterSnoozing(RemindersService):
    """The real service, failing once right after the snooze is written."""

    failed = False

    async def snooze(self, user_id: int, delivery_id: int, key: str) -> Any:
        at = await super().snooze(user_id, delivery_id, key)
        if not FailsAfterSnoozing.failed:
            FailsAfterSnoozing.failed = True
            raise RuntimeError("a failure after the snooze write")
        return at


async def test_snooze_sends_again_ten_minutes_later_once_even_when_the_press_is_retried(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    clock = FakeClock(utc(2026, 12, 11, 7, 55))

    def service(core: Core) -> RemindersService:
        return FailsAfterSnoozing(ReminderRepository(core.db), core.users, clock)

    feature_list = features(clock, service)
    async with daemon(tmp_path, empty_database_url, redis_url, clock, feature_list) as d:
        uid = 73_001
        await d.ask(uid, "/remind every day at 8:00 take vitamins")
        scheduler = d.scheduler()
        async with scheduler.alive():
            await scheduler.tick(clock.advance(timedelta(minutes=5)))
            await d.fake.wait_for_messages(uid, 1)
            await d.drained(scheduler)
            (delivery_id,) = [row[0] for row in await d.rows(
                "SELECT id FROM reminder_deliveries WHERE user_id = %s", uid)]  # fmt: skip
            clock.advance(timedelta(minutes=1))  # pressed at 08:01
            text, alert = await press(d, uid, f"rdl:snooze:{delivery_id}")
            assert (text, alert) == ("⏰ Snoozed until today 08:11", False)
            assert FailsAfterSnoozing.failed  # the handler ran twice
            rows = await d.rows(
                "SELECT text, next_run_at FROM reminders WHERE user_id = %s ORDER BY id", uid
            )
            assert rows == [
                ("take vitamins", utc(2026, 12, 12, 8, 0)),
                ("take vitamins", utc(2026, 12, 11, 8, 11)),
            ]
            await scheduler.tick(clock.advance(timedelta(minutes=9)))  # 08:10: not yet
            await scheduler.tick(clock.advance(timedelta(minutes=1)))
            await scheduler.tick(clock.advance(timedelta(minutes=1)))
            (again,) = await d.fake.wait_for_messages(uid, 1)
            await d.drained(scheduler)
        assert shown(again) == "⏰ take vitamins"
        with pytest.raises(TimeoutError):
            await d.fake.wait_for_messages(uid, 1, timeout=0.5)
        outcomes = await d.rows(
            "SELECT outcome, status FROM reminder_deliveries WHERE user_id = %s ORDER BY id", uid
        )
        assert outcomes == [("snoozed", "sent"), (None, "sent")]


# -- the daemon's own scheduler -----------------------------------------------------------------


async def test_the_daemons_scheduler_job_sends_a_due_reminder_and_counts_its_lag(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    clock = FakeClock(utc(2026, 12, 12, 12, 0))
    extra = {"HEALTHBOT_REMINDERS__ENABLED": "true", "HEALTHBOT_REMINDERS__POLL_SECONDS": "0.2"}
    lag = ("healthbot_reminder_lag_seconds_count", ())
    sent = ("healthbot_reminders_total", (("outcome", "sent"),))
    async with daemon(tmp_path, empty_database_url, redis_url, clock, None, **extra) as d:
        metrics = RunningBot(d.fake, d.app)
        before = metrics.scrape()
        uid = 73_101
        await d.ask(uid, "/remind every day at 8:00 take vitamins")
        # Due now by the real clock, which the daemon's scheduler keeps.
        await d.rows("UPDATE reminders SET next_run_at = now() WHERE user_id = %s", uid)
        (delivered,) = await d.fake.wait_for_messages(uid, 1)
        assert shown(delivered) == "⏰ take vitamins"
        await until(lambda: metrics.scrape().get(lag, 0.0) == before.get(lag, 0.0) + 1, what="lag")
        assert metrics.scrape()[sent] == before.get(sent, 0.0) + 1
