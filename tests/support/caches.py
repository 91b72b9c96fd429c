"""Two daemons' caches on one Redis, each with its in-process tier and listening to the
other's invalidations (`Cache.share`), for the tests of what one daemon's write does to what
the other serves."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import redis.asyncio

from healthbot.cache import Cache


@asynccontextmanager
async def shared_caches(redis_url: str) -> AsyncIterator[tuple[redis.asyncio.Redis, Cache, Cache]]:
    """The Redis client and two caches on it, both subscribed before anything is written."""
    client = redis.asyncio.Redis.from_url(redis_url)
    caches = (Cache(client), Cache(client))
    tasks = [cache.share(redis_url) for cache in caches]
    try:
        async with asyncio.timeout(60):
            while any(cache._coherence.local_since() is not None for cache in caches):  # type: ignore[union-attr]
                await asyncio.sleep(0.01)
        yield client, *caches
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await client.aclose()
