"""Fixtures for the meal tests: the meal service on the shared migrated database (its pool,
catalog and user records come from tests/conftest.py), and the daemon serving it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot import meals, profile, tracking
from healthbot.app import App
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.profile.service import ProfileService
from healthbot.users import UserRepository
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import create_database, drop_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram


@pytest.fixture
def service(catalog: FoodCatalog, users: UserRepository) -> MealService:
    """The meal service on the shared database (new users per test), targets from profiles."""
    return MealService(catalog, MealRepository(users.db), users, ProfileService(users))


@pytest.fixture(scope="module")
async def logged(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Logged]:
    """The daemon in-process with the meal, tracking and profile features, on the fake
    Telegram and a database of the module's own (distinct user ids per test)."""
    url = create_database(postgres_admin_url)
    try:
        async with ForgingTelegram(TOKEN) as fake:
            settings = bot_settings(tmp_path_factory.mktemp("meals"), url, redis_url, fake.base_url)
            features = (profile.FEATURE, tracking.FEATURE, meals.FEATURE)
            async with App(settings, TOKEN, features) as app, app.serving():
                yield Logged(RunningBot(fake, app), fake, url)
    finally:
        drop_database(postgres_admin_url, url)
