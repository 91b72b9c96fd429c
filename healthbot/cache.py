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

Scope: the daemon is one process. Invalidation reaches this process's local tier and Redis,
not the local tier of another process (that would need pub/sub); a second process sharing
Redis sees a write once its own local entry expires.

    class ProfileRepository:
        def __init__(self, db: Database, cache: Cache) -> None:
            self.db = db
            self.cache = cache

        @cached(USER_PROFILE, key=lambda user_id: f"{user_id}", codec=JsonCodec.optional(Profile))
        async def get(self, user_id: int) -> Profile | None:
            return await self.db.fetch_one("profile_get", SQL, {"user_id": user_id}, Profile)

        async def set_goal(self, user_id: int, goal: str) -> None:
            await self.db.execute("profile_set_goal", SQL2, {"user_id": user_id, "goal": goal})
            await self.get.invalidate(user_id)
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import enum
import functools
import json
import logging
import time
import types
import typing
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal
from typing import Any, Concatenate, Generic, Literal, ParamSpec, Protocol, TypeVar, cast, overload

import redis.asyncio
from prometheus_client import Counter
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from healthbot.config import CacheSettings
from healthbot.metrics import (
    CACHE_ERRORS,
    CACHE_HITS,
    CACHE_INVALIDATIONS,
    CACHE_LOADS,
    CACHE_MISSES,
    CACHE_REDIS_AVAILABLE,
    CACHE_SETS,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
S = TypeVar("S", bound="HasCache")

# Invalidations that could not reach Redis are replayed when it comes back; past this many
# keys, the namespaces involved get a new version instead (one INCR each).
MAX_PENDING_KEYS = 10_000

# What counts as "Redis is unwell": protocol errors, socket errors, our own timeouts.
_REDIS_FAILURES = (RedisError, OSError, TimeoutError)


class _Sentinel(enum.Enum):
    MISSING = enum.auto()  # not in the local tier
    FAILED = enum.auto()  # Redis was skipped or failed


_MISSING: Literal[_Sentinel.MISSING] = _Sentinel.MISSING
_FAILED: Literal[_Sentinel.FAILED] = _Sentinel.FAILED


# --- namespaces and codecs ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Namespace:
    """A family of cached values: a name (part of every key), a TTL, a TTL for `None`.

    `negative_ttl` bounds how long a `None` result ("user not found") is cached; it is
    short because creating the thing must then invalidate it. 0 means `None` is not cached.
    """

    name: str
    ttl: float
    negative_ttl: float = 30.0

    def __post_init__(self) -> None:
        if not self.name or ":" in self.name:
            raise ValueError(f"cache namespace {self.name!r}: must be non-empty, without ':'")
        if self.ttl <= 0 or self.negative_ttl < 0:
            raise ValueError(f"cache namespace {self.name!r}: TTLs must be positive")


# The seed's namespaces; `Cache.from_settings` takes their TTLs from the config.
USER_PROFILE = Namespace("user_profile", ttl=3600)
NUTRITION = Namespace("nutrition", ttl=86_400)
CONVERSATION = Namespace("conversation", ttl=1800)


class CodecError(ValueError):
    """A cached payload does not match the type its codec expects."""


class Codec(Protocol[T]):
    """Turns values into bytes for Redis and back; `decode` raises ValueError on bad data."""

    def encode(self, value: T) -> bytes:
        """Serialize a value."""
        ...

    def decode(self, data: bytes) -> T:
        """Deserialize a value, or raise ValueError."""
        ...


class JsonCodec(Generic[T]):
    """JSON for a given type: dataclasses, lists, tuples, dicts, X | None, dates, Decimal, enums.

    The type drives decoding, so a frozen dataclass with datetime/date/Decimal fields comes
    back equal to what went in. No pickle: a payload can only ever become the declared type.
    """

    def __init__(self, tp: type[T]) -> None:
        self.type = tp
        self._decode = _decoder(tp)  # built once; unsupported types fail here, at import

    @classmethod
    def optional(cls, tp: type[T]) -> JsonCodec[T | None]:
        """A codec for `tp | None`, for loaders that may find nothing."""
        return JsonCodec(cast("type[T | None]", tp | None))

    def encode(self, value: T) -> bytes:
        """Serialize to compact UTF-8 JSON."""
        return json.dumps(
            value, default=_to_json, separators=(",", ":"), ensure_ascii=False
        ).encode()

    def decode(self, data: bytes) -> T:
        """Parse and rebuild the declared type, or raise CodecError."""
        try:
            return cast(T, self._decode(json.loads(data)))
        except (ValueError, TypeError, KeyError, ArithmeticError) as exc:
            raise CodecError(f"payload does not fit {self.type!r}: {exc!r}") from None

    def __repr__(self) -> str:
        return f"JsonCodec({self.type!r})"


def _to_json(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return list(value)
    raise TypeError(f"JsonCodec cannot encode {type(value).__name__}")


def _identity(value: Any) -> Any:
    return value


def _checked(tp: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, tp):
            raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value

    return check


_LEAVES: dict[type, Callable[[Any], Any]] = {
    str: _checked(str),
    int: _checked(int),
    bool: _checked(bool),
    float: float,
    list: _checked(list),  # bare containers: JSON as parsed
    dict: _checked(dict),
    dt.datetime: dt.datetime.fromisoformat,
    dt.date: dt.date.fromisoformat,
    dt.time: dt.time.fromisoformat,
    Decimal: Decimal,
    uuid.UUID: uuid.UUID,
}


def _decoder(tp: Any) -> Callable[[Any], Any]:
    """Build the function that turns parsed JSON into `tp`."""
    origin = typing.get_origin(tp)
    if origin is None:
        return _class_decoder(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        present = [a for a in args if a is not type(None)]
        if len(present) != 1:
            raise TypeError(f"JsonCodec supports `X | None` unions only, not {tp!r}")
        inner = _decoder(present[0])
        return lambda v: None if v is None else inner(v)
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        items = [_decoder(a) for a in args]
        return lambda v: tuple(d(x) for d, x in zip(items, v, strict=True))
    if origin in (list, tuple, set, frozenset):
        item = _decoder(args[0]) if args else _identity
        container = cast(Callable[[Any], Any], origin)
        return lambda v: container(item(x) for x in v)
    if origin is dict and (not args or args[0] in (str, int)):
        key = int if args and args[0] is int else _identity  # JSON object keys are strings
        value = _decoder(args[1]) if args else _identity
        return lambda v: {key(k): value(x) for k, x in v.items()}
    raise TypeError(f"JsonCodec does not support {tp!r}")


def _class_decoder(tp: Any) -> Callable[[Any], Any]:
    if tp is Any:
        return _identity
    if tp is None or tp is type(None):
        return _checked(type(None))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp) if f.init]
        cls = tp
        # Missing keys fall back to the field's default (a field added since the value was
        # cached); a missing field without one is a TypeError, i.e. a cache miss.
        return lambda v: cls(**{name: dec(v[name]) for name, dec in fields if name in v})
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if tp in _LEAVES:
        return _LEAVES[tp]
    raise TypeError(f"JsonCodec does not support {tp!r}")


# --- the Redis client ------------------------------------------------------------------------


class RedisClient(Protocol):
    """The part of redis-py's asyncio client the cache uses (tests may pass a fake)."""

    def get(self, name: str, /) -> Awaitable[bytes | str | None]:
        """GET."""
        ...

    def set(
        self, name: str, value: bytes, *, px: int | None = None, nx: bool = False
    ) -> Awaitable[bool | str | bytes | None]:
        """SET, with an expiry in milliseconds or only if absent."""
        ...

    def delete(self, *names: str) -> Awaitable[int]:
        """DEL."""
        ...

    def incr(self, name: str, amount: int = 1) -> Awaitable[int]:
        """INCRBY."""
        ...


def connect_redis(url: str, timeout: float) -> redis.asyncio.Redis:
    """A redis-py client that fails fast when the server is dead or slow."""
    # redis-py's own defaults are 5 s socket timeouts and, for Redis(), 10 retries with
    # exponential backoff up to 1 s: a dead server would stall each cache call for seconds.
    # One immediate retry still replaces a pooled connection the server closed (a restart).
    return redis.asyncio.Redis.from_url(
        url,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        retry=Retry(NoBackoff(), 1),
    )


# --- the cache -------------------------------------------------------------------------------


class _LocalTier:
    """A bounded LRU of live Python objects with a deadline per entry."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._data: OrderedDict[tuple[str, str], tuple[float, Any]] = OrderedDict()

    def get(self, key: tuple[str, str]) -> Any:
        entry = self._data.get(key)
        if entry is None:
            return _MISSING
        if entry[0] <= time.monotonic():
            del self._data[key]
            return _MISSING
        self._data.move_to_end(key)
        return entry[1]

    def set(self, key: tuple[str, str], value: Any, ttl: float) -> None:
        if self.max_entries <= 0:
            return
        self._data[key] = (time.monotonic() + ttl, value)
        self._data.move_to_end(key)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    def pop(self, key: tuple[str, str]) -> None:
        self._data.pop(key, None)

    def drop_namespace(self, namespace: str) -> None:
        for key in [k for k in self._data if k[0] == namespace]:
            del self._data[key]

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


@dataclasses.dataclass(slots=True)
class _Counters:
    local_hits: Counter
    local_misses: Counter
    redis_hits: Counter
    redis_misses: Counter
    sets: Counter
    invalidations: Counter
    loads: Counter


class _Flight:
    """One load in progress; `stale` is set when an invalidation overtakes it."""

    __slots__ = ("stale", "task")

    def __init__(self) -> None:
        self.stale = False
        self.task: asyncio.Task[Any] | None = None


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
        self.cooldown = cooldown
        self.prefix = prefix
        self._ttls = dict(ttls or {})
        self._local = _LocalTier(local_max_entries)
        self._flights: dict[tuple[str, str], _Flight] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._counters_by_ns: dict[str, _Counters] = {}
        # Namespace versions, part of every Redis key; read once per namespace, bumped by
        # invalidate_namespace. Forgotten when Redis comes back (it may have lost them).
        self._versions: dict[str, int] = {}
        # Circuit breaker: closed while _retry_at is None; open until _retry_at; then the
        # first caller to arrive (_probing) makes the trial call while the others skip Redis.
        self._retry_at: float | None = None
        self._probing = False
        # Invalidations Redis missed while unreachable, replayed before the breaker closes.
        self._pending_keys: set[tuple[str, str]] = set()
        self._pending_namespaces: set[str] = set()
        CACHE_REDIS_AVAILABLE.set(0 if redis is None else 1)

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
        ttls = {
            USER_PROFILE.name: settings.ttl_user_profile,
            NUTRITION.name: settings.ttl_nutrition,
            CONVERSATION.name: settings.ttl_conversation,
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
        return self.redis is not None and self._retry_at is None

    def ttl(self, namespace: Namespace) -> float:
        """The TTL in seconds of a namespace's values, after config overrides."""
        return self._ttls.get(namespace.name, namespace.ttl)

    def clear_local(self) -> None:
        """Empty the in-process tier (tests and benchmarks)."""
        self._local.clear()

    async def get_or_load(
        self, namespace: Namespace, key: str, codec: Codec[T], load: Callable[[], Awaitable[T]]
    ) -> T:
        """The value under `key`, from the local tier, Redis, or `load()` (once per process)."""
        counters = self._counters(namespace.name)
        lkey = (namespace.name, key)
        found = self._local.get(lkey)
        if found is not _MISSING:
            counters.local_hits.inc()
            return cast(T, found)
        counters.local_misses.inc()
        flight = self._flights.get(lkey)
        if flight is None:
            flight = _Flight()
            self._flights[lkey] = flight
            # The load runs in its own task so that a caller's cancellation (an update
            # timing out) does not cancel it for the other callers waiting on it.
            task = asyncio.create_task(self._fill(namespace, key, codec, load, flight))
            flight.task = task
            self._tasks.add(task)
            task.add_done_callback(self._task_done)
        assert flight.task is not None
        return cast(T, await asyncio.shield(flight.task))

    async def invalidate(self, namespace: Namespace, key: str) -> None:
        """Forget `key` in both tiers; call it after the write has committed."""
        self._forget_local(namespace.name, key)
        self._counters(namespace.name).invalidations.inc()
        await self._delete_remote(namespace.name, key)
        # Again after the DEL: a caller that arrived during it may have read the old value
        # from Redis (another connection, processed before the DEL) and stored it locally.
        self._forget_local(namespace.name, key)

    async def invalidate_namespace(self, namespace: Namespace) -> None:
        """Forget every key of a namespace, by bumping its version in Redis (no KEYS/SCAN)."""
        name = namespace.name
        self._forget_local(name, None)
        self._counters(name).invalidations.inc()
        if self.redis is not None:
            version = await self._call("incr", lambda r: self._bump_version(r, name))
            if version is _FAILED:
                self._pending_namespaces.add(name)
                self._versions.pop(name, None)
            else:
                self._versions[name] = max(version, self._versions.get(name, 0))
        self._forget_local(name, None)  # see invalidate()

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

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled():
            task.exception()  # the waiters got it; don't log "exception never retrieved"

    def _forget_local(self, namespace: str, key: str | None) -> None:
        """Drop local entries and mark loads in flight stale (key None: the whole namespace)."""
        if key is None:
            self._local.drop_namespace(namespace)
            lkeys = [k for k in self._flights if k[0] == namespace]
        else:
            self._local.pop((namespace, key))
            lkeys = [(namespace, key)] if (namespace, key) in self._flights else []
        for lkey in lkeys:
            # Callers already waiting still get this load's result (they asked before the
            # write finished); it is not stored, and new callers start a fresh load.
            self._flights.pop(lkey).stale = True

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
        # Called inside _call, after the breaker let us through: a recovery that just ran
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
        flight: _Flight,
    ) -> T:
        """Redis, then the source; store the result unless an invalidation overtook us."""
        counters = self._counters(namespace.name)
        lkey = (namespace.name, key)
        try:
            rkey: str | None = None  # set if Redis answered: where to store a loaded value
            found = await self._call("get", lambda r: self._get(r, namespace.name, key))
            if found is not _FAILED:
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
                await self._call("set", lambda r: r.set(target, data, px=max(1, round(ttl * 1000))))
                if flight.stale:
                    # Invalidated while SET was in flight: its DEL, sent on another connection,
                    # may have reached Redis before our SET. Delete after our SET completed.
                    await self._delete_remote(namespace.name, key, target)
            return value
        finally:
            if self._flights.get(lkey) is flight:
                del self._flights[lkey]

    async def _delete_remote(self, namespace: str, key: str, rkey: str | None = None) -> None:
        """DEL in Redis; if Redis can't be reached, remember it for when it comes back."""
        if self.redis is None:
            return
        if rkey is None:
            done = await self._call("delete", lambda r: self._delete(r, namespace, key))
        else:
            target = rkey
            done = await self._call("delete", lambda r: r.delete(target))
        if done is _FAILED:
            self._remember(namespace, key)

    def _remember(self, namespace: str, key: str) -> None:
        if namespace in self._pending_namespaces:
            return
        self._pending_keys.add((namespace, key))
        if len(self._pending_keys) > MAX_PENDING_KEYS:
            # Too many to replay one by one: give each namespace involved a new version.
            self._pending_namespaces.update(ns for ns, _ in self._pending_keys)
            self._pending_keys.clear()

    async def _call(
        self, operation: str, call: Callable[[RedisClient], Awaitable[T]]
    ) -> T | Literal[_Sentinel.FAILED]:
        """One Redis command under the timeout and the breaker; never raises Redis errors."""
        redis = self.redis
        if redis is None or not await self._usable(redis):
            return _FAILED
        try:
            async with asyncio.timeout(self.timeout):
                return await call(redis)
        except _REDIS_FAILURES as exc:
            CACHE_ERRORS.labels(operation).inc()
            self._trip(operation, exc)
            return _FAILED

    async def _usable(self, redis: RedisClient) -> bool:
        if self._retry_at is None:
            return True
        if self._probing or time.monotonic() < self._retry_at:
            return False
        self._probing = True  # half-open: only this caller tries; the others skip Redis
        try:
            return await self._recover(redis)
        finally:
            self._probing = False

    def _trip(self, operation: str, exc: BaseException) -> None:
        if self._retry_at is None:
            log.warning(
                "Redis %s failed (%s: %s); the cache skips Redis for %.1f s",
                operation, type(exc).__name__, exc, self.cooldown,
            )  # fmt: skip
        self._retry_at = time.monotonic() + self.cooldown
        CACHE_REDIS_AVAILABLE.set(0)

    async def _recover(self, redis: RedisClient) -> bool:
        """The half-open trial: replay missed invalidations, then close the breaker."""
        # Until the replay succeeds Redis may hold values older than writes made during the
        # outage, so the breaker stays open (and reads skip Redis) until it is done.
        try:
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
        except _REDIS_FAILURES as exc:
            CACHE_ERRORS.labels("recover").inc()
            self._retry_at = time.monotonic() + self.cooldown
            log.debug("Redis still unavailable (%s: %s)", type(exc).__name__, exc)
            return False
        self._retry_at = None
        CACHE_REDIS_AVAILABLE.set(1)
        log.info("Redis is back; the cache uses it again")
        return True

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


# --- the decorator ---------------------------------------------------------------------------


class HasCache(Protocol):
    """An object whose methods may be cached: it carries the `Cache` they use."""

    @property
    def cache(self) -> Cache:
        """The cache, injected at runtime."""
        ...


class BoundCachedMethod(Generic[P, R]):
    """A cached method bound to its object: call it, or `invalidate` with the same arguments."""

    __slots__ = ("_method", "_obj")

    def __init__(self, method: CachedMethod[Any, P, R], obj: HasCache) -> None:
        self._method = method
        self._obj = obj

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        """Read through the cache."""
        return await self._method(self._obj, *args, **kwargs)

    async def invalidate(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Forget the value that these arguments read."""
        await self._method.invalidate(self._obj, *args, **kwargs)

    def key(self, *args: P.args, **kwargs: P.kwargs) -> str:
        """The cache key these arguments map to."""
        return self._method.key(*args, **kwargs)


class CachedMethod(Generic[S, P, R]):
    """An async method read through `self.cache`, keyed by an explicit key builder."""

    def __init__(
        self,
        fn: Callable[Concatenate[S, P], Awaitable[R]],
        namespace: Namespace,
        key: Callable[..., str],
        codec: Codec[R],
    ) -> None:
        self.fn = fn
        self.namespace = namespace
        self.key_builder = key
        self.codec = codec
        functools.update_wrapper(self, fn)

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> CachedMethod[S, P, R]: ...
    @overload
    def __get__(self, obj: S, owner: type[Any] | None = None) -> BoundCachedMethod[P, R]: ...
    def __get__(
        self, obj: S | None, owner: type[Any] | None = None
    ) -> CachedMethod[S, P, R] | BoundCachedMethod[P, R]:
        return self if obj is None else BoundCachedMethod(self, obj)

    async def __call__(self, obj: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Read through `obj.cache`; the source is the decorated method."""
        return await obj.cache.get_or_load(
            self.namespace,
            self.key_builder(*args, **kwargs),
            self.codec,
            functools.partial(self.fn, obj, *args, **kwargs),
        )

    async def invalidate(self, obj: S, /, *args: P.args, **kwargs: P.kwargs) -> None:
        """Forget, in `obj.cache`, the value that these arguments read."""
        await obj.cache.invalidate(self.namespace, self.key_builder(*args, **kwargs))

    def key(self, *args: P.args, **kwargs: P.kwargs) -> str:
        """The cache key these arguments map to."""
        return self.key_builder(*args, **kwargs)


def cached(
    namespace: Namespace, *, key: Callable[..., str], codec: Codec[R]
) -> Callable[[Callable[Concatenate[S, P], Awaitable[R]]], CachedMethod[S, P, R]]:
    """Cache an async method of an object with a `cache` attribute.

    `key` receives the method's arguments (without self) and returns the key within the
    namespace; `invalidate` calls it with the same arguments, so reads and writes agree.
    Cached values are shared between callers: treat them as immutable (frozen dataclasses,
    tuples).
    """

    def decorate(fn: Callable[Concatenate[S, P], Awaitable[R]]) -> CachedMethod[S, P, R]:
        return CachedMethod(fn, namespace, key, codec)

    return decorate
