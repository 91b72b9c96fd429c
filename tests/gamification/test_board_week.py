"""The leaderboard's week is named in the user's timezone (issue 21, item 9): one UTC week
for everyone, said as when it began where the user lives, in their clock; end to end on the
fake Telegram over HTTP, the zone set with /timezone."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest

from healthbot.gamification.service import GamificationService
from tests.support.databases import fresh_database
from tests.support.profile import Chats, daemon
from tests.support.telegram import shown

# Wednesday noon UTC; the week began on Monday March 10, 00:00 UTC, which was Sunday 5 PM in
# Los Angeles (daylight saving time had begun on March 9).
WEDNESDAY = datetime(2031, 3, 12, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
async def chats(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Chats]:
    """The daemon with every feature, on a database of its own."""
    with fresh_database(postgres_admin_url) as url:
        async with daemon(tmp_path_factory.mktemp("board"), url, redis_url) as running:
            yield running


@pytest.fixture
def wednesday(chats: Chats) -> Iterator[None]:
    """The gamification service's clock on WEDNESDAY."""
    service = chats.app.dependencies["gamification"]
    assert isinstance(service, GamificationService)
    before = service.clock
    service.clock = lambda: WEDNESDAY
    yield
    service.clock = before


@pytest.mark.usefixtures("wednesday")
@pytest.mark.parametrize(
    ("language", "place", "title"),
    [
        ("en", "Portland", "XP this week (since Sun Mar 9, 5:00 PM your time)"),
        ("en-GB", "Berlin", "XP this week (since Mon Mar 10, 01:00 your time)"),
        ("en-US", "Tokyo", "XP this week (since Mon Mar 10, 9:00 AM your time)"),
        ("en", "UTC", "XP this week (since Mon Mar 10, 00:00 UTC)"),
    ],
)
async def test_the_week_is_named_in_the_users_zone(
    chats: Chats, uid: int, language: str, place: str, title: str
) -> None:
    chats.user(uid, language=language)
    await chats.say(uid, f"/timezone {place}")
    reply = shown(await chats.say(uid, "/leaderboard"))
    assert reply.splitlines()[0] == f"🏆 Leaderboard: {title}"
