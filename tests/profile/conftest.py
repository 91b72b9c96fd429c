"""The profile tests' daemon, one for each module (tests/support/profile.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.databases import create_database, drop_database
from tests.support.profile import Chats, daemon


@pytest.fixture(scope="module")
async def chats(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Chats]:
    """One daemon for a module's tests, on a database of its own (tests use distinct users)."""
    url = create_database(postgres_admin_url)
    try:
        async with daemon(tmp_path_factory.mktemp("profile"), url, redis_url) as running:
            yield running
    finally:
        drop_database(postgres_admin_url, url)
