"""The psycopg connection pool and timed, named query helpers for repositories."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any, LiteralString, Protocol, TypeVar

import psycopg
import psycopg._queries
from psycopg.conninfo import make_conninfo
from psycopg.rows import class_row
from psycopg_pool import AsyncConnectionPool

from healthbot.config import redact_url
from healthbot.errors import DatabaseUnavailable, StartupError
from healthbot.logs import Throttle, more_held_back
from healthbot.metrics import DB_QUERY_ERRORS, DB_QUERY_LATENCY, DB_SLOW_QUERIES, POOL, child

log = logging.getLogger(__name__)

Row = TypeVar("Row")
Params = Mapping[str, Any] | Sequence[Any] | None
Connection = psycopg.AsyncConnection[Any]

# psycopg converts a query's placeholders (a regex over its text) on every run, save for a
# query of at most this many bytes, whose conversion it caches. The XP award (6 KB:
# `healthbot.gamification.award_sql.AWARD`) runs with every log: converted again, it cost
# more client CPU than the rest of the log's write. A module constant it reads at each run.
psycopg._queries.MAX_CACHED_STATEMENT_LENGTH = max(
    psycopg._queries.MAX_CACHED_STATEMENT_LENGTH, 8192
)


class Joined(Protocol):
    """Another feature's statements made in a write's own transaction and pipeline (the XP
    a /log pays), so that the write stays one commit and one round trip.

    The writer calls `queue` with its own statement queued, queues the COMMIT and syncs the
    pipeline once, then calls `finish`, which reads the results.
    """

    async def queue(self, conn: Connection) -> None:
        """Send the statements; fetch nothing (a fetch before the sync is a round trip)."""
        ...

    async def finish(self) -> None:
        """Read the results (the pipeline is synced, the transaction committed)."""
        ...


def default_pool_size(cpu_count: int | None = None) -> tuple[int, int]:
    """The seed's sizing: min = cores, max = 2 x cores + 5."""
    cores = cpu_count or os.cpu_count() or 2
    return cores, 2 * cores + 5


def _may_come_back(exc: psycopg.Error) -> bool:
    """True for a server that is away or busy (no answer at all, starting up, shutting down,
    out of connections), False for one that refused us (password, role, database name)."""
    if exc.sqlstate is not None:
        return exc.sqlstate.startswith(("08", "53", "57"))
    # Connection errors come from libpq as text: a FATAL is the server's own answer.
    text = str(exc)
    return "FATAL:" not in text or any(reason in text for reason in _BUSY)


# The server's FATAL answers that go away by themselves.
_BUSY = ("the database system is", "too many clients", "remaining connection slots")


class Database:
    """A pool plus helpers that time every query by name and log the slow ones."""

    def __init__(
        self,
        pool: AsyncConnectionPool[Connection],
        conninfo: str,
        slow_query_ms: float = 50.0,
        session_conninfo: str | None = None,
    ) -> None:
        self.pool = pool
        self.conninfo = conninfo
        self.session_conninfo = session_conninfo or conninfo
        """Where to open a connection whose session state must last between transactions
        (an advisory lock held while an instance lives, SET): PostgreSQL itself, not a
        PgBouncer in transaction mode, which gives each transaction any server session."""
        self.slow_query_seconds = slow_query_ms / 1000
        self._slow_lines = Throttle()

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        password: str | None = None,
        min_size: int | None = None,
        max_size: int | None = None,
        connect_timeout: float = 10.0,
        slow_query_ms: float = 50.0,
        pgbouncer: bool = False,
        session_url: str | None = None,
    ) -> Database:
        """Check that the database answers, then open a pool filled to its minimum.

        `pgbouncer`: `url` is a PgBouncer in transaction mode, so no statement is prepared
        (a prepared statement lives in one server session, and the next transaction may run
        in another); `session_url` (default `url`) reaches PostgreSQL directly."""
        conninfo = make_conninfo(url, password=password) if password else url
        session = session_url or url
        session_conninfo = make_conninfo(session, password=password) if password else session
        # psycopg prepares a statement after 5 runs; None: never.
        options: dict[str, Any] = {"prepare_threshold": None} if pgbouncer else {}
        default_min, default_max = default_pool_size()
        min_size = min_size or default_min
        max_size = max(max_size or default_max, min_size)
        try:
            # One direct connection first: its error says why (refused, auth, no database),
            # where a pool timeout would only say that it waited.
            probe = await psycopg.AsyncConnection.connect(
                conninfo, connect_timeout=max(1, int(connect_timeout)), **options
            )
            await probe.close()
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            error = DatabaseUnavailable if _may_come_back(exc) else StartupError
            raise error(f"database: cannot connect to {redact_url(url)}: {reason}") from None
        pool: AsyncConnectionPool[Connection] = AsyncConnectionPool(
            conninfo,
            min_size=min_size,
            max_size=max_size,
            open=False,
            timeout=connect_timeout,
            kwargs={"autocommit": True, **options},
            name="healthbot",
        )
        await pool.open(wait=True, timeout=connect_timeout)
        POOL.stats = pool.get_stats
        log.info(
            "database pool open (%d-%d connections) on %s", min_size, max_size, redact_url(url)
        )
        return cls(pool, conninfo, slow_query_ms, session_conninfo)

    async def close(self) -> None:
        """Close every connection of the pool."""
        if POOL.stats == self.pool.get_stats:
            POOL.stats = None
        await self.pool.close()

    @asynccontextmanager
    async def timed(self, name: str) -> AsyncIterator[None]:
        """Time a block under a query name: histogram, error counter, slow-query log."""
        start = time.perf_counter()
        try:
            yield
        except Exception:
            DB_QUERY_ERRORS.labels(name).inc()
            raise
        finally:
            elapsed = time.perf_counter() - start
            child(DB_QUERY_LATENCY, name).observe(elapsed)
            if elapsed > self.slow_query_seconds:
                DB_SLOW_QUERIES.labels(name).inc()
                if (held := self._slow_lines(name)) is not None:
                    more = more_held_back(held, "query")
                    log.warning("slow query %s: %.1f ms%s", name, elapsed * 1000, more)

    @asynccontextmanager
    async def transaction(self, name: str) -> AsyncIterator[Connection]:
        """A connection inside one transaction, timed as a whole under `name`."""
        async with self.timed(name), self.pool.connection() as conn, conn.transaction():
            yield conn

    @asynccontextmanager
    async def pipelined(self, name: str) -> AsyncIterator[Connection]:
        """A connection in pipeline mode for one write, timed under `name`: the statements
        queued in the block go out together with one Sync when it ends, and run as one
        transaction (PostgreSQL's implicit one, until the Sync: the pool's connections are
        in autocommit, so no BEGIN), committed at the Sync if none failed, rolled back as a
        whole if one did: one round trip, one commit. Their results are in their cursors
        after the block. Nothing in it may sync (a fetch before the end would commit there).

        A write that may commit without waiting for the disk says so itself (`set_config(
        'synchronous_commit', 'off', true)` in its statement): see `healthbot.meals.
        repository`, and the README's "Writes without waiting for the disk".
        """
        async with self.timed(name), self.pool.connection() as conn:
            try:
                async with conn.pipeline():
                    yield conn
            except BaseException:
                if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                    await conn.rollback()
                raise

    async def fetch_one_with(
        self, name: str, sql: LiteralString, params: Params, row: type[Row],
        joined: Sequence[Joined],
    ) -> Row | None:  # fmt: skip
        """`fetch_one` of a write, in one transaction and pipeline with what `joined`
        writes (the XP a log pays): one round trip, one commit (see `pipelined`)."""
        if not joined:
            return await self.fetch_one(name, sql, params, row)
        async with self.pipelined(name) as conn:
            cursor = conn.cursor(row_factory=class_row(row))
            await cursor.execute(sql, params)
            for other in joined:
                await other.queue(conn)
        # Committed: the pipeline's one Sync went out at the block's end, and fetched it all.
        found = await cursor.fetchone()
        for other in joined:
            await other.finish()
        return found

    async def fetch_one(
        self, name: str, sql: LiteralString, params: Params, row: type[Row]
    ) -> Row | None:
        """The first row of a query as a `row` instance, or None."""
        async with self.timed(name), self.pool.connection() as conn:
            cur = conn.cursor(row_factory=class_row(row))
            await cur.execute(sql, params)
            return await cur.fetchone()

    async def fetch_all(
        self, name: str, sql: LiteralString, params: Params, row: type[Row]
    ) -> list[Row]:
        """All rows of a query as `row` instances."""
        async with self.timed(name), self.pool.connection() as conn:
            cur = conn.cursor(row_factory=class_row(row))
            await cur.execute(sql, params)
            return await cur.fetchall()

    async def fetch_value(self, name: str, sql: LiteralString, params: Params = None) -> Any:
        """The first column of the first row, or None."""
        async with self.timed(name), self.pool.connection() as conn:
            cur = await conn.execute(sql, params)
            found = await cur.fetchone()
            return None if found is None else found[0]

    async def execute(self, name: str, sql: LiteralString, params: Params = None) -> int:
        """Run a statement; return the number of rows it touched."""
        async with self.timed(name), self.pool.connection() as conn:
            cur = await conn.execute(sql, params)
            return cur.rowcount

    async def execute_with(
        self, name: str, sql: LiteralString, params: Params, joined: Sequence[Joined]
    ) -> None:
        """`execute` of a write, in one transaction and pipeline with what `joined` writes:
        one round trip, one commit (see `pipelined`)."""
        if not joined:
            await self.execute(name, sql, params)
            return
        async with self.pipelined(name) as conn:
            await conn.execute(sql, params)
            for other in joined:
                await other.queue(conn)
        for other in joined:
            await other.finish()
