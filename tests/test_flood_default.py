"""Whether a daemon shares the flood limits through Redis when `telegram.shared_rate_limits`
is not set: yes when its role says it is one of several daemons, no when it runs alone; and a
daemon that finds another one polling warns when they do not share them."""

from __future__ import annotations

import asyncio
import logging
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from healthbot.app import App, shared_flood
from healthbot.cache import connect_redis
from healthbot.config import load_settings
from healthbot.telegram.intake import ROLES, Role
from loadgen.telegram import FakeTelegram
from tests.support.daemon import bot_settings
from tests.support.telegram import TOKEN

SHARED_WHEN_UNSET = {"all": False, "poller": True, "worker": True}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("setting", [None, "true", "false"])
async def test_shared_limits_follow_the_setting_or_else_the_role(
    role: Role, setting: str | None, redis_url: str
) -> None:
    environ = {} if setting is None else {"HEALTHBOT_TELEGRAM__SHARED_RATE_LIMITS": setting}
    settings = load_settings(None, environ=environ)
    redis = connect_redis(redis_url, 1.0)
    try:
        flood = shared_flood(settings, TOKEN, redis, role)
    finally:
        await redis.aclose()
    expected = SHARED_WHEN_UNSET[role] if setting is None else setting == "true"
    assert (flood is not None) == expected


async def test_no_sharing_without_rate_limits(redis_url: str) -> None:
    settings = load_settings(None, environ={"HEALTHBOT_TELEGRAM__RATE_LIMITS": "false"})
    redis = connect_redis(redis_url, 1.0)
    try:
        assert shared_flood(settings, TOKEN, redis, "worker") is None
    finally:
        await redis.aclose()


@pytest.mark.parametrize("shared", [False, True])
async def test_a_daemon_that_finds_another_polling_warns_when_limits_are_not_shared(
    shared: bool,
    tmp_path: Path,
    empty_database_url: str,
    redis_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    async with FakeTelegram(TOKEN) as fake:
        apps = []
        for name in ("a", "b"):
            settings = bot_settings(tmp_path / name, empty_database_url, redis_url, fake.base_url)
            telegram = settings.telegram.model_copy(update={"shared_rate_limits": shared})
            apps.append(App(settings.model_copy(update={"telegram": telegram}), TOKEN, ()))
        async with AsyncExitStack() as stack:
            for app in apps:
                await stack.enter_async_context(app)
                await stack.enter_async_context(app.serving())
            async with asyncio.timeout(60):
                while "another daemon polls Telegram" not in caplog.text:
                    await asyncio.sleep(0.05)
    warned = [r for r in caplog.records if "shared_rate_limits is off" in r.getMessage()]
    assert len(warned) == (0 if shared else 1)
    assert all(r.levelno == logging.WARNING for r in warned)
