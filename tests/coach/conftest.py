"""Fixtures for the memory tests: a migrated database of their own and one loaded store."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from healthbot.coach.memory import MemoryStore
from healthbot.config import Settings
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from tests.support.databases import create_database, drop_database


@pytest.fixture(scope="module")
async def memory_database_url(postgres_admin_url: str) -> AsyncIterator[str]:
    """A migrated database for this module alone (its memory counts are its own)."""
    url = await asyncio.to_thread(create_database, postgres_admin_url)
    await apply_migrations(url)
    yield url
    await asyncio.to_thread(drop_database, postgres_admin_url, url)


@pytest.fixture(scope="module")
def memory_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Default settings (the local embedder) with a data dir of the test's own."""
    data_dir: Path = tmp_path_factory.mktemp("data")
    return Settings(data_dir=data_dir)


@pytest.fixture(scope="module")
async def memory_db(memory_database_url: str) -> AsyncIterator[Database]:
    """A pool on the module's database."""
    database = await Database.open(memory_database_url, min_size=1, max_size=8)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture(scope="module")
async def store(
    memory_settings: Settings, memory_database_url: str, memory_db: Database
) -> AsyncIterator[MemoryStore]:
    """The memory store with the model loaded (once per module: it takes seconds)."""
    opened = await MemoryStore.open(memory_settings, memory_db)
    try:
        yield opened
    finally:
        await opened.close()
