"""The handler-level harness: the daemon's dispatcher, built by its composition root (`App`,
as `healthbot run` builds it), fed each update in-process with aiogram's `feed_update`, its
Bot API calls answered by a recording session instead of HTTP; real PostgreSQL and Redis.

For tests whose subject is a handler. There is no polling, no inbox, no lanes and no
sender: nothing retries a failed update, nothing paces the replies, and no job runs. A
handler's exception fails the test that sent the update. Tests whose subject is the process
(the intake, retries, restarts, faults) run the daemon over HTTP (tests/support/daemon.py).

The fake Telegram plays the users as for a daemon (`send_text`, `press_button`, `sent`,
`wait_for_messages`...), without serving: each update it makes is handed to the dispatcher,
one at a time in the order made (as the intake runs one chat's updates).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import BotCommand, Update

from healthbot.app import App
from healthbot.config import Settings
from healthbot.feature import Feature
from healthbot.offline.telegram.objects import PendingUpdate
from healthbot.registry import FEATURES
from loadgen.telegram import SentMessage
from tests.support.daemon import bot_settings
from tests.support.databases import rows
from tests.support.recording import RecordingSession
from tests.support.telegram import TOKEN, ForgingTelegram, shown

log = logging.getLogger(__name__)

NO_SERVER = "http://127.0.0.1:9"
"""The Bot API base the app is configured with; the recording session never calls it."""


class HandlerError(AssertionError):
    """A handler raised while handling an update that the test sent."""


class HarnessTelegram(ForgingTelegram):
    """The fake Telegram's users and state, not serving: each update it makes goes to
    `inbox` instead of waiting for a getUpdates."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.inbox: asyncio.Queue[PendingUpdate] = asyncio.Queue()
        self.errors: list[BaseException] = []

    def _enqueue(self, kind: str, body: Any) -> int:
        update_id = super()._enqueue(kind, body)
        while self._updates:
            self.inbox.put_nowait(self._updates.popleft())
        return update_id

    async def settled(self, timeout: float = 60.0) -> None:
        """Wait until every update sent so far is handled; raise a handler's error."""
        try:
            async with asyncio.timeout(timeout):
                await self.inbox.join()
        except TimeoutError:
            raise AssertionError(f"updates still being handled after {timeout} s") from None
        if self.errors:
            first, self.errors = self.errors[0], []
            raise HandlerError(f"a handler failed: {first!r}") from first

    async def wait_for_messages(
        self, chat_id: int, count: int = 1, *, timeout: float = 60.0
    ) -> list[SentMessage]:
        """As the fake's, but a handler's error is raised at once instead of a timeout, and
        the first `count` new messages are returned, the others left for the next call.

        Over HTTP a waiter wakes as the `count`-th message arrives, before the handler sends
        the next; here the handler is done by then, and its later messages are there too.
        """
        await self.settled(timeout)
        chat = self._chat(chat_id)
        read = chat.read
        if len(chat.replies) - read < count:  # sent later (a task of the handler's)
            await super().wait_for_messages(chat_id, count, timeout=timeout)
        chat.read = read + count
        return chat.replies[read : chat.read]


class Harness:
    """The app, its dispatcher, the fake Telegram's users, and what the bot called."""

    def __init__(self, app: App, fake: HarnessTelegram, session: RecordingSession, url: str):
        self.app = app
        self.fake = fake
        self.session = session
        self.url = url

    @property
    def bot(self) -> Bot:
        return self.app.bot

    @property
    def dispatcher(self) -> Dispatcher:
        return self.app.dispatcher

    def user(self, user_id: int, first_name: str | None = None, language: str = "en") -> int:
        """Make sure the fake knows the user (a new one is named U<id>); return the id."""
        if first_name is not None or user_id not in self.fake._chats:
            self.fake.add_user(user_id, first_name or f"U{user_id}", language_code=language)
        return user_id

    async def ask(self, user_id: int, text: str, *, timeout: float = 60.0) -> str:
        """Send text as the user; return the bot's one reply as shown."""
        self.fake.send_text(self.user(user_id), text)
        replies = await self.fake.wait_for_messages(user_id, 1, timeout=timeout)
        assert len(replies) == 1, [shown(r) for r in replies]
        return shown(replies[0])

    async def settled(self, timeout: float = 60.0) -> None:
        """Every update sent so far handled (a handler's error is raised)."""
        await self.fake.settled(timeout)

    async def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Rows of one statement on the app's database."""
        return await rows(self.url, sql, *params)

    async def _feed(self) -> None:
        """Hand each update to the dispatcher, in order, one at a time."""
        inbox = self.fake.inbox
        while True:
            pending = await inbox.get()
            try:
                update = Update.model_validate_json(pending.payload, context={"bot": self.bot})
                await self.dispatcher.feed_update(self.bot, update)
            except Exception as exc:  # the test is told, by settled() or at the end
                log.exception("update %d failed in the harness", pending.update_id)
                self.fake.errors.append(exc)
            finally:
                inbox.task_done()


def harness_settings(tmp_path: Path, database_url: str, redis_url: str) -> Settings:
    """The in-process daemon's settings (tests/support/daemon.py), no metrics server."""
    settings = bot_settings(tmp_path, database_url, redis_url, NO_SERVER)
    metrics = settings.metrics.model_copy(update={"enabled": False})
    return settings.model_copy(update={"metrics": metrics})


@asynccontextmanager
async def harness(
    tmp_path: Path,
    database_url: str,
    redis_url: str,
    features: Sequence[Feature] = FEATURES,
    *,
    settings: Settings | None = None,
) -> AsyncIterator[Harness]:
    """The app with `features` on the given services, its bot on a recording session, its
    command menu set as at a start; updates fed as the fake Telegram makes them."""
    fake = HarnessTelegram(TOKEN)
    settings = settings or harness_settings(tmp_path, database_url, redis_url)
    async with App(settings, TOKEN, features) as app:
        # The bot the app built, defaults and all; only its transport is replaced (the
        # paced sender was a middleware of the HTTP session: there is nothing to pace).
        session = RecordingSession(fake)
        app.bot.session = session
        running = Harness(app, fake, session, database_url)
        menu = [BotCommand(command=name, description=about) for name, about in app.menu()]
        await app.bot.set_my_commands(menu)
        feeder = asyncio.create_task(running._feed(), name="harness-feed")
        try:
            yield running
            await running.settled()
        finally:
            feeder.cancel()
            with suppress(asyncio.CancelledError):
                await feeder
