"""The cache decorator: an in-process LRU tier, then Redis, then the source, per namespace.

Reads go local tier -> Redis -> the decorated coroutine; a value loaded from the source is
stored in both tiers with its namespace's TTL. Writes invalidate with the same key builder
that reads use. Concurrent misses of one key share one load (single-flight, per process).
Redis is optional at every moment: each call has a timeout, and a circuit breaker skips
Redis for a cooldown after a failure, so the cache degrades to "local tier + source".
Invalidations that cannot reach Redis meanwhile are remembered and replayed by the trial
call that closes the breaker, so Redis never serves a value older than a write it missed.

Redis keys are `hb:<namespace>:<version>:<key>`; `hb:<namespace>:version` is a counter that
`invalidate_namespace` bumps (no KEYS or SCAN anywhere). Values are JSON through a codec
that knows their type (no pickle). `None` results are cached for the namespace's short
`negative_ttl`.

A value read from Redis is kept in the local tier for a full TTL from that moment, so an
entry that is never invalidated may live up to twice its TTL in all.

Several processes on one Redis (daemons with `--role`, or `healthbot servers`): `Cache.share`
publishes each invalidation on a pub/sub channel and drops the local copies the others'
invalidations name, so a write in one process is not served stale from another's local tier
(`coherence` says what holds while a process cannot hear the channel).

One module per concern: `namespaces` (names and TTLs), `codec` (values to JSON bytes and
back), `local` (the in-process LRU), `client` (Redis and its circuit breaker), `flight`
(single-flight), `coherence` (the other processes' local tiers), `store` (`Cache`, which ties
them together) and `decorator` (`@cached`).

    PROFILES = Namespace("profile", ttl=3600)  # declared by the module whose values it holds

    class ProfileRepository:
        def __init__(self, db: Database, cache: Cache) -> None:
            self.db = db
            self.cache = cache

        @cached(PROFILES, key=lambda user_id: f"{user_id}", codec=JsonCodec.optional(Profile))
        async def get(self, user_id: int) -> Profile | None:
            return await self.db.fetch_one("profile_get", SQL, {"user_id": user_id}, Profile)

        async def set_goal(self, user_id: int, goal: str) -> None:
            await self.db.execute("profile_set_goal", SQL2, {"user_id": user_id, "goal": goal})
            await self.get.invalidate(user_id)
"""

from __future__ import annotations

from healthbot.cache.client import RedisClient, connect_redis
from healthbot.cache.codec import Codec, CodecError, JsonCodec
from healthbot.cache.coherence import DEAF_LOCAL_SECONDS
from healthbot.cache.decorator import BoundCachedMethod, CachedMethod, HasCache, cached
from healthbot.cache.namespaces import Namespace
from healthbot.cache.store import MAX_PENDING_KEYS, Cache

__all__ = [
    "DEAF_LOCAL_SECONDS",
    "MAX_PENDING_KEYS",
    "BoundCachedMethod",
    "Cache",
    "CachedMethod",
    "Codec",
    "CodecError",
    "HasCache",
    "JsonCodec",
    "Namespace",
    "RedisClient",
    "cached",
    "connect_redis",
]
