"""Webhook mode: Telegram POSTs each update here; it is stored in the inbox, then answered.

The receiver stands where the poller stands (`intake.Intake` runs one or the other; without
lanes it only stores, for workers elsewhere to take the updates from the inbox): an
update is answered 200 only once the inbox holds it, so an update Telegram could not deliver,
or that could not be stored (database away: 503), is retried by Telegram and never lost; one
delivered twice is stored once and runs once. Several receivers (daemons behind a load
balancer) may write one inbox. Telegram sends a chat's next update after the previous one
was answered, so each chat's updates are stored in order.

Every POST must carry the secret token given to setWebhook in the
`X-Telegram-Bot-Api-Secret-Token` header (compared in constant time); any other request gets
401 and nothing is stored. The server speaks plain HTTP on `webhook.host`:`webhook.port`:
TLS is the job of the proxy in front (Telegram calls only https URLs on 443, 80, 88 or 8443).

At start the receiver listens, then calls setWebhook (url, secret, max_connections,
allowed_updates; retried until it works), and the daemon is ready. At stop it stops taking
POSTs, lets those in flight finish storing, and leaves the webhook set: the other receivers
keep serving, and Telegram keeps what arrives while none does.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable, Sequence
from typing import Final

from aiogram import Bot
from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from healthbot.backoff import Backoff, sleep_unless
from healthbot.config import WebhookSettings
from healthbot.errors import StartupError
from healthbot.metrics import INBOX_UPDATES, INTAKE_ERRORS
from healthbot.systemd import Notifier
from healthbot.telegram.inbox import InboxRepository, StoreResult, chat_of, prepare
from healthbot.telegram.lane_state import Work
from healthbot.telegram.lanes import Lanes
from healthbot.telegram.ledger import update_key
from healthbot.telegram.sender import PacedSender

log = logging.getLogger(__name__)

SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header's name
_SECRET_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_ROOM_SECONDS: Final = 5.0  # how long a POST waits for the lanes to have room, then 503
_STARTING_SECONDS: Final = 5.0
_BACKOFF_START, _BACKOFF_MAX = 0.5, 30.0


def check_settings(settings: WebhookSettings) -> tuple[str, str]:
    """The webhook's URL and secret token, or the one line an operator needs."""
    if settings.url is None:
        raise StartupError("webhook.url: required in webhook mode (the public https URL)")
    if settings.secret_token is None:
        raise StartupError("webhook.secret_token: required in webhook mode")
    secret = settings.secret_token.get_secret_value()
    if not 1 <= len(secret) <= 256 or not set(secret) <= _SECRET_CHARS:
        raise StartupError("webhook.secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return settings.url, secret


class WebhookReceiver:
    """Receives updates by webhook into the inbox and the lanes; see the module docstring."""

    def __init__(
        self,
        bot: Bot,
        lanes: Lanes | None,
        notifier: Notifier,
        *,
        inbox: InboxRepository,
        settings: WebhookSettings,
        sender: PacedSender | None,
        allowed_updates: Sequence[str] | None,
        stored: Callable[[], None] | None = None,
    ) -> None:
        self.bot = bot
        self.stored = stored  # called after an update is stored: wakes this process's claims
        self.inbox = inbox
        self.lanes = lanes
        self.notifier = notifier
        self.settings = settings
        self.sender = sender
        self.allowed_updates = list(allowed_updates) if allowed_updates is not None else None
        self.url, secret = check_settings(settings)
        self._secret = secret.encode()
        self._ready = False
        self.port: int | None = None
        """The port listened on (`webhook.port`, or the one picked when that is 0)."""

    async def poll(self, stop: asyncio.Event) -> None:
        """Listen, set the webhook, and receive until `stop`; then let the POSTs in flight
        finish storing. (Named as the poller's: the intake runs either.)"""
        app = web.Application(client_max_size=1 << 20)
        app.router.add_post(self.settings.path, self._receive)
        # No handler_cancellation: a POST whose caller gave up still stores its update.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=10.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.settings.host, self.settings.port)
            try:
                await site.start()
            except OSError as exc:
                where = f"{self.settings.host}:{self.settings.port}"
                raise StartupError(f"webhook: cannot listen on {where}: {exc}") from None
            self.port = runner.addresses[0][1]
            log.info("receiving updates on %s:%d%s", self.settings.host, self.port,
                     self.settings.path)  # fmt: skip
            if await self._set_webhook(stop):
                self._ready = True
                self.notifier.ready(f"receiving updates by webhook on port {self.port}")
                await stop.wait()
        finally:
            await runner.cleanup()

    async def confirm(self) -> None:
        """Nothing to confirm: each update was answered once it was stored."""

    async def tell_while_starting(self) -> None:
        """Until setWebhook works: tell systemd every few seconds that the start goes on."""
        while True:
            await asyncio.sleep(_STARTING_SECONDS)
            if self._ready:
                return
            failure = self.sender.last_failure if self.sender is not None else None
            self.notifier.extend_start(
                _STARTING_SECONDS * 3, f"setting the webhook: {failure or 'no answer yet'}"
            )

    async def _set_webhook(self, stop: asyncio.Event) -> bool:
        """Call setWebhook until it works; False if stopped first. Every receiver calls it
        with the same figures, so the last one to start changes nothing."""
        backoff = Backoff(_BACKOFF_START, _BACKOFF_MAX)
        while not stop.is_set():
            try:
                await self.bot.set_webhook(
                    url=self.url,
                    secret_token=self._secret.decode(),
                    max_connections=self.settings.max_connections,
                    allowed_updates=self.allowed_updates,
                )
            except Exception as exc:  # the Bot API away or refusing: retried, never fatal
                delay = backoff.delay()
                log.warning("setWebhook failed (%s); retrying in %.1f s", exc, delay)
                await sleep_unless(stop, delay)
                continue
            log.info("webhook set; Telegram delivers to the configured webhook.url")
            return True
        return False

    async def _receive(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            INTAKE_ERRORS.labels("webhook_auth").inc()
            return web.Response(status=401, text="Unauthorized")
        try:
            data = json.loads(await request.read())
            update = Update.model_validate(data, context={"bot": self.bot})
        except (ValueError, ValidationError) as exc:  # not an update: Telegram never sends it
            INTAKE_ERRORS.labels("webhook_body").inc()
            log.warning("webhook: a POST that is not an update (%s)", type(exc).__name__)
            return web.Response(status=400, text="not an update")
        if self.lanes is not None and not self.lanes.room.is_set():  # Telegram retries later
            try:
                async with asyncio.timeout(_ROOM_SECONDS):
                    await self.lanes.room.wait()
            except TimeoutError:
                return web.Response(status=503, text="busy", headers={"Retry-After": "5"})
        item = prepare(update, self.bot)
        result = StoreResult()
        try:
            await self.inbox.store([item], result)
        except Exception as exc:  # an outage: not answered 2xx, so Telegram delivers it again
            INTAKE_ERRORS.labels("store").inc()
            log.warning("could not store update %d (%s); Telegram will retry it",
                        update.update_id, exc)  # fmt: skip
            return web.Response(status=503, text="not stored", headers={"Retry-After": "5"})
        if update.update_id in result.new:
            INBOX_UPDATES.labels("stored").inc()
            # Workers claim it chat by chat (`claims`); without a chat it has no order to
            # keep and is handled here.
            if self.lanes is not None and chat_of(item.update) is None:
                self.lanes.submit(Work(update_key(update.update_id), item.update))
            elif self.lanes is not None and self.stored is not None:
                self.lanes.stored(item.update)
                self.stored()
        elif result.quarantined:
            if self.lanes is not None:
                self.lanes.quarantined(item.update)
        else:
            INBOX_UPDATES.labels("duplicate").inc()
        return web.Response(status=200)
