"""`/remind times` end to end: the period words' times listed, one changed per user and used
by the next reminder that names it, bad input answered clearly with nothing stored; through
the fake Telegram over HTTP, real PostgreSQL and Redis, a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import time

import pytest

from tests.reminders.support import Daemon, FakeClock, daemon, utc
from tests.support.databases import fresh_database
from tests.support.users import new_user_id


@pytest.fixture(scope="module")
async def shared(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Daemon]:
    """One daemon for the module's tests on a database of its own."""
    clock = FakeClock(utc(2026, 11, 28, 10, 0))  # a Saturday
    with fresh_database(postgres_admin_url) as url:
        async with daemon(tmp_path_factory.mktemp("times"), url, redis_url, clock) as running:
            yield running


@pytest.fixture
def other() -> int:
    """A second user no other test uses."""
    return new_user_id()


async def own_times(d: Daemon, user_id: int) -> list[tuple[str, time]]:
    return [
        (word, at)
        for word, at in await d.rows(
            "SELECT word, at FROM reminder_times WHERE user_id = %s ORDER BY word", user_id
        )
    ]


async def test_the_times_are_listed_with_their_defaults(shared: Daemon, uid: int) -> None:
    reply = await shared.ask(uid, "/remind times")
    lines = reply.splitlines()
    assert "morning: 08:00" in lines
    assert "lunchtime: 12:00" in lines
    assert "dinner time: 19:00" in lines
    assert "bedtime: 22:00" in lines
    assert "/remind times bedtime 23:30" in reply


async def test_a_changed_time_is_the_users_and_names_the_next_reminders_time(
    shared: Daemon, uid: int, other: int
) -> None:
    shared.clock.now = utc(2026, 11, 28, 10, 0)
    reply = await shared.ask(uid, "/remind times bedtime 23:30")
    assert "bedtime is 23:30" in reply
    reply = await shared.ask(uid, "/remind times morning 7am")
    assert "morning is 07:00" in reply
    reply = await shared.ask(uid, "/remind times dinner 6")  # a bare hour in its period
    assert "dinner time is 18:00" in reply
    assert await own_times(shared, uid) == [
        ("bedtime", time(23, 30)), ("dinner", time(18)), ("morning", time(7)),
    ]  # fmt: skip
    assert "bedtime: 23:30" in (await shared.ask(uid, "/remind times")).splitlines()

    reply = await shared.ask(uid, "/remind every night at bedtime read")
    assert reply.splitlines()[:2] == ["⏰ Reminder set: read", "every day at 23:30"]
    assert "Your bedtime is 23:30: change it with “/remind times bedtime 23:00”." in reply
    reply = await shared.ask(uid, "/remind every morning to meditate")
    assert reply.splitlines()[1] == "every day at 07:00"
    rows = await shared.rows(
        "SELECT text, schedule FROM reminders WHERE user_id = %s ORDER BY id", uid
    )
    assert rows == [("read", {"times": ["23:30"]}), ("meditate", {"times": ["07:00"]})]

    # Another user's words keep their defaults.
    reply = await shared.ask(other, "/remind every night at bedtime read")
    assert reply.splitlines()[1] == "every day at 22:00"


async def test_the_issues_bedtime_and_lunchtime_phrases_are_understood(
    shared: Daemon, uid: int
) -> None:
    shared.clock.now = utc(2026, 11, 28, 10, 0)
    reply = await shared.ask(uid, "/remind at bedtime take vitamins")
    assert reply.splitlines()[:2] == ["⏰ Reminder set: take vitamins", "once, today 22:00"]
    reply = await shared.ask(uid, "/remind every day at lunchtime drink water")
    assert reply.splitlines()[:2] == ["⏰ Reminder set: drink water", "every day at 12:00"]
    assert "Your lunchtime is 12:00" in reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/remind times bedtime 25:00", "“25:00” isn't a time of day"),
        ("/remind times bedtime soon", "“soon” isn't a time of day"),
        ("/remind times brunch 11:00", "“brunch 11:00” isn't a word I use for a time"),
        ("/remind times <b>x</b> 9", "“<b>x</b> 9” isn't a word"),  # escaped: shown as typed
        ("/remind times lunch", "Say the time too, like “/remind times lunchtime 23:30”"),
    ],
)
async def test_bad_times_get_a_clear_reply_and_change_nothing(
    shared: Daemon, uid: int, text: str, expected: str
) -> None:
    await shared.ask(uid, "/remind times bedtime 23:00")
    reply = await shared.ask(uid, text)
    assert expected in reply
    assert await own_times(shared, uid) == [("bedtime", time(23))]
    assert await shared.rows("SELECT count(*) FROM reminders WHERE user_id = %s", uid) == [(0,)]
