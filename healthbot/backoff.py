"""One retry delay for every loop that waits for a dependency: exponential, jittered, capped.

`Backoff.sleep(stop)` returns early (True) when `stop` is set, and `unless_stopped` abandons
any awaitable when it is, so that no retry loop or call outlives a SIGTERM: "stop wins" over
every wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


class Backoff:
    """Delays of start, start x factor, ... up to `cap` seconds, each jittered by +-`jitter`."""

    def __init__(
        self, start: float = 0.5, cap: float = 30.0, factor: float = 2.0, jitter: float = 0.5
    ) -> None:
        self.start = start
        self.cap = cap
        self.factor = factor
        self.jitter = jitter
        self._next = start

    def reset(self) -> None:
        """The dependency answered: the next failure waits `start` again."""
        self._next = self.start

    def peek(self) -> float:
        """The next delay before jitter (to decide whether one more try still fits)."""
        return self._next

    def delay(self) -> float:
        """The next delay, jittered; later delays grow up to the cap."""
        base = self._next
        self._next = min(self._next * self.factor, self.cap)
        # Jitter spreads the retries of many waiters (chats, processes) over time.
        return base * random.uniform(1 - self.jitter, 1 + self.jitter)  # noqa: S311 - not crypto

    async def sleep(self, stop: asyncio.Event | None = None, seconds: float | None = None) -> bool:
        """Wait the next delay (or `seconds`); True if `stop` was set before or during it."""
        wait = self.delay() if seconds is None else seconds
        return await sleep_unless(stop, wait)


async def sleep_unless(stop: asyncio.Event | None, seconds: float) -> bool:
    """Sleep `seconds` unless `stop` is set first; True if it was set."""
    if stop is None:
        await asyncio.sleep(seconds)
        return False
    if stop.is_set():
        return True
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await stop.wait()
    return stop.is_set()


async def unless_stopped(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """Await `work` unless `stop` is set first (then cancel it and return None)."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
    if task.done():
        return task.result()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return None
