"""Message filters as coroutines.

aiogram runs a synchronous filter, magic filters (`F.text`) included, in a worker thread:
a thread hop for every message it checks. These async filters cost a function call, and
`run_filters_inline` turns every other synchronous filter of a router tree into one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram import Router
from aiogram.types import Message


def run_filters_inline(router: Router) -> int:
    """Make every synchronous filter of `router` and its sub-routers run on the event loop
    (as a coroutine) instead of in aiogram's worker thread; return how many were changed.

    Filters are cheap checks of the update (`F.text`, `F.data.startswith(...)`); a thread
    hop for each of them, for every update that reaches their handler, cost more than the
    checks themselves and kept the loop waiting on a busy thread pool.
    """
    changed = 0
    for observer in router.observers.values():
        handlers = [observer._handler, *observer.handlers]
        for handler in handlers:
            for found in handler.filters or ():
                if not found.awaitable:
                    found.callback = _inline(found.callback)
                    found.awaitable = True
                    changed += 1
    for sub_router in router.sub_routers:
        changed += run_filters_inline(sub_router)
    return changed


def _inline(check: Callable[..., Any]) -> Callable[..., Any]:
    async def inline(*args: Any, **kwargs: Any) -> Any:
        return check(*args, **kwargs)

    return inline


async def has_text(message: Message) -> bool:
    """The message has text (not a sticker, photo, voice note...)."""
    return message.text is not None


async def is_command(message: Message) -> bool:
    """The message is a command: text starting with "/"."""
    return message.text is not None and message.text.startswith("/")
