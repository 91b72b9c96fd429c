"""Waiting in tests: on a condition, with a deadline, never a fixed sleep as synchronisation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def until(
    condition: Callable[[], object],
    timeout: float = 60.0,
    *,
    interval: float = 0.02,
    what: str = "",
) -> None:
    """Return as soon as `condition()` is true; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout} s: {what or condition}")
        await asyncio.sleep(interval)
