"""What a client sends PostgreSQL, counted in libpq's protocol trace of a connection: round
trips (a Sync of the extended protocol, or a simple Query) and the statements parsed; and a
pool of one connection that prepares nothing, so that every statement's text is traced."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from psycopg import pq

from healthbot.db import Database


@dataclass
class Trace:
    """What the client sent: round trips (a Sync of the extended protocol, or a simple
    Query) and the text of each statement it parsed."""

    round_trips: int = 0
    statements: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Trace:
        trace = cls()
        for line in path.read_text().splitlines():
            sender, _, kind, *rest = [*line.split("\t"), "", ""]
            if sender != "F":
                continue
            trace.round_trips += kind in {"Sync", "Query"}
            if kind == "Parse":  # ` "" "SELECT ..." 0`: the name, the text, the types
                trace.statements.append(rest[0].split('"')[3])
        return trace


@asynccontextmanager
async def one_connection_pool(database_url: str) -> AsyncIterator[Database]:
    """A pool of one connection that prepares nothing (so that every statement's text is
    sent, and traced, each time it runs)."""
    database = await Database.open(database_url, min_size=1, max_size=1, pgbouncer=True)
    try:
        yield database
    finally:
        await database.close()


@asynccontextmanager
async def traced(db: Database, path: Path) -> AsyncIterator[None]:
    """Trace the pool's one connection while the block runs."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    async with db.pool.connection() as conn:
        conn.pgconn.trace(descriptor)
        conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
    try:
        yield
    finally:
        async with db.pool.connection() as conn:
            conn.pgconn.untrace()  # flushes the trace
        os.close(descriptor)
