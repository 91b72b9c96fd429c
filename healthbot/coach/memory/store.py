"""The coach's semantic memory on pgvector in our PostgreSQL, searched per user.

A write embeds the text (or the facts the fast model found in it) and stores the rows in the
same transaction that marks its queued write done. A search takes the user's rows by the
index on `payload->>'user_id'`, ranks them exactly by cosine distance, and embeds the query
in a batch with the searches around it. (mem0 ran this once; what we used of it was a few
statements and the model's call, and its import cost ~35 MB of the daemon's memory.)
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from healthbot.backoff import sleep_unless
from healthbot.coach.memory import backend as memory_backend
from healthbot.coach.memory.embedding import EmbeddingBatcher, Vector
from healthbot.coach.memory.queue import MAX_TEXT, QueuedWrite, WriteQueue
from healthbot.coach.memory.table import (
    Memory,
    MemoryTable,
    NewMemory,
    ensure_collection,
    text_hash,
)
from healthbot.coach.memory.trivial import is_trivial
from healthbot.metrics import COACH_MEMORY_SEARCH
from healthbot.threads import in_daemon_thread

if TYPE_CHECKING:
    import psycopg

    from healthbot.config import Settings
    from healthbot.db import Database

log = logging.getLogger(__name__)

LIST_LIMIT = 200  # memories shown by /memories at most
DRAIN_ROWS = 100  # writes per drain() call, so that a writer checks its stop signal often
EXISTING_SHOWN = 10  # the user's closest memories the fact extraction is shown


class MemoryStore:
    """Search, remember (through a durable queue), list and forget a user's memories."""

    def __init__(self, settings: Settings, db: Database, backend: memory_backend.Backend) -> None:
        cfg = settings.memory
        self.settings = settings
        self.db = db
        self.backend = backend
        self.queue = WriteQueue(db)
        self.search_limit = cfg.search_limit
        self.min_score = cfg.min_score
        self.max_attempts = cfg.max_attempts
        self.poll_seconds = cfg.writer_poll_seconds
        self.batcher = EmbeddingBatcher(
            backend.embedder.embed_many,
            max_batch=cfg.batch_max,
            max_wait=cfg.batch_wait_ms / 1000,
        )
        self._work = asyncio.Event()  # set when this process enqueues a write
        self.table = MemoryTable(db, backend.collection)

    @classmethod
    async def open(cls, settings: Settings, db: Database) -> MemoryStore:
        """Make sure the memories' table and its indexes exist, then load the embedding model
        (once, in a thread)."""
        collection, dims = memory_backend.collection_and_dims(settings)
        await ensure_collection(db, collection, dims)
        # A daemon thread: a stop during the load (seconds) does not wait for it.
        backend = await in_daemon_thread(
            memory_backend.build, settings, name="memory-load", running=_LOADING
        )
        log.info(
            "memory store open: %s embedder, %d dims, collection %s, facts %s",
            settings.memory.embedder,
            backend.dims,
            backend.collection,
            "extracted by the LLM" if backend.infer else "stored as written",
        )
        return cls(settings, db, backend)

    async def close(self) -> None:
        """Stop the batcher and close the model clients' connections."""
        await self.batcher.close()
        if self.backend.extractor is not None:
            await self.backend.extractor.close()
        await asyncio.to_thread(self.backend.close)

    # -- reading ----------------------------------------------------------------------------

    async def search(self, user_id: int, query: str, limit: int | None = None) -> list[Memory]:
        """The user's memories closest in meaning to `query`, best first; [] for a trivial
        message ("hi", "thanks", emoji), without embedding it."""
        if is_trivial(query):
            return []
        with COACH_MEMORY_SEARCH.time():
            vector = await self.batcher.embed(query[:MAX_TEXT])
            return await self.search_vector(user_id, vector, limit)

    async def search_vector(
        self, user_id: int, vector: Vector, limit: int | None = None
    ) -> list[Memory]:
        """The user's memories closest to an embedding (exact, over that user's rows only)."""
        found = await self.table.nearest(user_id, vector, limit or self.search_limit)
        return [memory for memory in found if (memory.score or 0.0) >= self.min_score]

    async def list(self, user_id: int, limit: int = LIST_LIMIT) -> list[Memory]:
        """The user's memories, oldest first."""
        return await self.table.of_user(user_id, limit)

    # -- writing ----------------------------------------------------------------------------

    async def remember(self, user_id: int, text: str, key: str) -> bool:
        """Queue `text` to be remembered for the user, durably (in PostgreSQL), once per
        `key` (e.g. the update id and step): a retried update enqueues nothing twice.
        True if queued now. The writer (`memory_writer`) stores it off the reply path."""
        text = text.strip()
        if not text or not key:
            return False
        queued = await self.queue.enqueue(user_id, key, text)
        if queued:
            self._work.set()
        return queued

    async def drain(self, max_rows: int = DRAIN_ROWS) -> int:
        """Store queued memories until none is due (or `max_rows` were tried);
        return how many were stored. A failed write waits and is retried (see WriteQueue)."""
        self._work.clear()
        written = 0
        for _ in range(max_rows):
            outcome = await self._write_one()
            if outcome is None:
                break
            if outcome:
                written += 1
            else:
                break  # the model or the database is failing: let the caller wait a little
        return written

    async def _write_one(self) -> bool | None:
        """Write the oldest due queued memory: True if stored, False if it failed, None if
        nothing was due."""
        async with self.db.transaction("coach_memory_write") as conn:
            write = await self.queue.claim(conn)
            if write is None:
                return None
            try:
                memory_id = await self.table.written_by(conn, write.id)
                if memory_id is None:
                    memory_id = await self._add(conn, write)
            except Exception as exc:
                log.warning(
                    "memory write %d failed (attempt %d): %s",
                    write.id,
                    write.attempts + 1,
                    type(exc).__name__,
                    exc_info=True,
                )
                await self.queue.fail(conn, write, exc, self.max_attempts)
                return False
            await self.queue.finish(conn, write.id, memory_id)
            return True

    async def _add(self, conn: psycopg.AsyncConnection[Any], write: QueuedWrite) -> str | None:
        """Store what a queued write keeps, on its transaction's connection: the text as it
        is, or the facts the fast model found in it (none, at times). The first one's id."""
        text = (write.text or "")[:MAX_TEXT]
        embedder = self.backend.embedder
        extractor = self.backend.extractor
        if extractor is None:
            texts = [text]
        else:
            [vector] = await asyncio.to_thread(embedder.embed_batch, [text], "search")
            near = await self.table.nearest(write.user_id, vector, EXISTING_SHOWN)
            facts = await extractor.facts(text, [m.text for m in near])
            known = {text_hash(m.text) for m in near}
            texts = [fact[:MAX_TEXT] for fact in facts if text_hash(fact) not in known]
        if not texts:
            return None
        vectors = await asyncio.to_thread(embedder.embed_batch, texts, "add")
        rows = [
            NewMemory(write.user_id, fact, vector, write.id)
            for fact, vector in zip(texts, vectors, strict=True)
        ]
        ids = await self.table.insert(conn, rows)
        return ids[0]

    async def wait_for_work(self, stop: asyncio.Event | None = None) -> None:
        """Return when this process queued a write, `stop` is set, or the poll interval
        (for writes queued by other processes) has passed."""
        work = asyncio.ensure_future(self._work.wait())
        try:
            if stop is None:
                await asyncio.wait({work}, timeout=self.poll_seconds)
            else:
                stopped = asyncio.ensure_future(sleep_unless(stop, self.poll_seconds))
                await asyncio.wait({work, stopped}, return_when=asyncio.FIRST_COMPLETED)
                stopped.cancel()
        finally:
            work.cancel()

    # -- forgetting -------------------------------------------------------------------------

    async def forget(self, user_id: int, memory_id: str) -> bool:
        """Delete one memory, only if it is this user's; True if deleted."""
        try:
            parsed = uuid.UUID(memory_id)
        except ValueError:
            return False
        return await self.table.delete(user_id, parsed)

    async def forget_all(self, user_id: int) -> int:
        """Delete every memory of the user, queued ones included; return how many were stored."""
        # The queue first: a write in flight holds its row, so this waits for it, and the
        # memory it stored is among those deleted below.
        await self.queue.forget_user(user_id)
        return await self.table.delete_user(user_id)

    # -- bulk ---------------------------------------------------------------------------------

    async def import_memories(self, items: Sequence[tuple[int, str]], batch: int = 256) -> int:
        """Store many (user_id, text) memories at once, as a write stores them; for imports
        and benchmarks (not queued, not idempotent)."""
        vectors_of: dict[str, Vector] = {}  # a text said by many users is embedded once
        stored = 0
        for start in range(0, len(items), batch):
            chunk = items[start : start + batch]
            texts = [text[:MAX_TEXT] for _, text in chunk]
            new = [text for text in dict.fromkeys(texts) if text not in vectors_of]
            if new:
                embedded = await asyncio.to_thread(self.backend.embedder.embed_batch, new, "add")
                vectors_of.update(zip(new, embedded, strict=True))
            rows = [
                NewMemory(user_id, text, vectors_of[text])
                for (user_id, _), text in zip(chunk, texts, strict=True)
            ]
            async with self.db.transaction("coach_memory_import") as conn:
                await self.table.insert(conn, rows)
            stored += len(chunk)
        await self.analyze()
        return stored

    async def analyze(self) -> None:
        """Refresh the planner's statistics of the memories' table (after a bulk import)."""
        await self.table.analyze()


_LOADING: set[threading.Thread] = set()


def loading_threads() -> list[threading.Thread]:
    """The model loads still running (`healthbot.cli` exits at once past them: an interpreter
    shutting down while a thread is inside native model code aborts)."""
    return [thread for thread in list(_LOADING) if thread.is_alive()]
