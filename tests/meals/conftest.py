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
from loadgen.anthropic import FakeAnthropic
from tests.support.coach import KEY, coach_settings
from tests.support.harness import harness, harness_settings
from tests.support.meals import Coached, Logged


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


@pytest.fixture(scope="module")
async def coached(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Coached]:
    """Every feature's handlers fed in-process, the coach on the fake Anthropic over HTTP."""
    tmp_path = tmp_path_factory.mktemp("afterthoughts")
    async with FakeAnthropic(KEY) as model:
        settings = coach_settings(
            harness_settings(tmp_path, database_url, redis_url), model.base_url
        )
        async with harness(tmp_path, database_url, redis_url, settings=settings) as running:
            chats = Coached(running, running.fake, database_url)
            chats.model = model
            # A model that talks and calls no tool: the fake logs any food a statement names
            # ("the banana was delicious": a banana), where a coach would answer the comment.
            model.tool_names = {}
            yield chats
