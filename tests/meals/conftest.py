"""Fixtures for the meal tests: the meal service on the shared migrated database (its pool,
catalog and user records come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.profile.repository import UserRepository
from healthbot.profile.service import ProfileService


@pytest.fixture
def service(catalog: FoodCatalog, users: UserRepository) -> MealService:
    """The meal service on the shared database (new users per test), targets from profiles."""
    return MealService(catalog, MealRepository(users.db), users, ProfileService(users))
