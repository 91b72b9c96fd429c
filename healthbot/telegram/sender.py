"""The paced sender: every Bot API call the bot makes passes here (an aiogram request middleware).

It keeps to Telegram's limits (about 1 message/s per chat with short bursts, 30 messages/s
overall), waits out 429 `retry_after`, retries 5xx and network errors with backoff and jitter,
reports 403 (the user blocked the bot) to a callback, and never drops a reply: a send either
reaches Telegram or raises to the handler after `give_up_after` seconds of trying, or at
once when the daemon is stopping (stop wins over every retry: the update stays unfinished in
the inbox and runs again at the next start).

It also keeps the reply ledger (`ledger`): each message sent while handling an update or
running a job is recorded under (delivery key, sequence number), so that an update handled
again after a crash or a failure, or a job run again, does not send the same reply twice. Which
delivery a call belongs to comes from the context variable `ledger.DELIVERY`, set by the chat
lanes (`lanes.Lanes`) around each handler or job.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import Response, TelegramType
from pydantic import TypeAdapter

from healthbot.backoff import Backoff, sleep_unless
from healthbot.metrics import REPLY_UNRECORDED, SEND_QUEUE, SEND_RETRIES, SEND_WAIT
from healthbot.telegram.flood import SharedFlood
from healthbot.telegram.ledger import DELIVERY

log = logging.getLogger(__name__)

# Calls that put something in a chat: paced, and (when not idempotent) kept in the ledger.
PACED = (SendMessage, SendPhoto, SendDocument, EditMessageText, EditMessageReplyMarkup)
RECORDED = (SendMessage, SendPhoto, SendDocument)
_BACKOFF_START = 0.5
# A reply that waits longer than this between tries is worse than one more request: a
# flaky Bot API (some answers 5xx) is retried soon; a real outage still backs off to it.
_BACKOFF_MAX = 10.0


@dataclass(frozen=True, slots=True)
class SendLimits:
    """Telegram's flood limits as the sender keeps them (None: no pacing)."""

    chat_rate: float = 1.0  # messages per second, sustained, per chat
    chat_burst: int = 3  # messages a quiet chat may receive at once
    global_rate: float = 30.0  # messages per second over all chats
    global_burst: int = 30
    # Added to every wait: Telegram counts a message when it arrives, a little after we
    # reserve its turn here, so a wait timed to the millisecond would sometimes be early.
    margin: float = 0.1


@dataclass(slots=True)
class _Bucket:
    """A token bucket; `reserve` returns how long the caller must wait for its token."""

    rate: float
    burst: float
    tokens: float = 0.0
    updated: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def reserve(self, now: float) -> float:
        # Tokens may go negative: each waiter reserves its own future token, so that
        # concurrent senders queue up in arrival order without polling.
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate

    def full(self, now: float) -> bool:
        """Whether the bucket has refilled completely (a new one would be the same)."""
        return self.tokens + (now - self.updated) * self.rate >= self.burst

    def pause(self, seconds: float, now: float) -> None:
        """Telegram said wait: the next token comes in `seconds` (the refused one is given
        back, then spent again by the retry)."""
        self.tokens = 1.0 - seconds * self.rate
        self.updated = now


class PacedSender(BaseRequestMiddleware):
    """Paces, retries and records outgoing Bot API calls."""

    def __init__(
        self,
        limits: SendLimits | None,
        on_blocked: Callable[[int], Awaitable[None]] | None = None,
        give_up_after: float = 600.0,
        shared: SharedFlood | None = None,
    ) -> None:
        self.limits = limits
        # With several daemons the turns are taken in Redis (`flood`); the local buckets
        # then only pace this process's share while Redis cannot be reached.
        self.shared = shared if limits is not None else None
        self._fallback: _Bucket | None = None
        self.on_blocked = on_blocked
        self.give_up_after = give_up_after
        self._chats: dict[int | str, _Bucket] = {}
        self._global = _Bucket(limits.global_rate, limits.global_burst) if limits else None
        self._sweep_at = time.monotonic() + 60
        self._stop: asyncio.Event | None = None
        self.last_failure: str | None = None  # why the latest call is being retried, if it is

    def stop_when(self, stop: asyncio.Event) -> None:
        """Once `stop` is set, a failed call raises at once instead of being retried."""
        self._stop = stop

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        """Send `method` under the limits, with retries; replay recorded results."""
        delivery = DELIVERY.get()  # set by lanes.Lanes._handle; None outside a handler or job
        seq = delivery.next_seq() if delivery is not None and isinstance(method, RECORDED) else None
        if delivery is not None and seq is not None:
            recorded = await delivery.recorded(seq)
            if recorded is not None:
                log.info("%s: reply %d was already sent; not sending it again", delivery.key, seq)
                return cast(Response[TelegramType], _decode(method, recorded, bot))
        result = await self._send(make_request, bot, method)
        if delivery is not None and seq is not None:
            answered = time.perf_counter()
            await delivery.record(seq, method, result)
            REPLY_UNRECORDED.observe(time.perf_counter() - answered)
        return result

    async def _send(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        chat_id = getattr(method, "chat_id", None)
        paced = self.limits is not None and isinstance(method, PACED) and chat_id is not None
        deadline = time.monotonic() + self.give_up_after
        backoff = Backoff(_BACKOFF_START, _BACKOFF_MAX)
        while True:
            if paced:
                assert chat_id is not None
                await self._wait_turn(chat_id)
            try:
                response = await make_request(bot, method)
            except TelegramRetryAfter as exc:
                SEND_RETRIES.labels("retry_after").inc()
                log.warning("429 from Telegram for chat %s: waiting %d s", chat_id, exc.retry_after)
                if paced:
                    assert chat_id is not None
                    await self._pause(chat_id, exc.retry_after)  # the next turn comes after it
                elif await sleep_unless(self._stop, exc.retry_after):
                    raise
                continue
            except TelegramForbiddenError:
                await self._blocked(chat_id)
                raise
            except TelegramBadRequest as exc:
                if _harmless(method, exc):
                    return True  # type: ignore[return-value]  # both methods may return True
                raise
            except (TelegramServerError, TelegramNetworkError) as exc:
                if not await self._retry_later(method, exc, backoff, deadline):
                    raise
            else:
                self.last_failure = None
                return response

    async def _retry_later(
        self, method: TelegramMethod[Any], exc: Exception, backoff: Backoff, deadline: float
    ) -> bool:
        """Wait before trying a failed call again; False when it must not be retried:
        past `give_up_after`, or stopping (stop wins over every retry)."""
        stopping = self._stop is not None and self._stop.is_set()
        if stopping or time.monotonic() + backoff.peek() > deadline:
            return False
        delay = backoff.delay()
        SEND_RETRIES.labels("server" if isinstance(exc, TelegramServerError) else "network").inc()
        self.last_failure = f"{method.__api_method__} failed ({exc})"
        log.warning("%s failed (%s); retrying in %.1f s", method.__api_method__, exc, delay)
        return not await sleep_unless(self._stop, delay)

    async def _blocked(self, chat_id: Any) -> None:
        """Report a 403 (the user blocked the bot) to the callback."""
        if self.on_blocked is not None and isinstance(chat_id, int) and chat_id > 0:
            try:
                await self.on_blocked(chat_id)
            except Exception as exc:  # the 403 is what the handler must hear of
                log.warning("could not mark chat %d as blocked: %s", chat_id, exc)

    async def _wait_turn(self, chat_id: int | str) -> None:
        assert self.limits is not None and self._global is not None
        wait = await self.shared.reserve(chat_id) if self.shared is not None else None
        if wait is None:
            now = time.monotonic()
            wait = max(self._chat_bucket(chat_id).reserve(now), self._bot_bucket().reserve(now))
            if now > self._sweep_at:
                self._sweep(now)
        if wait > 0:
            wait += self.limits.margin
            SEND_QUEUE.inc()
            try:
                await asyncio.sleep(wait)
            finally:
                SEND_QUEUE.dec()
        SEND_WAIT.observe(wait)

    def _chat_bucket(self, chat_id: int | str) -> _Bucket:
        assert self.limits is not None
        bucket = self._chats.get(chat_id)
        if bucket is None:
            bucket = self._chats[chat_id] = _Bucket(self.limits.chat_rate, self.limits.chat_burst)
        return bucket

    def _bot_bucket(self) -> _Bucket:
        """The bot-wide bucket: the whole rate alone, this worker's share when shared."""
        assert self.limits is not None and self._global is not None
        if self.shared is None:
            return self._global
        rate = self.shared.local_rate
        if self._fallback is None or self._fallback.rate != rate:
            share = rate / self.limits.global_rate
            self._fallback = _Bucket(rate, max(1, int(self.limits.global_burst * share)))
        return self._fallback

    async def _pause(self, chat_id: int | str, seconds: float) -> None:
        """No message for `seconds` (Telegram said so): from any worker when shared, else
        to this chat."""
        if self.shared is not None and await self.shared.pause(seconds):
            return
        now = time.monotonic()
        self._chat_bucket(chat_id).pause(seconds, now)
        if self.shared is not None:  # Redis down: every send of this worker waits
            self._bot_bucket().pause(seconds, now)

    def _sweep(self, now: float) -> None:
        """Forget buckets that are full again (idle chats), so memory stays bounded."""
        self._chats = {k: b for k, b in self._chats.items() if not b.full(now)}
        self._sweep_at = now + 60


def _harmless(method: TelegramMethod[Any], exc: TelegramBadRequest) -> bool:
    """400s that mean "already done": an edit to the same text, an expired button answer."""
    text = exc.message.lower()
    if isinstance(method, EditMessageText | EditMessageReplyMarkup):
        return "message is not modified" in text
    return isinstance(method, AnswerCallbackQuery) and "query is too old" in text


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _decode(method: TelegramMethod[TelegramType], data: str, bot: Bot) -> Any:
    returning = method.__returning__
    adapter = _ADAPTERS.get(returning)
    if adapter is None:
        adapter = _ADAPTERS[returning] = TypeAdapter(returning)
    return adapter.validate_json(data, context={"bot": bot})
