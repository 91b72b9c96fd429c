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
