"""The memories' table: one row a memory, `(id uuid, vector vector(N), payload jsonb)`.

The layout is the one mem0 made (sql/012_coach_memory.sql), kept so that the memories stored
through mem0 stay readable as they are: the payload holds the text (`data`), the owner
(`user_id`, as text), `hash` (MD5 of the text), `created_at` and `updated_at` (ISO), and
`write_id` (the queued write that stored it). Rows are found per user through the index on
`payload->>'user_id'`.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.adapt import Dumper
from psycopg.pq import Format
from psycopg.types.json import Jsonb

from healthbot.errors import StartupError

if TYPE_CHECKING:
    import psycopg

    from healthbot.db import Database

DEFAULT_COLLECTION = "coach_memories"  # made by sql/012_coach_memory.sql

Vector = list[float]


@dataclass(frozen=True, slots=True)
class Memory:
    """One remembered fact about a user (with its similarity to a query, in a search)."""

    id: str
    text: str
    score: float | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class NewMemory:
    """A memory to store: whose, its text and embedding, and the queued write behind it."""

    user_id: int
    text: str
    vector: Vector
    write_id: int | None = None


class MemoryTable:
    """Named SQL on the memories' table."""

    def __init__(self, db: Database, collection: str) -> None:
        self.db = db
        self.name = sql.Identifier(collection)

    async def nearest(self, user_id: int, vector: Vector, limit: int) -> list[Memory]:
        """The user's memories closest to `vector`, best first (exact, over that user's rows)."""
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
        ).format(table=self.name)
        # MATERIALIZED: the ordering runs over the user's rows alone, so no plan (custom or
        # generic) can walk a vector index and filter by user afterwards. prepare=False: no
        # server-side prepared statement, so each execution is planned for its own user.
        params = {"user_id": str(user_id), "vector": BinaryVector(vector), "limit": limit}
        async with self.db.timed("coach_memory_search"), self.db.pool.connection() as conn:
            cur = conn.cursor()
            binary_vectors(cur)
            await cur.execute(query, params, prepare=False)
            rows = await cur.fetchall()
        return [
            Memory(id=row[0], text=row[1] or "", score=float(row[3]), created_at=_time(row[2]))
            for row in rows
        ]

    async def of_user(self, user_id: int, limit: int) -> list[Memory]:
        """The user's memories, oldest first."""
        query = sql.SQL(
            """
            SELECT id::text, payload->>'data', payload->>'created_at' FROM {table}
            WHERE payload->>'user_id' = %(user_id)s
            ORDER BY payload->>'created_at', id
            LIMIT %(limit)s
            """
        ).format(table=self.name)
        async with self.db.timed("coach_memory_list"), self.db.pool.connection() as conn:
            cur = await conn.execute(query, {"user_id": str(user_id), "limit": limit})
            rows = await cur.fetchall()
        return [Memory(id=row[0], text=row[1] or "", created_at=_time(row[2])) for row in rows]

    async def insert(
        self, conn: psycopg.AsyncConnection[Any], memories: Sequence[NewMemory]
    ) -> list[str]:
        """Store memories on the caller's connection (inside its transaction); their ids."""
        now = datetime.now(UTC).isoformat()
        ids = [str(uuid.uuid4()) for _ in memories]
        rows = []
        for memory_id, memory in zip(ids, memories, strict=True):
            payload: dict[str, str] = {
                "user_id": str(memory.user_id),
                "data": memory.text,
                "hash": text_hash(memory.text),
                "created_at": now,
                "updated_at": now,
            }
            if memory.write_id is not None:
                payload["write_id"] = str(memory.write_id)
            rows.append((memory_id, BinaryVector(memory.vector), Jsonb(payload)))
        query = sql.SQL("INSERT INTO {table} (id, vector, payload) VALUES (%s, %b::vector, %s)")
        async with conn.cursor() as cur:
            binary_vectors(cur)
            await cur.executemany(query.format(table=self.name), rows)
        return ids

    async def written_by(self, conn: psycopg.AsyncConnection[Any], write_id: int) -> str | None:
        """The memory a queued write stored already, if any (mem0 committed apart from the
        queue: a crash in between left the write pending with its memory stored)."""
        query = sql.SQL(
            "SELECT id::text FROM {table} WHERE payload ? 'write_id' "
            "AND payload->>'write_id' = %(write_id)s LIMIT 1"
        ).format(table=self.name)
        cur = await conn.execute(query, {"write_id": str(write_id)})
        row = await cur.fetchone()
        return None if row is None else str(row[0])

    async def delete(self, user_id: int, memory_id: uuid.UUID) -> bool:
        """Delete one memory, only if it is this user's; True if deleted."""
        query = sql.SQL(
            "DELETE FROM {table} WHERE id = %(id)s AND payload->>'user_id' = %(user_id)s"
        ).format(table=self.name)
        async with self.db.timed("coach_memory_forget"), self.db.pool.connection() as conn:
            cur = await conn.execute(query, {"id": memory_id, "user_id": str(user_id)})
            return cur.rowcount == 1

    async def delete_user(self, user_id: int) -> int:
        """Delete every memory of the user; how many there were."""
        query = sql.SQL("DELETE FROM {table} WHERE payload->>'user_id' = %(user_id)s").format(
            table=self.name
        )
        async with self.db.timed("coach_memory_forget_all"), self.db.pool.connection() as conn:
            cur = await conn.execute(query, {"user_id": str(user_id)})
            return cur.rowcount

    async def analyze(self) -> None:
        """Refresh the planner's statistics of the table (after a bulk import)."""
        async with self.db.pool.connection() as conn:
            await conn.execute(sql.SQL("ANALYZE {table}").format(table=self.name))


def text_hash(text: str) -> str:
    """The payload's `hash` of a text (mem0's: MD5 of its UTF-8)."""
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - an identity, not a secret


async def ensure_collection(db: Database, collection: str, dims: int) -> None:
    """Create the table (in mem0's shape) and its indexes if missing; refuse a table whose
    vectors have another size than the embedder's."""
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
        if found is not None and collection == DEFAULT_COLLECTION:
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


def binary_vectors(cursor: psycopg.AsyncCursor[Any]) -> None:
    """Let `cursor` send `BinaryVector` parameters (written `%b::vector` in the SQL)."""
    cursor.adapters.register_dumper(BinaryVector, _BinaryVectorDumper)  # this cursor's alone


class _BinaryVectorDumper(Dumper):
    # pgvector's vector_recv: dimensions (int16), an unused int16, then big-endian float4s.
    # No type oid: the vector type's oid differs per database, and `%b::vector` lets
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
