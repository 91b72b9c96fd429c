"""The poller's election: one getUpdates consumer per bot, whatever the number of daemons.

Telegram serves one getUpdates per token (a second one is answered 409 Conflict and cuts
the first short), so of the daemons that may poll (roles `all` and `poller`) one does: the
holder of a session-level PostgreSQL advisory lock (`POLLER_LOCK_KEY`), taken without
waiting on a connection of its own. Never a pooled one: the lock belongs to the session, and
a pool (or a PgBouncer in transaction mode) would hand that session to other work and keep
the lock alive after this daemon stopped polling. The others stand by and try again every
`retry_seconds`. When the leader's session ends (a stop, a crash, kill -9: the server drops
the session and its lock), a standby takes over at its next try. A leader checks its
session every `check_seconds` and stops polling as soon as the session is gone: the server
dropped the lock with it, and another daemon may be polling already. Updates fetched twice
meanwhile are stored once (the inbox dedupes by update id).

A slow answer is not a lost session: the lock lasts exactly as long as the session, so a
check that takes longer than `slow_seconds` on a busy machine is logged and waited for, and
the leader keeps polling (standing again would only hand the lock round, and leave Telegram
unpolled meanwhile). What ends the session shows as an error on the connection: the server
ending it (a restart, `pg_terminate_backend`) at once, a network link that died through TCP
keepalives and `tcp_user_timeout` (`healthbot.db.sessions`: about 30 s), on the server's side
as well; until then the server keeps the session, and the lock: nobody else is elected.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Final

import psycopg
from psycopg.rows import TupleRow

from healthbot.backoff import Backoff, sleep_unless
from healthbot.db import open_held_session
from healthbot.metrics import POLLING

log = logging.getLogger(__name__)

# The poller's advisory lock ("hbpoll" in ASCII): one key, the one-bigint form.
POLLER_LOCK_KEY: Final = 0x6862_706F_6C6C

Lead = Callable[[asyncio.Event], Awaitable[None]]
"""What the leader runs until the event is set (a stop, or the lock lost)."""


class Election:
    """Runs `lead` while this daemon holds the poller's lock; see the module docstring."""

    def __init__(
        self,
        conninfo: str,
        *,
        retry_seconds: float = 1.0,
        check_seconds: float = 1.0,
        slow_seconds: float = 2.0,
        on_standby: Callable[[], None] | None = None,
    ) -> None:
        self.conninfo = conninfo
        self.retry_seconds = retry_seconds
        self.check_seconds = check_seconds
        self.slow_seconds = slow_seconds
        self.on_standby = on_standby
        self.leading = False
        self.checks = 0  # checks of the leader's session answered
        self.slow_checks = 0  # of which slower than `slow_seconds`

    async def run(self, stop: asyncio.Event, lead: Lead) -> None:
        """Stand for election until `stop`; run `lead` for as long as this daemon leads."""
        backoff = Backoff(0.5, 5.0)
        while not stop.is_set():
            try:
                conn = await open_held_session(
                    self.conninfo, application_name=f"healthbot-poller:{os.getpid()}"
                )  # its name tells who polls, in pg_locks
            except psycopg.OperationalError as exc:
                delay = backoff.delay()
                log.warning("poller election: cannot connect (%s); retrying in %.1f s", exc, delay)
                await sleep_unless(stop, delay)
                continue
            try:
                await self._stand(conn, stop, lead)
                backoff.reset()
            except Exception as exc:  # the session or the database went: stand again
                log.warning("poller election: session lost (%s)", exc,
                            exc_info=not isinstance(exc, psycopg.OperationalError))  # fmt: skip
                await sleep_unless(stop, backoff.delay())
            finally:
                self.leading = False
                with contextlib.suppress(Exception):
                    await conn.close()  # with the session goes the lock

    async def _stand(
        self, conn: psycopg.AsyncConnection[TupleRow], stop: asyncio.Event, lead: Lead
    ) -> None:
        announced = False
        while not stop.is_set():
            cur = await conn.execute("SELECT pg_try_advisory_lock(%s::bigint)", (POLLER_LOCK_KEY,))
            row = await cur.fetchone()
            if row is not None and row[0]:
                log.info("this daemon polls Telegram (it holds the poller's lock)")
                await self._lead(conn, stop, lead)
                return  # stopped, or the session failed: a new session stands again
            if not announced:
                announced = True
                log.info("another daemon polls Telegram; standing by")
                if self.on_standby is not None:
                    self.on_standby()
            await sleep_unless(stop, self.retry_seconds)

    async def _lead(
        self, conn: psycopg.AsyncConnection[TupleRow], stop: asyncio.Event, lead: Lead
    ) -> None:
        until = asyncio.Event()
        lost: list[BaseException] = []

        async def watch() -> None:
            try:
                while not until.is_set():
                    if await sleep_unless(stop, self.check_seconds):
                        break
                    await self._check(conn)
            except Exception as exc:  # the session is gone, and the lock with it
                lost.append(exc)
            until.set()

        self.leading = True
        POLLING.set(1)
        watcher = asyncio.create_task(watch(), name="poller-lock")
        try:
            await lead(until)
        finally:
            self.leading = False
            POLLING.set(0)
            until.set()
            # A check still waiting for its answer is cut short: the session closes next.
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
        if lost and not stop.is_set():
            log.warning("stopped polling: the poller's lock session failed (%s)", lost[0])
            raise psycopg.OperationalError(str(lost[0]))

    async def _check(self, conn: psycopg.AsyncConnection[TupleRow]) -> None:
        """Ask the session for an answer; raise if it is gone. A slow answer is waited for
        (the lock is held while the session lives), once logged."""
        answer = asyncio.ensure_future(conn.execute("SELECT 1"))
        try:
            done, _ = await asyncio.wait({answer}, timeout=self.slow_seconds)
            if not done:
                self.slow_checks += 1
                log.warning("poller election: the session takes over %.1f s to answer (a busy "
                            "machine?); polling on while it lives", self.slow_seconds)  # fmt: skip
            await answer
        finally:
            answer.cancel()
        self.checks += 1
