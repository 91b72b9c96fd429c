"""Metrics for every Bot API call, as an aiogram request middleware."""

from __future__ import annotations

import time

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

from healthbot.metrics import TELEGRAM_CALLS, TELEGRAM_LATENCY


class ApiMetricsMiddleware(BaseRequestMiddleware):
    """Counts Bot API calls by method and outcome and times them."""

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
            return await make_request(bot, method)
        except BaseException as exc:
            outcome = type(exc).__name__
            raise
        finally:
            TELEGRAM_LATENCY.labels(name).observe(time.perf_counter() - start)
            TELEGRAM_CALLS.labels(name, outcome).inc()
