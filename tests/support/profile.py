"""The profile feature's chats: the daemon on the fake Telegram over HTTP, and a chat helper
that sends, presses buttons by their label and reads the replies."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import psycopg

from healthbot.app import App
from healthbot.config import load_settings
from healthbot.feature import Feature
from healthbot.registry import FEATURES
from loadgen.telegram import FakeTelegram, SentMessage
from tests.support.harness import HarnessTelegram
from tests.support.telegram import TOKEN, labels, shown


@dataclasses.dataclass
class Chats:
    """A running daemon, its fake Telegram and its database."""

    fake: FakeTelegram
    app: App
    url: str

    def user(self, user_id: int, first_name: str | None = None, language: str = "en") -> int:
        """Make sure the fake knows the user; return the id."""
        self.fake.add_user(user_id, first_name=first_name or f"U{user_id}", language_code=language)
        return user_id

    async def say(self, user_id: int, text: str, *, timeout: float = 60.0) -> SentMessage:
        """Send text; return the bot's one new message."""
        self.fake.send_text(user_id, text)
        return await self.one(user_id, timeout)

    async def share(self, user_id: int, extra: dict[str, Any]) -> SentMessage:
        """Send a non-text message (a location...); return the bot's one new message."""
        self.fake.send_message_update(user_id, extra)
        return await self.one(user_id)

    async def press(self, user_id: int, label: str) -> SentMessage:
        """Press the button labelled `label` on the bot's last message that has it; return
        the bot's one new message."""
        message, data = self.button(user_id, label)
        assert message.message_id is not None
        self.fake.press_button(user_id, message.message_id, data)
        return await self.one(user_id)

    def button(self, user_id: int, label: str) -> tuple[SentMessage, str]:
        """The last bot message with a button labelled `label`, and the button's data."""
        for message in reversed(self.fake.sent(user_id)):
            if message.method not in ("sendMessage", "sendDocument"):
                continue
            data = labels(message).get(label)
            if data is not None:
                return message, data
        raise AssertionError(f"no button {label!r} in chat {user_id}")

    async def one(self, user_id: int, timeout: float = 60.0) -> SentMessage:
        """The bot's one new message in the chat."""
        replies = await self.fake.wait_for_messages(user_id, 1, timeout=timeout)
        assert len(replies) == 1, [shown(r) for r in replies]
        return replies[0]

    async def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Rows of a query on the daemon's database."""
        async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
            cur = await conn.execute(sql, params)  # type: ignore[arg-type]
            return await cur.fetchall() if cur.description else []

    async def value(self, sql: str, *params: object) -> Any:
        """The first column of the first row."""
        rows = await self.rows(sql, *params)
        return rows[0][0] if rows else None


@asynccontextmanager
async def daemon(
    tmp_path: Path,
    url: str,
    redis_url: str,
    *,
    migrate: bool = True,
    extra: Sequence[Feature] = (),
) -> AsyncIterator[Chats]:
    """The daemon with the registered features, its sender's flood pacing off (the fake's
    limits are off too): a dialog of a dozen messages need not wait a second per message.

    `migrate=False` for a restart on a database migrated already; `extra` features come
    after the registered ones.
    """
    async with FakeTelegram(TOKEN) as fake:
        settings = load_settings(
            None,
            environ={
                "HEALTHBOT_DATA_DIR": str(tmp_path),
                "HEALTHBOT_TELEGRAM__API_BASE": fake.base_url,
                "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
                "HEALTHBOT_TELEGRAM__RATE_LIMITS": "false",
                "HEALTHBOT_DATABASE__URL": url,
                "HEALTHBOT_REDIS__URL": redis_url,
                "HEALTHBOT_METRICS__PORT": "0",
                "HEALTHBOT_FOOD__READY_WAIT_SECONDS": "120",  # as tests/support/daemon.py's
                "HEALTHBOT_DATABASE__AUTO_MIGRATE": "true" if migrate else "false",
            },
        )
        async with App(settings, TOKEN, (*FEATURES, *extra)) as app, app.serving():
            yield Chats(fake, app, url)


async def settled(chats: Chats, uid: int) -> list[SentMessage]:
    """Every update sent so far handled: the messages the bot sent since the last read."""
    assert isinstance(chats.fake, HarnessTelegram)
    await chats.fake.settled()
    chat = chats.fake._chat(uid)
    new, chat.read = chat.replies[chat.read :], len(chat.replies)
    return new


async def at_the_timezone(chats: Chats, uid: int) -> None:
    """/start, the setup, the name typed: the timezone is asked."""
    chats.user(uid, "Kim")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    asked = await chats.say(uid, "Kim")
    assert "Which timezone are you in?" in shown(asked)
