"""Several processes on one Redis: each one's local tier hears of the others' writes.

An invalidation (or a write-through `put`) reaches this process's local tier and Redis at
once. The local tiers of the other processes sharing that Redis (several daemons, `healthbot
run --role`) hear of it on one pub/sub channel and drop their copy: one Redis hop after the
write, normally long before the chat's next update can be claimed by another daemon (a claim
takes several database round trips after the update is marked done).

Pub/sub keeps nothing for a listener that is not connected. So a process that was deaf (its
subscription down, Redis restarting) empties its local tier when it hears again, and while
deaf serves no local value older than `DEAF_LOCAL_SECONDS`: a copy that another process's
write made stale lives at most that long. A publish that fails trips the cache's breaker
like any Redis command, and the invalidation is published again when Redis comes back.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable
from typing import Final

import redis.asyncio

from healthbot.backoff import Backoff
from healthbot.cache.client import REDIS_FAILURES

log = logging.getLogger("healthbot.cache")

DEAF_LOCAL_SECONDS: Final = 2.0
"""While the subscription is down, a local value is served only this long after it was stored."""


class Coherence:
    """This process's side of the channel: what it publishes, and the listener of the rest."""

    def __init__(self, url: str, channel: str, *, connect_timeout: float = 1.0) -> None:
        self.channel = channel
        self.origin = secrets.token_hex(8)  # this process: its own messages are not news
        # A connection of its own, with no read timeout: a quiet channel is not a dead one
        # (the cache's client times out each command in a fraction of a second).
        self._url = url
        self._connect_timeout = connect_timeout
        self._heard_since: float | None = None

    def message(self, namespace: str, key: str | None) -> bytes:
        """What to publish for a key (None: the whole namespace) this process invalidated."""
        return json.dumps([self.origin, namespace, key]).encode()

    def local_since(self) -> float | None:
        """The oldest local value still to be trusted (monotonic), or None: all of them."""
        if self._heard_since is not None:
            return None
        return time.monotonic() - DEAF_LOCAL_SECONDS

    async def listen(
        self, forget: Callable[[str, str | None], None], forget_all: Callable[[], None]
    ) -> None:
        """Until cancelled: apply the other processes' invalidations with `forget`; after a
        time deaf (and at the start), `forget_all` first."""
        backoff = Backoff(start=0.2, cap=5.0)
        client = redis.asyncio.Redis.from_url(
            self._url, socket_connect_timeout=self._connect_timeout
        )
        try:
            while True:
                try:
                    await self._subscribed(client, forget, forget_all, backoff)
                except REDIS_FAILURES as exc:
                    if self._heard_since is not None:
                        log.warning("cache: the invalidation channel was lost (%s)", exc)
                except Exception:  # never silently deaf for good: say it, and try again
                    log.exception("cache: the invalidation channel failed")
                finally:
                    self._heard_since = None
                await backoff.sleep()
        finally:
            await client.aclose()

    async def _subscribed(
        self,
        client: redis.asyncio.Redis,
        forget: Callable[[str, str | None], None],
        forget_all: Callable[[], None],
        backoff: Backoff,
    ) -> None:
        async with client.pubsub(ignore_subscribe_messages=True) as pubsub:
            await pubsub.subscribe(self.channel)
            forget_all()  # what was stored while deaf may have missed a message
            self._heard_since = time.monotonic()
            backoff.reset()
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    self._apply(message["data"], forget)

    def _apply(self, data: bytes, forget: Callable[[str, str | None], None]) -> None:
        try:
            origin, namespace, key = json.loads(data)
        except (ValueError, TypeError):
            log.warning("cache: an unreadable invalidation on %s", self.channel)
            return
        if origin != self.origin and isinstance(namespace, str):
            forget(namespace, key if isinstance(key, str) else None)
