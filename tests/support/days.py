"""A daemon whose services read a clock the test sets: for the tests where days matter (the
user's calendar day, their timezone, "yesterday")."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from healthbot import gamification, journal, meals, profile, tracking
from healthbot.app import App
from healthbot.feature import Feature
from healthbot.gamification import GamificationService
from healthbot.meals.service import MealService
from healthbot.tracking import TrackingService
from loadgen.telegram import SentMessage
from tests.support.daemon import RunningBot, bot_settings
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram


class Clock:
    """Now, as the test says (UTC); it starts at the real now, or two hours before it
    within two hours of midnight: a test that moves it on by minutes must not find its day
    ended (CI ran one at 23:59 UTC, whose /today after a minute was the next day's)."""

    def __init__(self) -> None:
        now = datetime.now(UTC)
        self.now = now - timedelta(hours=2) if now.hour >= 22 else now

    def __call__(self) -> datetime:
        return self.now

    def set(self, *args: int) -> datetime:
        """Set it to this UTC instant (year, month, day, hour, minute)."""
        self.now = datetime(*args, tzinfo=UTC)  # type: ignore[misc]
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class Clocked(Logged):
    """The running daemon, its fake Telegram, its database, and the clock its services read."""

    def __init__(self, bot: RunningBot, fake: ForgingTelegram, url: str, clock: Clock) -> None:
        super().__init__(bot, fake, url)
        self.clock = clock

    async def set_timezone(self, user_id: int, place: str) -> str:
        """Set the user's timezone as a person does (/timezone); return the reply."""
        return await self.ask(user_id, f"/timezone {place}")


@asynccontextmanager
async def clocked(
    tmp_path: Path, url: str, redis_url: str, *, xp: bool = False, extra: Sequence[Feature] = ()
) -> AsyncIterator[Clocked]:
    """The daemon with the profile, water and weight, meals, the journal (/history, /undo),
    and XP if `xp` (its awards are messages of their own) and `extra` features; its services
    on a clock the test sets."""
    clock = Clock()
    features = [profile.FEATURE, tracking.FEATURE, meals.FEATURE, journal.FEATURE, *extra]
    kinds: list[type] = [MealService, TrackingService]
    if xp:
        features.append(gamification.FEATURE)
        kinds.append(GamificationService)
    async with ForgingTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, url, redis_url, fake.base_url)
        async with App(settings, TOKEN, features) as app, app.serving():
            for kind in kinds:
                app.dependencies.get(kind).clock = clock
            yield Clocked(RunningBot(fake, app), fake, url, clock)


async def pressed(days: Clocked, uid: int, message: SentMessage, data: str) -> SentMessage:
    """Press a button of the message; the one new message it brings."""
    days.press(uid, message, data)
    [reply] = await days.fake.wait_for_messages(uid, 1, timeout=60)
    return reply


async def entries(days: Clocked, uid: int) -> list[tuple[object, ...]]:
    """(meal, local day, kcal, deleted, items typed) of the user's entries, oldest first."""
    return await days.rows(
        "SELECT meal, local_date::text, kcal::int, deleted_at IS NOT NULL,"
        " (SELECT string_agg(typed, ', ' ORDER BY position) FROM food_entry_items i"
        "  WHERE i.entry_id = e.id) FROM food_entries e WHERE user_id = %s ORDER BY id",
        uid,
    )
