"""A name typed at setup's name question as if asked back ("Kim?") is the name; a question
typed there is still a question. The handlers fed in-process (the harness), real PostgreSQL
and Redis."""

from __future__ import annotations

import pytest

from tests.support.profile import Chats, settled
from tests.support.telegram import shown


async def at_the_name(chats: Chats, uid: int) -> None:
    """/start and the setup's first question: the name."""
    chats.user(uid, "Kimberly")
    await chats.say(uid, "/start")
    asked = await chats.press(uid, "⚙️ Set up my profile")
    assert "call you" in shown(asked), shown(asked)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Kim?", "Kim"),
        ("Anne-Marie ?", "Anne-Marie"),
        ("José??", "José"),
        ("Dr. Lee?", "Dr. Lee"),
        ("kimberly?", "kimberly"),  # the Telegram first name, typed small
    ],
)
async def test_a_name_with_a_question_mark_is_the_name(
    chats: Chats, uid: int, typed: str, name: str
) -> None:
    # "Kim?" went on as a question ("A question above is waiting for your answer"), and the
    # setup stayed at the name.
    await at_the_name(chats, uid)
    asked = await chats.say(uid, typed)
    assert "Which timezone are you in?" in shown(asked), shown(asked)
    stored = await chats.value("SELECT display_name FROM user_profiles WHERE user_id = %s", uid)
    assert stored == name


@pytest.mark.parametrize(
    "typed",
    [
        "who?",
        "what should I call myself?",
        "sorry?",
        # Each was the name: "Setup 2/10", display_name 'Excuse me' (review12 F4).
        "Excuse me?",
        "Idk?",
        "Skip?",
        "Come again?",
        "hmm?",
    ],
)
async def test_a_question_at_the_name_is_no_name(chats: Chats, uid: int, typed: str) -> None:
    await at_the_name(chats, uid)
    chats.fake.send_text(uid, typed)
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "Which timezone are you in?" not in said, said
    stored = await chats.value("SELECT display_name FROM user_profiles WHERE user_id = %s", uid)
    assert stored is None


@pytest.mark.parametrize(
    "typed",
    [
        "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft?",
        "Anne-Marie Featherstonehaugh-Cholmondeley Montgomery-Wolfeschlegel?",
    ],
)
async def test_a_long_name_asked_back_gets_the_name_questions_reply(
    chats: Chats, uid: int, typed: str
) -> None:
    # The update failed (ProfileInputError('out_of_range'), review12 F16): "Sorry,
    # something went wrong on my side" after five tries.
    await at_the_name(chats, uid)
    asked = await chats.say(uid, typed)
    assert "That's a long name: 64 characters at most" in shown(asked), shown(asked)
    assert "call you" in shown(asked), shown(asked)
