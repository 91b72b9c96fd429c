"""Durable intake: getUpdates into the inbox, then per-chat ordered handling, then drain.

This module puts the parts together and owns their life from start to stop, for the
daemon's role: `all` (the default: it may poll, and it works), `poller` or `worker`:
- `election`: of the daemons that may poll, the one holding the poller's lock does;
- `poller`: getUpdates into the inbox (stored before Telegram is told), then to the workers;
  it also tells systemd when the daemon is ready; or, in webhook mode, `webhook`'s receiver,
  in every daemon that may poll (several receivers may write one inbox: no election);
- `claims`: a worker claims chats with waiting updates, one worker per chat at a time;
- `lanes`: per-chat ordered handling of stored updates and background jobs, with retries,
  giving up, backpressure and the drain;
- `housekeeping`: pruning past retention, hourly, while the daemon polls;
- `inbox` and `ledger`: the tables behind them, written in batches by one `writer.InboxWriter`.

An update is always either unconfirmed at Telegram or stored here: a crash or a deploy loses
nothing. It ends done, or failed after `max_attempts` with its error kept. At start,
unfinished updates run first; an update Telegram delivers twice is stored once and runs once.
At stop, every wait ends: retries give up, and the drain lasts at most `drain_seconds`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Literal

from aiogram import Bot, Dispatcher

from healthbot.backoff import unless_stopped
from healthbot.config import WebhookSettings
from healthbot.metrics import POLLING
from healthbot.retention import Retention
from healthbot.systemd import Notifier
from healthbot.telegram.claims import Claims
from healthbot.telegram.election import Election, Lead
from healthbot.telegram.housekeeping import housekeeping
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.lane_state import JobRun, LaneLimits
from healthbot.telegram.lanes import Lanes
from healthbot.telegram.ledger import LedgerRepository
from healthbot.telegram.poller import Poller, introduce
from healthbot.telegram.sender import PacedSender
from healthbot.telegram.webhook import WebhookReceiver
from healthbot.telegram.writer import InboxWriter
from healthbot.turns import Turns

log = logging.getLogger(__name__)

Role = Literal["all", "poller", "worker"]
ROLES: tuple[Role, ...] = ("all", "poller", "worker")


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
        role: Role = "all",
        claim_poll_seconds: float = 0.25,
        election_retry_seconds: float = 0.5,
        turns: tuple[Turns, ...] = (),
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
        self.role = role
        self.lanes = Lanes(bot, dispatcher, inbox, self._writer, ledger, limits=limits)
        # The claims and the election hold sessions of their own, never through PgBouncer.
        conninfo = inbox.db.session_conninfo
        self.claims: Claims | None = None
        if role in ("all", "worker"):
            self.claims = Claims(
                conninfo, self.lanes, self._writer, max_chats=max_active_chats,
                poll_seconds=claim_poll_seconds, turns=turns, waiting_limit=max_queued_per_chat,
            )  # fmt: skip
        wake = self.claims.wake if self.claims is not None else None
        self.election: Election | None = None
        self.poller: Poller | WebhookReceiver
        if webhook is not None and role != "worker":  # updates come by webhook instead
            self.poller = WebhookReceiver(
                bot, self.lanes, self.notifier, inbox=inbox, settings=webhook,
                sender=sender, allowed_updates=allowed_updates, stored=wake,
            )  # fmt: skip
            return
        if role in ("all", "poller"):
            self.election = Election(
                conninfo, retry_seconds=election_retry_seconds, on_standby=self._standing_by
            )
        self.poller = Poller(
            bot,
            inbox,
            self.lanes,
            self.notifier,
            sender=sender,
            poll_timeout=poll_timeout,
            allowed_updates=allowed_updates,
            stored=wake,
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
        """Once the bot is known: claim and poll (as the role says) until `stop`, then
        drain, write the last marks, and give the claims back."""
        self._writer.start()
        pruning = asyncio.create_task(housekeeping(self.retention), name="inbox-housekeeping")
        tasks = []
        if self.claims is not None:
            tasks.append(asyncio.create_task(self.claims.run(stop), name="claims"))
        if self.election is not None:
            lead = self._leader(stop)
            tasks.append(asyncio.create_task(self.election.run(stop, lead), name="election"))
        elif isinstance(self.poller, WebhookReceiver):
            tasks.append(asyncio.create_task(self._receive(stop), name="webhook"))
        try:
            if isinstance(self.poller, Poller) and self.election is None and self.claims:
                await unless_stopped(self.claims.connected.wait(), stop)
                self.poller.stand_by("working: taking updates from the inbox")
            await stop.wait()
        finally:
            stopped_at = asyncio.get_running_loop().time()
            self.notifier.stopping(f"draining: {self.lanes.waiting} update(s) queued")
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.lanes.drain(stopped_at)
            pruning.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pruning
            await self._writer.close()
            if self.claims is not None:
                await self.claims.close()  # after the last marks: the next claimer sees them

    def _leader(self, stop: asyncio.Event) -> Lead:
        """What this daemon does while it holds the poller's lock (or receives webhooks)."""

        async def lead(until: asyncio.Event) -> None:
            await self.lanes.recover(chatless=True)  # the rest is claimed chat by chat
            # Polling, this daemon alone stores updates (webhook receivers may be many).
            self.lanes.sole_intake = isinstance(self.poller, Poller)
            try:
                await self.poller.poll(until)
            finally:
                self.lanes.sole_intake = False
            if stop.is_set():
                await self.poller.confirm()  # before the lock goes: no one polls meanwhile

        return lead

    async def _receive(self, stop: asyncio.Event) -> None:
        """Webhook mode: receive until `stop` (every receiver may: no election)."""
        POLLING.set(1)
        try:
            await self._leader(stop)(stop)
        finally:
            POLLING.set(0)

    def _standing_by(self) -> None:
        assert isinstance(self.poller, Poller)  # the election runs in polling mode only
        sender = self.sender
        if sender is not None and sender.limits is not None and sender.shared is None:
            log.warning(
                "another daemon polls this bot and telegram.shared_rate_limits is off: together"
                " they may pass Telegram's flood limits; set it to true on every daemon"
            )
        if self.claims is not None:
            self.poller.stand_by("working; another daemon polls Telegram")
        else:
            self.poller.stand_by("standing by: another daemon polls Telegram")

    def submit_job(self, chat_id: int, key: str, run: JobRun, *, replay: bool = True) -> None:
        """Run `run` in the chat's lane under the ledger key "job:<key>" (`Lanes.submit_job`)."""
        self.lanes.submit_job(chat_id, key, run, replay=replay)

    def queued(self, chat_id: int) -> int:
        """How many updates and jobs wait in memory in the chat's lane."""
        return self.lanes.queued(chat_id)
