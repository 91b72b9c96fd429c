"""XP taken back from an undone log and given back with it (`gamification.undone`) against a
real PostgreSQL: once per undo, from the total and the award's week, never below zero; a
level that the XP falls below and reaches again is not announced twice."""

from __future__ import annotations

import pytest

from healthbot.db import Database
from healthbot.gamification.repository import GamificationRepository
from healthbot.gamification.service import GamificationService
from tests.support.clocks import Clock
from tests.support.databases import rows as query
from tests.support.gamification import Users, consistent, levels_reached
from tests.support.users import add_user, new_user_id


@pytest.fixture
def service(gdb: Database, clock: Clock) -> GamificationService:
    return GamificationService(GamificationRepository(gdb), Users(gdb), clock)


@pytest.fixture
async def uid(gamification_url: str) -> int:
    user_id = new_user_id()
    await add_user(gamification_url, user_id)
    return user_id


async def test_an_undo_takes_the_xp_back_once_and_bringing_back_returns_it(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    await service.record(uid, "meal", "update:1/log", day)  # 10, and first meal's 20
    paid = await service.record(uid, "meal", "update:2/log", day)
    assert paid.xp_awarded == 10
    assert await service.take_back(uid, "meal", ["update:2/log"], "update:3/undo") == 10
    assert await service.take_back(uid, "meal", ["update:2/log"], "update:3/undo") == 0
    assert await consistent(gamification_url, uid) == 30  # the ledger's sum: its week too
    assert await service.give_back(uid, "meal", "update:3/undo") == 10
    assert await service.give_back(uid, "meal", "update:3/undo") == 0
    assert await consistent(gamification_url, uid) == 40
    assert await service.take_back(uid, "meal", ["update:9/log"], "update:4/undo") == 0  # unpaid


async def test_a_level_reached_again_after_an_undo_is_not_announced_again(
    service: GamificationService, gamification_url: str, uid: int, clock: Clock
) -> None:
    day = clock.now.date()
    await service.record(uid, "weight", "update:1/weight", day)  # 10, and first weigh-in's
    await query(gamification_url, "UPDATE user_gamification SET total_xp = 92 WHERE user_id = %s",
                uid)  # fmt: skip
    await query(gamification_url, "UPDATE xp_events SET amount = amount + 62"
                " WHERE user_id = %s AND source_ref = 'update:1/weight'", uid)  # fmt: skip
    reached = await service.record(uid, "weight", "update:2/weight", day)  # 102: level 2
    assert (reached.level, reached.new_level) == (2, 2)
    await service.take_back(uid, "weight", ["update:2/weight"], "update:3/undo")  # 92
    assert (await service.stats(uid)).level == 1  # the level shown follows the XP
    below = await service.record(uid, "weight", "update:4/weight", day)  # capped: 0 XP
    assert below.level == 1 and below.total_xp < 100
    clock.advance(days=1)  # past the weigh-ins' daily cap
    again = await service.record(uid, "weight", "update:5/weight", clock.now.date())
    assert (again.level, again.new_level) == (2, None)  # announced once, the first time
    assert await levels_reached(gamification_url, uid) == [2]
