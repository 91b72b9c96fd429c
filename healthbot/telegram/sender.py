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
import json
import logging
import time
from collections import deque
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
from aiogram.types import Message
from pydantic import TypeAdapter

from healthbot.backoff import Backoff, sleep_unless
from healthbot.metrics import REPLY_UNRECORDED, SEND_QUEUE, SEND_RETRIES, SEND_WAIT
from healthbot.telegram.flood import SharedFlood
from healthbot.telegram.ledger import DELIVERY, Delivery
from healthbot.telegram.probe import find_reply

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
    global_rate: float = 30.0  # messages per second over all chats, in any second
    # Messages the bot may send at once: `global_burst` turns in any `global_burst /
    # global_rate` s (a whole division of `global_rate` keeps any second to it). One: a turn
    # every 1/30 s. A burst of 30 at once then 30 a second later measured the same rate but
    # reached the fake Telegram as clumps: 45-60 in one of its seconds against 31-35.
    global_burst: int = 1
    # Added to a wait for a chat's turn: Telegram counts a message when it arrives, a little
    # after we reserve its turn here, so a wait timed to the millisecond would sometimes be
    # early. (Not to the bot's: a margin on some sends and not on others clumps them.)
    margin: float = 0.1


@dataclass(slots=True)
class _Bucket:
    """A chat's token bucket (`rate`, `burst`), kept as GCRA as `flood` keeps it in Redis:
    `due` is when the bucket would be full again; `reserve` returns how long the caller
    must wait for its token."""

    rate: float
    burst: int
    due: float = 0.0

    def reserve(self, now: float) -> float:
        # `due` may run ahead of now: each waiter reserves its own future token, so that
        # concurrent senders queue up in arrival order without polling.
        gap = 1.0 / self.rate
        at = max(now, self.due - (self.burst - 1) * gap)
        self.due = max(self.due, at) + gap
        return at - now

    def later(self, at: float) -> None:
        """The message whose token was just taken leaves at `at`, after its token came (it
        waited for the bot's turn): the bucket counts it then, or the chat's next messages
        could follow it closer than the rate allows."""
        self.due = max(self.due, at + 1.0 / self.rate)

    def full(self, now: float) -> bool:
        """Whether the bucket has refilled completely (a new one would be the same)."""
        return self.due <= now

    def pause(self, seconds: float, now: float) -> None:
        """Telegram said wait: the next token comes in `seconds` (the refused one is given
        back, then spent again by the retry)."""
        self.due = now + seconds + (self.burst - 1) / self.rate


@dataclass(slots=True)
class _Window:
    """At most `turns` turns in any `seconds`: the latest turns, given in order (a sliding
    log); `reserve` returns how long the caller must wait for its turn."""

    turns: int
    seconds: float
    log: deque[float] = field(default_factory=deque)
    not_before: float = 0.0

    def reserve(self, now: float) -> float:
        # Like the bucket's tokens, turns are taken ahead: concurrent senders queue up in
        # arrival order without polling.
        at = max(now, self.not_before, self.log[-1] if self.log else now)
        if len(self.log) >= self.turns:
            at = max(at, self.log[0] + self.seconds)
            self.log.popleft()
        self.log.append(at)
        return at - now

    def pause(self, seconds: float, now: float) -> None:
        """Telegram said wait: no turn before `seconds` from now."""
        self.not_before = max(self.not_before, now + seconds)


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
        self._fallback: _Window | None = None
        self._fallback_rate = 0.0
        self.on_blocked = on_blocked
        self.give_up_after = give_up_after
        self._chats: dict[int | str, _Bucket] = {}
        self._global = _window(limits.global_rate, limits.global_burst) if limits else None
        self._sweep_at = time.monotonic() + 60
        self._stop: asyncio.Event | None = None
        self.last_failure: str | None = None  # why the latest call is being retried, if it is
        # The highest message id in Telegram's answers so far: a reply sent next gets a higher
        # one (one sequence for all the bot's private chats), which the probe counts from.
        self.highest_seen = 0

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
            after = delivery.in_flight(seq)
            if after is not None:  # sent by a daemon that died before reading the answer?
                found = await self._probe(make_request, bot, method, (delivery, seq, after))
                if found is not None:
                    await delivery.record(seq, method, found)
                    return cast(Response[TelegramType], found)
            await delivery.mark(seq, method, self.highest_seen)
        result = await self._send(make_request, bot, method)
        if isinstance(result, Message) and result.message_id > self.highest_seen:
            self.highest_seen = result.message_id
        if delivery is not None and seq is not None:
            answered = time.perf_counter()
            await delivery.record(seq, method, result)
            REPLY_UNRECORDED.observe(time.perf_counter() - answered)
        return result

    async def _probe(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
        in_flight: tuple[Delivery, int, int],
    ) -> Any:
        """The reply in flight (delivery, seq, highest id seen before it), found in its chat
        by the probe (as a replay returns it), or None."""
        delivery, seq, after = in_flight

        async def call(edit: TelegramMethod[Any]) -> Any:
            chat_id = getattr(edit, "chat_id", None)
            if self.limits is not None and chat_id is not None:
                await self._wait_turn(chat_id)
            return await make_request(bot, edit)

        message_id = await find_reply(
            call, method, delivery, seq, after, paced=self.limits is not None
        )
        if message_id is None:
            return None
        chat = {"id": getattr(method, "chat_id", 0), "type": "private"}
        data = json.dumps({"message_id": message_id, "date": int(time.time()), "chat": chat})
        return _decode(method, data, bot)

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
        """Wait for the chat's turn, then for the bot's. In that order: a bot's turn taken
        with the chat's but used when the chat's came, later, would not be the moment the
        bot's turns were counted at, and the bot could send more in a second than its rate."""
        assert self.limits is not None
        waited, chat_taken = 0.0, False
        if self.shared is not None:
            turn = await self.shared.reserve(chat_id)
            if turn is not None and not turn.bot:  # the chat's turn comes first
                waited += await self._sleep(turn.wait, self.limits.margin)
                chat_taken = True
                turn = await self.shared.reserve(chat_id, chat_taken=True)
            if turn is not None:
                SEND_WAIT.observe(waited + await self._sleep(turn.wait))
                return
        now = time.monotonic()
        if not chat_taken:
            chat = self._chat_bucket(chat_id)
            waited += await self._sleep(chat.reserve(now), self.limits.margin)
            now = time.monotonic()
        wait = self._bot_bucket().reserve(now)
        if not chat_taken:
            chat.later(now + wait)
        if now > self._sweep_at:
            self._sweep(now)
        SEND_WAIT.observe(waited + await self._sleep(wait))

    async def _sleep(self, wait: float, margin: float = 0.0) -> float:
        """Wait `wait` s and `margin` (none if no wait); the time waited."""
        if wait <= 0:
            return 0.0
        wait += margin
        SEND_QUEUE.inc()
        try:
            await asyncio.sleep(wait)
        finally:
            SEND_QUEUE.dec()
        return wait

    def _chat_bucket(self, chat_id: int | str) -> _Bucket:
        assert self.limits is not None
        bucket = self._chats.get(chat_id)
        if bucket is None:
            bucket = self._chats[chat_id] = _Bucket(self.limits.chat_rate, self.limits.chat_burst)
        return bucket

    def _bot_bucket(self) -> _Window:
        """The bot-wide turns: the whole rate alone, this worker's share when shared."""
        assert self.limits is not None and self._global is not None
        if self.shared is None:
            return self._global
        rate = self.shared.local_rate
        if self._fallback is None or self._fallback_rate != rate:
            share = rate / self.limits.global_rate
            self._fallback = _window(rate, max(1, int(self.limits.global_burst * share)))
            self._fallback_rate = rate
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


def _window(rate: float, burst: int) -> _Window:
    """The bot's turns: `burst` at once at most, `rate` a second over any second."""
    return _Window(burst, burst / rate)
