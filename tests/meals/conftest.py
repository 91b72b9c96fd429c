"""Fixtures for the meal tests: the meal service on the shared migrated database (its pool,
catalog and user records come from tests/conftest.py), and the handlers of the features a
meal needs, fed in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot import journal, meals, profile, tracking
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.profile.service import ProfileService
from healthbot.users import UserRepository
from tests.support.harness import harness
from tests.support.meals import Logged


@pytest.fixture
def service(catalog: FoodCatalog, users: UserRepository) -> MealService:
    """The meal service on the shared database (new users per test), targets from profiles."""
    return MealService(catalog, MealRepository(users.db), users, ProfileService(users))


@pytest.fixture(scope="module")
async def logged(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Logged]:
    """The meal, tracking, journal (/history) and profile features' handlers fed in-process
    (the harness), on the session's database (distinct user ids per test; the meals write
    only users' rows beside the packaged food table, which loads once for the session)."""
    features = (profile.FEATURE, tracking.FEATURE, meals.FEATURE, journal.FEATURE)
    tmp_path = tmp_path_factory.mktemp("meals")
    async with harness(tmp_path, database_url, redis_url, features) as running:
        yield Logged(running, running.fake, database_url)
