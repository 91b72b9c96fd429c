"""The barcode tests' daemon: on the fake Telegram over HTTP, the products on the fake Open
Food Facts, real PostgreSQL and Redis; one per test module (distinct user ids per test)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.app import App
from healthbot.config import Settings
from loadgen.off import FakeOff
from loadgen.telegram import SentMessage
from tests.support.barcodes import CONTACT
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import fresh_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram


def off_settings(settings: Settings, base_url: str) -> Settings:
    food = settings.food.model_copy(
        update={"off_base_url": base_url, "off_contact": CONTACT, "off_timeout_seconds": 2.0}
    )
    return settings.model_copy(update={"food": food})


@pytest.fixture(scope="module")
async def off() -> AsyncIterator[FakeOff]:
    async with FakeOff() as server:
        yield server


@pytest.fixture(scope="module")
async def scanned(
    tmp_path_factory: pytest.TempPathFactory,
    postgres_admin_url: str,
    redis_url: str,
    off: FakeOff,
) -> AsyncIterator[Logged]:
    with fresh_database(postgres_admin_url) as url:
        async with ForgingTelegram(TOKEN) as fake:
            tmp_path = tmp_path_factory.mktemp("barcodes")
            settings = bot_settings(tmp_path, url, redis_url, fake.base_url)
            async with App(off_settings(settings, off.base_url), TOKEN) as app, app.serving():
                yield Logged(RunningBot(fake, app), fake, url)


async def card(fake: ForgingTelegram, uid: int) -> SentMessage:
    """The scan's meal card (the XP lines of a log may come before the next scan's card)."""
    for _ in range(5):
        replies = await fake.wait_for_messages(uid, 1, timeout=40)
        if cards := [r for r in replies if r.reply_markup is not None]:
            return cards[-1]
    raise AssertionError("no meal card came")
