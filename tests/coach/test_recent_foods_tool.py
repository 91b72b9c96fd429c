"""The coach's get_recent_foods: the same list /log alone offers (MealShortcuts.recent), for
the calling user only."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from healthbot.coach.tools import Services, Toolbox
from healthbot.meals.foods import FoodCatalog
from healthbot.ops import OpKey
from healthbot.users import UserRepository
from tests.support.clocks import Clock
from tests.support.coach import real_services
from tests.support.users import new_user_id


@pytest.fixture
def services(catalog: FoodCatalog, users: UserRepository) -> Services:
    return real_services(catalog, users)


async def logs(services: Services, user_id: int, text: str, at: datetime, key: str) -> None:
    understood = await services.meals.understand(text)
    await services.meals.log(
        user_id, understood.portions, meal=None, description=text, key=key, at=at
    )


async def test_recent_foods_are_the_users_own_by_time_of_day(services: Services) -> None:
    clock = Clock(datetime(2026, 3, 5, 8, 0, tzinfo=UTC))
    services.meals.clock = clock
    owner, other = new_user_id(), new_user_id()
    for user_id in (owner, other):
        await services.profiles.users.register(
            user_id, first_name="T", username=None, last_name=None, language_code="en"
        )
    for day in (2, 3, 4):
        await logs(services, owner, "2 eggs", datetime(2026, 3, day, 8, tzinfo=UTC), f"e{day}")
        await logs(services, owner, "150 g chicken breast",
                   datetime(2026, 3, day, 13, tzinfo=UTC), f"c{day}")  # fmt: skip
    await logs(services, other, "1 banana", datetime(2026, 3, 4, 8, tzinfo=UTC), "b")
    box = Toolbox(owner, OpKey.for_update(1), services)
    text, failed = await box.run("get_recent_foods", {}, "s:0")
    assert not failed
    found = json.loads(text)
    assert found["meal_now"] == "breakfast"
    assert [f["usual_amount"] for f in found["foods"]] == ["2 eggs", "150 g chicken breast"]
    assert found["foods"][0]["kcal"] == 143 and found["foods"][0]["times_at_this_meal"] == 3
    clock.now = datetime(2026, 3, 5, 13, 0, tzinfo=UTC)
    text, _ = await box.run("get_recent_foods", {"user_id": other}, "s:1")
    lunch = [f["usual_amount"] for f in json.loads(text)["foods"]]
    assert lunch == ["150 g chicken breast", "2 eggs"]  # the other user's banana: never
