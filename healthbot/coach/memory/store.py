"""The coach's semantic memory: mem0 on pgvector in our PostgreSQL, searched per user.

mem0 stores (its `add` embeds, writes the row, keeps its history), lists and deletes; the
per-user search is our own SQL on mem0's table. mem0's search embeds alone and runs a
BM25 keyword search and entity boosts besides (tens of ms), and through HNSW a user-scoped
search finds nothing among many users (see sql/012_coach_memory.sql). Ours takes the
user's rows by the index on `payload->>'user_id'`, ranks them exactly by cosine distance,
and embeds the query in a batch with the searches around it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import struct
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.adapt import Dumper
from psycopg.conninfo import make_conninfo
from psycopg.pq import Format

from healthbot.backoff import sleep_unless
from healthbot.coach.memory import backend as mem0_backend
from healthbot.coach.memory.embedding import EmbeddingBatcher, Vector
from healthbot.coach.memory.queue import MAX_TEXT, WriteQueue
from healthbot.coach.memory.trivial import is_trivial
from healthbot.errors import StartupError
from healthbot.metrics import COACH_MEMORY_SEARCH
from healthbot.threads import in_daemon_thread

if TYPE_CHECKING:
    from healthbot.config import Settings
    from healthbot.db import Database

log = logging.getLogger(__name__)

LIST_LIMIT = 200  # memories shown by /memories at most
DRAIN_ROWS = 100  # writes per drain() call, so that a writer checks its stop signal often


@dataclass(frozen=True, slots=True)
class Memory:
    """One remembered fact about a user (with its similarity to a query, in a search)."""

    id: str
    text: str
    score: float | None = None
    created_at: datetime | None = None


class MemoryStore:
    """Search, remember (through a durable queue), list and forget a user's memories."""

    def __init__(self, settings: Settings, db: Database, backend: mem0_backend.Backend) -> None:
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
        self._table = sql.Identifier(backend.collection)

    @classmethod
    async def open(cls, settings: Settings, database_url: str, db: Database) -> MemoryStore:
        """Load the embedding model (once, in a thread), make sure mem0's table and the user
        index exist, and build mem0's AsyncMemory on the same PostgreSQL."""
        password = settings.database.password
        conninfo = (
            make_conninfo(database_url, password=password.get_secret_value())
            if password is not None
            else database_url
        )
        collection, dims = mem0_backend.collection_and_dims(settings)
        await _ensure_collection(db, collection, dims)
        # A daemon thread: a stop during the load (tens of seconds) does not wait for it.
        backend = await in_daemon_thread(
            mem0_backend.build, settings, conninfo, name="memory-load", running=_LOADING
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
        """Stop the batcher and close mem0's connections."""
        await self.batcher.close()
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
        query = sql.SQL(
            """
            WITH mine AS MATERIALIZED (
                SELECT id, vector, payload FROM {table}
                WHERE payload->>'user_id' = %(user_id)s
            )
            SELECT id::text, payload->>'data', payload->>'created_at',
                   1 - (vector <=> %(vector)b::vector) AS score
            FROM mine
            ORDER BY vector <=> %(vector)b::vector
            LIMIT %(limit)s
            """
        ).format(table=self._table)
        # MATERIALIZED: the ordering runs over the user's rows alone, so no plan (custom or
        # generic) can walk a vector index and filter by user afterwards. prepare=False: no
        # server-side prepared statement, so each execution is planned for its own user.
        params = {
            "user_id": str(user_id),
            "vector": BinaryVector(vector),
            "limit": limit or self.search_limit,
        }
        async with self.db.timed("coach_memory_search"), self.db.pool.connection() as conn:
            cur = conn.cursor()
            cur.adapters.register_dumper(BinaryVector, _BinaryVectorDumper)  # this cursor's
            await cur.execute(query, params, prepare=False)
            rows = await cur.fetchall()
        return [
            Memory(id=row[0], text=row[1] or "", score=float(row[3]), created_at=_time(row[2]))
            for row in rows
            if float(row[3]) >= self.min_score
        ]

    async def list(self, user_id: int, limit: int = LIST_LIMIT) -> list[Memory]:
        """The user's memories, oldest first."""
        query = sql.SQL(
            """
            SELECT id::text, payload->>'data', payload->>'created_at' FROM {table}
            WHERE payload->>'user_id' = %(user_id)s
            ORDER BY payload->>'created_at', id
            LIMIT %(limit)s
            """
        ).format(table=self._table)
        async with self.db.timed("coach_memory_list"), self.db.pool.connection() as conn:
            cur = await conn.execute(query, {"user_id": str(user_id), "limit": limit})
            rows = await cur.fetchall()
        return [Memory(id=row[0], text=row[1] or "", created_at=_time(row[2])) for row in rows]

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
        """Store queued memories in mem0 until none is due (or `max_rows` were tried);
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
                break  # mem0 or its database is failing: let the caller wait a little
        return written

    async def _write_one(self) -> bool | None:
        """Write the oldest due queued memory: True if stored, False if it failed, None if
        nothing was due."""
        async with self.db.transaction("coach_memory_write") as conn:
            write = await self.queue.claim(conn)
            if write is None:
                return None
            try:
                memory_id = await self._written_by(conn, write.id)
                if memory_id is None:
                    memory_id = await self._add(write.user_id, write.text or "", write.id)
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

    async def _written_by(self, conn: Any, write_id: int) -> str | None:
        """The memory an earlier attempt of this write stored (before a crash), if any."""
        query = sql.SQL(
            "SELECT id::text FROM {table} WHERE payload ? 'write_id' "
            "AND payload->>'write_id' = %(write_id)s LIMIT 1"
        ).format(table=self._table)
        cur = await conn.execute(query, {"write_id": str(write_id)})
        row = await cur.fetchone()
        return None if row is None else str(row[0])

    async def _add(self, user_id: int, text: str, write_id: int) -> str | None:
        result = await self.backend.memory.add(
            text,
            user_id=str(user_id),
            metadata={"write_id": str(write_id)},
            infer=self.backend.infer,
        )
        stored = result.get("results", []) if isinstance(result, dict) else []
        return str(stored[0]["id"]) if stored else None  # the LLM may have found no fact

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
            memory_id = str(uuid.UUID(memory_id))
        except ValueError:
            return False
        found = await self.backend.memory.get(memory_id)
        if not found or found.get("user_id") != str(user_id):
            return False
        try:
            await self.backend.memory.delete(memory_id)
        except ValueError:  # deleted meanwhile (another /forget)
            return False
        await asyncio.to_thread(self._purge_history, [memory_id])
        return True

    async def forget_all(self, user_id: int) -> int:
        """Delete every memory of the user, queued ones included; return how many were stored."""
        # The queue first: a write in flight holds its row, so this waits for it, and the
        # memory it stored is among those deleted below.
        await self.queue.forget_user(user_id)
        ids = [m.id for m in await self.list(user_id, limit=1_000_000)]
        if ids:
            await self.backend.memory.delete_all(user_id=str(user_id))
            await asyncio.to_thread(self._purge_history, ids)
        return len(ids)

    def _purge_history(self, memory_ids: Sequence[str]) -> None:
        """Drop mem0's history rows (which hold the texts) of deleted memories."""
        history = getattr(self.backend.memory, "db", None)
        if history is None:
            return
        with history._lock:  # mem0's SQLiteManager serializes its connection with this lock
            history.connection.executemany(
                "DELETE FROM history WHERE memory_id = ?", [(i,) for i in memory_ids]
            )
            history.connection.commit()

    # -- bulk ---------------------------------------------------------------------------------

    async def import_memories(self, items: Sequence[tuple[int, str]], batch: int = 256) -> int:
        """Store many (user_id, text) memories at once, through mem0's vector store, in the
        rows mem0's own `add(infer=False)` writes; for imports and benchmarks (not queued,
        not idempotent)."""
        from mem0.utils.lemmatization import lemmatize_for_bm25

        vectors_of: dict[str, Vector] = {}  # a text said by many users is embedded once
        stored = 0
        for start in range(0, len(items), batch):
            chunk = items[start : start + batch]
            texts = [text[:MAX_TEXT] for _, text in chunk]
            new = [text for text in dict.fromkeys(texts) if text not in vectors_of]
            if new:
                embedded = await asyncio.to_thread(self.backend.embedder.embed_batch, new, "add")
                vectors_of.update(zip(new, embedded, strict=True))
            vectors = [vectors_of[text] for text in texts]
            now = datetime.now(UTC).isoformat()
            payloads = [
                {
                    "user_id": str(user_id),
                    "role": "user",
                    "data": text,
                    "hash": hashlib.md5(text.encode()).hexdigest(),  # noqa: S324 - mem0's
                    "text_lemmatized": lemmatize_for_bm25(text),
                    "created_at": now,
                    "updated_at": now,
                }
                for (user_id, _), text in zip(chunk, texts, strict=True)
            ]
            ids = [str(uuid.uuid4()) for _ in chunk]
            await asyncio.to_thread(
                self.backend.memory.vector_store.insert,
                vectors=vectors,
                payloads=payloads,
                ids=ids,
            )
            stored += len(chunk)
        await self.analyze()
        return stored

    async def analyze(self) -> None:
        """Refresh the planner's statistics of mem0's table (after a bulk import)."""
        async with self.db.pool.connection() as conn:
            await conn.execute(sql.SQL("ANALYZE {table}").format(table=self._table))


_LOADING: set[threading.Thread] = set()


def loading_threads() -> list[threading.Thread]:
    """The model loads still running (`healthbot.cli` exits at once past them: an interpreter
    shutting down while a thread is inside native model code aborts)."""
    return [thread for thread in list(_LOADING) if thread.is_alive()]


async def _ensure_collection(db: Database, collection: str, dims: int) -> None:
    """Create mem0's table (in mem0's own shape) and our indexes if missing; refuse a table
    whose vectors have another size than the embedder's."""
    table = sql.Identifier(collection)
    async with db.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT atttypmod FROM pg_attribute "
            "WHERE attrelid = to_regclass(%s) AND attname = 'vector'",
            (collection,),
        )
        found = await cur.fetchone()
        if found is not None and found[0] != dims:
            raise StartupError(
                f"memory: table {collection} holds {found[0]}-dimensional vectors, the "
                f"embedder makes {dims}: set memory.collection to a new table name"
            )
        if found is not None and collection == mem0_backend.DEFAULT_COLLECTION:
            return  # made by the migration, indexes included
        await conn.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {table} "
                "(id uuid PRIMARY KEY, vector vector({dims}), payload jsonb)"
            ).format(table=table, dims=sql.Literal(dims))
        )
        await conn.execute(
            sql.SQL("CREATE INDEX IF NOT EXISTS {name} ON {table} ((payload->>'user_id'))").format(
                name=sql.Identifier(f"{collection}_user_idx"), table=table
            )
        )
        await conn.execute(
            sql.SQL(
                "CREATE INDEX IF NOT EXISTS {name} ON {table} ((payload->>'write_id')) "
                "WHERE payload ? 'write_id'"
            ).format(name=sql.Identifier(f"{collection}_write_idx"), table=table)
        )
        await conn.execute(sql.SQL("ANALYZE {table}").format(table=table))


class BinaryVector:
    """A query parameter sent in pgvector's binary form: 384 floats as text cost ~0.5 ms of
    formatting on the event loop, the binary form microseconds."""

    __slots__ = ("values",)

    def __init__(self, values: Vector) -> None:
        self.values = values


class _BinaryVectorDumper(Dumper):
    # pgvector's vector_recv: dimensions (int16), an unused int16, then big-endian float4s.
    # No type oid: the vector type's oid differs per database, and `%(x)b::vector` lets
    # PostgreSQL infer the parameter's type from the cast.
    format = Format.BINARY

    def dump(self, obj: BinaryVector) -> bytes:
        count = len(obj.values)
        return struct.pack(f">HH{count}f", count, 0, *obj.values)


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
