"""The profile cache of a user who has set nothing: their "no profile" is kept as long as a
profile would be (every /log's card reads their units; a 30-second entry sent most of those
reads to the database), and the first answer they give is seen at once by every daemon, since
every write of `user_profiles` invalidates (`healthbot.profile.repository.PROFILE`)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import redis.asyncio

from healthbot.cache import Cache
from healthbot.profile.repository import PROFILE, ProfileRepository
from healthbot.users import UserRepository


@pytest.fixture
async def daemons(
    users: UserRepository, redis_url: str
) -> AsyncIterator[tuple[ProfileRepository, ProfileRepository, redis.asyncio.Redis]]:
    """The profiles of two daemons: one database, one Redis, an in-process tier each."""
    client = redis.asyncio.Redis.from_url(redis_url)
    caches = (Cache(client), Cache(client))
    tasks = [cache.share(redis_url) for cache in caches]
    async with asyncio.timeout(5):  # both subscribed before the first write
        while any(cache._coherence.local_since() is not None for cache in caches):  # type: ignore[union-attr]
            await asyncio.sleep(0.01)
    yield ProfileRepository(users.db, caches[0]), ProfileRepository(users.db, caches[1]), client
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await client.aclose()


async def test_no_profile_is_kept_an_hour_and_the_first_answer_is_seen_by_every_daemon(
    daemons: tuple[ProfileRepository, ProfileRepository, redis.asyncio.Redis],
    users: UserRepository,
    uid: int,
) -> None:
    writer, reader, client = daemons
    await users.register(uid, first_name="Ana")
    assert await reader.get(uid) is None  # cached in Redis and in the reader's own tier
    [key] = [k async for k in client.scan_iter(match=f"*:{PROFILE.name}:*:{uid}")]
    assert await client.ttl(key) > 30 * 60  # not the default 30 s of a missing value
    await writer.set_field(uid, "units", "imperial")
    async with asyncio.timeout(5):  # one Redis hop after the write
        while (profile := await reader.get(uid)) is None:
            await asyncio.sleep(0.02)
    assert profile.units == "imperial"
