"""/timezone and /units in one message (issue 21), end to end on the fake Telegram over HTTP:
what was understood is echoed, an ambiguous or unknown place is asked about and changes
nothing, times follow the user's locale (12-hour for en-US)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from healthbot.profile.service import ProfileService
from loadgen.telegram import SentMessage
from tests.support.profile import Chats
from tests.support.telegram import labels, shown
from tests.support.waiting import until

# A winter evening in UTC: noon in Portland, 21:00 in Berlin (no daylight saving anywhere).
NOW = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)
ZONE_OF = "SELECT timezone FROM users WHERE id = %s"


@pytest.fixture
def clock(chats: Chats) -> Iterator[None]:
    """The daemon's profile service reads the clock at NOW (offsets depend on the season)."""
    profiles = chats.app.dependencies["profiles"]
    assert isinstance(profiles, ProfileService)
    before = profiles.clock
    profiles.clock = lambda: NOW
    yield
    profiles.clock = before


async def edited_after_press(chats: Chats, uid: int, label: str) -> SentMessage:
    """Press a button that only edits its message; return the edit."""
    edits = len(chats.fake.sent(uid, "editMessageText"))
    message, data = chats.button(uid, label)
    assert message.message_id is not None
    chats.fake.press_button(uid, message.message_id, data)
    await until(lambda: len(chats.fake.sent(uid, "editMessageText")) > edits, what="the edit")
    return chats.fake.sent(uid, "editMessageText")[-1]


async def test_timezone_in_one_message_echoes_what_it_understood(
    chats: Chats, uid: int, clock: None
) -> None:
    chats.user(uid, "Pat")
    await chats.say(uid, "/start")
    reply = shown(await chats.say(uid, "/timezone Portland"))
    assert "Timezone: Portland → America/Los_Angeles (UTC−8)" in reply
    assert "It's 12:00 PM there now" in reply  # a bare "en" in an American zone: 12-hour
    assert await chats.value(ZONE_OF, uid) == "America/Los_Angeles"
    card = shown(await chats.say(uid, "/profile"))
    assert "Timezone: America/Los_Angeles (UTC−8), 12:00 PM there now" in card
    # The zone's own name is echoed once, without an arrow; an offset says it is fixed.
    reply = shown(await chats.say(uid, "/timezone europe/berlin"))
    assert "Timezone: Europe/Berlin (UTC+1)\n" in reply and "9:00 PM" not in reply
    assert "It's 21:00 there now" in reply
    reply = shown(await chats.say(uid, "/timezone +3"))
    assert "+3 → UTC+3 (a fixed offset: no daylight saving)" in reply
    assert await chats.value(ZONE_OF, uid) == "Etc/GMT-3"


async def test_an_en_us_user_reads_12_hour_times_anywhere(
    chats: Chats, uid: int, clock: None
) -> None:
    chats.user(uid, "Sam", language="en-US")
    reply = shown(await chats.say(uid, "/timezone London"))
    assert "London → Europe/London (UTC)" in reply and "It's 8:00 PM there now" in reply


async def test_a_german_user_reads_24_hour_times_even_in_portland(
    chats: Chats, uid: int, clock: None
) -> None:
    chats.user(uid, "Lena", language="de")
    reply = shown(await chats.say(uid, "/timezone Portland"))
    assert "It's 12:00 there now" in reply


async def test_an_ambiguous_place_offers_its_zones_and_changes_nothing(
    chats: Chats, uid: int, clock: None
) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    reply = await chats.say(uid, "/timezone USA")
    assert "“USA” has more than one timezone. Which one is yours?" in shown(reply)
    assert list(labels(reply)) == [
        "America/New_York (UTC−5)",
        "America/Chicago (UTC−6)",
        "America/Denver (UTC−7)",
        "America/Los_Angeles (UTC−8)",
    ]
    assert await chats.value(ZONE_OF, uid) == "UTC"
    edit = await edited_after_press(chats, uid, "America/Chicago (UTC−6)")
    assert "Timezone: America/Chicago (UTC−6)" in shown(edit) and not labels(edit)
    assert "It's 2:00 PM there now" in shown(edit)
    assert await chats.value(ZONE_OF, uid) == "America/Chicago"
    reply = await chats.say(uid, "/timezone IST")
    assert {"Asia/Kolkata (UTC+5:30)", "Asia/Jerusalem (UTC+2)"} <= set(labels(reply))


async def test_a_town_with_its_state_is_the_state_zone(chats: Chats, uid: int, clock: None) -> None:
    # A new user in Ohio answered "Columbus Ohio", "Ohio" and "Columbus, OH": each was
    # "I don't know the timezone" (IANA names no Columbus); a state names its zone.
    chats.user(uid)
    await chats.say(uid, "/start")
    reply = shown(await chats.say(uid, "/timezone Columbus Ohio"))
    assert "Timezone: Columbus Ohio → America/New_York (UTC−5)" in reply
    assert "It's 3:00 PM there now" in reply
    await chats.say(uid, "/timezone Tokyo")
    reply = shown(await chats.say(uid, "/timezone Austin, TX"))
    assert "America/Chicago (UTC−6)" in reply
    assert await chats.value(ZONE_OF, uid) == "America/Chicago"
    reply = shown(await chats.say(uid, "/timezone Paris, Texas"))  # not Europe/Paris
    assert "America/Chicago (UTC−6)" in reply
    reply = shown(await chats.say(uid, "/timezone Paris, TX"))  # a code as much as a name
    assert "America/Chicago (UTC−6)" in reply
    reply = shown(await chats.say(uid, "/timezone Victoria, BC"))  # not Australia/Victoria
    assert "America/Vancouver (UTC−8)" in reply
    reply = shown(await chats.say(uid, "/timezone Berlin, DE"))  # Delaware's, or Germany's
    assert "Europe/Berlin (UTC+1)" in reply
    reply = await chats.say(uid, "/timezone Georgia")  # the state, or the country
    assert {"America/New_York (UTC−5)", "Asia/Tbilisi (UTC+4)"} == set(labels(reply))


@pytest.mark.parametrize(
    ("place", "said"),
    [
        ("Leeds", "Leeds → Europe/London (UTC)"),
        ("Pune", "Pune → Asia/Kolkata (UTC+5:30)"),
        ("Glasgow", "Glasgow → Europe/London (UTC)"),
        ("São Paulo", "São Paulo → America/Sao_Paulo (UTC−3)"),
    ],
)
async def test_a_town_of_any_size_is_known_by_name(
    chats: Chats, uid: int, clock: None, place: str, said: str
) -> None:
    # The table named a few cities per country: "Leeds" and "Pune" were "I don't know the
    # timezone", in the setup's second question. Now every town of 100,000 people.
    chats.user(uid)
    assert f"Timezone: {said}" in shown(await chats.say(uid, f"/timezone {place}"))


async def test_an_unknown_place_gets_examples_or_suggestions(
    chats: Chats, uid: int, clock: None
) -> None:
    chats.user(uid)
    await chats.say(uid, "/timezone Tokyo")
    reply = await chats.say(uid, "/timezone Xyzzyville")
    assert "I don't know the timezone “Xyzzyville”." in shown(reply)
    assert "/timezone Portland" in shown(reply) and "/timezone UTC-5" in shown(reply)
    reply = await chats.say(uid, "/timezone Berln")
    assert "Did you mean one of these?" in shown(reply)
    assert "Europe/Berlin (UTC+1)" in labels(reply)
    reply = shown(await chats.say(uid, "/timezone <b>" + "x" * 200))
    assert "<b>" in reply and "x" * 41 not in reply  # echoed as text, and cut short
    usage = shown(await chats.say(uid, "/timezone"))
    assert "Your timezone: Asia/Tokyo (UTC+9), 05:00 there now." in usage
    assert "/timezone Europe/Berlin" in usage
    assert await chats.value(ZONE_OF, uid) == "Asia/Tokyo"  # nothing lost
    # A forged zone in a button changes nothing either.
    message, _ = chats.button(uid, "Europe/Berlin (UTC+1)")
    assert message.message_id is not None
    chats.fake.press_button(uid, message.message_id, "tz:Mars/Phobos", forged=True)
    await until(
        lambda: any(m.show_alert for m in chats.fake.sent(uid, "answerCallbackQuery")),
        what="an alert",
    )
    assert await chats.value(ZONE_OF, uid) == "Asia/Tokyo"


async def test_timezone_moves_the_reminders_through_the_user_repository(
    chats: Chats, uid: int
) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.rows(
        "INSERT INTO reminders (user_id, kind, schedule, timezone, next_run_at)"
        " VALUES (%s, 'custom', '{\"times\": [\"08:00\"]}', 'UTC', now() + interval '1 day')",
        uid,
    )
    await chats.say(uid, "/timezone Seoul")
    [(zone, next_run_at)] = await chats.rows(
        "SELECT timezone, next_run_at FROM reminders WHERE user_id = %s", uid
    )
    assert zone == "Asia/Seoul"
    assert next_run_at.astimezone(ZoneInfo("Asia/Seoul")).time() == time(8, 0)


async def test_units_in_one_message(chats: Chats, uid: int) -> None:
    chats.user(uid)
    await chats.say(uid, "/start")
    await chats.say(uid, "/weight 72.5")
    reply = shown(await chats.say(uid, "/units imperial"))
    assert "Units: imperial (lb, ft/in, fl oz)." in reply
    assert await chats.value("SELECT units FROM user_profiles WHERE user_id = %s", uid) == (
        "imperial"
    )
    card = shown(await chats.say(uid, "/profile"))
    assert "Units: Imperial (lb, ft)" in card and "Weight: 159.8 lb" in card
    # Anything else is told the two, and changes nothing.
    reply = shown(await chats.say(uid, "/units furlongs"))
    assert "/units metric (kg, cm, ml)" in reply and "/units imperial (lb, ft/in, fl oz)" in reply
    assert await chats.value("SELECT units FROM user_profiles WHERE user_id = %s", uid) == (
        "imperial"
    )
    # Alone, it says which are in use and offers both.
    reply = await chats.say(uid, "/units")
    assert "You see amounts in imperial" in shown(reply)
    assert set(labels(reply)) == {"Metric (kg, cm)", "Imperial (lb, ft)"}
    edit = await edited_after_press(chats, uid, "Metric (kg, cm)")
    assert "Units: metric (kg, cm, ml)." in shown(edit) and not labels(edit)
    assert "Weight: 72.5 kg" in shown(await chats.say(uid, "/profile"))
    reply = shown(await chats.say(uid, "/units LBS"))
    assert "Units: imperial" in reply


async def test_help_lists_timezone_and_units(chats: Chats, uid: int) -> None:
    chats.user(uid)
    reply = shown(await chats.say(uid, "/help"))
    assert "/timezone — set your timezone" in reply and "/units — metric or imperial" in reply
