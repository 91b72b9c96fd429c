"""The two-tier cache: a local LRU, then Redis, then the source, per namespace.

`Cache` ties the other modules together: it keeps each namespace's version (part of every
Redis key, bumped to invalidate a whole namespace), stores what a load returned in both
tiers, and remembers the invalidations Redis missed while the breaker was open, to replay
them before Redis is used again.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar, cast

from prometheus_client import Counter

from healthbot.cache.client import FAILED, Breaker, RedisClient
from healthbot.cache.codec import Codec
from healthbot.cache.coherence import Coherence
from healthbot.cache.flight import Flight, SingleFlight
from healthbot.cache.local import MISSING, LocalTier
from healthbot.cache.namespaces import Namespace
from healthbot.config import CacheSettings
from healthbot.metrics import (
    CACHE_ERRORS,
    CACHE_HITS,
    CACHE_INVALIDATIONS,
    CACHE_LOADS,
    CACHE_MISSES,
    CACHE_SETS,
)

# The package's one logger, as before it was split into modules.
log = logging.getLogger("healthbot.cache")

T = TypeVar("T")

# Invalidations that could not reach Redis are replayed when it comes back; past this many
# keys, the namespaces involved get a new version instead (one INCR each).
MAX_PENDING_KEYS = 10_000


@dataclasses.dataclass(slots=True)
class _Counters:
    local_hits: Counter
    local_misses: Counter
    redis_hits: Counter
    redis_misses: Counter
    sets: Counter
    invalidations: Counter
    loads: Counter


class Cache:
    """Local LRU + Redis in front of loaders, with single-flight and a Redis circuit breaker.

    `redis=None` runs with the local tier only. `cooldown` is how long Redis is skipped after
    a failure before one trial call. `ttls` overrides namespace TTLs by namespace name.
    """

    def __init__(
        self,
        redis: RedisClient | None,
        *,
        local_max_entries: int = 10_000,
        timeout: float = 0.25,
        cooldown: float = 3.0,
        ttls: Mapping[str, float] | None = None,
        prefix: str = "hb",
    ) -> None:
        self.redis = redis
        self.timeout = timeout
        self.prefix = prefix
        self._ttls = dict(ttls or {})
        self._local = LocalTier(local_max_entries)
        self._flights = SingleFlight()
        self._breaker = Breaker(redis, timeout=timeout, cooldown=cooldown, resync=self._resync)
        self._counters_by_ns: dict[str, _Counters] = {}
        # Namespace versions, part of every Redis key; read once per namespace, bumped by
        # invalidate_namespace. Forgotten when Redis comes back (it may have lost them).
        self._versions: dict[str, int] = {}
        # Invalidations Redis missed while unreachable, replayed before the breaker closes.
        self._pending_keys: set[tuple[str, str]] = set()
        self._pending_namespaces: set[str] = set()
        # Set by `share`: the other processes on this Redis hear of our invalidations.
        self._coherence: Coherence | None = None

    @classmethod
    def from_settings(
        cls,
        settings: CacheSettings,
        redis: RedisClient | None,
        *,
        timeout: float = 0.25,
        cooldown: float = 3.0,
    ) -> Cache:
        """A cache sized and timed by the config's `[cache]` section."""
        # The namespaces whose TTL the config sets, by name (their owners declare them).
        ttls = {
            "user_profile": settings.ttl_user_profile,
            "nutrition": settings.ttl_nutrition,
            "conversation": settings.ttl_conversation,
        }
        return cls(
            redis,
            local_max_entries=settings.local_max_entries,
            timeout=timeout,
            cooldown=cooldown,
            ttls=ttls,
        )

    @property
    def redis_available(self) -> bool:
        """Whether Redis is configured and its breaker closed."""
        return self._breaker.closed

    def ttl(self, namespace: Namespace) -> float:
        """The TTL in seconds of a namespace's values, after config overrides."""
        return self._ttls.get(namespace.name, namespace.ttl)

    def clear_local(self) -> None:
        """Empty the in-process tier (tests and benchmarks)."""
        self._local.clear()

    def share(self, url: str) -> asyncio.Task[None]:
        """Keep this process's local tier coherent with the others sharing this Redis (at
        `url`): publish each invalidation, and apply theirs in the task returned (cancel it to
        stop). See `coherence`."""
        coherence = self._coherence = Coherence(url, f"{self.prefix}:invalidations")
        return asyncio.create_task(
            coherence.listen(self._heard, self._heard_of_all), name="cache-coherence"
        )

    async def get_or_load(
        self, namespace: Namespace, key: str, codec: Codec[T], load: Callable[[], Awaitable[T]]
    ) -> T:
        """The value under `key`, from the local tier, Redis, or `load()` (once per process)."""
        counters = self._counters(namespace.name)
        lkey = (namespace.name, key)
        since = None if self._coherence is None else self._coherence.local_since()
        found = self._local.get(lkey, since)
        if found is not MISSING:
            counters.local_hits.inc()
            return cast(T, found)
        counters.local_misses.inc()
        return await self._flights.join(
            lkey, lambda flight: self._fill(namespace, key, codec, load, flight)
        )

    async def invalidate(self, namespace: Namespace, key: str) -> None:
        """Forget `key` in both tiers; call it after the write has committed. The DEL and
        the other processes' notice (when shared) go to Redis in one round trip, in that
        order: one that hears of it and reads Redis again finds the key gone."""
        name = namespace.name
        self._forget_local(name, key)
        self._counters(name).invalidations.inc()
        coherence = self._coherence
        if coherence is None:
            await self._delete_remote(name, key)
        elif self.redis is not None:
            message = coherence.message(name, key)

            async def delete_and_announce(redis: RedisClient) -> None:
                batch = redis.pipeline(transaction=False)
                batch.delete(await self._redis_key(redis, name, key))
                batch.publish(coherence.channel, message)
                await batch.execute()

            if await self._breaker.call("delete", delete_and_announce) is FAILED:
                self._remember(name, key)  # both are replayed when Redis is back
        # Again after the DEL: a caller that arrived during it may have read the old value
        # from Redis (another connection, processed before the DEL) and stored it locally.
        self._forget_local(name, key)

    async def put(self, namespace: Namespace, key: str, codec: Codec[T], value: T) -> None:
        """Store what a write made of `key`'s value in both tiers (write-through), so that the
        next read finds it instead of loading it again; call it after the write committed.
        Loads in flight are not stored over it; if Redis cannot take it, the key is
        forgotten there as `invalidate` would."""
        name = namespace.name
        self._forget_local(name, key)  # loads in flight read before the write: stale
        ttl = self._ttl_for(namespace, value)
        if ttl <= 0:
            await self.invalidate(namespace, key)
            return
        self._local.set((name, key), value, ttl)
        self._counters(name).sets.inc()
        if self.redis is None:
            return
        data, px = codec.encode(value), max(1, round(ttl * 1000))
        coherence = self._coherence
        if coherence is None:

            async def store(redis: RedisClient) -> None:
                await redis.set(await self._redis_key(redis, name, key), data, px=px)

            if await self._breaker.call("set", store) is FAILED:
                self._remember(name, key)
            return
        message = coherence.message(name, key)

        # The SET and the other processes' notice in one round trip, in that order (as an
        # invalidation's DEL): one that hears of it and reads Redis finds the new value.
        async def store_and_announce(redis: RedisClient) -> None:
            batch = redis.pipeline(transaction=False)
            batch.set(await self._redis_key(redis, name, key), data, px=px)
            batch.publish(coherence.channel, message)
            await batch.execute()

        if await self._breaker.call("set", store_and_announce) is FAILED:
            self._remember(name, key)  # both are replayed when Redis is back

    async def invalidate_namespace(self, namespace: Namespace) -> None:
        """Forget every key of a namespace, by bumping its version in Redis (no KEYS/SCAN)."""
        name = namespace.name
        self._forget_local(name, None)
        self._counters(name).invalidations.inc()
        if self.redis is not None:
            version = await self._breaker.call("incr", lambda r: self._bump_version(r, name))
            if version is FAILED:
                self._pending_namespaces.add(name)
                self._versions.pop(name, None)
            else:
                self._versions[name] = max(version, self._versions.get(name, 0))
        self._forget_local(name, None)  # see invalidate()
        await self._announce(name, None)

    async def remembered(self, namespace: Namespace, key: str) -> bool:
        """Whether `remember` marked `key` within the namespace's TTL. False without Redis
        or while its breaker is open: the caller acts as if it were the first time."""
        found = await self._breaker.call("get", lambda r: self._get(r, namespace.name, key))
        return found is not FAILED and found[1] is not None

    async def remember(self, namespace: Namespace, key: str) -> None:
        """Mark `key` in Redis for the namespace's TTL (what `remembered` reads); a mark
        Redis cannot take is not kept anywhere else (marks live in Redis alone)."""
        px = max(1, round(self.ttl(namespace) * 1000))

        async def mark(redis: RedisClient) -> None:
            await redis.set(await self._redis_key(redis, namespace.name, key), b"1", px=px)

        await self._breaker.call("set", mark)

    # --- internals ---------------------------------------------------------------------------

    def _counters(self, namespace: str) -> _Counters:
        counters = self._counters_by_ns.get(namespace)
        if counters is None:
            counters = self._counters_by_ns[namespace] = _Counters(
                local_hits=CACHE_HITS.labels("local", namespace),
                local_misses=CACHE_MISSES.labels("local", namespace),
                redis_hits=CACHE_HITS.labels("redis", namespace),
                redis_misses=CACHE_MISSES.labels("redis", namespace),
                sets=CACHE_SETS.labels(namespace),
                invalidations=CACHE_INVALIDATIONS.labels(namespace),
                loads=CACHE_LOADS.labels(namespace),
            )
        return counters

    def _forget_local(self, namespace: str, key: str | None) -> None:
        """Drop local entries and mark loads in flight stale (key None: the whole namespace)."""
        if key is None:
            self._local.drop_namespace(namespace)
        else:
            self._local.pop((namespace, key))
        self._flights.overtake(namespace, key)

    def _heard(self, namespace: str, key: str | None) -> None:
        """Another process invalidated `key` (None: bumped the namespace's version)."""
        if key is None:
            self._versions.pop(namespace, None)
        self._forget_local(namespace, key)

    def _heard_of_all(self) -> None:
        """This process may have missed invalidations: keep nothing it stored before."""
        self._versions.clear()
        self._local.clear()
        self._flights.overtake_all()

    async def _announce(self, namespace: str, key: str | None) -> None:
        """Tell the other processes (if shared); if Redis can't take it, it is told again
        when Redis comes back (with the invalidation itself, `_replay`)."""
        coherence = self._coherence
        if coherence is None:
            return
        message = coherence.message(namespace, key)
        sent = await self._breaker.call("publish", lambda r: r.publish(coherence.channel, message))
        if sent is not FAILED:
            return
        if key is None:
            self._pending_namespaces.add(namespace)
        else:
            self._remember(namespace, key)

    def _ttl_for(self, namespace: Namespace, value: object) -> float:
        ttl = self.ttl(namespace)
        return min(ttl, namespace.negative_ttl) if value is None else ttl

    def _version_key(self, namespace: str) -> str:
        return f"{self.prefix}:{namespace}:version"

    async def _read_version(self, redis: RedisClient, namespace: str) -> int:
        """The namespace's version in Redis, created if missing."""
        # A missing version was never set, or was evicted (allkeys-lru) or lost with Redis's
        # data. Starting from the clock in ms never reuses an old version, so values stored
        # under an older one stay hidden; SET NX makes concurrent processes agree.
        key = self._version_key(namespace)
        await redis.set(key, str(time.time_ns() // 1_000_000).encode(), nx=True)
        return int(await redis.get(key) or 0)

    async def _bump_version(self, redis: RedisClient, namespace: str) -> int:
        """Give a namespace a new version: every key stored under the old one is unreachable."""
        key = self._version_key(namespace)
        await redis.set(key, str(time.time_ns() // 1_000_000).encode(), nx=True)  # see above
        return await redis.incr(key)

    async def _redis_key(self, redis: RedisClient, namespace: str, key: str) -> str:
        """The Redis key under the namespace's current version."""
        # Called inside Breaker.call, after the breaker let us through: a recovery that just ran
        # may have replayed a version bump, and the key must use the version it left.
        version = self._versions.get(namespace)
        if version is None:
            found = await self._read_version(redis, namespace)
            # setdefault: an INCR that finished meanwhile has the newer version.
            version = self._versions.setdefault(namespace, found)
        return f"{self.prefix}:{namespace}:{version}:{key}"

    async def _get(
        self, redis: RedisClient, namespace: str, key: str
    ) -> tuple[str, bytes | str | None]:
        rkey = await self._redis_key(redis, namespace, key)
        return rkey, await redis.get(rkey)

    async def _delete(self, redis: RedisClient, namespace: str, key: str) -> int:
        return await redis.delete(await self._redis_key(redis, namespace, key))

    async def _fill(
        self,
        namespace: Namespace,
        key: str,
        codec: Codec[T],
        load: Callable[[], Awaitable[T]],
        flight: Flight,
    ) -> T:
        """Redis, then the source; store the result unless an invalidation overtook us."""
        counters = self._counters(namespace.name)
        lkey = (namespace.name, key)
        try:
            rkey: str | None = None  # set if Redis answered: where to store a loaded value
            found = await self._breaker.call("get", lambda r: self._get(r, namespace.name, key))
            if found is not FAILED:
                rkey, raw = found
                if raw is None:
                    counters.redis_misses.inc()
                else:
                    try:
                        value = codec.decode(raw if isinstance(raw, bytes) else raw.encode())
                    except ValueError as exc:
                        # Typically a type changed since the value was cached: reload it.
                        CACHE_ERRORS.labels("decode").inc()
                        log.warning("cache %s: undecodable value, reloading: %s", rkey, exc)
                    else:
                        counters.redis_hits.inc()
                        if not flight.stale:
                            self._local.set(lkey, value, self._ttl_for(namespace, value))
                        return value

            value = await load()
            counters.loads.inc()
            ttl = self._ttl_for(namespace, value)
            if flight.stale or ttl <= 0:
                return value  # loaded before a write finished: good for waiters, not for later
            self._local.set(lkey, value, ttl)
            counters.sets.inc()
            if rkey is not None:
                # If the version was bumped since the GET, this lands under the old version,
                # which nobody reads any more: harmless.
                target, data = rkey, codec.encode(value)
                await self._breaker.call(
                    "set", lambda r: r.set(target, data, px=max(1, round(ttl * 1000)))
                )
                if flight.stale:
                    # Invalidated while SET was in flight: its DEL, sent on another connection,
                    # may have reached Redis before our SET. Delete after our SET completed.
                    await self._delete_remote(namespace.name, key, target)
            return value
        finally:
            self._flights.land(lkey, flight)

    async def _delete_remote(self, namespace: str, key: str, rkey: str | None = None) -> None:
        """DEL in Redis; if Redis can't be reached, remember it for when it comes back."""
        if self.redis is None:
            return
        if rkey is None:
            done = await self._breaker.call("delete", lambda r: self._delete(r, namespace, key))
        else:
            target = rkey
            done = await self._breaker.call("delete", lambda r: r.delete(target))
        if done is FAILED:
            self._remember(namespace, key)

    def _remember(self, namespace: str, key: str) -> None:
        if namespace in self._pending_namespaces:
            return
        self._pending_keys.add((namespace, key))
        if len(self._pending_keys) > MAX_PENDING_KEYS:
            # Too many to replay one by one: give each namespace involved a new version.
            self._pending_namespaces.update(ns for ns, _ in self._pending_keys)
            self._pending_keys.clear()

    async def _resync(self, redis: RedisClient) -> None:
        """The breaker's trial call: forget versions, reach Redis, replay missed invalidations."""
        self._versions.clear()
        async with asyncio.timeout(self.timeout):
            await redis.get(self._version_key("probe"))
        while self._pending_namespaces or self._pending_keys:
            # Take the current batch; invalidations arriving meanwhile form the next one.
            namespaces, self._pending_namespaces = self._pending_namespaces, set()
            keys, self._pending_keys = self._pending_keys, set()
            try:
                await self._replay(redis, namespaces, keys)
            except BaseException:
                self._pending_namespaces |= namespaces
                for ns, key in keys:
                    self._remember(ns, key)
                raise

    async def _replay(
        self, redis: RedisClient, namespaces: set[str], keys: set[tuple[str, str]]
    ) -> None:
        for ns in namespaces:
            async with asyncio.timeout(self.timeout):
                self._versions[ns] = await self._bump_version(redis, ns)
        rkeys = []
        for ns, key in keys:
            if ns in namespaces:
                continue  # the new version already hides it
            if ns not in self._versions:
                async with asyncio.timeout(self.timeout):
                    self._versions[ns] = await self._read_version(redis, ns)
            rkeys.append(f"{self.prefix}:{ns}:{self._versions[ns]}:{key}")
        if rkeys:
            async with asyncio.timeout(self.timeout):
                await redis.delete(*rkeys)
        if self._coherence is not None:  # the other processes missed them too
            messages: list[tuple[str, str | None]] = [(ns, None) for ns in namespaces]
            messages += [(ns, key) for ns, key in keys if ns not in namespaces]
            for ns, missed in messages:
                message = self._coherence.message(ns, missed)
                async with asyncio.timeout(self.timeout):
                    await redis.publish(self._coherence.channel, message)
