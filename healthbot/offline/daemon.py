"""The real daemon, offline: embedded services and the fake Telegram, in one process.

`healthbot demo` and `healthbot chat` use it, so that anyone can try the bot with no token,
no network and no servers.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from healthbot.app import App
from healthbot.config import Settings
from healthbot.embedded import remove_data_dir
from healthbot.offline.clock import ShiftedClock, set_clocks
from healthbot.offline.telegram import FakeTelegram, SentMessage

OFFLINE_TOKEN = "123456:offline"  # noqa: S105 - the fake accepts the token it is given
_TAG = re.compile(r"<[^>]+>")


def offline_settings(settings: Settings, data_dir: Path, api_base: str) -> Settings:
    """The operator's settings, pointed at the fake and at embedded services."""
    return settings.model_copy(
        update={
            "data_dir": data_dir,
            "telegram": settings.telegram.model_copy(
                update={"api_base": api_base, "poll_timeout": 1, "drain_seconds": 5.0}
            ),
            "database": settings.database.model_copy(update={"url": None, "password": None}),
            "redis": settings.redis.model_copy(update={"url": None}),
            "metrics": settings.metrics.model_copy(update={"port": 0}),
            # One person at a terminal, perhaps on a slow machine: a first /log is better
            # answered late than told to come back while the food search is built.
            "food": settings.food.model_copy(
                update={"ready_wait_seconds": max(settings.food.ready_wait_seconds, 120.0)}
            ),
        }
    )


@asynccontextmanager
async def offline_bot(
    settings: Settings, data_dir: Path | None, clock: ShiftedClock | None = None
) -> AsyncIterator[FakeTelegram]:
    """Run the daemon against a fake Telegram; yield the fake, to act as users through it.

    Without `data_dir`, a temporary one is used and deleted afterwards. With `clock`, the
    daemon's services read it, not the real one (the chat's `/clock`).
    """
    workdir = data_dir or Path(tempfile.mkdtemp(prefix="healthbot-offline-"))
    try:
        async with FakeTelegram(OFFLINE_TOKEN) as fake:
            config = offline_settings(settings, workdir, fake.base_url)
            async with App(config, OFFLINE_TOKEN) as app:
                if clock is not None:
                    set_clocks(app.dependencies.named.values(), clock)
                async with app.serving():
                    yield fake
    finally:
        if data_dir is None:
            remove_data_dir(workdir)


def render(speaker: str, message: SentMessage) -> list[str]:
    """A bot message as terminal lines: HTML tags removed, buttons numbered from 1."""
    plain = html.unescape(_TAG.sub("", message.text or ""))
    first, *rest = plain.splitlines() or [""]
    lines = [f"{speaker}: {first}", *(f"     {line}" for line in rest)]
    for number, (label, _) in enumerate(buttons(message), start=1):
        lines.append(f"     [{number}] {label}")
    return lines


def buttons(message: SentMessage) -> list[tuple[str, str]]:
    """The inline buttons of a message that send callback data, as (label, data)."""
    markup = message.reply_markup or {}
    return [
        (button["text"], button["callback_data"])
        for row in markup.get("inline_keyboard", [])
        for button in row
        if "callback_data" in button
    ]
