"""`healthbot chat`'s reading of a typed line as a button press ("3.2", "2") or as text."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from healthbot.chat import CHAT_USER_ID, Transcript, _show_last_replies
from healthbot.offline.telegram import FakeTelegram
from healthbot.offline.telegram.objects import SentMessage


def age_question() -> SentMessage:
    """The setup's "How old are you?": one button, Skip."""
    markup = {"inline_keyboard": [[{"text": "Skip", "callback_data": "setup:skip"}]]}
    return SentMessage("sendMessage", 1, 6, "How old are you?", None, markup, 0.0)


def test_a_bare_number_past_the_newest_buttons_is_text_to_send(tmp_path: Path) -> None:
    # "41" to "How old are you?" was taken for button 41 and swallowed: "(message 6 has no
    # button 41 now)"; no age could be typed while a Skip button showed.
    transcript = Transcript(FakeTelegram(), tmp_path)
    transcript.latest[6] = age_question()
    assert transcript.press("41") is None  # sent as text
    assert transcript.press("6.4") == "gone"  # a button named in full is still a press


def test_buttons_relabelled_in_place_are_shown_and_pressed_as_they_now_read(
    tmp_path: Path,
) -> None:
    # An entry moved to another day relabels its /history button ("Sun 06 Dec · ..."):
    # the chat showed nothing, and the page looked as it was.
    transcript = Transcript(FakeTelegram(), tmp_path)
    old = {"inline_keyboard": [[{"text": "Mon 07 Dec · Breakfast", "callback_data": "m:1"}]]}
    new = {"inline_keyboard": [[{"text": "Sun 06 Dec · Breakfast", "callback_data": "m:1"}]]}
    transcript.lines(SentMessage("sendMessage", 1, 3, "🗒 What you logged", None, old, 0.0))
    lines = transcript.lines(SentMessage("editMessageReplyMarkup", 1, 3, None, None, new, 0.0))
    assert lines == [
        "bot: (the buttons of message 1 now read)",
        "     [1.1] Sun 06 Dec · Breakfast",
    ]


async def test_replies_that_came_after_the_last_line_are_printed_before_the_chat_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "/log 2 eggs" then /quit at once: the card showed, and "🏅 Achievement: First meal",
    # sent a second later by the paced sender, never did; a message still in the fake's
    # queue (the bot had not taken it yet) had its reply lost too.
    fake = FakeTelegram()
    fake.add_user(CHAT_USER_ID, first_name="Ann")
    transcript = Transcript(fake, tmp_path)
    chat_log = fake._chat(CHAT_USER_ID).log
    chat_log.append(SentMessage("sendMessage", CHAT_USER_ID, 1, "🍳 Breakfast", None, None, 0))
    transcript.shown = 1  # the card, printed
    chat_log.append(SentMessage("sendMessage", CHAT_USER_ID, 2, "🏅 First meal", None, None, 0))
    fake.send_text(CHAT_USER_ID, "/today")  # not taken by the bot yet

    async def bot_takes_it() -> None:
        await asyncio.sleep(0.3)
        fake._updates.clear()  # taken, and answered
        chat_log.append(SentMessage("sendMessage", CHAT_USER_ID, 3, "📊 Today", None, None, 0))

    taking = asyncio.create_task(bot_takes_it())
    await _show_last_replies(transcript)
    await taking
    printed = capsys.readouterr().out
    assert "bot: 🏅 First meal" in printed and "bot: 📊 Today" in printed, printed
    assert "Breakfast" not in printed  # shown already
