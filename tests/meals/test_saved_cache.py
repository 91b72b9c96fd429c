"""Saved meals cached in two daemons on one Redis (`--role worker`): a rename or a delete
in one is seen by the other's in-process tier at once, not when its entry expires; what
lets the namespace keep its entries an hour (`healthbot.meals.saved.SAVED`)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest
from prometheus_client import REGISTRY

from healthbot.meals.repository import ItemRow
from healthbot.meals.saved import SavedMeals
from healthbot.users import UserRepository
from tests.support.caches import shared_caches

EGGS = ItemRow(
    position=0, typed="2 eggs", food_name="Egg, whole", usda_id="01123",
    quantity=Decimal(2), unit=None, size=None, grams=Decimal(100), kcal=Decimal(143),
    protein_g=Decimal("12.6"), carbs_g=Decimal("0.7"), fat_g=Decimal("9.5"), fiber_g=Decimal(0),
)  # fmt: skip


@pytest.fixture
async def daemons(
    users: UserRepository, redis_url: str
) -> AsyncIterator[tuple[SavedMeals, SavedMeals]]:
    """The saved meals of two daemons: one database, one Redis, a local tier each."""
    async with shared_caches(redis_url) as (_, first, second):
        yield SavedMeals(users.db, first), SavedMeals(users.db, second)


async def seen(meals: SavedMeals, user_id: int, name: str, present: bool) -> bool:
    """Whether `meals` finds (or no longer finds) the name within a Redis hop or so."""
    async with asyncio.timeout(60):
        while (await meals.named(user_id, name) is not None) != present:
            await asyncio.sleep(0.02)
    return True


async def test_a_rename_or_delete_in_one_daemon_reaches_the_others_cached_names(
    daemons: tuple[SavedMeals, SavedMeals], users: UserRepository, uid: int
) -> None:
    writer, reader = daemons
    await users.register(uid, first_name="Ana")
    saved = await writer.add(uid, "Usual Breakfast", [EGGS])
    assert await reader.named(uid, "usual breakfast") == saved  # now in the reader's tier
    await writer.rename(uid, saved.id, "Eggs")
    assert await seen(reader, uid, "eggs", present=True)
    assert await reader.named(uid, "usual breakfast") is None
    await writer.delete(uid, saved.id)
    assert await seen(reader, uid, "eggs", present=False)
    assert await reader.of_user(uid) == []


def saved_reads() -> float:
    """The saved meals' list queries sent so far (in this process)."""
    labels = {"query": "meals.saved_list"}
    return REGISTRY.get_sample_value("healthbot_db_query_duration_seconds_count", labels) or 0.0


async def test_a_saved_meal_added_is_cached_with_the_others_and_reaches_the_other_daemon(
    daemons: tuple[SavedMeals, SavedMeals], users: UserRepository, uid: int
) -> None:
    writer, reader = daemons
    await users.register(uid, first_name="Ana")
    lunch = await writer.add(uid, "Lunch", [EGGS])
    assert await reader.of_user(uid) == [lunch]  # now in the reader's tier
    before = saved_reads()
    breakfast = await writer.add(uid, "Breakfast", [EGGS])
    # Stored by the add, in the list's order (by name): the /log <name> after a /save
    # reads nothing more.
    assert await writer.of_user(uid) == [breakfast, lunch]
    assert await writer.named(uid, "breakfast") == breakfast
    assert saved_reads() == before
    assert await seen(reader, uid, "breakfast", present=True)
    assert await reader.of_user(uid) == [breakfast, lunch]
