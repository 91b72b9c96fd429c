"""The background job that writes queued memories, off the reply path."""

from __future__ import annotations

import asyncio
import logging

from healthbot.backoff import Backoff
from healthbot.coach.memory.store import MemoryStore

log = logging.getLogger(__name__)


async def memory_writer(store: MemoryStore, stop: asyncio.Event | None = None) -> None:
    """Drain the write queue until `stop` is set (or the task is cancelled): at once when
    this process queues a memory, every `memory.writer_poll_seconds` otherwise (writes queued
    by another process), and with a growing pause while the model or the database fails."""
    backoff = Backoff(start=1.0, cap=60.0)
    while stop is None or not stop.is_set():
        try:
            written = await store.drain()
        except Exception:  # the database is away: keep the job alive, try again later
            log.warning("memory writer: drain failed", exc_info=True)
            if await backoff.sleep(stop):
                return
            continue
        backoff.reset()
        if written == 0:
            await store.wait_for_work(stop)
