"""The reminder tests' daemon: the real features on the fake Telegram, a fake clock, and
schedulers driven by the test (the daemon's own scheduler job is switched off)."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from healthbot import profile, reminders, tracking
from healthbot.app import App
from healthbot.config import Settings, load_settings
from healthbot.feature import Core, Feature
from healthbot.reminders.repository import ReminderRepository
from healthbot.reminders.scheduler import Scheduler
from healthbot.reminders.service import RemindersService
from loadgen.telegram import FakeTelegram, SentMessage
from tests.support.databases import create_database, drop_database
from tests.support.telegram import TOKEN, shown
from tests.support.waiting import until


class FakeClock:
    """A clock the test moves by hand (aware UTC)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> datetime:
        self.now += delta
        return self.now


def reminder_settings(
    tmp_path: Path, database_url: str, redis_url: str, api_base: str, **extra: str
) -> Settings:
    """Settings for a daemon on the given services: no pacing, no scheduler of its own."""
    environ = {
        "HEALTHBOT_DATA_DIR": str(tmp_path),
        "HEALTHBOT_TELEGRAM__API_BASE": api_base,
        "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
        "HEALTHBOT_TELEGRAM__RATE_LIMITS": "false",
        "HEALTHBOT_DATABASE__URL": database_url,
        "HEALTHBOT_REDIS__URL": redis_url,
        "HEALTHBOT_METRICS__PORT": "0",
        "HEALTHBOT_REMINDERS__ENABLED": "false",
        **extra,
    }
    return load_settings(None, environ=environ)


ServiceFactory = Callable[[Core], RemindersService]


def features(clock: FakeClock, service: ServiceFactory | None = None) -> tuple[Feature, ...]:
    """The profile, tracking (water: a water reminder's Done offers it) and reminder
    features, the reminder service on `clock`."""

    def provide(core: Core) -> Mapping[str, object]:
        if service is not None:
            return {"reminders": service(core)}
        return {"reminders": RemindersService(ReminderRepository(core.db), core.users, clock)}

    return (
        profile.FEATURE,
        tracking.FEATURE,
        dataclasses.replace(reminders.FEATURE, provide=provide),
    )


@dataclasses.dataclass
class Daemon:
    """A running daemon, its fake Telegram, its fake clock and its database's URL."""

    fake: FakeTelegram
    app: App
    clock: FakeClock
    url: str

    def scheduler(self, **kwargs: Any) -> Scheduler:
        """A scheduler on the daemon's lanes and bot, on the fake clock."""
        repository = kwargs.pop("repository", None) or ReminderRepository(self.app.db)
        lanes = kwargs.pop("lanes", None) or self.app.intake
        assert lanes is not None
        return Scheduler(
            repository, lanes, self.app.bot, self.app.settings.reminders, clock=self.clock, **kwargs
        )

    def user(self, user_id: int) -> None:
        """Make the user known to the fake (idempotent)."""
        self.fake.add_user(user_id, first_name=f"U{user_id}")

    async def ask(self, user_id: int, text: str, *, timeout: float = 10.0) -> str:
        """Send text as the user; return the bot's one reply."""
        self.user(user_id)
        self.fake.send_text(user_id, text)
        replies = await self.fake.wait_for_messages(user_id, 1, timeout=timeout)
        assert len(replies) == 1, [r.text for r in replies]
        return shown(replies[0])

    async def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Run SQL on the daemon's database (its own connection); the rows it returns."""
        async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
            cur = await conn.execute(sql, params)  # type: ignore[arg-type]
            return await cur.fetchall() if cur.description else []

    def messages(self, user_id: int) -> list[SentMessage]:
        """The messages the bot sent the user (sendMessage only)."""
        return self.fake.sent(user_id, "sendMessage")

    async def drained(self, *schedulers: Scheduler) -> None:
        """Wait until every delivery the schedulers submitted has finished."""
        await until(lambda: not any(s.in_flight for s in schedulers), what="deliveries done")


@asynccontextmanager
async def daemon(
    tmp_path: Path,
    url: str,
    redis_url: str,
    clock: FakeClock,
    feature_list: Sequence[Feature] | None = None,
    **extra: str,
) -> AsyncIterator[Daemon]:
    """The daemon (profile + reminders on `clock`, or `feature_list`) on a fake Telegram."""
    async with FakeTelegram(TOKEN) as fake:
        settings = reminder_settings(tmp_path, url, redis_url, fake.base_url, **extra)
        app = App(settings, TOKEN, feature_list or features(clock))
        async with app, app.serving():
            yield Daemon(fake, app, clock, url)


@asynccontextmanager
async def daemon_on_own_database(
    tmp_path: Path, postgres_admin_url: str, redis_url: str, clock: FakeClock
) -> AsyncIterator[Daemon]:
    """The daemon on a database of its own, dropped afterwards (a test module's shared one)."""
    url = create_database(postgres_admin_url)
    try:
        async with daemon(tmp_path, url, redis_url, clock) as running:
            yield running
    finally:
        drop_database(postgres_admin_url, url)


async def in_zone(d: Daemon, user_id: int, zone: str) -> None:
    """Register the user with a timezone (as the profile feature would store it)."""
    d.user(user_id)
    await d.rows(
        "INSERT INTO users (id, first_name, timezone) VALUES (%s, 'Tz', %s)"
        " ON CONFLICT (id) DO UPDATE SET timezone = EXCLUDED.timezone",
        user_id,
        zone,
    )


def utc(*args: int) -> datetime:
    """An aware UTC datetime."""
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


async def tick_all(now: datetime, *schedulers: Scheduler) -> None:
    """One claim by each scheduler, all at once (they race for the same rows)."""
    await asyncio.gather(*(s.tick(now) for s in schedulers))


def buttons(d: Daemon, user_id: int) -> list[str]:
    """The callback data of the buttons under the user's last message."""
    markup = d.messages(user_id)[-1].reply_markup or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


def last_answer(d: Daemon, user_id: int) -> tuple[str, bool]:
    """The last callback answer in the chat: its text and whether it was an alert."""
    answer = d.fake.sent(user_id, "answerCallbackQuery")[-1]
    return answer.text or "", answer.show_alert


async def press(d: Daemon, user_id: int, data: str, *, forged: bool = False) -> tuple[str, bool]:
    """Press a button under the user's last message; wait for the answer and return it."""
    message = d.messages(user_id)[-1]
    assert message.message_id is not None
    before = len(d.fake.sent(user_id, "answerCallbackQuery"))
    d.fake.press_button(user_id, message.message_id, data, forged=forged)
    await until(lambda: len(d.fake.sent(user_id, "answerCallbackQuery")) > before, what="an answer")
    return last_answer(d, user_id)
