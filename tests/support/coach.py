"""The coach's settings against the fake model, and the real services its tools call."""

from __future__ import annotations

from pydantic import SecretStr

from healthbot.coach.tools import Services
from healthbot.config import Settings
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.profile.service import ProfileService
from healthbot.reminders.repository import ReminderRepository
from healthbot.reminders.service import RemindersService
from healthbot.tracking.repository import TrackingRepository
from healthbot.tracking.service import TrackingService
from healthbot.users import UserRepository

KEY = "coach-test-key"
"""The fake model's API key."""


def coach_settings(settings: Settings, base_url: str) -> Settings:
    # The deadlines bound a hang (the tests of a model or a Telegram that never answers wait
    # them out), not a speed: on a loaded machine (4 test workers on 2 cores and more) the
    # daemon and the fakes in one process stall for seconds, and 3 s between reads had the
    # fake model's answers refused as timeouts; a first /log through the coach, which waits
    # for the food table, took 32 s. A hanging model still ends at 2 x 10 s.
    anthropic = settings.anthropic.model_copy(
        update={"api_key": SecretStr(KEY), "base_url": base_url, "max_retries": 1,
                "answer_seconds": 120.0, "timeout_seconds": 10.0, "messages_per_minute": 5,
                "photo_download_seconds": 10.0}
    )  # fmt: skip
    memory = settings.memory.model_copy(update={"enabled": True})
    return settings.model_copy(update={"anthropic": anthropic, "memory": memory})


def real_services(catalog: FoodCatalog, users: UserRepository) -> Services:
    """The services the tools call, on the test database and the session Redis."""
    db, profiles = users.db, ProfileService(users)
    return Services(
        meals=MealService(catalog, MealRepository(db), users, profiles),
        tracking=TrackingService(TrackingRepository(db), users),
        reminders=RemindersService(ReminderRepository(db), users),
        profiles=profiles,
    )
