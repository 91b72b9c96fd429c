"""The user's units everywhere the bot shows an amount: water, /today, weight, the quick
buttons. The daemon in-process on the fake Telegram over HTTP, real PostgreSQL and Redis;
units are set through the profile's service, as the setup dialog stores them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.profile import ProfileService
from tests.support.databases import fresh_database
from tests.support.telegram import shown
from tests.support.tracking import Tracked, daemon, last_message
from tests.support.waiting import until


@pytest.fixture(scope="module")
async def running(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Tracked]:
    with fresh_database(postgres_admin_url) as url:
        async with daemon(tmp_path_factory.mktemp("units"), url, redis_url) as tracked:
            yield tracked


async def imperial(running: Tracked, user_id: int) -> None:
    """The user, registered, with imperial units."""
    await running.ask(user_id, "/start")
    profiles = running.bot.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    await profiles.set_field(user_id, "units", "imperial")


def labels(running: Tracked, user_id: int) -> list[tuple[str, str]]:
    markup = last_message(running, user_id).reply_markup
    assert markup is not None
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


async def test_imperial_water_goes_in_8_fl_oz_steps_and_today_shows_fl_oz(
    running: Tracked, uid: int
) -> None:
    await imperial(running, uid)
    reply = await running.ask(uid, "/water")
    assert reply.startswith("💧 Today: 0 of 68 fl oz (0%)")
    assert labels(running, uid) == [("+8 fl oz", "water:237"), ("+16 fl oz", "water:473")]
    message = last_message(running, uid)
    assert message.message_id is not None
    running.fake.press_button(uid, message.message_id, "water:237")
    await until(lambda: running.fake.sent(uid, "editMessageText"), what="the edit")
    assert "Logged 8 fl oz." in shown(running.fake.sent(uid, "editMessageText")[-1])
    answers = [a.text for a in running.fake.sent(uid, "answerCallbackQuery")]
    assert answers == ["+8 fl oz · today 8 fl oz"]
    await running.ask(uid, "/water 16 oz")
    assert await running.water(uid) == [237, 473]
    today = await running.ask(uid, "/today")
    assert "💧 Water: 24 of 68 fl oz" in today and " ml" not in today


async def test_a_metric_user_keeps_millilitres_and_the_250_ml_buttons(
    running: Tracked, uid: int
) -> None:
    await running.ask(uid, "/water 500 ml")
    assert labels(running, uid) == [("+250 ml", "water:250"), ("+500 ml", "water:500")]
    assert "💧 Water: 500 of 2,000 ml" in await running.ask(uid, "/today")


async def test_an_imperial_button_still_logs_after_the_user_turns_metric(
    running: Tracked, uid: int
) -> None:
    # A message sent before the change keeps its buttons: their amounts stay valid.
    await imperial(running, uid)
    await running.ask(uid, "/water")
    message = last_message(running, uid)
    assert message.message_id is not None
    profiles = running.bot.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    await profiles.set_field(uid, "units", "metric")
    running.fake.press_button(uid, message.message_id, "water:473")
    await until(lambda: running.fake.sent(uid, "editMessageText"), what="the edit")
    assert "Logged 473 ml." in shown(running.fake.sent(uid, "editMessageText")[-1])
    assert await running.water(uid) == [473]
