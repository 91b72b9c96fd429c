"""aiogram request middlewares of our own: API-call metrics, and pinned response types."""

from __future__ import annotations

import time
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

from healthbot.metrics import LAST_GET_UPDATES, TELEGRAM_CALLS, TELEGRAM_LATENCY


class ApiMetricsMiddleware(BaseRequestMiddleware):
    """Counts Bot API calls by method and outcome, times them, and notes the last good poll."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        """Time one call; the outcome is "ok" or the exception's class name."""
        name: str = method.__api_method__
        start = time.perf_counter()
        outcome = "ok"
        try:
            response = await make_request(bot, method)
        except BaseException as exc:
            outcome = type(exc).__name__
            raise
        finally:
            TELEGRAM_LATENCY.labels(name).observe(time.perf_counter() - start)
            TELEGRAM_CALLS.labels(name, outcome).inc()
        if name == "getUpdates":  # the alert on a stalled intake watches this one
            LAST_GET_UPDATES.set_to_current_time()
        return response


class PinnedResponseTypes(BaseRequestMiddleware):
    """Keeps a strong reference to each `Response[T]` aiogram builds to parse an answer.

    pydantic caches parametrized generic models in a WeakValueDictionary. aiogram asks for
    `Response[<method's return type>]` on every call; with no other reference, a full garbage
    collection drops the class and the next call builds it again, which takes milliseconds.
    """

    def __init__(self) -> None:
        self._pinned: dict[type[TelegramMethod[Any]], type[Response[Any]]] = {}

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        """Pin this method's response type (once), then make the call."""
        kind = type(method)
        if kind not in self._pinned:
            # A type known only at run time: mypy cannot check a subscript by a variable.
            self._pinned[kind] = Response[method.__returning__]  # type: ignore[name-defined]
        return await make_request(bot, method)
