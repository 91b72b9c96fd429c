"""The coach's memory as its handlers use it, from the first second of the daemon's life.

The embedding model takes seconds to load, so the store opens in the background
(`run_memory`, a job): until then a search finds nothing (the answer does without), while a
memory to keep is queued in PostgreSQL at once (the queue needs only the database) and
written when the store is up. A crash between the reply and the write loses nothing.
"""

from __future__ import annotations

import logging

from healthbot import heap
from healthbot.coach.memory import Memory, MemoryStore, memory_writer
from healthbot.coach.memory.backend import check_local_model
from healthbot.coach.memory.queue import WriteQueue
from healthbot.config import Settings
from healthbot.db import Database
from healthbot.metrics import COACH_MEMORY_READY

log = logging.getLogger(__name__)


class Memories:
    """Search, keep, list and forget a user's memories; see the module docstring."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db
        self.enabled = settings.memory.enabled
        if self.enabled:
            check_local_model(settings)  # at start: the store opens in the background
        self.queue = WriteQueue(db)
        self.store: MemoryStore | None = None

    @property
    def ready(self) -> bool:
        """True once the store is open (the model loaded)."""
        return self.store is not None

    async def search(self, user_id: int, text: str) -> list[str]:
        """The user's memories closest to `text` (none while the store loads, or for "hi")."""
        if self.store is None:
            return []
        return [memory.text for memory in await self.store.search(user_id, text)]

    async def keep(self, user_id: int, text: str, key: str) -> None:
        """Queue `text` to be remembered, once per `key`."""
        if not self.enabled:
            return
        if self.store is not None:
            await self.store.remember(user_id, text, key)
        else:
            await self.queue.enqueue(user_id, key, text)

    async def of_user(self, user_id: int) -> list[Memory] | None:
        """The user's memories, newest first (None while the store loads)."""
        return None if self.store is None else await self.store.list(user_id)

    async def forget(self, user_id: int, memory_id: str) -> bool:
        """Forget one of the user's memories (another's id forgets nothing)."""
        return self.store is not None and await self.store.forget(user_id, memory_id)

    async def forget_all(self, user_id: int) -> int | None:
        """Forget everything about the user, queued writes included (None while loading)."""
        return None if self.store is None else await self.store.forget_all(user_id)

    async def run(self) -> None:
        """Open the store, then write queued memories until cancelled; close it after."""
        if not self.enabled:
            return
        with heap.loading("the embedding model"):
            store = await MemoryStore.open(self.settings, self.db)
        self.store = store
        COACH_MEMORY_READY.set(1)
        try:
            await memory_writer(store)
        finally:
            COACH_MEMORY_READY.set(0)
            self.store = None
            await store.close()
