"""The coach's water and weight tools in the user's units, and its weigh-ins held for the
same confirmation /weight asks: the daemon in-process on the fake Telegram and the fake
Anthropic over HTTP, real PostgreSQL and Redis (no memory, no food table: not needed)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import SecretStr

from healthbot.app import App
from healthbot.coach.prompt import Context, context_text
from healthbot.profile import Profile, ProfileService
from loadgen.anthropic import FakeAnthropic
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import fresh_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram, shown

KEY = "coach-units-key"


class Talking(Logged):
    """The daemon with the coach on the fake model."""

    def __init__(self, bot: RunningBot, fake: ForgingTelegram, url: str, model: FakeAnthropic):
        super().__init__(bot, fake, url)
        self.model = model

    def results(self, text: str) -> list[dict[str, Any]]:
        """The tool results the coach sent back to the model for the user's `text`."""
        found = []
        for request in self.model.requests:
            body = request.body
            if not isinstance(body, dict):
                continue
            said = [m["content"] for m in body["messages"] if isinstance(m["content"], str)]
            if not said or said[-1] != text:  # the message this answer is for
                continue
            last = body["messages"][-1]["content"]
            if isinstance(last, list):
                found += [b for b in last if b.get("type") == "tool_result"]
        return found

    async def imperial(self, user_id: int) -> None:
        profiles = self.bot.app.dependencies["profiles"]
        assert isinstance(profiles, ProfileService)
        await self.ask(user_id, "/start")
        await profiles.set_field(user_id, "units", "imperial")

    async def weights(self, user_id: int) -> list[Decimal]:
        rows = await self.rows(
            "SELECT weight_kg FROM weight_logs WHERE user_id = %s ORDER BY id", user_id
        )
        return [kg for (kg,) in rows]


@pytest.fixture(scope="module")
async def talking(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Talking]:
    with fresh_database(postgres_admin_url) as url:
        async with ForgingTelegram(TOKEN) as fake, FakeAnthropic(KEY) as model:
            settings = bot_settings(tmp_path_factory.mktemp("units"), url, redis_url, fake.base_url)
            anthropic = settings.anthropic.model_copy(
                update={"api_key": SecretStr(KEY), "base_url": model.base_url, "max_retries": 0}
            )
            settings = settings.model_copy(update={"anthropic": anthropic})
            async with App(settings, TOKEN) as app, app.serving():
                yield Talking(RunningBot(fake, app), fake, url, model)


async def test_an_imperial_users_water_is_taken_and_given_in_fluid_ounces(
    talking: Talking, uid: int
) -> None:
    await talking.imperial(uid)
    await talking.say(uid, "I drank 16 oz of water")
    [result] = talking.results("I drank 16 oz of water")
    assert json.loads(result["content"]) == {
        "logged": "16 fl oz", "today": "16 fl oz", "goal": "68 fl oz"
    }  # fmt: skip
    assert await talking.rows("SELECT amount_ml FROM water_logs WHERE user_id = %s", uid) == [
        (473,)
    ]


async def test_a_british_users_water_is_read_in_uk_fluid_ounces_and_given_in_ml(
    talking: Talking, uid: int
) -> None:
    await talking.imperial(uid)
    profiles = talking.bot.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    await profiles.set_timezone(uid, "Europe/London")
    await talking.say(uid, "I just drank 16 oz of water")
    [result] = talking.results("I just drank 16 oz of water")
    assert json.loads(result["content"]) == {
        "logged": "455 ml", "today": "455 ml", "goal": "2,000 ml"
    }  # fmt: skip
    assert await talking.rows("SELECT amount_ml FROM water_logs WHERE user_id = %s", uid) == [
        (455,)
    ]


async def test_a_weight_without_a_unit_is_in_the_users_units(talking: Talking, uid: int) -> None:
    await talking.imperial(uid)
    await talking.say(uid, "I weigh 160")
    [result] = talking.results("I weigh 160")
    assert json.loads(result["content"])["logged"] == "160.0 lb"
    await talking.rows(  # yesterday's: a weigh-in is compared with an earlier day's
        "UPDATE weight_logs SET logged_at = logged_at - interval '1 day' WHERE user_id = %s"
        " RETURNING id",
        uid,
    )
    await talking.say(uid, "I weigh 158 lb")
    [result] = talking.results("I weigh 158 lb")
    assert json.loads(result["content"])["since_previous"] == "-2.0 lb"
    assert await talking.weights(uid) == [Decimal("72.57"), Decimal("71.67")]


async def test_a_metric_users_weight_stays_in_kilograms(talking: Talking, uid: int) -> None:
    await talking.say(uid, "I weigh 72.5")
    [result] = talking.results("I weigh 72.5")
    assert json.loads(result["content"])["logged"] == "72.5 kg"
    assert await talking.weights(uid) == [Decimal("72.50")]


async def test_a_weigh_in_far_from_the_last_is_held_and_confirmed_with_buttons(
    talking: Talking, uid: int
) -> None:
    await talking.say(uid, "I weigh 72 kg")
    answer, question = await talking.say(uid, "I weigh 164", replies=2)
    # Nothing stored; the model was told the user is asked; the chat has /weight's question.
    assert await talking.weights(uid) == [Decimal("72.00")]
    [result] = talking.results("I weigh 164")
    held = json.loads(result["content"])
    assert held["logged"] is False and "buttons" in held["note"]
    assert shown(question) == "⚖️ 164.0 kg is far from your last weigh-in, 72.0 kg. Log it?"
    assert question.reply_markup is not None
    labels = {b["text"]: b["callback_data"] for row in question.reply_markup["inline_keyboard"]
              for b in row}  # fmt: skip
    assert list(labels) == ["Yes, 164.0 kg", "I meant 164.0 lb", "Cancel"]
    assert shown(answer).startswith(  # the model's own answer came first, in words
        "164.0 kg is far from your last weigh-in, 72.0 kg, so I haven't logged it yet"
    )
    talking.press(uid, question, labels["I meant 164.0 lb"])
    edit = await talking.edited(uid, 1)
    assert shown(edit).startswith("⚖️ Logged 74.4 kg.")
    assert await talking.weights(uid) == [Decimal("72.00"), Decimal("74.39")]


async def test_a_held_weigh_in_cancelled_stores_nothing(talking: Talking, uid: int) -> None:
    await talking.say(uid, "I weigh 70 kg")
    _, question = await talking.say(uid, "I weigh 90 kg", replies=2)
    assert question.reply_markup is not None
    labels = {b["text"]: b["callback_data"] for row in question.reply_markup["inline_keyboard"]
              for b in row}  # fmt: skip
    assert list(labels) == ["Yes, 90.0 kg", "Cancel"]  # 90 lb is no nearer: not offered
    talking.press(uid, question, labels["Cancel"])
    assert shown(await talking.edited(uid, 1)) == "⚖️ Not logged."
    assert await talking.weights(uid) == [Decimal("70.00")]


async def test_i_meant_typed_at_the_coachs_question_logs_the_weight_meant(
    talking: Talking, uid: int
) -> None:
    # The coach held "I weigh 164" and asked, as /weight does; "I meant 74 kg" typed at its
    # question changed the weigh-in of 72 kg logged just before (the question was not the
    # chat's: only /weight's own was).
    await talking.say(uid, "I weigh 72 kg")
    await talking.say(uid, "I weigh 164", replies=2)
    reply = await talking.ask(uid, "I meant 74 kg")
    assert reply.startswith("⚖️ Logged 74.0 kg."), reply
    assert await talking.weights(uid) == [Decimal("72.00"), Decimal("74.00")]


async def test_the_days_summary_gives_water_and_its_target_in_the_users_units(
    talking: Talking, uid: int
) -> None:
    await talking.imperial(uid)
    # The model asks for the day's summary once the water is logged.
    talking.model.after_tools = lambda results: (
        [("get_today_summary", {})] if "logged" in results[0] else []
    )
    try:
        await talking.say(uid, "I drank 8 oz of water")
    finally:
        talking.model.after_tools = None
    logged, summary = talking.results("I drank 8 oz of water")
    assert json.loads(logged["content"])["logged"] == "8 fl oz"
    day = json.loads(summary["content"])
    assert day["water"] == "8 fl oz" and day["targets"]["water"] == "68 fl oz"
    assert "water_ml" not in day["targets"]


async def test_the_model_switches_the_units_with_update_profile(talking: Talking, uid: int) -> None:
    talking.model.after_tools = lambda results: (
        [("update_profile", {"units": "imperial"})] if "logged" in results[0] else []
    )
    try:
        await talking.say(uid, "I drank 500 ml of water")
    finally:
        talking.model.after_tools = None
    logged, switched = talking.results("I drank 500 ml of water")
    assert json.loads(logged["content"])["logged"] == "500 ml"
    assert json.loads(switched["content"]) == {"units": "imperial"}
    assert "Today: 17 of 68 fl oz" in await talking.ask(uid, "/water")


def _profile(units: str) -> Profile:
    return Profile(
        1, None, None, None, None, None, None, None, None, units, None, False, None, None, None,
        None, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "units", "said"),
    [
        ("America/New_York", "imperial", "Units: imperial (lb, fl oz, feet and inches)"),
        ("Europe/London", "imperial", "Units: imperial (lb, feet and inches) but water in ml"),
        ("Europe/London", "metric", "Units: metric (kg, ml, cm)"),
    ],
)
def test_the_prompt_names_the_units_water_reads_in_where_the_user_lives(
    zone: str, units: str, said: str
) -> None:
    now = datetime(2026, 12, 7, 18, 0, tzinfo=ZoneInfo(zone))
    context = Context("T", now, _profile(units), None, (), ())
    assert said in context_text(context)
