"""`healthbot chat`: talk to the real daemon from the terminal, offline, as one user."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from healthbot.config import Settings
from healthbot.offline import buttons, offline_bot, render
from loadgen.telegram import FakeTelegram, SentMessage

CHAT_USER_ID = 777
FIRST_REPLY_TIMEOUT = 60.0
MORE_REPLIES_WAIT = 0.4  # a reply may come as several messages; gather them


async def run_chat(settings: Settings, data_dir: Path | None, name: str) -> None:
    """Read lines from stdin and send them; print the bot's replies; stop at EOF or /quit."""
    async with offline_bot(settings, data_dir) as fake:
        fake.add_user(CHAT_USER_ID, first_name=name, language_code="en")
        print("healthbot chat: you are talking to the real bot on a fake Telegram.")
        print("Type a message; a number presses a button; /quit or Ctrl-D ends.\n")
        last: SentMessage | None = None
        while True:
            line = await asyncio.to_thread(_read, f"{name}: ")
            if line is None or line.strip() == "/quit":
                return
            if not line.strip():
                continue
            choices = buttons(last) if last is not None else []
            if line.strip().isdigit() and 1 <= int(line) <= len(choices):
                assert last is not None and last.message_id is not None
                fake.press_button(CHAT_USER_ID, last.message_id, choices[int(line) - 1][1])
            else:
                fake.send_text(CHAT_USER_ID, line)
            last = await _show_replies(fake) or last


async def _show_replies(fake: FakeTelegram) -> SentMessage | None:
    try:
        replies = await fake.wait_for_messages(CHAT_USER_ID, 1, timeout=FIRST_REPLY_TIMEOUT)
    except TimeoutError:
        print("(no reply)")
        return None
    while True:
        try:
            replies += await fake.wait_for_messages(CHAT_USER_ID, 1, timeout=MORE_REPLIES_WAIT)
        except TimeoutError:
            break
    for reply in replies:
        print("\n".join(render("bot", reply)))
    print()
    return replies[-1]


def _read(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        print(file=sys.stderr)
        return None
