"""A /log's write against real PostgreSQL: the entry, its items and the XP it pays are one
round trip and one transaction, counted in the protocol trace of the connection (libpq's),
which a failure undoes as a whole; a replay of the same update (the inbox hands it again
after a kill) pays once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest

from healthbot.db import Database
from healthbot.db.pool import Connection
from healthbot.gamification.repository import GamificationRepository
from healthbot.gamification.service import GamificationService, PendingAward
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.profile.service import ProfileService
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.service import TrackingService
from healthbot.users import UserRepository
from tests.support.databases import rows as query
from tests.support.traces import Trace, one_connection_pool, traced
from tests.support.users import new_user_id


@pytest.fixture
async def one_connection(database_url: str) -> AsyncIterator[Database]:
    """A pool of one connection that prepares nothing (so that every statement's text is
    sent, and traced, each time it runs)."""
    async with one_connection_pool(database_url) as database:
        yield database


@dataclass
class Services:
    meals: MealService
    tracking: TrackingService
    gamification: GamificationService
    user_id: int

    def paying(
        self, activity: str, key: str
    ) -> tuple[list[PendingAward], Callable[[date], list[PendingAward]]]:
        """What a handler joins to its write: the award of the log (kept, to read after)."""
        awards: list[PendingAward] = []

        def joined(day: date) -> list[PendingAward]:
            awards.append(self.gamification.pending(self.user_id, activity, key, day))
            return awards

        return awards, joined


@pytest.fixture
async def services(
    one_connection: Database, catalog: FoodCatalog, users: UserRepository
) -> Services:
    """The meal, tracking and gamification services on the one-connection pool, and a new
    user (registered before anything is traced)."""
    user_id = new_user_id()
    await one_connection.execute(
        "test.user",
        "INSERT INTO users (id, first_name, timezone) VALUES (%(id)s, 'T', 'UTC')",
        {"id": user_id},
    )
    lookup = UserRepository(one_connection, users.cache)
    return Services(
        MealService(catalog, MealRepository(one_connection), lookup, ProfileService(lookup)),
        TrackingService(TrackingRepository(one_connection), lookup),
        GamificationService(GamificationRepository(one_connection), lookup),
        user_id,
    )


async def test_a_log_stores_its_entry_and_pays_its_xp_in_one_round_trip_and_commit(
    services: Services, one_connection: Database, tmp_path: Path
) -> None:
    understood = await services.meals.understand("2 eggs and a slice of toast")
    for n in range(3):  # the first award creates the XP row; later ones find it
        key = f"update:{n}/log"
        awards, joined = services.paying("meal", key)
        await services.meals.zone(services.user_id)  # the user record, cached before
        async with traced(one_connection, tmp_path / "trace"):
            entry = await services.meals.log(
                services.user_id,
                understood.portions,
                meal=None,
                description="eggs",
                key=key,
                joined=joined,
            )
        trace = Trace.read(tmp_path / "trace")
        # One Sync: the statements are one transaction (the implicit one, committed there).
        assert trace.round_trips == 1, trace
        assert len(trace.statements) == 3, trace  # the entry, the lock, the award
        assert not {"BEGIN", "COMMIT"} & set(trace.statements), trace
        assert len(entry.items) == 2 and awards[0].progress.xp_awarded >= 10
    paid = await query(
        one_connection.conninfo,
        "SELECT count(*) FROM xp_events WHERE user_id = %s AND reason = 'meal'",
        services.user_id,
    )
    assert paid == [(3,)]


async def test_water_is_stored_and_paid_in_one_round_trip(
    services: Services, one_connection: Database, tmp_path: Path
) -> None:
    awards, joined = services.paying("water", "update:1/water")
    await services.tracking.zone(services.user_id)
    async with traced(one_connection, tmp_path / "trace"):
        day = await services.tracking.log_water(
            services.user_id, 250, "update:1/water", joined=joined
        )
    trace = Trace.read(tmp_path / "trace")
    assert trace.round_trips == 1 and len(trace.statements) == 3, trace
    assert day.total_ml == 250 and awards[0].progress.xp_awarded == 15  # 5 + first glass


async def test_a_replayed_log_stores_one_entry_and_pays_once_with_the_same_news(
    services: Services, one_connection: Database
) -> None:
    understood = await services.meals.understand("2 eggs")
    first, joined = services.paying("meal", "update:7/log")
    entry = await services.meals.log(
        services.user_id,
        understood.portions,
        meal=None,
        description="2 eggs",
        key="update:7/log",
        joined=joined,
    )
    # The daemon was killed after the commit, before the reply: the inbox hands the same
    # update to the handler again, which writes (and pays) under the same key.
    again, joined = services.paying("meal", "update:7/log")
    replayed = await services.meals.log(
        services.user_id,
        understood.portions,
        meal=None,
        description="2 eggs",
        key="update:7/log",
        joined=joined,
    )
    assert replayed.id == entry.id
    assert (first[0].progress.xp_awarded, first[0].progress.repeated) == (30, False)
    progress = again[0].progress
    assert progress.repeated and progress.xp_awarded == 0 and progress.total_xp == 30
    assert [a.code for a in progress.achievements] == ["first_meal"]  # announced the same
    ledger = await query(
        one_connection.conninfo,
        "SELECT reason, amount FROM xp_events WHERE user_id = %s ORDER BY id",
        services.user_id,
    )
    assert ledger == [("meal", 10), ("achievement", 20)]
    stored = await query(
        one_connection.conninfo,
        "SELECT g.total_xp, (SELECT count(*) FROM food_entries e WHERE e.user_id = g.user_id)"
        " FROM user_gamification g WHERE g.user_id = %s",
        services.user_id,
    )
    assert stored == [(30, 1)]


class Failing:
    """Joined to a write's transaction: a statement that fails."""

    async def queue(self, conn: Connection) -> None:
        await conn.execute("SELECT 1 / 0")

    async def finish(self) -> None:
        raise AssertionError("not reached: the write failed")


async def test_a_log_whose_award_fails_stores_nothing(
    services: Services, one_connection: Database
) -> None:
    understood = await services.meals.understand("2 eggs")
    with pytest.raises(psycopg.errors.DivisionByZero):
        await services.meals.log(
            services.user_id, understood.portions, meal=None, description="2 eggs",
            key="update:9/log", joined=lambda day: [Failing()],
        )  # fmt: skip
    stored = await query(
        one_connection.conninfo,
        "SELECT count(*) FROM food_entries WHERE user_id = %s",
        services.user_id,
    )
    assert stored == [(0,)]  # the entry went with the award: one transaction
    # The connection is fine for the next write (the pool's one).
    entry = await services.meals.log(services.user_id, understood.portions, meal=None,
                                     description="2 eggs", key="update:9/log")  # fmt: skip
    assert len(entry.items) == 1
