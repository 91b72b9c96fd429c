"""The coach's update_profile: what a user tells the coach about themselves ("I'm 34, female,
165 cm, I live in Melbourne") is stored as the setup dialog stores it, the targets computed
again; a place is read as /timezone reads it; an answer out of range stores nothing."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from healthbot.coach.tools import Services, Toolbox
from healthbot.meals.foods import FoodCatalog
from healthbot.ops import OpKey
from healthbot.users import UserRepository
from tests.support.coach import real_services
from tests.support.users import new_user_id


@pytest.fixture
def services(catalog: FoodCatalog, users: UserRepository) -> Services:
    return real_services(catalog, users)


async def toolbox(services: Services) -> Toolbox:
    user_id = new_user_id()
    await services.profiles.users.register(user_id, first_name="T", username=None, last_name=None,
                                     language_code="en")  # fmt: skip
    return Toolbox(user_id, OpKey.for_update(1), services)


async def test_a_body_told_in_one_message_sets_the_targets_the_formula_gives(
    services: Services,
) -> None:
    box = await toolbox(services)
    await services.tracking.log_weight(box.user_id, Decimal(70), "w:1")
    before = await services.profiles.targets(box.user_id)
    text, failed = await box.run(
        "update_profile",
        {"sex": "female", "age": 34, "height": 165, "activity_level": "light", "goal": "lose",
         "goal_weight": 62, "timezone": "Melbourne"},
        "s:0",
    )  # fmt: skip
    assert not failed, text
    result = json.loads(text)
    assert result["timezone"] == "Australia/Melbourne"
    overview = await services.profiles.overview(box.user_id)
    profile = overview.profile
    assert profile is not None
    assert (profile.sex, profile.height_cm, profile.activity_level) == ("female", 165, "light")
    assert overview.age == 34
    assert (profile.goal, profile.target_weight_kg) == ("lose", Decimal(62))
    assert overview.user is not None and overview.user.timezone == "Australia/Melbourne"
    # The formula's figure for this body, not the default the user had before.
    assert overview.formula_kcal is not None
    assert result["targets"]["kcal"] == overview.targets.kcal == overview.formula_kcal
    assert overview.targets.kcal != before.kcal


async def test_heights_and_weights_without_a_unit_are_in_the_users_units(
    services: Services,
) -> None:
    box = await toolbox(services)
    text, failed = await box.run("update_profile", {"units": "imperial"}, "s:0")
    assert not failed, text
    text, failed = await box.run("update_profile", {"height": 66, "goal_weight": 150}, "s:1")
    assert not failed, text
    profile = await services.profiles.profile(box.user_id)
    assert profile is not None
    assert profile.height_cm == Decimal("167.6")  # 5 ft 6 in
    assert profile.target_weight_kg == Decimal("68.04")  # 150 lb
    text, failed = await box.run("update_profile", {"height": 170, "height_unit": "cm"}, "s:2")
    assert not failed, text
    assert (await services.profiles.profile(box.user_id)).height_cm == 170  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"age": 7, "timezone": "Melbourne"}, "age must be from 13"),
        ({"height": 30, "sex": "female"}, "height must be from 100"),
        ({"goal_weight": 900, "goal": "lose"}, "goal weight must be from 20"),
        ({"sex": "robot"}, "sex must be one of"),
        ({"activity_level": "couch", "age": 40}, "activity_level must be one of"),
        ({"age": 30.5}, "age must be whole years"),
        ({"height": 170, "height_unit": "furlong"}, "height_unit must be cm or in"),
        ({"timezone": "Canada"}, "did you mean America/Toronto"),  # several: asked
    ],
)
async def test_an_answer_out_of_range_stores_nothing_and_says_which(
    services: Services, arguments: dict[str, object], error: str
) -> None:
    box = await toolbox(services)
    text, failed = await box.run("update_profile", arguments, "s:0")
    assert failed and error in text, text
    assert await services.profiles.profile(box.user_id) is None
    user = await services.profiles.get(box.user_id)
    assert user is not None and user.timezone == "UTC"
