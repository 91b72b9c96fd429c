"""The coach's tools against the real services and database: always for the calling user,
whatever the model puts in their input, and failing into error texts, never exceptions."""

from __future__ import annotations

import json

import pytest

from healthbot.coach.tools import TOOLS, Services, Toolbox
from healthbot.meals.foods import FoodCatalog
from healthbot.ops import OpKey
from healthbot.users import UserRepository
from tests.support.coach import real_services
from tests.support.users import new_user_id


@pytest.fixture
def services(catalog: FoodCatalog, users: UserRepository) -> Services:
    return real_services(catalog, users)


async def toolbox(services: Services, update_id: int = 1) -> Toolbox:
    user_id = new_user_id()
    await services.profiles.users.register(user_id, first_name="T", username=None, last_name=None,
                                     language_code="en")  # fmt: skip
    return Toolbox(user_id, OpKey.for_update(update_id), services)


def test_no_tool_takes_a_user_id() -> None:
    for tool in TOOLS:
        properties = tool["input_schema"]["properties"]
        assert not any("user" in name or name == "id" for name in properties), tool["name"]
        assert tool["input_schema"]["additionalProperties"] is False


async def test_tool_inputs_naming_another_user_reach_only_the_caller(services: Services) -> None:
    owner = await toolbox(services)
    text, failed = await owner.run("set_reminder", {"text": "stretch", "time": "09:00"}, "s:0")
    assert not failed
    reminder_id = json.loads(text)["reminder_id"]
    intruder = await toolbox(services)
    # Another user's reminder id deletes nothing; a user id in the input is ignored.
    text, failed = await intruder.run("delete_reminder", {"reminder_id": reminder_id}, "s:1")
    assert json.loads(text) == {"deleted": False}
    assert [r.id for r in await services.reminders.of_user(owner.user_id)] == [reminder_id]
    text, failed = await intruder.run(
        "log_food", {"description": "2 eggs", "user_id": owner.user_id}, "s:2"
    )
    assert not failed
    assert (await services.meals.day(owner.user_id)).entries == 0
    assert (await services.meals.day(intruder.user_id)).entries == 1


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("log_water", "not an object"),
        ("log_water", {"amount_ml": "lots"}),
        ("log_water", {"amount_ml": -5}),
        ("log_weight", {"weight": 5000}),
        ("log_weight", {"weight": 70, "unit": "stone"}),
        ("set_reminder", {"text": "x", "time": "25:99"}),
        ("set_reminder", {"text": ""}),
        ("delete_reminder", {"reminder_id": "1; DROP TABLE reminders"}),
        ("update_profile", {"timezone": "Mars/Olympus_Mons"}),
        ("update_profile", {}),
        ("log_food", {"description": "-2 eggs"}),
        ("log_food", {"description": "2 eggs", "meal": "brunch"}),
        ("no_such_tool", {}),
        ("remember", {"fact": "likes tea"}),  # no memory store configured here
    ],
)
async def test_malformed_input_is_an_error_for_the_model_and_writes_nothing(
    services: Services, name: str, arguments: object
) -> None:
    box = await toolbox(services)
    text, failed = await box.run(name, arguments, "s:0")
    assert failed and text
    assert (await services.meals.day(box.user_id)).entries == 0
    assert (await services.tracking.water_today(box.user_id)).total_ml == 0
    assert await services.reminders.of_user(box.user_id) == []


async def test_a_retried_call_writes_once(services: Services) -> None:
    box = await toolbox(services, update_id=77)
    for _ in range(2):
        _, failed = await box.run("log_water", {"amount_ml": 300}, "coach:0:0")
        assert not failed
    assert (await services.tracking.water_today(box.user_id)).total_ml == 300


async def test_a_weight_or_water_in_the_other_units_tells_the_model_about_units(
    services: Services,
) -> None:
    box = await toolbox(services)  # a new user: metric
    text, failed = await box.run("log_weight", {"weight": 160, "unit": "lb"}, "s:0")
    assert not failed
    logged = json.loads(text)
    assert logged["logged"] == "72.6 kg"
    assert "/units imperial" in logged["units_note"]
    text, failed = await box.run("log_water", {"amount": 16, "unit": "fl oz"}, "s:1")
    assert "/units imperial" in json.loads(text)["units_note"]
    # In the user's own units, or with no unit named, nothing is said of units.
    for name, arguments in [("log_weight", {"weight": 72.4, "unit": "kg"}),
                            ("log_water", {"amount": 250})]:  # fmt: skip
        text, failed = await box.run(name, arguments, f"s:{name}")
        assert not failed and "units_note" not in json.loads(text)
