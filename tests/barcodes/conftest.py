"""The barcode tests' daemon: on the fake Telegram over HTTP, the products on the fake Open
Food Facts, real PostgreSQL and Redis; one per test module (distinct user ids per test)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.app import App
from loadgen.off import FakeOff
from tests.support.barcodes import off_settings
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import fresh_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram


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
