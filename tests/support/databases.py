"""Databases for tests: one created beside the session's server, dropped after."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo


def create_database(admin_url: str) -> str:
    """Create an empty database for one test; return its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_conninfo(admin_url, dbname=name)


def drop_database(admin_url: str, url: str) -> None:
    """Drop a database made by `create_database`, cutting its remaining clients."""
    name = conninfo_to_dict(url)["dbname"]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """An empty database (`create_database`) for a test or a module, dropped after."""
    url = create_database(admin_url)
    try:
        yield url
    finally:
        drop_database(admin_url, url)


async def rows(url: str, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """The rows of one statement on the database at `url` (none for a statement without)."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(sql, params)  # type: ignore[arg-type]
        return await cur.fetchall() if cur.description else []
