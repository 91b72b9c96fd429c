"""The daemon in-process (`App`) over HTTP to the fake Telegram: for tests whose subject is
the process (polling, the intake, metrics, restarts) and a few end-to-end paths per feature.

Tests whose subject is a handler use the harness instead (tests/support/harness.py).
"""

from __future__ import annotations

import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import BaseMiddleware, Router
from aiogram.types import TelegramObject, Update
from prometheus_client.parser import text_string_to_metric_families

from healthbot.app import App
from healthbot.config import Settings, load_settings
from healthbot.feature import Feature
from healthbot.registry import FEATURES
from healthbot.texts import Catalog
from loadgen.telegram import FakeTelegram
from tests.support.pgbouncer import through
from tests.support.telegram import TOKEN, ForgingTelegram, shown


@dataclass
class RunningBot:
    """A fake Telegram and the daemon serving it."""

    fake: FakeTelegram
    app: App

    async def ask(self, user_id: int, text: str, *, timeout: float = 60.0) -> str:
        """Send text as the user; return the bot's one reply."""
        self.fake.send_text(user_id, text)
        replies = await self.fake.wait_for_messages(user_id, 1, timeout=timeout)
        assert len(replies) == 1, [r.text for r in replies]
        return shown(replies[0])

    def scrape(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        """Scrape /metrics over HTTP and parse it with prometheus-client's parser."""
        assert self.app.metrics is not None
        url = f"http://127.0.0.1:{self.app.metrics.port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as response:
            text = response.read().decode()
        samples = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return samples


def bot_settings(tmp_path: Path, database_url: str, redis_url: str, api_base: str) -> Settings:
    """Settings for a daemon on the given services, metrics on a free port (its pool through
    PgBouncer when HB_TEST_PGBOUNCER is set: tests/support/pgbouncer.py)."""
    return through(
        load_settings(
            None,
            environ={
                "HEALTHBOT_DATA_DIR": str(tmp_path),
                "HEALTHBOT_TELEGRAM__API_BASE": api_base,
                "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
                "HEALTHBOT_DATABASE__URL": database_url,
                "HEALTHBOT_REDIS__URL": redis_url,
                "HEALTHBOT_METRICS__PORT": "0",
                # Most test daemons live a few seconds and never /log: the food table loads
                # when a /log asks for it (tests of meals do), not at every start.
                "HEALTHBOT_FOOD__LOAD_DELAY_SECONDS": "600",
                # A /log waits for it as long as a loaded machine takes to build it (the
                # default 30 s is for a server that builds it once; 4 test workers on 2
                # cores build it in every daemon at once).
                "HEALTHBOT_FOOD__READY_WAIT_SECONDS": "120",
                # Nor do they talk to the coach long enough to need its memory: loading the
                # embedding model costs tens of seconds of CPU (tests/coach turn it on).
                "HEALTHBOT_MEMORY__ENABLED": "false",
            },
        )
    )


class _NoTexts:
    commands: tuple[tuple[str, str], ...] = ()


NO_TEXTS: Catalog[_NoTexts] = Catalog({"en": _NoTexts()})


def feature(name: str, router: Router | Callable[[], Router], **extra: object) -> Feature:
    """A feature for one test: a router (for one App) or a router factory (for several)."""
    factory = router if callable(router) else lambda: router
    return Feature(name=name, router=factory, texts=NO_TEXTS, **extra)  # type: ignore[arg-type]


@asynccontextmanager
async def running(
    tmp_path: Path, database_url: str, redis_url: str, extra: Sequence[Feature]
) -> AsyncIterator[RunningBot]:
    """The daemon with the real features and `extra` ones, on a fake Telegram."""
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, database_url, redis_url, fake.base_url)
        async with App(settings, TOKEN, features=(*FEATURES, *extra)) as app, app.serving():
            yield RunningBot(fake, app)


@asynccontextmanager
async def forging(
    tmp_path: Path, database_url: str, redis_url: str, features: Sequence[Feature] = FEATURES
) -> AsyncIterator[RunningBot]:
    """The daemon with `features` (the registered ones by default) on a fake Telegram that
    can forge button presses (`RunningBot.fake` is a `ForgingTelegram`)."""
    async with ForgingTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, database_url, redis_url, fake.base_url)
        async with App(settings, TOKEN, features) as app, app.serving():
            yield RunningBot(fake, app)


class FailOnceAfter(BaseMiddleware):
    """After the handler of the first update whose text is `text`, a crash: the intake runs
    that update again (the reply it sent is in the ledger)."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self.failed = False

    def arm(self, text: str) -> None:
        """Fail once after the update whose text is `text` (whatever failed before)."""
        self.text, self.failed = text, False

    def forget(self) -> None:
        """What the crash takes besides the update's run: nothing here; a subclass drops what
        its daemon keeps only in memory."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        result = await handler(event, data)
        message = event.message if isinstance(event, Update) else None
        if not self.failed and message is not None and message.text == self.text:
            self.failed = True
            self.forget()
            raise RuntimeError("the daemon died after the reply")
        return result
