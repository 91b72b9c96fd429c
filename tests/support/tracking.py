"""Driving water and weight: send as a user, read the logs, on the harness or a daemon."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg

from healthbot.feature import Feature
from healthbot.registry import FEATURES
from loadgen.telegram import SentMessage
from tests.support.daemon import RunningBot, forging
from tests.support.harness import Harness, harness
from tests.support.telegram import ForgingTelegram


@dataclasses.dataclass
class Tracked:
    """The handlers (or a running daemon) and their database's URL."""

    bot: Harness | RunningBot
    url: str

    @property
    def fake(self) -> ForgingTelegram:
        fake = self.bot.fake
        assert isinstance(fake, ForgingTelegram)
        return fake

    async def ask(self, user_id: int, text: str, *, timeout: float = 60.0) -> str:
        """Send text as a (new or known) user; return the bot's one reply."""
        if user_id not in self.fake._chats:
            self.fake.add_user(user_id, first_name=f"U{user_id}")
        return await self.bot.ask(user_id, text, timeout=timeout)

    async def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        async with await psycopg.AsyncConnection.connect(self.url) as conn:
            cur = await conn.execute(sql, params)  # type: ignore[arg-type]
            return await cur.fetchall()

    async def water(self, user_id: int) -> list[int]:
        rows = await self.rows(
            "SELECT amount_ml FROM water_logs WHERE user_id = %s ORDER BY id", user_id
        )
        return [ml for (ml,) in rows]

    async def weights(self, user_id: int) -> list[Decimal]:
        rows = await self.rows(
            "SELECT weight_kg FROM weight_logs WHERE user_id = %s ORDER BY id", user_id
        )
        return [kg for (kg,) in rows]


@asynccontextmanager
async def handlers(tmp_path: Path, url: str, redis_url: str) -> AsyncIterator[Tracked]:
    """The registered features' handlers, fed in-process on the harness (a test module's
    shared app)."""
    async with harness(tmp_path, url, redis_url) as running:
        yield Tracked(running, url)


@asynccontextmanager
async def daemon(
    tmp_path: Path, url: str, redis_url: str, features: Sequence[Feature] = FEATURES
) -> AsyncIterator[Tracked]:
    """The whole daemon with `features` (the registered ones by default), over HTTP on a
    forging fake Telegram."""
    async with forging(tmp_path, url, redis_url, features) as running:
        yield Tracked(running, url)


def last_message(tracked: Tracked, user_id: int) -> SentMessage:
    return tracked.fake.sent(user_id, "sendMessage")[-1]
