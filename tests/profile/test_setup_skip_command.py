"""/skip typed at a setup question skips it, as the Skip button does (review11: at the
timezone question it was "I don't know the command /skip", and the question stayed open)."""

from __future__ import annotations

from tests.support.profile import Chats, at_the_timezone, settled
from tests.support.telegram import shown


async def test_slash_skip_at_the_timezone_asks_the_next_question(chats: Chats, uid: int) -> None:
    await at_the_timezone(chats, uid)
    chats.fake.send_text(uid, "/skip")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "Which units" in said, said
    assert "command" not in said, said
    skipped = [m for m in chats.fake.sent(uid, "editMessageText") if "skipped" in shown(m)]
    assert len(skipped) == 1  # shown under the question, as a pressed Skip is


async def test_slash_skip_at_the_name_asks_the_timezone(chats: Chats, uid: int) -> None:
    chats.user(uid, "Kim")
    await chats.say(uid, "/start")
    await chats.press(uid, "⚙️ Set up my profile")
    chats.fake.send_text(uid, "/skip")
    said = " ".join(shown(reply) for reply in await settled(chats, uid))
    assert "Which timezone are you in?" in said, said
