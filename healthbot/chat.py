"""`healthbot chat`: talk to the real daemon from the terminal, offline, as one user.

Everything the bot does in the chat is printed: the messages it sends, the messages it edits
(a button press usually edits the card it is on), the notices and alerts of buttons, and
buttons taken off. Every message with buttons gets a number: `3.2` presses the second button
of message 3, a plain `2` the second button of the newest message that has buttons. Photos
and documents are saved to a folder (`--files`, else a new temporary one, named at start)
and named in the transcript, so that a chart can be looked at; their numbers go on from the
highest already in the folder, so that a second session keeps the first one's.

`/clock +1d` (also `+3h`, `+1d2h30m`) is the chat's own command, never sent to the bot: it
moves the clock of the daemon's services on, so that a first week can be tried in minutes
(days, reminders, streaks); `/clock` alone says what time it is there.
"""

from __future__ import annotations

import asyncio
import html
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal

from healthbot.config import Settings
from healthbot.logs import log_to_file
from healthbot.offline.clock import ShiftedClock, read_shift
from healthbot.offline.daemon import buttons, offline_bot
from healthbot.offline.telegram import FakeTelegram, SentMessage

CHAT_USER_ID = 777
FIRST_REPLY_TIMEOUT = 120.0  # a first /log waits for the food search (slow machines)
MORE_REPLIES_WAIT = 0.4  # a reply may come as several messages; gather them
LAST_REPLIES_WAIT = 30.0  # at the end, the longest wait for replies still coming
QUIET_AT_END = 1.5  # the paced sender sends a chat's next message up to a second later
POLL = 0.05
_SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
_COMPOSING = frozenset({"sendChatAction", "sendMessageDraft"})  # an answer is on its way
_TAG = re.compile(r"<[^>]+>")
_PRESS = re.compile(r"^\s*(?:(\d+)\.)?(\d+)\s*$")
_KINDS = ((b"\x89PNG", ".png"), (b"\xff\xd8", ".jpg"), (b"PK\x03\x04", ".zip"))
_NUMBERED = re.compile(r"^(\d+)-")


@dataclass
class Transcript:
    """What the chat has shown: the messages with buttons by number (their latest form),
    and the files saved."""

    fake: FakeTelegram
    files: Path
    numbers: dict[int, int] = field(default_factory=dict)  # message id -> its number
    latest: dict[int, SentMessage] = field(default_factory=dict)  # number -> latest form
    saved: int = -1  # the number of the last file saved; -1: not looked at the folder yet
    shown: int = 0  # the bot's acts in the chat printed so far

    def press(self, line: str) -> Literal["pressed", "gone"] | None:
        """Press the button `line` names ("3.2", or "2" of the newest message with buttons):
        "pressed"; "gone" (said) if that message has no such button now; None if `line`
        names no message with buttons, or is a bare number past the newest's buttons (an
        answer: "41" to "How old are you?" under its one Skip button)."""
        match = _PRESS.match(line)
        if match is None or not self.latest:
            return None
        number = int(match[1]) if match[1] else max(self.latest)
        message = self.latest.get(number)
        if message is None or message.message_id is None:
            return None
        choices, index = buttons(message), int(match[2])
        if match[1] is None and not 1 <= index <= len(choices):
            return None
        if not 1 <= index <= len(choices):  # taken off or never there: Telegram shows none
            print(f"(message {number} has no button {index} now)")
            return "gone"
        self.fake.press_button(CHAT_USER_ID, message.message_id, choices[index - 1][1])
        return "pressed"

    def lines(self, act: SentMessage) -> list[str]:
        """How one act of the bot's shows (none: typing, drafts, silent acknowledgements)."""
        if act.method in _SENDS:
            return self._message("bot", act)
        if act.method == "editMessageText":
            return self._message("bot (edited)", act)
        if act.method == "answerCallbackQuery" and act.text:
            return [f"bot ({'alert' if act.show_alert else 'notice'}): {act.text}"]
        if act.method == "editMessageReplyMarkup":
            number, choices = self._number_of(act), buttons(act)
            if not choices:
                return [f"bot: (the buttons of message {number} are gone)"]
            said = [
                f"     [{number}.{index}] {label}" for index, (label, _) in enumerate(choices, 1)
            ]
            return [f"bot: (the buttons of message {number} now read)", *said]
        return []

    def _message(self, speaker: str, message: SentMessage) -> list[str]:
        plain = html.unescape(_TAG.sub("", message.text or ""))
        if message.file_id is not None:
            plain = f"[{self._save(message)}] {plain}".rstrip()
        first, *rest = plain.splitlines() or [""]
        choices = buttons(message)
        number = self._number_of(message) if choices else None
        known = self.numbers.get(message.message_id or 0)
        if not choices and message.method == "editMessageText" and known is not None:
            # Edited without buttons (a setup answer, a snooze): the latest form of a
            # numbered message, whose buttons a press must not reach for any more.
            self.latest[known] = message
        head = f"{speaker} (message {number})" if number is not None else speaker
        lines = [f"{head}: {first}", *(f"     {line}" for line in rest)]
        for index, (label, _) in enumerate(choices, start=1):
            lines.append(f"     [{number}.{index}] {label}")
        return lines

    def _number_of(self, message: SentMessage) -> int | None:
        if message.message_id is None:
            return None
        number = self.numbers.setdefault(message.message_id, len(self.numbers) + 1)
        if buttons(message) or message.method == "editMessageReplyMarkup":
            self.latest[number] = message
        return number

    def _save(self, message: SentMessage) -> str:
        """Save the message's photo or document; what the transcript calls it."""
        content = self.fake.file_content(message.file_id or "")
        kind = "photo" if message.method == "sendPhoto" else "document"
        if content is None:
            return f"{kind}, not kept by the fake"
        suffix = next((ext for magic, ext in _KINDS if content.startswith(magic)), ".bin")
        if self.saved < 0:  # go on from the files an earlier session saved here
            found = (_NUMBERED.match(path.name) for path in self.files.iterdir())
            self.saved = max((int(match[1]) for match in found if match), default=0)
        self.saved += 1
        path = self.files / f"{self.saved:03d}-{kind}{suffix}"
        path.write_bytes(content)
        return f"{kind} saved: {path}"


async def run_chat(
    settings: Settings,
    data_dir: Path | None,
    name: str,
    files: Path | None = None,
    *,
    log_file: bool = False,
    shift: timedelta | None = None,
) -> None:
    """Read lines from stdin and send them (or press the buttons they name); print what the
    bot does in the chat; stop at EOF or /quit. With `log_file`, the daemon's log goes to a
    new temporary file (named at start), not between the lines of the conversation; `shift`
    starts the bot's clock that far ahead of now (a kept data dir's later days)."""
    folder = files or Path(tempfile.mkdtemp(prefix="healthbot-chat-files-"))
    folder.mkdir(parents=True, exist_ok=True)
    log_path = None
    if log_file:
        handle, name_of_log = tempfile.mkstemp(prefix="healthbot-chat-", suffix=".log")
        os.close(handle)
        log_path = Path(name_of_log)
        log_to_file(log_path)
    clock = ShiftedClock(shift or timedelta())
    async with offline_bot(settings, data_dir, clock) as fake:
        fake.add_user(CHAT_USER_ID, first_name=name, language_code="en")
        print("healthbot chat: you are talking to the real bot on a fake Telegram.")
        print("Type a message; 3.2 presses button 2 of message 3, a plain 2 a button of the")
        print("newest message; /clock +1d moves the bot's clock a day on; /quit or Ctrl-D")
        print(f"ends. Pictures and files go to {folder}")
        print(f"(The bot's log goes to {log_path}.)\n" if log_path else "")
        transcript = Transcript(fake, folder)
        while True:
            line = await asyncio.to_thread(_read, f"{name}: ")
            if line is None or line.strip() == "/quit":
                await _show_last_replies(transcript)
                return
            if not line.strip():
                continue
            if line.split(maxsplit=1)[0] == "/clock":
                await _show_last_replies(transcript)  # what came before the clock moved
                print(move_clock(clock, line.removeprefix("/clock")))
                continue
            _print_acts(transcript, len(fake.sent(CHAT_USER_ID)))  # what came meanwhile
            pressed = transcript.press(line)
            if pressed == "gone":
                continue
            if pressed is None:
                fake.send_text(CHAT_USER_ID, line)
            await _show_replies(transcript)


def move_clock(clock: ShiftedClock, shift: str) -> str:
    """Move the chat's clock on as `shift` says ("+1d"; nothing: leave it); what to print."""
    if shift.strip():
        by = read_shift(shift)
        if by is None:
            return "(the clock: /clock +1d, +3h, +45m or +1d2h; it only goes forward)"
        clock.advance(by)
    now = clock()
    return f"(the bot's clock: {now:%a %d %b %Y %H:%M} UTC)"


async def _show_replies(transcript: Transcript) -> None:
    """Print what the bot did in the chat since it was last shown, once it has been quiet a
    moment and is not writing an answer (a coach's answer streams drafts first: the answer
    itself may come seconds later)."""
    fake = transcript.fake
    deadline = time.monotonic() + FIRST_REPLY_TIMEOUT
    while len(fake.sent(CHAT_USER_ID)) == transcript.shown:
        if time.monotonic() > deadline:
            print("(no reply)")
            return
        await asyncio.sleep(POLL)
    count = transcript.shown
    while (acts := fake.sent(CHAT_USER_ID)) and (
        len(acts) > count or (acts[-1].method in _COMPOSING and time.monotonic() < deadline)
    ):  # a reply may come as several acts
        count = len(acts)
        await asyncio.sleep(MORE_REPLIES_WAIT)
    _print_acts(transcript, count)
    print()


async def _show_last_replies(transcript: Transcript) -> None:
    """Before the chat ends: print every reply that came, after waiting (bounded) until the
    bot has taken every update sent, is writing no answer and has been quiet a moment (a
    meal's achievement comes a second after its card: /quit typed at once lost it)."""
    fake = transcript.fake
    deadline = time.monotonic() + LAST_REPLIES_WAIT
    count, quiet_since = len(fake.sent(CHAT_USER_ID)), time.monotonic()
    while time.monotonic() < deadline:
        acts = fake.sent(CHAT_USER_ID)
        if len(acts) != count:
            count, quiet_since = len(acts), time.monotonic()
        busy = fake.pending_updates > 0 or bool(acts and acts[-1].method in _COMPOSING)
        if not busy and time.monotonic() - quiet_since >= QUIET_AT_END:
            break
        await asyncio.sleep(POLL)
    before = transcript.shown
    _print_acts(transcript, len(fake.sent(CHAT_USER_ID)))
    if transcript.shown > before:
        print()


def _print_acts(transcript: Transcript, count: int) -> None:
    """Print the bot's acts in the chat from the first not yet shown up to `count`."""
    for act in transcript.fake.sent(CHAT_USER_ID)[transcript.shown : count]:
        if lines := transcript.lines(act):
            print("\n".join(lines))
    transcript.shown = max(transcript.shown, count)


def _read(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        print(file=sys.stderr)
        return None
