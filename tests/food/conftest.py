"""Fixtures for the food tests: the shared migrated database with the food table loaded."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.db import Database
from healthbot.food import prebuilt
from healthbot.food.repository import ensure_food_table
from healthbot.food.search import FoodSearch


@pytest.fixture(scope="module")
async def food_db(database_url: str) -> AsyncIterator[Database]:
    """A pool on the shared database, with the packaged food table loaded (idempotently)."""
    database = await Database.open(database_url, min_size=1, max_size=4)
    try:
        await ensure_food_table(database)
        yield database
    finally:
        await database.close()


@pytest.fixture(scope="module")
async def food_search(food_db: Database) -> FoodSearch:
    """Food search over the whole table, aliases included (built once per test process,
    as a daemon's: `healthbot.food.prebuilt.build`)."""
    checksum = (await ensure_food_table(food_db)).checksum
    return await prebuilt.build(food_db, None, checksum)


@pytest.fixture(scope="module")
async def ranking_only(food_db: Database) -> FoodSearch:
    """Food search without aliases: what the ranking alone answers."""
    return await FoodSearch.load(food_db, aliases=False)
