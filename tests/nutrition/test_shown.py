"""The Nutrients view sent once per /today message, handler-level on a Redis of the test's
own: the mark is the cache's (under its prefix, behind its breaker), and with that Redis
killed a press still sends the view (a second copy is better than none, or than a wait)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio

from healthbot.embedded import EmbeddedRedis
from loadgen.telegram import SentMessage
from tests.support.harness import harness
from tests.support.meals import Logged
from tests.support.telegram import labels, shown

NUTRIENTS = "🥦 Nutrients"


@pytest.fixture
async def handlers(
    tmp_path: Path, database_url: str, own_redis: EmbeddedRedis
) -> AsyncIterator[Logged]:
    """Every feature's handlers, fed in-process, on the session's database and this Redis."""
    async with harness(tmp_path, database_url, own_redis.url) as running:
        yield Logged(running, running.fake, database_url)


def views(handlers: Logged, uid: int) -> list[str]:
    """The Nutrients views sent to the user so far."""
    return [shown(m) for m in handlers.fake.sent(uid) if shown(m).startswith(NUTRIENTS)]


async def press(handlers: Logged, uid: int, today: SentMessage) -> None:
    handlers.press(uid, today, labels(today)[NUTRIENTS])
    await handlers.settled()  # a handler's error fails the test here


async def redis_keys(url: str) -> list[bytes]:
    client = redis.asyncio.Redis.from_url(url)
    try:
        return [key async for key in client.scan_iter()]
    finally:
        await client.aclose()


async def test_a_view_is_marked_by_the_cache_and_sent_again_while_redis_is_down(
    handlers: Logged, own_redis: EmbeddedRedis, uid: int
) -> None:
    handlers.fake.send_text(handlers.user(uid), "/log 2 eggs")
    await handlers.settled()
    handlers.fake.send_text(uid, "/today")
    await handlers.settled()
    today = next(m for m in reversed(handlers.fake.sent(uid)) if NUTRIENTS in labels(m))
    await press(handlers, uid, today)
    assert len(views(handlers, uid)) == 1
    marks = [key for key in await redis_keys(own_redis.url) if b"nutri" in key]
    assert marks, "the view's mark is in Redis"
    assert all(key.startswith(b"hb:nutrients_shown:") for key in marks), marks
    await press(handlers, uid, today)  # the same view: a toast instead
    assert (await handlers.answers(uid, 2))[-1].text == "Shown above: nothing has changed since."
    assert len(views(handlers, uid)) == 1

    own_redis.kill()
    await press(handlers, uid, today)
    await press(handlers, uid, today)
    assert len(views(handlers, uid)) == 3  # sent each time, nothing failed
