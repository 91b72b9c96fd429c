"""The coach without an API key: the stand-in model answers in plain sentences built from
what the tools did (never their JSON, never an error's text), acknowledges what the user
says about their eating, and says once per conversation that it is a stand-in. The daemon
in-process on the fake Telegram over HTTP, real PostgreSQL and Redis."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from decimal import Decimal

import psycopg
import pytest

from healthbot.app import App
from tests.support.daemon import RunningBot, bot_settings
from tests.support.databases import fresh_database
from tests.support.meals import Logged
from tests.support.telegram import TOKEN, ForgingTelegram, SentMessage, shown

NOTE = "Offline coach"
MOOD = ", feeling good"
"""Said after what was eaten, drunk or weighed, it makes the message more than a plain log,
so the stand-in reads it: told plainly, it is logged as its command logs it, without the
stand-in (tests/coach/test_offline_told.py)."""
_RAW = re.compile(r"[{}\[\]]|\"\w+\":|_ml\b|_kg\b|is_error|internal error|Traceback")


@pytest.fixture(scope="module")
async def offline(
    tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str, redis_url: str
) -> AsyncIterator[Logged]:
    with fresh_database(postgres_admin_url) as url:
        async with ForgingTelegram(TOKEN) as fake:
            data = tmp_path_factory.mktemp("offline")
            settings = bot_settings(data, url, redis_url, fake.base_url)
            assert settings.anthropic.api_key is None
            async with App(settings, TOKEN) as app, app.serving():
                yield Logged(RunningBot(fake, app), fake, url)


async def stored(logged: Logged, sql: str, user_id: int, count: int) -> None:
    """Wait until `sql` gives `count` rows: the coach stores its turns after the reply."""
    for _ in range(500):
        if len(await logged.rows(sql, user_id)) >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"fewer than {count} rows: {sql}")


def plain(text: str) -> str:
    """The reply, checked to read as sentences: no JSON, no error text for a model."""
    assert not _RAW.search(text), text
    return text


async def test_what_the_tools_did_is_said_in_sentences_and_the_note_comes_once(
    offline: Logged, uid: int
) -> None:
    first = plain(await offline.ask(uid, f"I drank 2 glasses of water{MOOD}"))
    assert first.startswith("I logged 500 ml of water: 500 ml today, of your 2,000 ml goal.")
    assert NOTE in first
    second = plain(await offline.ask(uid, f"I weigh 72.5 kg{MOOD}"))
    assert second.startswith("I logged your weight: 72.5 kg.")
    assert NOTE not in second  # said once per conversation
    async with await psycopg.AsyncConnection.connect(offline.url) as conn:  # yesterday's
        await conn.execute(
            "UPDATE weight_logs SET logged_at = logged_at - interval '1 day' WHERE user_id = %s",
            (uid,),
        )
    third = plain(await offline.ask(uid, f"I weigh 72 kg today{MOOD}"))
    assert "I logged your weight: 72.0 kg (-0.5 kg since the last one)." in third
    assert NOTE not in third


async def test_a_conversation_after_a_long_pause_hears_the_note_again(
    offline: Logged, uid: int
) -> None:
    assert NOTE in await offline.ask(uid, "hello there")
    assert NOTE not in await offline.ask(uid, "tell me something nice")
    await stored(offline, "SELECT 1 FROM conversation_history WHERE user_id = %s", uid, 4)
    await offline.rows(
        "UPDATE conversation_history SET created_at = created_at - interval '4 hours'"
        " WHERE user_id = %s RETURNING id",
        uid,
    )
    assert NOTE in await offline.ask(uid, "good morning")


async def test_a_logged_meal_is_named_with_its_energy(offline: Logged, uid: int) -> None:
    told = f"I had 2 eggs and a slice of toast{MOOD}"
    [answer, entry, _] = await offline.say(uid, told, replies=3)
    said = plain(shown(answer))
    assert re.match(r"I logged your \w+: Egg, whole, \S.* \(143 kcal\) and .*Bread.*"
                    r" \(64 kcal\), 207 kcal in all\.", said), said  # fmt: skip
    assert "Total: 207 kcal" in shown(entry)


async def test_a_tool_that_fails_gets_an_apology_and_a_command_not_its_error(
    offline: Logged, uid: int
) -> None:
    said = plain(await offline.ask(uid, "I weigh 5000 kg"))
    assert said.startswith("Sorry, I couldn't log your weight just now.")
    assert "/weight 72.5" in said and "outside" not in said and "must be" not in said
    assert await offline.rows("SELECT 1 FROM weight_logs WHERE user_id = %s", uid) == []


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("I'm allergic to peanuts", "Noted: allergic to peanuts."),
        ("I am vegetarian and I hate olives", "Noted: no olives, vegetarian."),
        ("I have a shellfish allergy.", "Noted: allergic to shellfish."),
    ],
)
async def test_what_the_user_says_about_their_eating_is_acknowledged(
    offline: Logged, uid: int, text: str, noted: str
) -> None:
    said = plain(await offline.ask(uid, text))
    assert said.startswith(noted)
    # And the coach keeps it for the next prompts (its own reading, not the stand-in's).
    await stored(offline, "SELECT 1 FROM coach_preferences WHERE user_id = %s", uid, 1)


async def test_a_question_about_allergies_is_not_taken_for_one(offline: Logged, uid: int) -> None:
    said = plain(await offline.ask(uid, "am I allergic to peanuts?"))
    assert "Noted" not in said


def labels(message: SentMessage) -> list[str]:
    markup = message.reply_markup or {"inline_keyboard": []}
    return [b["text"] for row in markup["inline_keyboard"] for b in row]


async def test_a_food_offered_with_an_allergen_the_user_named_is_marked(
    offline: Logged, uid: int
) -> None:
    await offline.ask(uid, "I'm allergic to peanuts")
    await stored(offline, "SELECT 1 FROM coach_preferences WHERE user_id = %s", uid, 1)
    [card] = await offline.say(uid, "/log a candy bar")
    foods = [label for label in labels(card) if "kcal" in label or "Candies" in label]
    assert any(label.startswith("⚠ Candies, peanut bar") for label in foods), foods
    marked = [label for label in foods if label.startswith("⚠")]
    # Marked: peanuts named, or a bar known to have them (BUTTERFINGER says no "peanut").
    known = ("peanut", "butterfinger", "snickers", "baby ruth", "reese", "goodbar")
    assert all(any(word in label.lower() for word in known) for label in marked), marked
    assert any(not label.startswith("⚠") for label in foods)  # the others are not marked
    assert "⚠ marks a food with peanuts in it: you told me you're allergic." in shown(card)
    # Told in plain words, it is logged as /log logs it: the same foods with the same marks.
    _, coached = await offline.say(uid, "I ate a candy bar", replies=2)
    assert any(label.startswith("⚠ Candies, peanut bar") for label in labels(coached))


async def test_without_an_allergy_nothing_is_marked(offline: Logged, uid: int) -> None:
    [card] = await offline.say(uid, "/log a candy bar")
    assert not any("⚠" in label for label in labels(card)) and "⚠" not in shown(card)


async def test_a_food_logged_at_once_with_an_allergen_the_user_named_is_warned_of(
    offline: Logged, uid: int
) -> None:
    await offline.ask(uid, "I have a sesame allergy")
    await stored(offline, "SELECT 1 FROM coach_preferences WHERE user_id = %s", uid, 1)
    [card] = await offline.say(uid, "/log 3 tbsp tahini and a pear")
    # Whichever of SR24's tahinis the table takes, its warning names it and the allergen.
    [warning] = [line for line in shown(card).splitlines() if line.startswith("⚠")]
    assert "tahini" in warning and "has sesame in it" in warning, shown(card)
    assert shown(card).count("⚠") == 1  # the pear has none
    assert "Total:" in shown(card)  # logged all the same: the user may have eaten it
    # What the coach logs is warned of the same way, on its entry's card.
    messages = await offline.say(uid, f"I just ate 2 tbsp of tahini{MOOD}", replies=3)
    [entry] = [m for m in messages if "Total:" in shown(m)]
    assert warning in shown(entry)


async def test_an_allergy_told_beside_a_diet_warns_of_a_bar_that_hides_it(
    offline: Logged, uid: int
) -> None:
    await offline.ask(uid, "I am vegetarian and allergic to peanuts. I want to lose 5 kg")
    await stored(
        offline, "SELECT 1 FROM coach_preferences WHERE user_id = %s AND kind = 'allergy'", uid, 1
    )
    [card] = await offline.say(uid, "/log a snickers bar")
    assert "SNICKERS Bar has peanuts in it" in shown(card), shown(card)


async def test_a_food_logged_without_an_allergy_told_carries_no_warning(
    offline: Logged, uid: int
) -> None:
    [card] = await offline.say(uid, "/log 3 tbsp tahini and a pear")
    assert "Total:" in shown(card) and "⚠" not in shown(card)


async def test_units_asked_of_the_coach_switch_every_amount(offline: Logged, uid: int) -> None:
    said = plain(await offline.ask(uid, "Please use imperial units."))
    assert said.startswith("Noted: imperial units.")
    await stored(
        offline, "SELECT 1 FROM user_profiles WHERE user_id = %s AND units = 'imperial'", uid, 1
    )
    [water] = await offline.say(uid, "/water")
    assert "of 68 fl oz" in shown(water)
    assert labels(water) == ["+8 fl oz", "+16 fl oz"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("remind me to stretch at 3pm", r"I.ll remind you: “stretch” on \w+ \d+ \w+ at 15:00\."),
        ("show me my streak", r"You're at level \d+ with [\d,]+ XP \([\d,]+ to the next level\)"),
    ],
)
async def test_reminders_and_stats_are_told_in_sentences(
    offline: Logged, uid: int, text: str, said: str
) -> None:
    assert re.match(said, plain(await offline.ask(uid, text)))


async def test_a_reminder_is_told_on_the_users_clock(offline: Logged, uid: int) -> None:
    await offline.ask(uid, "/timezone America/Los_Angeles")
    said = plain(await offline.ask(uid, "remind me to stretch at 3pm"))
    assert re.match(r"I'll remind you: “stretch” on \w+ \d+ \w+ at 3:00 PM\.", said), said


async def test_a_repeat_in_a_night_window_asked_of_the_coach_is_set_as_said(
    offline: Logged, uid: int
) -> None:
    # The tool took a time, once, daily or weekdays: "every 2 hours from 11pm to 7am" was
    # "Sorry, I couldn't set that reminder just now". Its `when` in words goes to /remind's
    # parser.
    await offline.ask(uid, "/timezone Europe/London")
    said = plain(await offline.ask(uid, "remind me to drink water every 2 hours from 11pm to 7am"))
    # The next of 23:00, 01:00, ... 07:00 on the real clock.
    said_at = re.match(r"I'll remind you: “drink water” on \w+ \d+ \w+ at (\d\d):00\.", said)
    assert said_at is not None and said_at[1] in {"23", "01", "03", "05", "07"}, said
    assert await offline.rows(
        "SELECT text, schedule, timezone FROM reminders WHERE user_id = %s", uid
    ) == [("drink water", {"every_minutes": 120, "from": "23:00", "to": "07:00"}, "Europe/London")]


async def test_what_a_new_user_tells_of_themselves_sets_their_profile_and_clock(
    offline: Logged, uid: int
) -> None:
    said = plain(await offline.ask(
        uid, "I am 34, female, 165 cm, 70 kg, want to lose weight, I live in Melbourne"
    ))  # fmt: skip
    assert "I logged your weight: 70.0 kg." in said
    assert "Your timezone is now Australia/Melbourne." in said
    assert re.search(r"Your daily target is now 1,\d{3} kcal\.", said), said  # not the 2,000
    assert await offline.rows(
        "SELECT sex, height_cm, goal FROM user_profiles WHERE user_id = %s", uid
    ) == [("female", 165, "lose")]
    assert await offline.rows("SELECT timezone FROM users WHERE id = %s", uid) == [
        ("Australia/Melbourne",)
    ]
    # A goal weight is no weigh-in.
    said = plain(await offline.ask(uid, "I want to get down to 62 kg"))
    assert "logged your weight" not in said
    assert await offline.rows(
        "SELECT target_weight_kg FROM user_profiles WHERE user_id = %s", uid
    ) == [(62,)]


async def test_a_self_description_in_pounds_and_feet_is_read_as_such(
    offline: Logged, uid: int
) -> None:
    said = plain(await offline.ask(
        uid, "I'm a 41 year old man, 5'11\", 200 lbs, I want to get down to 180 lbs. I live in "
        "Chicago"
    ))  # fmt: skip
    assert "I logged your weight: 90.7 kg." in said  # the 200 lb, not the goal's 180
    assert "Your timezone is now America/Chicago." in said
    assert await offline.rows(
        "SELECT sex, height_cm, target_weight_kg FROM user_profiles WHERE user_id = %s", uid
    ) == [("male", Decimal("180.3"), Decimal("81.65"))]
