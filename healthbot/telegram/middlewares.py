"""Middlewares on every update: timing, request id, handler name, and the error boundary."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import TelegramObject, Update

from healthbot.logs import REQUEST_ID, UPDATE, Throttle, more_held_back
from healthbot.metrics import SLOW_UPDATES, UPDATE_LATENCY, UPDATES, UPDATES_IN_FLIGHT, child
from healthbot.ops import OpKey

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


@dataclass(slots=True)
class UpdateContext:
    """What the middlewares learn about one update while it is handled (its request id is in
    `healthbot.logs.REQUEST_ID`)."""

    handler: str = "none"
    # Files downloaded from Telegram for this update, by file id: a handler that passes the
    # update on (SkipHandler) leaves what it downloaded to the next one, which would
    # otherwise fetch the same bytes again (a photo: the barcode reader, then the coach).
    files: dict[str, bytes] = field(default_factory=dict)


PER_UPDATE: dict[str, type] = {"op": OpKey, "update_context": UpdateContext}
"""What the timing middleware adds to every update's data, by handler parameter name."""


class TimingMiddleware(BaseMiddleware):
    """Outer middleware: request id, operation key, latency per handler, outcome, slow updates.

    Handlers receive `op: OpKey` (the update's idempotency key) and `update_context`. It
    replaces aiogram's INFO line per update. Exceptions pass through to the intake, which
    retries the update or gives up on it (and tells the user).
    """

    def __init__(self, slow_seconds: float = 3.0) -> None:
        self.slow_seconds = slow_seconds
        self._slow_lines = Throttle()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Time one update from the outside."""
        assert isinstance(event, Update)
        request_id = REQUEST_ID.get()
        token = None
        if request_id == "-":  # not set by the intake (aiogram's own polling)
            request_id = os.urandom(6).hex()
            token = REQUEST_ID.set(request_id)
        chat = data.get("event_chat")
        update_token = UPDATE.set((event.update_id, chat.id if chat is not None else None))
        context = UpdateContext()
        data["update_context"] = context
        data["op"] = OpKey.for_update(event.update_id)
        UPDATES_IN_FLIGHT.inc()
        start = time.perf_counter()
        outcome = "handled"
        try:
            result = await handler(event, data)
            if result is UNHANDLED:
                outcome = "unhandled"
            return result
        except TelegramForbiddenError:
            outcome = "blocked"
            raise
        except Exception:
            outcome = "error"
            raise
        finally:
            elapsed = time.perf_counter() - start
            UPDATES_IN_FLIGHT.dec()
            child(UPDATE_LATENCY, context.handler).observe(elapsed)
            child(UPDATES, event.event_type, context.handler, outcome).inc()
            if elapsed > self.slow_seconds:
                SLOW_UPDATES.inc()
                if (held := self._slow_lines(context.handler)) is not None:
                    log.warning(
                        "slow update %d (request %s) in %s: %.2f s%s",
                        event.update_id, request_id, context.handler, elapsed,
                        more_held_back(held, "update"),
                    )  # fmt: skip
            UPDATE.reset(update_token)
            if token is not None:
                REQUEST_ID.reset(token)


class HandlerNameMiddleware(BaseMiddleware):
    """Inner middleware: records which handler runs, for the outer timing labels."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Name the handler, then run it."""
        context: UpdateContext | None = data.get("update_context")
        found: HandlerObject | None = data.get("handler")
        if context is not None and found is not None:
            context.handler = getattr(found.callback, "__name__", "handler")
        return await handler(event, data)
