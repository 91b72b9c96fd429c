"""Fixtures for the meal tests: the food catalog on the shared migrated database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.cache import Cache, connect_redis
from healthbot.db import Database
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.profile.repository import UserRepository
from healthbot.profile.service import ProfileService


@pytest.fixture(scope="module")
async def meals_db(database_url: str) -> AsyncIterator[Database]:
    """A pool on the shared database (users are distinct per test)."""
    database = await Database.open(database_url, min_size=1, max_size=4)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture(scope="module")
async def catalog(meals_db: Database) -> FoodCatalog:
    """The food catalog, loaded (the packaged table, idempotently, and the search index)."""
    catalog = FoodCatalog(meals_db)
    await catalog.load()
    return catalog


@pytest.fixture
async def users(meals_db: Database, redis_url: str) -> AsyncIterator[UserRepository]:
    """The cached user records, on the session Redis."""
    client = connect_redis(redis_url, timeout=0.25)
    try:
        yield UserRepository(meals_db, Cache(client))
    finally:
        await client.aclose()


@pytest.fixture
def service(catalog: FoodCatalog, users: UserRepository) -> MealService:
    """The meal service on the shared database (new users per test), targets from profiles."""
    return MealService(catalog, MealRepository(users.db), users, ProfileService(users))
