"""The fake Telegram's webhook: setWebhook, and delivering the updates by POST.

While a webhook is set, the fake POSTs each update to its URL (JSON, with the secret in
``X-Telegram-Bot-Api-Secret-Token``) instead of serving getUpdates, which then fails with 409
as Telegram's does. An update counts as delivered on a 2xx answer; anything else (another
status, a refused or broken connection, no answer in ``webhook_timeout`` seconds) is retried
later with a growing delay, as Telegram retries.

Delivery runs up to ``max_connections`` requests at once, in update order, and one update
at a time per chat: a chat's next update waits until the one before it was answered 2xx.
Telegram documents neither the order nor this; it is the reading under which bots that
rely on a chat's updates arriving in order are right. A bot that is not (one that could store
a chat's updates out of update_id order) is not caught by this fake.

The URL may be plain http on loopback (Telegram wants https on 443, 80, 88 or 8443): tests
and drivers run the receiver without the TLS-terminating proxy that production puts before it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import Counter
from typing import Any, Final

import aiohttp

from healthbot.offline.telegram.objects import JsonDict, PendingUpdate
from healthbot.offline.telegram.params import Params, bad_request
from healthbot.offline.telegram.updates import UpdatesApi

log = logging.getLogger(__name__)

_RETRY_FIRST: Final = 0.1  # seconds; Telegram's own delays are longer and unpublished
_RETRY_MAX: Final = 2.0
_SECRET_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class WebhookApi(UpdatesApi):
    """setWebhook, deleteWebhook, getWebhookInfo, and the delivery by POST."""

    webhook_timeout = 10.0
    """Seconds the fake waits for the bot's answer to a POST before it retries."""

    @property
    def webhook_active(self) -> bool:
        """Whether updates go by webhook rather than getUpdates."""
        return self.webhook_url is not None

    async def _set_webhook(self, params: Params) -> bool:
        url = params.opt_str("url") or ""
        if not url:
            await self._delete_webhook(params)
            return True
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise bad_request("bad webhook: HTTPS url must be provided for webhook")
        secret = params.opt_str("secret_token")
        if secret is not None and (not 1 <= len(secret) <= 256 or not set(secret) <= _SECRET_CHARS):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        connections = params.opt_int("max_connections") or 40
        if not 1 <= connections <= 100:
            raise bad_request("bad webhook: max_connections must be between 1 and 100")
        allowed = params.opt_json("allowed_updates")
        if isinstance(allowed, list):
            self._set_allowed_updates(frozenset(str(kind) for kind in allowed) or None)
        if params.opt_bool("drop_pending_updates"):
            self._updates.clear()
        self.webhook_url, self.webhook_secret = url, secret
        self.webhook_max_connections = connections
        if self._delivery is None or self._delivery.done():
            self._delivery = asyncio.create_task(self._deliver(), name="fake-webhook")
        self._webhook_wake.set()
        return True

    async def _delete_webhook(self, params: Params) -> bool:
        if params.opt_bool("drop_pending_updates"):
            self._updates.clear()
        self.webhook_url = self.webhook_secret = None
        self._webhook_wake.set()  # the delivery sees it is off and ends; its POSTs in flight finish
        return True

    async def _get_webhook_info(self, params: Params) -> JsonDict:
        info: JsonDict = {
            "url": self.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook_active:
            info["max_connections"] = self.webhook_max_connections
            if self._allowed_updates is not None:
                info["allowed_updates"] = sorted(self._allowed_updates)
            if self._last_webhook_error is not None:
                info["last_error_date"], info["last_error_message"] = self._last_webhook_error
        return info

    async def _stop_webhook(self) -> None:
        """End the delivery (the server is stopping)."""
        if self._delivery is not None:
            self._delivery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._delivery

    async def _deliver(self) -> None:
        """POST the pending updates while the webhook is set (see the module docstring)."""
        in_flight: dict[int, asyncio.Task[bool]] = {}  # update_id -> its POST
        not_before: dict[int, float] = {}  # update_id -> when it may be tried again
        failures: Counter[int] = Counter()
        chats: dict[int, Any] = {}  # update_id -> its chat, read from its JSON once
        timeout = aiohttp.ClientTimeout(total=self.webhook_timeout)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            try:
                while self.webhook_active:
                    self._webhook_wake.clear()
                    now = time.monotonic()
                    busy: set[Any] = set()
                    for update in list(self._updates):
                        chat = chats.get(update.update_id)
                        if chat is None:
                            chat = chats[update.update_id] = _chat_key(update)
                        if chat in busy:
                            continue  # a chat's updates go one at a time, in order
                        busy.add(chat)
                        full = len(in_flight) >= self.webhook_max_connections
                        if update.update_id in in_flight or full:
                            continue
                        if not_before.get(update.update_id, 0.0) > now:
                            continue
                        task = asyncio.create_task(self._post(http, update))
                        in_flight[update.update_id] = task
                        task.add_done_callback(lambda _: self._webhook_wake.set())
                    wait = min((t - now for t in not_before.values() if t > now), default=None)
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(wait):
                            await self._webhook_wake.wait()
                    for update_id, task in list(in_flight.items()):
                        if not task.done():
                            continue
                        del in_flight[update_id]
                        if task.result():
                            self._delivered(update_id)
                            chats.pop(update_id, None)
                            not_before.pop(update_id, None)
                            failures.pop(update_id, None)
                        else:
                            failures[update_id] += 1
                            delay = min(_RETRY_MAX, _RETRY_FIRST * 2 ** (failures[update_id] - 1))
                            not_before[update_id] = time.monotonic() + delay
            finally:
                for task in in_flight.values():
                    task.cancel()
                await asyncio.gather(*in_flight.values(), return_exceptions=True)

    async def _post(self, http: aiohttp.ClientSession, update: PendingUpdate) -> bool:
        """POST one update; True on a 2xx answer."""
        url = self.webhook_url
        if url is None:
            return False
        headers = {"Content-Type": "application/json"}
        if self.webhook_secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret
        try:
            async with http.post(url, data=update.payload.encode(), headers=headers) as answer:
                await answer.read()
                status = answer.status
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            self.webhook_posts[0] += 1
            self._last_webhook_error = (int(time.time()), f"Connection failed: {exc}")
            return False
        self.webhook_posts[status] += 1
        if 200 <= status < 300:
            return True
        self._last_webhook_error = (int(time.time()), f"Wrong response from the webhook: {status}")
        return False

    def _delivered(self, update_id: int) -> None:
        for update in self._updates:
            if update.update_id == update_id:
                self._updates.remove(update)
                return


def _chat_key(update: PendingUpdate) -> Any:
    """The chat an update belongs to (its own id when it has none)."""
    body: JsonDict = json.loads(update.payload).get(update.kind) or {}
    chat = body.get("chat") or (body.get("message") or {}).get("chat")
    if chat is not None:
        return chat.get("id")
    sender = body.get("from")
    return sender.get("id") if sender is not None else ("update", update.update_id)
