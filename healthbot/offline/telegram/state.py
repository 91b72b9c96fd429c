"""The fake Telegram's state, and what every area of the Bot API does with it."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import secrets
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from healthbot.offline.server import FakeServer
from healthbot.offline.telegram.limits import MESSAGE_METHODS, Bucket, RateLimits
from healthbot.offline.telegram.objects import (
    NEW_MESSAGE_METHODS,
    OPT_IN_UPDATE_TYPES,
    FakeChat,
    Hold,
    JsonDict,
    PendingUpdate,
    SentMessage,
    StoredFile,
)
from healthbot.offline.telegram.params import ApiError, Params, bad_request

log = logging.getLogger(__name__)


class TelegramState(FakeServer):
    """The fake's state: the bot, its users' chats, the queue of updates, the files,
    the flood limits and the faults; each area of the Bot API is a subclass."""

    name = "fake Telegram"

    def __init__(
        self,
        token: str = "123456:TEST",  # noqa: S107 - a fake server's test token, not a secret
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "healthbot_fake_bot",
        bot_first_name: str = "HealthBot",
        rate_limits: bool = False,
        limits: RateLimits | None = None,
        server_errors: Mapping[str, float] | None = None,
        drops: Mapping[str, float] | None = None,
        jitter: float = 0.0,
        seed: int = 0,
        first_update_id: int | None = None,
        control_token: str | None = None,
    ):
        bot_id, sep, _ = token.partition(":")
        if not sep or not bot_id.isdigit():
            raise ValueError("a bot token looks like '123456:secret'")
        super().__init__(host, port)
        self.token = token
        self.bot_id = int(bot_id)
        self.control_token = control_token or secrets.token_urlsafe(16)
        """The path segment that the control API requires (see ``control_url``)."""
        self.calls: Counter[str] = Counter()
        """How many times each Bot API method was called (wrong-token calls excluded)."""
        self.poll_timeouts: list[int] = []
        """The long-poll `timeout` of each getUpdates call, in order."""
        self._bot_user: JsonDict = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._chats: dict[int, FakeChat] = {}
        self._init_messages()
        self._updates: deque[PendingUpdate] = deque()
        # Telegram's update ids only grow for a bot. A bot that keeps a record of the ids it
        # handled (healthbot's inbox) must not see a new fake reuse them, so by default each
        # fake starts from the clock, in milliseconds: later fakes start higher.
        self._next_update_id = (
            first_update_id if first_update_id is not None else int(time.time() * 1000)
        )
        self._allowed_updates: frozenset[str] | None = None  # None: Telegram's default set
        self._poll_waiter: asyncio.Future[bool] | None = None  # result True: conflict
        self._init_webhook()
        self._callback_chats: dict[str, int] = {}  # callback query id -> chat id
        self._next_callback_id = 1
        self._commands: list[JsonDict] = []
        self._descriptions: dict[str, str] = {}  # language code ("" = default) -> text
        self._short_descriptions: dict[str, str] = {}
        self._files: dict[str, tuple[StoredFile, ...]] = {}  # file_id -> all sizes of it
        self._next_file_number = 1
        self._file_paths: dict[str, StoredFile] = {}  # getFile's file_path -> the file

        self.rate_limits = rate_limits
        """Whether Telegram's flood limits apply (see ``limits``); switchable at any time."""
        self.clock: Callable[[], float] = time.monotonic
        """The flood limits' clock: a test of the buckets' arithmetic sets one of its own, so
        that a loaded machine's slow round trips do not refill them."""
        self._limits = limits or RateLimits()
        self._overall_bucket = self._new_overall_bucket()
        self.rate_limited: Counter[int] = Counter()
        """429 answers given, by chat id (``rate_limited.total()`` for all)."""
        self.refused_by: Counter[str] = Counter()
        """429 answers given, by the limit passed: ``"overall"`` (the bot's 30/s, whatever
        the chat's bucket held), ``"chat"`` or ``"draft"``."""

        self.delays: dict[str, float] = {}
        """Seconds to wait before answering a method, by method name (slow-server faults)."""
        self.jitter = jitter
        """Up to this many seconds more (uniformly drawn) before answering any call."""
        self.server_errors: dict[str, float] = dict(server_errors or {})
        """Share of calls answered 500 or 502, by method name; ``"*"`` for any other method."""
        self.drops: dict[str, float] = dict(drops or {})
        """Share of calls whose connection is closed unanswered, by method name or ``"*"``."""
        self.random = random.Random(seed)  # noqa: S311 - replayable faults, not secrets
        """Draws the faults and the jitter; reseed it to replay a run."""
        self.injected: Counter[str] = Counter()
        """Faults injected, by kind: ``"500"``, ``"502"``, ``"drop"``."""

    def _init_webhook(self) -> None:
        self.webhook_url: str | None = None
        """Where updates are POSTed (``webhook``); None: they wait for getUpdates."""
        self.webhook_secret: str | None = None
        self.webhook_max_connections = 40
        self.webhook_posts: Counter[int] = Counter()
        """Webhook POSTs made, by the status of the answer (0: none: refused, broken, late)."""
        self._webhook_wake = asyncio.Event()
        self._delivery: asyncio.Task[None] | None = None
        self._last_webhook_error: tuple[int, str] | None = None

    @property
    def limits(self) -> RateLimits:
        """The flood limits applied while ``rate_limits`` is on."""
        return self._limits

    @limits.setter
    def limits(self, limits: RateLimits) -> None:
        # New figures start with full buckets; the old buckets' state means nothing to them.
        self._limits = limits
        self._overall_bucket = self._new_overall_bucket()
        for chat in self._chats.values():
            chat.bucket = chat.draft_bucket = None

    def _init_messages(self) -> None:
        # Message ids as Telegram numbers a bot's private chats: one sequence for the bot's
        # account, every chat's messages, the users' and the bot's, in the order they come
        # (a channel or supergroup would have its own; the fake has none).
        self._next_message_id = 1
        self.holds: list[Hold] = []
        """Answers kept back after the call was carried out (see ``hold``)."""

    def new_message_id(self) -> int:
        """Allocate the bot's next message id (one sequence for all its private chats)."""
        message_id = self._next_message_id
        self._next_message_id += 1
        return message_id

    def hold(self, method: str, chat_id: int) -> Hold:
        """Keep back the answers to `method` calls for `chat_id`: each call is carried out
        (a message sent is in the chat), then its answer waits until the hold is released,
        as when a daemon dies between Telegram taking a request and reading its answer."""
        hold = Hold(method, chat_id)
        self.holds.append(hold)
        return hold

    def _chat(self, chat_id: int) -> FakeChat:
        chat = self._chats.get(chat_id)
        if chat is None:
            raise KeyError(f"unknown user/chat {chat_id}; call add_user first")
        return chat

    def last_message_of(self, user_id: int) -> int:
        """The id of the user's newest message to the bot (a bot's ids in private chats are
        one sequence for all its chats, as Telegram's: a chat's first message is seldom 1)."""
        chat = self._chat(user_id)
        return max(i for i, m in chat.messages.items() if m["from"]["id"] == user_id)

    def send_message_update(self, user_id: int, extra: Mapping[str, Any]) -> int:
        """Send a message with extra fields (sticker, photo, voice...); return the update id."""
        chat = self._chat(user_id)
        message: JsonDict = {
            "message_id": self.new_message_id(),
            "from": chat.user.to_api(),
            "chat": chat.user.chat_to_api(),
            "date": int(time.time()),
            **extra,
        }
        chat.messages[message["message_id"]] = message
        return self._enqueue("message", {"message": message})

    def _enqueue(self, kind: str, body: JsonDict) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        # Telegram does not create updates of types the bot did not ask for.
        if self._is_allowed(kind):
            payload = json.dumps({"update_id": update_id, **body}, ensure_ascii=False)
            self._updates.append(PendingUpdate(update_id, kind, payload))
            if self.webhook_url is not None:
                self._webhook_wake.set()
            if self._poll_waiter is not None and not self._poll_waiter.done():
                self._poll_waiter.set_result(False)
        return update_id

    def _is_allowed(self, kind: str) -> bool:
        if self._allowed_updates is None:
            return kind not in OPT_IN_UPDATE_TYPES
        return kind in self._allowed_updates

    def _new_overall_bucket(self) -> Bucket:
        limits = self._limits
        return Bucket(limits.overall, limits.overall_burst, self.clock(), limits.slack)

    def _admit(self, method: str, chat: FakeChat) -> None:
        """Decide whether the bot may act on the chat now; every outgoing send passes here.

        With ``rate_limits`` on, a call over the flood limits gets 429 with ``retry_after``.
        """
        if not self.rate_limits:
            return
        limits = self._limits
        now = self.clock()
        if method == "sendMessageDraft":
            bucket = chat.draft_bucket
            if bucket is None:
                bucket = chat.draft_bucket = Bucket(
                    limits.drafts_per_chat, limits.drafts_burst, now, limits.slack
                )
            if wait := bucket.wait(now):
                self._refuse(chat, wait, "draft")
            bucket.tokens -= 1.0
            return
        if method not in MESSAGE_METHODS:
            return
        bucket = chat.bucket
        if bucket is None:
            bucket = chat.bucket = Bucket(limits.per_chat, limits.per_chat_burst, now, limits.slack)
        overall = self._overall_bucket
        # Check both before taking from either: a refused call uses up nothing.
        chat_wait, overall_wait = bucket.wait(now), overall.wait(now)
        if wait := max(chat_wait, overall_wait):
            self._refuse(chat, wait, "overall" if overall_wait else "chat")
        bucket.tokens -= 1.0
        overall.tokens -= 1.0

    def _refuse(self, chat: FakeChat, wait: float, limit: str) -> NoReturn:
        self.rate_limited[chat.user.user_id] += 1
        self.refused_by[limit] += 1
        retry_after = max(1, math.ceil(wait))
        raise ApiError(
            429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
        )

    def _target(self, params: Params, method: str) -> FakeChat:
        """Resolve chat_id to a chat the bot may write to (400/403 otherwise)."""
        chat_id = params.opt_int("chat_id")
        if chat_id is None:
            if params.has("chat_id"):  # @channelusername and the like
                raise bad_request("chat not found")
            raise bad_request("chat_id is empty")
        chat = self._chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        self._admit(method, chat)
        return chat

    def _record(self, chat: FakeChat, entry: SentMessage) -> None:
        chat.log.append(entry)
        if entry.method not in NEW_MESSAGE_METHODS:
            return
        chat.replies.append(entry)
        if chat.waiters:
            arrived = len(chat.replies)
            for target, waiter in chat.waiters:
                if target <= arrived and not waiter.done():
                    waiter.set_result(None)
