"""One run of a chat lane's work (`lanes`): a stored update fed to the dispatcher, or a
background job, under its delivery in the reply ledger; retried on failure, waited out in an
outage, and ended done (its mark queued) or given up (its error kept, its sender told)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

import psycopg
from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramForbiddenError, TelegramNetworkError, TelegramServerError

from healthbot.backoff import Backoff, sleep_unless
from healthbot.logs import REQUEST_ID
from healthbot.metrics import INBOX_UPDATES, JOBS, child
from healthbot.telegram.inbox import InboxRepository, chat_of
from healthbot.telegram.lane_state import Work
from healthbot.telegram.ledger import DELIVERY, Delivery, LedgerRepository
from healthbot.telegram.writer import InboxWriter
from healthbot.texts import texts_of

log = logging.getLogger(__name__)

_BACKOFF_START = 0.5
_OUTAGE_BACKOFF_MAX = 5.0

# Failures of a dependency, not of the update: wait for it and try again, without counting.
OUTAGES = (psycopg.OperationalError, TelegramNetworkError, TelegramServerError)


class WorkRunner:
    """Runs one update or job at a time for a lane; see the module docstring."""

    def __init__(
        self, bot: Bot, dispatcher: Dispatcher, inbox: InboxRepository, writer: InboxWriter,
        ledger: LedgerRepository, *, max_attempts: int,
    ) -> None:  # fmt: skip
        self.bot = bot
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.ledger = ledger
        self.max_attempts = max_attempts
        self._writer = writer
        self.stop = asyncio.Event()  # the lanes' stop (`Lanes.stop_when`)

    async def handle(self, work: Work) -> None:
        """Run `work` under its delivery until it is done, given up, or left for the next
        start (a stop, or an outage at a stop)."""
        update_id = work.update.update_id if work.update is not None else None
        delivery = Delivery(work.key, update_id, self.ledger, self._writer, replay=work.replay)
        # The link to the paced sender: it reads DELIVERY in every Bot API call the handler
        # or job makes, to number and record its replies (see `ledger`).
        delivery_token = DELIVERY.set(delivery)
        request_token = REQUEST_ID.set(os.urandom(6).hex())
        if update_id is not None:
            self._writer.started(update_id)
        attempts = work.attempts
        outage = Backoff(_BACKOFF_START, _OUTAGE_BACKOFF_MAX)
        try:
            while True:
                attempts += 1
                try:
                    await self._run_once(work)
                except TelegramForbiddenError:
                    pass  # the user blocked the bot: nothing can be delivered; done
                except OUTAGES as exc:
                    if self.stop.is_set():
                        return  # left unfinished; an update runs again at the next start
                    attempts -= 1  # not the work's fault
                    delay = outage.delay()
                    log.warning("%s waits for a dependency (%s); retrying in %.1f s",
                                work.key, exc, delay)  # fmt: skip
                    if await sleep_unless(self.stop, delay):
                        return
                    delivery.retry()
                    continue
                except Exception as exc:
                    if attempts < self.max_attempts:
                        INBOX_UPDATES.labels("retried").inc()
                        log.warning("%s failed (attempt %d of %d): %r", work.key, attempts,
                                    self.max_attempts, exc)  # fmt: skip
                        # Stopping: attempts remain, so it is left unfinished for the next
                        # start rather than given up on (and the user told it failed).
                        if self.stop.is_set() or await sleep_unless(
                            self.stop, Backoff(0.2 * attempts).delay()
                        ):
                            return
                        delivery.retry()
                        continue
                    await self._give_up(work, attempts, exc)
                    return
                self._finished(work)
                return
        finally:
            REQUEST_ID.reset(request_token)
            DELIVERY.reset(delivery_token)

    async def _run_once(self, work: Work) -> None:
        if work.update is not None:
            await self.dispatcher.feed_update(self.bot, work.update)
        elif work.run is not None:
            await work.run()

    def _finished(self, work: Work) -> None:
        if work.update is not None:
            self._writer.done(work.update.update_id)
            child(INBOX_UPDATES, "done").inc()
        else:
            child(JOBS, "done").inc()

    async def _give_up(self, work: Work, attempts: int, exc: Exception) -> None:
        request_id = REQUEST_ID.get()
        log.error("%s failed after %d attempt(s); giving up", work.key, attempts, exc_info=exc)
        if work.update is None:
            JOBS.labels("failed").inc()
            return
        update_id = work.update.update_id
        INBOX_UPDATES.labels("failed").inc()
        with contextlib.suppress(Exception):  # best effort: the error is logged above
            await self.inbox.mark_failed(update_id, attempts, f"{type(exc).__name__}: {exc}")
        chat_id = chat_of(work.update)
        if chat_id is None:
            return
        user = getattr(work.update.event, "from_user", None)
        try:
            await self.bot.send_message(
                chat_id, texts_of(user).internal_error.format(request_id=request_id)
            )
        except Exception:  # the apology failing must not hide the first error
            log.warning("could not tell chat %d about the failure", chat_id, exc_info=True)
