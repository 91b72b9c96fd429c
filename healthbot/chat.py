"""`healthbot chat`: talk to the real daemon from the terminal, offline, as one user."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from healthbot.config import Settings
from healthbot.offline.daemon import buttons, offline_bot, render
from healthbot.offline.telegram import FakeTelegram, SentMessage

CHAT_USER_ID = 777
FIRST_REPLY_TIMEOUT = 60.0
MORE_REPLIES_WAIT = 0.4  # a reply may come as several messages; gather them
POLL = 0.05
_SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


async def run_chat(settings: Settings, data_dir: Path | None, name: str) -> None:
    """Read lines from stdin and send them; print what the bot does in the chat (messages,
    messages it edits, the notices of buttons); stop at EOF or /quit."""
    async with offline_bot(settings, data_dir) as fake:
        fake.add_user(CHAT_USER_ID, first_name=name, language_code="en")
        print("healthbot chat: you are talking to the real bot on a fake Telegram.")
        print("Type a message; a number presses a button; /quit or Ctrl-D ends.\n")
        last: SentMessage | None = None  # the newest message with buttons
        while True:
            line = await asyncio.to_thread(_read, f"{name}: ")
            if line is None or line.strip() == "/quit":
                return
            if not line.strip():
                continue
            seen = len(fake.sent(CHAT_USER_ID))
            choices = buttons(last) if last is not None else []
            if line.strip().isdigit() and 1 <= int(line) <= len(choices):
                assert last is not None and last.message_id is not None
                fake.press_button(CHAT_USER_ID, last.message_id, choices[int(line) - 1][1])
            else:
                fake.send_text(CHAT_USER_ID, line)
            last = await _show_replies(fake, seen) or last


async def _show_replies(fake: FakeTelegram, seen: int) -> SentMessage | None:
    """Print what the bot did in the chat after its first `seen` acts, once it has been
    quiet a moment; the newest message with buttons among them."""
    deadline = time.monotonic() + FIRST_REPLY_TIMEOUT
    while len(fake.sent(CHAT_USER_ID)) == seen:
        if time.monotonic() > deadline:
            print("(no reply)")
            return None
        await asyncio.sleep(POLL)
    count = seen
    while len(fake.sent(CHAT_USER_ID)) > count:  # a reply may come as several acts
        count = len(fake.sent(CHAT_USER_ID))
        await asyncio.sleep(MORE_REPLIES_WAIT)
    with_buttons = None
    for act in fake.sent(CHAT_USER_ID)[seen:count]:
        lines = _act_lines(act)
        if lines:
            print("\n".join(lines))
        if lines and buttons(act):
            with_buttons = act
    print()
    return with_buttons


def _act_lines(act: SentMessage) -> list[str]:
    """How one act of the bot's shows in the terminal (none: typing, drafts, silent acks)."""
    if act.method in _SENDS:
        return render("bot", act)
    if act.method == "editMessageText":
        return render("bot (edited)", act)
    if act.method == "answerCallbackQuery" and act.text:
        return [f"bot ({'alert' if act.show_alert else 'notice'}): {act.text}"]
    if act.method == "editMessageReplyMarkup" and not buttons(act):
        return ["bot: (the buttons are gone)"]
    return []


def _read(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        print(file=sys.stderr)
        return None
