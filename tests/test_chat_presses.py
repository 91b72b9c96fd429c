"""`healthbot chat`'s reading of a typed line as a button press ("3.2", "2") or as text."""

from __future__ import annotations

from pathlib import Path

from healthbot.chat import Transcript
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
