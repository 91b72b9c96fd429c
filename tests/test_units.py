"""The user's units everywhere the bot shows an amount: water, /today, weight, the quick
buttons. The daemon in-process on the fake Telegram over HTTP, real PostgreSQL and Redis;
units are set through the profile's service, as the setup dialog stores them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.measures import VolumeUnits, volume, volume_units
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


async def test_a_british_user_in_imperial_units_counts_water_in_ml_everywhere(
    running: Tracked, uid: int
) -> None:
    # Stones and feet, but water in ml as it is sold there: a UK fluid ounce is 28.41 ml,
    # not the US 29.57, and no one there counts water in either.
    await imperial(running, uid)
    profiles = running.bot.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    await profiles.set_timezone(uid, "Europe/London")
    units = await running.ask(uid, "/units imperial")
    assert "Units: imperial (lb, ft/in; water in ml)." in units
    shown_units = await running.ask(uid, "/units")
    assert "/units imperial (lb, ft/in; water in ml)." in shown_units  # as chosen above
    assert "fl oz" not in shown_units and "fl oz" not in await running.ask(uid, "/units feet")
    assert (await running.ask(uid, "/water")).startswith("💧 Today: 0 of 2,000 ml (0%)")
    assert labels(running, uid) == [("+250 ml", "water:250"), ("+500 ml", "water:500")]
    typed_ml = await running.ask(uid, "/water 500 ml")
    assert "Logged 500 ml." in typed_ml and "/units" not in typed_ml  # ml is no other system
    assert "Logged 16 fl oz (455 ml)." in await running.ask(uid, "/water 16 oz")
    assert "Logged 568 ml." in await running.ask(uid, "/water a pint")
    assert "Logged 250 ml." in await running.ask(uid, "/water a cup")
    assert await running.water(uid) == [500, 455, 568, 250]
    today = await running.ask(uid, "/today")
    assert "💧 Water: 1,773 of 2,000 ml" in today and "fl oz" not in today
    assert "Water: 2,000 ml" in await running.ask(uid, "/profile")
    assert "fl oz" not in await running.ask(uid, "/history")


async def test_a_user_who_weighs_in_stones_is_british_whatever_their_zone(
    running: Tracked, uid: int
) -> None:
    # Only the British and Irish weigh in stones: one whose zone is still UTC (the default,
    # London's own offset in winter) drinks British pints and counts water in ml.
    await running.ask(uid, "/start")
    weighed = await running.ask(uid, "/weight 11 st 4")
    assert "stones and pounds" in weighed and "fl oz" not in weighed  # now imperial
    assert "Logged 568 ml." in await running.ask(uid, "/water a pint")
    assert labels(running, uid) == [("+250 ml", "water:250"), ("+500 ml", "water:500")]
    assert "Logged 16 fl oz (455 ml)." in await running.ask(uid, "/water 16 oz")
    assert "💧 Water: 1,023 of" in await running.ask(uid, "/today")
    assert await running.water(uid) == [568, 455]


@pytest.mark.parametrize(
    ("units", "zone", "shown"),
    [
        ("imperial", "America/New_York", "fl oz"),
        ("imperial", "America/Chicago", "fl oz"),
        ("imperial", "Europe/London", "ml"),
        ("imperial", "Europe/Dublin", "ml"),
        ("metric", "America/New_York", "ml"),
        ("metric", "Australia/Sydney", "ml"),
        (None, "UTC", "ml"),
    ],
)
def test_water_reads_in_us_fluid_ounces_only_for_imperial_users_outside_britain(
    units: str | None, zone: str, shown: VolumeUnits
) -> None:
    assert volume_units(units, zone) == shown
    assert volume_units(units, zone, stones=True) == "ml"  # a stones user is British


def test_a_pint_is_20_uk_fluid_ounces_and_19_us_ones() -> None:
    assert volume(568.26125, "uk fl oz") == "20 fl oz"
    assert volume(568.26125, "fl oz") == "19 fl oz"
    assert volume(568.26125, "ml") == "568 ml"


@pytest.mark.parametrize(
    ("units", "zone", "parts"),
    [
        ("metric", "Australia/Sydney", ("59 ml espresso", "118 ml")),
        ("imperial", "Europe/London", ("59 ml espresso", "118 ml")),
        ("imperial", "America/New_York", ("2 fl oz espresso", "4 fl oz")),
    ],
)
async def test_a_recipes_parts_read_in_the_users_volume_units(
    running: Tracked, uid: int, units: str, zone: str, parts: tuple[str, str]
) -> None:
    # The recipe is kept in fluid ounces; what the card shows of it is in the user's units.
    await running.ask(uid, "/start")
    profiles = running.bot.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    await profiles.set_field(uid, "units", units)
    await profiles.set_timezone(uid, zone)
    card = await running.ask(uid, "/log a flat white")
    espresso, milk = parts
    assert f"a flat white: {espresso}" in card and f": {milk}" in card
    assert ("fl oz" in card) == (volume_units(units, zone) == "fl oz")
