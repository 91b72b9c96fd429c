"""What a new user types at a setup question that is no answer to it (a correction of the
meal just logged, a meal, a common word) is handled as what it is, and every typed answer is
shown under its question as a tapped one is. The handlers fed in-process (the harness), real
PostgreSQL and Redis."""

from __future__ import annotations

import pytest

from tests.support.profile import Chats, at_the_timezone, settled
from tests.support.telegram import labels, shown


async def test_a_correction_typed_at_the_timezone_corrects_the_meal(chats: Chats, uid: int) -> None:
    # "actually it was 3 eggs" was "I don't know the timezone “actually it was 3 eggs”", and
    # the breakfast stayed 2 eggs.
    chats.user(uid, "Kim")
    chats.fake.send_text(uid, "/log 2 eggs")
    await settled(chats, uid)
    await at_the_timezone(chats, uid)
    chats.fake.send_text(uid, "actually it was 3 eggs")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "timezone" not in said, said
    typed = await chats.rows(
        "SELECT i.typed FROM food_entry_items i JOIN food_entries e ON e.id = i.entry_id"
        " WHERE e.user_id = %s",
        uid,
    )
    assert typed == [("3 eggs",)], typed
    # The question waited: the next answer goes on with it.
    asked = await chats.say(uid, "Berlin")
    assert "Which units do you use?" in shown(asked)
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Europe/Berlin"


async def test_a_meal_typed_at_the_timezone_is_no_unknown_town(chats: Chats, uid: int) -> None:
    await at_the_timezone(chats, uid)
    chats.fake.send_text(uid, "2 eggs and toast")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "I don't know the timezone" not in said, said
    # The coach stays out of a dialog (the fallback said "Chatting with the coach is not
    # switched on yet", of a bot whose coach answers outside it); the meal is logged as
    # /log logs it, and the question waits.
    assert "The question above is still waiting for your answer" in said, said
    entries = "SELECT count(*) FROM food_entries WHERE user_id = %s"
    assert await chats.value(entries, uid) == 1


async def test_a_common_word_at_the_timezone_suggests_no_faraway_town(
    chats: Chats, uid: int
) -> None:
    # "man" suggested Africa/Abidjan and Asia/Hong_Kong.
    await at_the_timezone(chats, uid)
    asked = await chats.say(uid, "man")
    assert "I don't know the timezone “man”" in shown(asked), shown(asked)
    assert list(labels(asked)) == ["Skip"], labels(asked)
    asked = await chats.say(uid, "I live in Leeds")
    assert "Which units do you use?" in shown(asked)


async def test_a_typed_answer_is_shown_under_its_question(chats: Chats, uid: int) -> None:
    # A tapped answer got "✓ Max" under its question; a typed one nothing, and the
    # question kept its Skip button.
    await at_the_timezone(chats, uid)
    [name] = [m for m in chats.fake.sent(uid, "editMessageText") if "call you" in shown(m)]
    assert "✓ Kim" in shown(name) and not labels(name), shown(name)
    await chats.say(uid, "Berlin")
    edited = chats.fake.sent(uid, "editMessageText")[-1]
    assert "Which timezone" in shown(edited) and "✓ Europe/Berlin" in shown(edited)
    assert not labels(edited)


async def test_skip_typed_skips_and_a_height_is_no_sex_and_a_question_is_no_age(
    chats: Chats, uid: int
) -> None:
    # "skip" typed was "I didn't catch that" at every question; "1.62 m" typed at the sex
    # question (a step behind) was Male ("m"); "what is a good snack?" was "I couldn't read
    # an age there".
    await at_the_timezone(chats, uid)
    asked = await chats.say(uid, "skip")
    assert "Which units do you use?" in shown(asked), shown(asked)
    edited = chats.fake.sent(uid, "editMessageText")[-1]
    assert "Which timezone" in shown(edited) and "✓ skipped" in shown(edited)
    asked = await chats.say(uid, "Skip.")
    assert "Your sex?" in shown(asked), shown(asked)
    asked = await chats.say(uid, "1.62 m")
    assert "I didn't catch that" in shown(asked), shown(asked)
    assert await chats.value("SELECT sex FROM user_profiles WHERE user_id = %s", uid) is None
    asked = await chats.say(uid, "female")
    assert "How old are you?" in shown(asked)
    chats.fake.send_text(uid, "what is a good snack before a run?")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "couldn't read an age" not in said, said
    asked = await chats.say(uid, "41")
    assert "How tall are you?" in shown(asked), shown(asked)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("I’m in Leeds", "Europe/London"),  # the apostrophe phones type
        ("I'm from the UK", "Europe/London"),
        ("berlin?", "Europe/Berlin"),
    ],
)
async def test_a_place_typed_loosely_at_the_timezone_is_the_answer(
    chats: Chats, uid: int, typed: str, zone: str
) -> None:
    # Each went on to the coach as text that is no place, and the setup waited, unsaid why.
    await at_the_timezone(chats, uid)
    asked = await chats.say(uid, typed)
    assert "Which units do you use?" in shown(asked), shown(asked)
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == zone


@pytest.mark.parametrize("typed", ["3pm", "no", "hello", "utc+15"])
async def test_a_word_or_number_that_is_no_place_gets_the_questions_own_reply(
    chats: Chats, uid: int, typed: str
) -> None:
    # Each went on to the coach ("A question above is waiting for your answer..."), which
    # does not say what the question wants.
    await at_the_timezone(chats, uid)
    asked = await chats.say(uid, typed)
    assert f"I don't know the timezone “{typed}”. Send" in shown(asked), shown(asked)
    assert list(labels(asked)) == ["Skip"], labels(asked)


async def test_an_offset_without_its_sign_asks_which_side_of_utc(chats: Chats, uid: int) -> None:
    # "5" (the question says "an offset (+3, UTC-5)") went on to the coach.
    await at_the_timezone(chats, uid)
    asked = await chats.say(uid, "5")
    assert "“5” has more than one timezone" in shown(asked), shown(asked)
    assert list(labels(asked)) == ["UTC+5", "UTC−5", "Skip"], labels(asked)
    asked = await chats.press(uid, "UTC−5")
    assert "Which units do you use?" in shown(asked), shown(asked)
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "Etc/GMT+5"


async def test_a_question_that_names_a_state_is_no_answer(chats: Chats, uid: int) -> None:
    await at_the_timezone(chats, uid)
    chats.fake.send_text(uid, "is it ok?")  # "ok", Oklahoma
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "A question above is waiting for your answer" in said, said
    assert await chats.value("SELECT timezone FROM users WHERE id = %s", uid) == "UTC"
