"""The profile tests' chats: the registered features' handlers fed in-process (the harness,
tests/support/harness.py), one app for a module's tests (tests/support/profile.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.harness import harness
from tests.support.profile import Chats


@pytest.fixture(scope="module")
async def chats(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Chats]:
    """The handlers for a module's tests, on the session's database (distinct users)."""
    async with harness(tmp_path_factory.mktemp("profile"), database_url, redis_url) as running:
        yield Chats(running.fake, running.app, database_url)
