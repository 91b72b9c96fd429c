"""Durable dialog state: aiogram's Redis FSM storage, with an in-process tier in front of it.

A multi-step dialog (onboarding, an edit, a confirmation) keeps its state in Redis with a TTL,
so a deploy or a crash does not lose it. Only this process polls the bot's updates, and each
chat's updates run one at a time, so what this process wrote or read last is current: reads
are served from memory after the first one per chat, and every update does not pay a Redis
round trip. While Redis is away, state lives in memory and is written back when it returns.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Literal

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    DEFAULT_DESTINY,
    BaseStorage,
    DefaultKeyBuilder,
    StateType,
    StorageKey,
)
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

_FAILURES = (RedisError, OSError, TimeoutError)


class _DialogKeys(DefaultKeyBuilder):
    """Keys of the default dialog as they always were; another destiny (a feature's dialog
    that must not end the one in progress, such as meal questions during the onboarding)
    gets its own keys: "hb:fsm:<bot>:<chat>:<user>:state:<destiny>"."""

    def build(self, key: StorageKey, part: Literal["data", "state", "lock"] | None = None) -> str:
        if key.destiny == DEFAULT_DESTINY:
            return super().build(key, part)
        return f"{super().build(replace(key, destiny=DEFAULT_DESTINY), part)}:{key.destiny}"


class DialogStorage(BaseStorage):
    """Redis-backed FSM storage with a bounded local tier and a fallback while Redis is away."""

    def __init__(
        self, redis: Redis, ttl_seconds: int, max_local: int = 10_000, cooldown: float = 3.0
    ) -> None:
        # Keys "hb:fsm:<bot id>:<chat>:<user>:state|data": beside the cache's "hb:" keys, and
        # two bots sharing one Redis never read each other's dialogs.
        keys = _DialogKeys(prefix="hb:fsm", with_bot_id=True)
        self.redis = RedisStorage(
            redis, key_builder=keys, state_ttl=ttl_seconds, data_ttl=ttl_seconds
        )
        self.ttl = float(ttl_seconds)
        self.max_local = max_local
        self.cooldown = cooldown  # after a Redis failure, seconds before the next try
        # (key, "state" | "data") -> (value, expires at); least recently used first.
        self._local: OrderedDict[tuple[StorageKey, str], tuple[Any, float]] = OrderedDict()
        self._dirty: set[tuple[StorageKey, str]] = set()  # written while Redis was away
        self._retry_at = 0.0

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        """Set the dialog's state (None ends it)."""
        value = state.state if isinstance(state, State) else state
        await self._write(key, "state", value)

    async def get_state(self, key: StorageKey) -> str | None:
        """The dialog's state, or None outside a dialog."""
        value: str | None = await self._read(key, "state")
        return value

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        """Replace the dialog's data."""
        await self._write(key, "data", dict(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        """A copy of the dialog's data."""
        data: dict[str, Any] | None = await self._read(key, "data")
        return dict(data or {})

    async def close(self) -> None:
        """Nothing to close: the Redis client belongs to the app."""

    # --- tiers -----------------------------------------------------------------------------

    async def _read(self, key: StorageKey, part: str) -> Any:
        now = time.monotonic()
        if self._dirty:
            await self._redis_usable(now)  # write back what Redis missed, once it is back
        found = self._local.get((key, part))
        if found is not None and found[1] > now:
            self._local.move_to_end((key, part))
            return found[0]
        if not await self._redis_usable(now):
            return None  # nothing known here and Redis is away: no dialog in progress
        try:
            if part == "state":
                value: Any = await self.redis.get_state(key)
            else:
                value = await self.redis.get_data(key) or None
        except _FAILURES as exc:
            self._failed(exc)
            return None
        self._remember(key, part, value, now)
        return value

    async def _write(self, key: StorageKey, part: str, value: Any) -> None:
        now = time.monotonic()
        self._remember(key, part, value, now)
        if not await self._redis_usable(now):
            self._dirty.add((key, part))
            return
        try:
            await self._store(key, part, value)
        except _FAILURES as exc:
            self._dirty.add((key, part))
            self._failed(exc)

    async def _store(self, key: StorageKey, part: str, value: Any) -> None:
        if part == "state":
            await self.redis.set_state(key, value)
        else:
            await self.redis.set_data(key, value or {})

    async def _redis_usable(self, now: float) -> bool:
        """False while cooling down after a failure; first writes back what Redis missed."""
        if now < self._retry_at:
            return False
        while self._dirty:
            entry = next(iter(self._dirty))
            found = self._local.get(entry)
            try:
                await self._store(entry[0], entry[1], found[0] if found else None)
            except _FAILURES as exc:
                self._failed(exc)
                return False
            self._dirty.discard(entry)
        return True

    def _remember(self, key: StorageKey, part: str, value: Any, now: float) -> None:
        self._local[(key, part)] = (value, now + self.ttl)
        self._local.move_to_end((key, part))
        while len(self._local) > self.max_local:
            oldest = next(iter(self._local))
            if oldest in self._dirty:
                break  # Redis never got it: keep it (the tier grows only during an outage)
            del self._local[oldest]

    def _failed(self, exc: BaseException) -> None:
        if time.monotonic() >= self._retry_at:
            log.warning("dialog state: Redis unreachable (%s); keeping it in memory", exc)
        self._retry_at = time.monotonic() + self.cooldown
