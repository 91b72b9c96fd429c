"""Fixtures of the gamification tests: migrated databases of their own (see
tests/support/gamification.py), a pool on it, a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from healthbot.db import Database
from tests.support.clocks import Clock
from tests.support.databases import drop_database
from tests.support.gamification import migrated_database


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


@pytest.fixture
def clock() -> Clock:
    """A Wednesday noon, UTC, in a week no real event falls in."""
    return Clock(datetime(2031, 3, 12, 12, 0, tzinfo=UTC))
