"""Durable intake: getUpdates into the inbox, then per-chat ordered handling, then drain.

This module puts the parts together and owns their life from start to stop:
- `poller`: getUpdates into the inbox (stored before Telegram is told), then into the lanes;
  it also tells systemd when the daemon is ready;
- `lanes`: per-chat ordered handling of stored updates and background jobs, with retries,
  giving up, backpressure and the drain;
- `housekeeping`: pruning past retention, hourly, while the daemon polls;
- `inbox` and `ledger`: the tables behind them, written in batches by one `InboxWriter`.

An update is always either unconfirmed at Telegram or stored here: a crash or a deploy loses
nothing. It ends done, or failed after `max_attempts` with its error kept. At start,
unfinished updates run first; an update Telegram delivers twice is stored once and runs once.
At stop, every wait ends: retries give up, and the drain lasts at most `drain_seconds`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence

from aiogram import Bot, Dispatcher

from healthbot.config import WebhookSettings
from healthbot.retention import Retention
from healthbot.systemd import Notifier
from healthbot.telegram.housekeeping import housekeeping
from healthbot.telegram.inbox import InboxRepository, InboxWriter
from healthbot.telegram.lanes import JobRun, LaneLimits, Lanes
from healthbot.telegram.ledger import LedgerRepository
from healthbot.telegram.poller import Poller, introduce
from healthbot.telegram.sender import PacedSender
from healthbot.telegram.webhook import WebhookReceiver


class Intake:
    """Polls, stores, schedules and handles updates and jobs; see the module docstring."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        inbox: InboxRepository,
        ledger: LedgerRepository,
        *,
        sender: PacedSender | None = None,
        poll_timeout: int = 30,
        max_active_chats: int = 64,
        max_queued: int = 1000,
        max_queued_per_chat: int = 20,
        max_attempts: int = 5,
        drain_seconds: float = 20.0,
        retention: Retention | None = None,
        allowed_updates: Sequence[str] | None = None,
        notifier: Notifier | None = None,
        webhook: WebhookSettings | None = None,
    ) -> None:
        self.bot = bot
        self.sender = sender
        self.retention = retention
        self.notifier = notifier or Notifier(None)
        self._writer = InboxWriter(inbox)
        limits = LaneLimits(
            max_active_chats=max_active_chats,
            max_queued=max_queued,
            max_queued_per_chat=max_queued_per_chat,
            max_attempts=max_attempts,
            drain_seconds=drain_seconds,
        )
        self.lanes = Lanes(bot, dispatcher, inbox, self._writer, ledger, limits=limits)
        self.poller: Poller | WebhookReceiver
        if webhook is not None:  # updates come by webhook instead (`webhook`)
            self.poller = WebhookReceiver(
                bot, self.lanes, self.notifier, inbox=inbox, settings=webhook,
                sender=sender, allowed_updates=allowed_updates,
            )  # fmt: skip
        else:
            self.poller = Poller(
                bot,
                inbox,
                self.lanes,
                self.notifier,
                sender=sender,
                poll_timeout=poll_timeout,
                allowed_updates=allowed_updates,
            )

    async def run(self, stop: asyncio.Event) -> None:
        """Recover unfinished updates, poll until `stop`, then drain."""
        self.lanes.stop_when(stop)
        if self.sender is not None:
            self.sender.stop_when(stop)  # no Bot API retry outlives a stop
        starting = asyncio.create_task(self.poller.tell_while_starting(), name="starting")
        try:
            if await introduce(self.bot, stop):
                await self._serve(stop)
        finally:
            starting.cancel()

    async def _serve(self, stop: asyncio.Event) -> None:
        """Once the bot is known: recover, poll until `stop`, then confirm and drain."""
        self._writer.start()
        pruning = asyncio.create_task(housekeeping(self.retention), name="inbox-housekeeping")
        try:
            await self.lanes.recover()
            await self.poller.poll(stop)
        finally:
            stopped_at = asyncio.get_running_loop().time()
            self.notifier.stopping(f"draining: {self.lanes.waiting} update(s) queued")
            await self.poller.confirm()
            await self.lanes.drain(stopped_at)
            pruning.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pruning
            await self._writer.close()

    def submit_job(self, chat_id: int, key: str, run: JobRun, *, replay: bool = True) -> None:
        """Run `run` in the chat's lane under the ledger key "job:<key>" (`Lanes.submit_job`)."""
        self.lanes.submit_job(chat_id, key, run, replay=replay)

    def queued(self, chat_id: int) -> int:
        """How many updates and jobs wait in memory in the chat's lane."""
        return self.lanes.queued(chat_id)
