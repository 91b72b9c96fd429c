"""Fixtures of the gamification tests: migrated databases of their own, users, a fake clock.

Migration numbers are assigned to features built in parallel; until every number up to 007
exists, the repository's `sql/` has gaps that the runner refuses. `migrate` then applies a
copy of the migrations up to this feature's 007, with an empty stand-in for each missing
number; once there are no gaps it applies `sql/` itself, unchanged.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from healthbot.db import Database
from healthbot.db.migrations import apply_migrations, find_sql_dir, load_migrations
from healthbot.errors import MigrationError
from tests.conftest import create_database, drop_database

OWN_VERSION = 7


def sql_dir(tmp_path: Path) -> Path | None:
    """None when `sql/` loads as it is; else a copy up to 007 with stand-ins for the gaps."""
    try:
        load_migrations()
    except MigrationError:
        pass
    else:
        return None
    target = tmp_path / "sql"
    target.mkdir(exist_ok=True)
    present = set()
    for path in find_sql_dir().glob("*.sql"):
        version = int(path.name[:3])
        if version <= OWN_VERSION:
            shutil.copy(path, target / path.name)
            present.add(version)
    for version in range(1, OWN_VERSION + 1):
        if version not in present:
            (target / f"{version:03d}_standin.sql").write_text("SELECT 1;\n")
            (target / f"{version:03d}_standin.down.sql").write_text("SELECT 1;\n")
    return target


async def migrated_database(admin_url: str, tmp_path: Path) -> str:
    """A new database with the migrations applied; its URL."""
    url = create_database(admin_url)
    await apply_migrations(url, sql_dir(tmp_path))
    return url


@pytest.fixture(scope="module")
async def gamification_url(
    postgres_admin_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """A migrated database for one test module (a leaderboard counts everyone in it)."""
    url = await migrated_database(postgres_admin_url, tmp_path_factory.mktemp("sql"))
    yield url
    drop_database(postgres_admin_url, url)


@pytest.fixture
async def gdb(gamification_url: str) -> AsyncIterator[Database]:
    """A small pool on the module's database."""
    database = await Database.open(gamification_url, min_size=1, max_size=6)
    try:
        yield database
    finally:
        await database.close()


class Clock:
    """A settable clock for the service (UTC)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock forward."""
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    """A Wednesday noon, UTC, in a week no real event falls in."""
    return Clock(datetime(2031, 3, 12, 12, 0, tzinfo=UTC))


async def add_user(
    url: str, user_id: int, first_name: str = "", *, timezone: str = "UTC", username: str = ""
) -> None:
    """A users row (what /start or a first log creates)."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute(
            "INSERT INTO users (id, first_name, username, timezone) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (id) DO NOTHING",
            (user_id, first_name or f"U{user_id}", username or None, timezone),
        )


async def query(url: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Rows of one statement, on a connection of its own."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(sql, params)
        return await cur.fetchall() if cur.description else []


def id_counter(start: int) -> Callable[[], int]:
    """Fresh user ids for one module."""
    ids = iter(range(start, start + 100_000))
    return lambda: next(ids)
