"""The profile cache of a user who has set nothing: their "no profile" is kept as long as a
profile would be (every /log's card reads their units; a 30-second entry sent most of those
reads to the database), and the first answer they give is seen at once by every daemon, since
every write of `user_profiles` invalidates (`healthbot.profile.repository.PROFILE`)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import redis.asyncio

from healthbot.profile.repository import PROFILE, ProfileRepository
from healthbot.users import UserRepository
from tests.support.caches import shared_caches


@pytest.fixture
async def daemons(
    users: UserRepository, redis_url: str
) -> AsyncIterator[tuple[ProfileRepository, ProfileRepository, redis.asyncio.Redis]]:
    """The profiles of two daemons: one database, one Redis, an in-process tier each."""
    async with shared_caches(redis_url) as (client, first, second):
        yield ProfileRepository(users.db, first), ProfileRepository(users.db, second), client


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
