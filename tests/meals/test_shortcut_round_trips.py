"""The one-tap logs' writes against real PostgreSQL, counted in libpq's protocol trace: a
saved meal logged again is one round trip with the XP it pays, as a /log is; a copied day
of three meals is its source's read and one write (the other meals and the XP joined to
the first meal's), not a write per meal; a replay of the same update stores and pays
nothing more and gives the same entries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from healthbot.db import Database
from healthbot.gamification.repository import GamificationRepository
from healthbot.gamification.service import GamificationService, PendingAward
from healthbot.meals.copies import CopyOf
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.meals.shortcuts import MealShortcuts, Write
from healthbot.profile.service import ProfileService
from healthbot.users import UserRepository
from tests.support.databases import rows as query
from tests.support.traces import Trace, one_connection_pool, traced
from tests.support.users import new_user_id


@dataclass
class Tapping:
    meals: MealService
    shortcuts: MealShortcuts
    gamification: GamificationService
    db: Database
    user_id: int

    def write(self, key: str) -> tuple[list[PendingAward], Write]:
        """How a handler writes a one-tap log under `key`: paying its XP in the write (the
        award kept, to read after), the recent foods refreshed by the caller."""
        awards: list[PendingAward] = []

        def paid(day: date) -> list[PendingAward]:
            awards.append(self.gamification.pending(self.user_id, "meal", key, day))
            return awards

        return awards, Write(key, None, paid, refreshed=True)

    async def entries(self) -> list[tuple[str, str]]:
        """The user's entries, in order: their meal and what they say."""
        return await query(
            self.db.conninfo,
            "SELECT meal, description FROM food_entries WHERE user_id = %s ORDER BY id",
            self.user_id,
        )


@pytest.fixture
async def tapping(
    database_url: str, catalog: FoodCatalog, users: UserRepository
) -> AsyncIterator[Tapping]:
    """The meal service and its shortcuts on a pool of one traced connection, and a new user
    (registered, their record read once, before anything is traced)."""
    async with one_connection_pool(database_url) as db:
        user_id = new_user_id()
        await db.execute(
            "test.user",
            "INSERT INTO users (id, first_name, timezone) VALUES (%(id)s, 'T', 'UTC')",
            {"id": user_id},
        )
        lookup = UserRepository(db, users.cache)
        meals = MealService(catalog, MealRepository(db), lookup, ProfileService(lookup))
        await meals.zone(user_id)
        gamification = GamificationService(GamificationRepository(db), lookup)
        yield Tapping(meals, MealShortcuts.of(meals), gamification, db, user_id)


async def test_a_saved_meal_is_logged_again_with_its_xp_in_one_round_trip(
    tapping: Tapping, tmp_path: Path
) -> None:
    understood = await tapping.meals.understand("2 eggs and a slice of toast")
    entry = await tapping.meals.log(
        tapping.user_id, understood.portions, meal=None, description="eggs", key="update:1/log"
    )
    saved = await tapping.shortcuts.save(tapping.user_id, entry.id, "usual breakfast")
    assert saved is not None
    for n in (2, 3):  # the first award makes the user's XP row; the second finds it
        awards, write = tapping.write(f"update:{n}/log")
        async with traced(tapping.db, tmp_path / "trace"):
            again = await tapping.shortcuts.log_saved(tapping.user_id, saved, write)
        trace = Trace.read(tmp_path / "trace")
        assert trace.round_trips == 1, trace
        assert len(trace.statements) == 3, trace  # the entry, the lock, the award
        assert [item.typed for item in again.items] == ["2 eggs", "a slice of toast"]
        assert again.meal == "breakfast" and awards[0].progress.xp_awarded >= 10


async def test_a_copied_day_is_read_then_written_with_its_xp_in_one_round_trip(
    tapping: Tapping, tmp_path: Path
) -> None:
    yesterday = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(days=1)
    for hour, text in ((8, "2 eggs"), (13, "a tuna sandwich"), (19, "200 g salmon")):
        understood = await tapping.meals.understand(text)
        await tapping.meals.log(
            tapping.user_id, understood.portions, meal=None, description=text,
            key=f"update:{hour}/log", at=yesterday.replace(hour=hour),
        )  # fmt: skip
    day = CopyOf(yesterday.date(), None)
    awards, write = tapping.write("update:20/log")
    async with traced(tapping.db, tmp_path / "trace"):
        copied = await tapping.shortcuts.copy(tapping.user_id, day, write)
    trace = Trace.read(tmp_path / "trace")
    # The day's items, then three entries, the lock and the award: one round trip each.
    assert (trace.round_trips, len(trace.statements)) == (2, 6), trace
    assert [entry.meal for entry in copied.entries] == ["breakfast", "lunch", "dinner"]
    assert [entry.row.description for entry in copied.entries] == [
        "2 eggs", "a tuna sandwich", "200 g salmon",
    ]  # fmt: skip
    assert len({entry.row.local_date for entry in copied.entries}) == 1  # now, each
    assert copied.entries[0].row.local_date > day.day
    assert awards[0].progress.xp_awarded >= 10  # paid once, for the whole copy
    last = await tapping.shortcuts.last_logged(tapping.user_id)  # what /save takes
    assert last is not None and last.id == copied.entries[-1].id

    # The daemon was killed after the commit, before the reply: the same update again.
    again, write = tapping.write("update:20/log")
    replayed = await tapping.shortcuts.copy(tapping.user_id, day, write)
    assert [entry.id for entry in replayed.entries] == [entry.id for entry in copied.entries]
    assert [[item.typed for item in entry.items] for entry in replayed.entries] == [
        [item.typed for item in entry.items] for entry in copied.entries
    ]
    assert again[0].progress.repeated and again[0].progress.xp_awarded == 0
    assert len(await tapping.entries()) == 6
    paid = await query(
        tapping.db.conninfo,
        "SELECT count(*) FROM xp_events WHERE user_id = %s AND reason = 'meal'",
        tapping.user_id,
    )
    assert paid == [(1,)]
