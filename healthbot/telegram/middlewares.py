"""Middlewares on every update: timing, request id, handler name, and the error boundary."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.types import TelegramObject, Update

from healthbot.logs import REQUEST_ID
from healthbot.metrics import SLOW_UPDATES, UPDATE_LATENCY, UPDATES, UPDATES_IN_FLIGHT
from healthbot.texts import texts_of

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


@dataclass(slots=True)
class UpdateContext:
    """What the middlewares learn about one update while it is handled."""

    request_id: str
    handler: str = "none"


class TimingMiddleware(BaseMiddleware):
    """Outer middleware: request id, latency per handler, slow-update warning, error boundary.

    It replaces aiogram's INFO line per update. An exception from a handler stops here: it is
    logged with the request id, counted, and the user gets a short apology.
    """

    def __init__(self, slow_seconds: float = 3.0) -> None:
        self.slow_seconds = slow_seconds

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Time one update from the outside."""
        assert isinstance(event, Update)
        context = UpdateContext(request_id=uuid.uuid4().hex[:12])
        data["update_context"] = context
        token = REQUEST_ID.set(context.request_id)
        UPDATES_IN_FLIGHT.inc()
        start = time.perf_counter()
        outcome = "handled"
        try:
            result = await handler(event, data)
            if result is UNHANDLED:
                outcome = "unhandled"
            return result
        except Exception:
            outcome = "error"
            log.exception("update %d failed in %s", event.update_id, context.handler)
            await self._apologise(event, data.get("bot"), context.request_id)
            return None
        finally:
            elapsed = time.perf_counter() - start
            UPDATES_IN_FLIGHT.dec()
            UPDATE_LATENCY.labels(context.handler).observe(elapsed)
            UPDATES.labels(event.event_type, context.handler, outcome).inc()
            if elapsed > self.slow_seconds:
                SLOW_UPDATES.inc()
                log.warning(
                    "slow update %d in %s: %.2f s", event.update_id, context.handler, elapsed
                )
            REQUEST_ID.reset(token)

    @staticmethod
    async def _apologise(update: Update, bot: Bot | None, request_id: str) -> None:
        chat = update.event.chat if hasattr(update.event, "chat") else None
        user = getattr(update.event, "from_user", None)
        if bot is None or chat is None:
            return
        text = texts_of(user).internal_error
        try:
            await bot.send_message(chat.id, text.format(request_id=request_id))
        except Exception:  # the apology itself failing must not hide the first error
            log.warning("could not tell chat %d about the failure", chat.id, exc_info=True)


class HandlerNameMiddleware(BaseMiddleware):
    """Inner middleware: records which handler runs, for the outer timing labels."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Name the handler, then run it."""
        context: UpdateContext | None = data.get("update_context")
        found: HandlerObject | None = data.get("handler")
        if context is not None and found is not None:
            context.handler = getattr(found.callback, "__name__", "handler")
        return await handler(event, data)
