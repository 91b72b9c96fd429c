"""Shared fixtures: real PostgreSQL and Redis, embedded unless the environment names servers.

Set HB_TEST_DATABASE_URL (a superuser URL; each test database is created beside it) and
HB_TEST_REDIS_URL to run the suite against servers of your own.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from healthbot.cache import Cache, connect_redis
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.meals.foods import FoodCatalog
from healthbot.users import UserRepository
from tests.support import pgbouncer
from tests.support.databases import create_database, drop_database
from tests.support.harness import Harness, harness
from tests.support.users import new_user_id

# Speed is measured by the benchmarks, never asserted here: hypothesis's default 200 ms
# deadline per example is a timed assertion that a loaded machine fails.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")

# Test processes must never see a real token or key from the developer's environment.
for _name in list(os.environ):
    if _name.startswith("HEALTHBOT_"):
        del os.environ[_name]


@pytest.fixture(scope="session")
def postgres_admin_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A URL with the right to create databases."""
    if url := os.environ.get("HB_TEST_DATABASE_URL"):
        yield url
        return
    server = EmbeddedPostgres(tmp_path_factory.mktemp("pg"), database="postgres")
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
async def empty_database_url(postgres_admin_url: str) -> AsyncIterator[str]:
    """A new, empty database, dropped after the test.

    Created and dropped from a thread, with the event loop running: a daemon of a broader
    fixture may be alive, and DROP DATABASE waits until every backend of the server has
    absorbed a signal barrier, which a backend blocked writing a big result to that
    daemon's pool cannot do while the loop is stuck in a synchronous call.
    """
    url = await asyncio.to_thread(create_database, postgres_admin_url)
    try:
        yield url
    finally:
        await asyncio.to_thread(drop_database, postgres_admin_url, url)


@pytest.fixture(scope="session")
async def database_url(postgres_admin_url: str) -> AsyncIterator[str]:
    """A database with every migration applied, shared by the session (use distinct ids)."""
    url = create_database(postgres_admin_url)
    await apply_migrations(url)
    yield url
    drop_database(postgres_admin_url, url)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """A small pool on the migrated database."""
    database = await Database.open(database_url, min_size=1, max_size=4)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The session's Redis server."""
    if url := os.environ.get("HB_TEST_REDIS_URL"):
        yield url
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[EmbeddedRedis]:
    """A Redis server for this test alone, which the test may kill and restart."""
    server = EmbeddedRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
async def shared_db(database_url: str) -> AsyncIterator[Database]:
    """A pool on the session's migrated database (users are distinct per test)."""
    database = await Database.open(database_url, min_size=1, max_size=4)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture(scope="module")
async def catalog(shared_db: Database) -> FoodCatalog:
    """The food catalog, loaded (the packaged table, idempotently, and the search index)."""
    catalog = FoodCatalog(shared_db)
    await catalog.load()
    return catalog


@pytest.fixture
async def users(shared_db: Database, redis_url: str) -> AsyncIterator[UserRepository]:
    """The cached user records, on the session Redis."""
    client = connect_redis(redis_url, timeout=0.25)
    try:
        yield UserRepository(shared_db, Cache(client))
    finally:
        await client.aclose()


@pytest.fixture(scope="module")
async def handlers(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Harness]:
    """The registered features' handlers fed in-process (tests/support/harness.py), on the
    session's database and Redis: one app for a module's tests (distinct users per test)."""
    async with harness(tmp_path_factory.mktemp("handlers"), database_url, redis_url) as running:
        yield running


@pytest.fixture(scope="session", autouse=True)
def _through_pgbouncer(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """With HB_TEST_PGBOUNCER set, the daemons' pools go through PgBouncer in transaction
    mode (`tests.support.pgbouncer.through`): the suite once as behind one in production."""
    if not os.environ.get(pgbouncer.ENV):
        yield
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    with pgbouncer.pgbouncer(tmp_path_factory.mktemp("pgbouncer"), admin_url) as running:
        pgbouncer.ACTIVE = running
        try:
            yield
        finally:
            pgbouncer.ACTIVE = None


@pytest.fixture
def uid() -> int:
    """A Telegram user id no other test of the session uses (tests/support/users.py)."""
    return new_user_id()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Let a coach embedding model still loading finish before the interpreter shuts down
    (a thread killed inside torch aborts the process, whatever the tests said)."""
    store = sys.modules.get("healthbot.coach.memory.store")
    for thread in store.loading_threads() if store is not None else []:
        thread.join(timeout=300)
