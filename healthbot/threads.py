"""Work run in a thread of its own that never holds up the process's exit."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Callable, MutableSet
from typing import Any, TypeVar

T = TypeVar("T")


async def in_daemon_thread(
    fn: Callable[..., T],
    *args: Any,
    name: str,
    running: MutableSet[threading.Thread] | None = None,
) -> T:
    """`fn(*args)` in a daemon thread, awaited. Unlike `asyncio.to_thread`, a stop does not
    wait for it: `asyncio.run` waits for the default executor's threads at its end, and a
    load of several seconds would outlast the drain. `running` holds the thread while it
    runs (whoever must know that it still does)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def run() -> None:
        try:
            result = fn(*args)
        except BaseException as exc:  # handed to the awaiting task
            outcome = functools.partial(future.set_exception, exc)
        else:
            outcome = functools.partial(future.set_result, result)
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody waits any more
            loop.call_soon_threadsafe(settle, outcome)
        if running is not None:
            running.discard(threading.current_thread())

    thread = threading.Thread(target=run, name=name, daemon=True)
    if running is not None:
        running.add(thread)
    thread.start()
    return await future
