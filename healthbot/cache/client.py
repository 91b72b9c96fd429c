"""Redis as the cache's optional second tier: the client it needs, and a circuit breaker.

Redis may be down at any moment, and the cache must then answer from the local tier and the
source without waiting on it. So each command has a timeout, and after a failure the breaker
skips Redis for a cooldown; then one caller makes a trial call while the others still skip.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Literal, Protocol, TypeVar

import redis.asyncio
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from healthbot.metrics import CACHE_ERRORS, CACHE_REDIS_AVAILABLE

# The package's one logger, as before it was split into modules.
log = logging.getLogger("healthbot.cache")

T = TypeVar("T")

# What counts as "Redis is unwell": protocol errors, socket errors, our own timeouts.
REDIS_FAILURES = (RedisError, OSError, TimeoutError)


class _Failed(enum.Enum):
    FAILED = enum.auto()  # Redis was skipped or failed


FAILED: Literal[_Failed.FAILED] = _Failed.FAILED


class RedisBatch(Protocol):
    """Commands sent together in one round trip, in order (redis-py's asyncio `Pipeline`
    without a transaction)."""

    def delete(self, *names: str) -> object:
        """Queue a DEL."""
        ...

    def set(self, name: str, value: bytes, *, px: int | None = None) -> object:
        """Queue a SET with an expiry in milliseconds."""
        ...

    def publish(self, channel: str, message: bytes) -> object:
        """Queue a PUBLISH."""
        ...

    async def execute(self) -> list[object]:
        """Send the queued commands; their replies, in order."""
        ...


class RedisClient(Protocol):
    """The part of redis-py's asyncio client the cache uses (tests may pass a fake)."""

    def pipeline(self, transaction: bool = True) -> RedisBatch:
        """A batch of commands (the cache asks for none in a transaction)."""
        ...

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

    def publish(self, channel: str, message: bytes) -> Awaitable[int]:
        """PUBLISH (only when the cache shares its invalidations: `Cache.share`)."""
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


class Breaker:
    """Runs Redis commands under a timeout and a circuit breaker; never raises Redis errors.

    `redis=None` means no Redis: every call fails at once. After a failure Redis is skipped
    for `cooldown` seconds; then the first caller runs `resync` as the trial call, and the
    breaker closes only if it succeeds (the cache replays there what Redis missed).
    """

    def __init__(
        self,
        redis: RedisClient | None,
        *,
        timeout: float,
        cooldown: float,
        resync: Callable[[RedisClient], Awaitable[None]],
    ) -> None:
        self.redis = redis
        self.timeout = timeout
        self.cooldown = cooldown
        self._resync = resync
        # Closed while _retry_at is None; open until _retry_at; then the first caller to
        # arrive (_probing) makes the trial call while the others skip Redis.
        self._retry_at: float | None = None
        self._probing = False
        CACHE_REDIS_AVAILABLE.set(0 if redis is None else 1)

    @property
    def closed(self) -> bool:
        """Whether Redis is configured and the breaker lets calls through."""
        return self.redis is not None and self._retry_at is None

    async def call(
        self, operation: str, call: Callable[[RedisClient], Awaitable[T]]
    ) -> T | Literal[_Failed.FAILED]:
        """One Redis command under the timeout and the breaker; never raises Redis errors."""
        redis = self.redis
        if redis is None or not await self._usable(redis):
            return FAILED
        try:
            async with asyncio.timeout(self.timeout):
                return await call(redis)
        except REDIS_FAILURES as exc:
            CACHE_ERRORS.labels(operation).inc()
            self._trip(operation, exc)
            return FAILED

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
        """The half-open trial: `resync`, then close the breaker."""
        # Until resync succeeds Redis may hold values older than writes made during the
        # outage, so the breaker stays open (and reads skip Redis) until it is done.
        try:
            await self._resync(redis)
        except REDIS_FAILURES as exc:
            CACHE_ERRORS.labels("recover").inc()
            self._retry_at = time.monotonic() + self.cooldown
            log.debug("Redis still unavailable (%s: %s)", type(exc).__name__, exc)
            return False
        self._retry_at = None
        CACHE_REDIS_AVAILABLE.set(1)
        log.info("Redis is back; the cache uses it again")
        return True
