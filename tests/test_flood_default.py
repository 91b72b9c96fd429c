"""Whether a daemon shares the flood limits through Redis when `telegram.shared_rate_limits`
is not set: yes when its role says it is one of several daemons, no when it runs alone."""

from __future__ import annotations

import pytest

from healthbot.app import shared_flood
from healthbot.cache import connect_redis
from healthbot.config import load_settings
from healthbot.telegram.intake import ROLES, Role
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
