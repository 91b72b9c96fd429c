"""`healthbot chat` as a person meets it: in a terminal. The command runs on a pseudo-terminal
(the pty module, not pipes: its input is a tty, as when typed), offline as the README runs it;
the test types a line once the prompt shows, as a person would, and reads the screen."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pty
import re
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from healthbot.offline.anthropic import FakeAnthropic

NAME = "Ada"
PROMPT = f"{NAME}: "
START_SECONDS = 120.0  # the embedded PostgreSQL and Redis start first
REPLY_SECONDS = 60.0
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]")  # readline's terminal controls


class Terminal:
    """The other end of the command's pseudo-terminal: what it showed, and typing."""

    def __init__(self, master: int) -> None:
        self.master = master
        self.raw = bytearray()
        self.closed = asyncio.Event()
        asyncio.get_running_loop().add_reader(master, self._read)

    def _read(self) -> None:
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the command closed its end
            chunk = b""
        if not chunk:
            asyncio.get_running_loop().remove_reader(self.master)
            self.closed.set()
            return
        self.raw += chunk

    @property
    def screen(self) -> str:
        """Everything shown so far, as text: lines end in \\n, terminal controls removed."""
        text = self.raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "")
        return _ESCAPES.sub("", text)

    async def prompted(self, count: int, timeout: float = REPLY_SECONDS) -> None:
        """Wait until the prompt has shown `count` times: the chat waits for a line."""
        deadline = time.monotonic() + timeout
        while self.screen.count(PROMPT) < count:
            if self.closed.is_set() or time.monotonic() > deadline:
                raise AssertionError(f"no prompt #{count}; the screen:\n{self.screen[-3000:]}")
            await asyncio.sleep(0.05)

    def type(self, line: str) -> None:
        """Type a line and press Enter."""
        os.write(self.master, line.encode() + b"\r")


@contextlib.asynccontextmanager
async def chat_in_terminal(home: Path, *options: str) -> AsyncIterator[Terminal]:
    """`healthbot chat --name Ada` on a new pseudo-terminal; it must end by itself."""
    master, slave = pty.openpty()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthbot", "chat", "--name", NAME, *options,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "TERM": "xterm"},
        stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    terminal = Terminal(master)
    try:
        yield terminal
        code = await asyncio.wait_for(process.wait(), 60)
        assert code == 0, terminal.screen[-3000:]
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        with contextlib.suppress(ValueError, OSError):
            asyncio.get_running_loop().remove_reader(master)
        os.close(master)


@pytest.mark.timeout(400)
async def test_chat_in_a_terminal_saves_the_week_chart_and_presses_an_earlier_button(
    tmp_path: Path,
) -> None:
    files = tmp_path / "files"
    async with chat_in_terminal(tmp_path, "--files", str(files)) as terminal:
        await terminal.prompted(1, START_SECONDS)
        script = ["/log 2 eggs", "/week", "/log a banana", "1.4", "/quit"]  # x.4: "Not this?"
        for count, line in enumerate(script, start=2):
            terminal.type(line)
            if line != "/quit":
                await terminal.prompted(count)
    screen = terminal.screen
    # What was typed shows after the prompt, as a terminal echoes it.
    assert f"{PROMPT}/log 2 eggs\n" in screen and f"{PROMPT}1.4\n" in screen
    # The /week chart: saved as a PNG, named in the transcript.
    [png] = sorted(files.iterdir())
    assert png.read_bytes().startswith(b"\x89PNG")
    assert f"[photo saved: {png}] 📅 Last 7 days" in screen
    # Two cards with buttons: "1.4" pressed the first card's "Not this?" after the second came.
    assert "[1.4] 🔄 Not this?" in screen and "[2.4] 🔄 Not this?" in screen
    pressed = screen.split(f"{PROMPT}1.4\n", 1)[1]
    edited = r"bot \(edited\) \(message 1\): \S+ (Breakfast|Lunch|Dinner|Snack) · "
    assert re.match(edited, pressed) and "Which food is “2 eggs”?" in pressed
    # The daemon's log is in a file named at the start, not between the lines of the chat.
    named = re.search(r"\(The bot's log goes to (\S+)\.\)", screen)
    assert named is not None and await asyncio.to_thread(os.path.isfile, named[1])
    await asyncio.to_thread(os.remove, named[1])
    assert not re.search(r"\b(DEBUG|INFO|WARNING|ERROR) healthbot", screen)
    assert "Traceback" not in screen


@pytest.mark.timeout(400)
async def test_a_button_pressed_again_after_its_answer_took_it_off(tmp_path: Path) -> None:
    # The setup's "Call me Ada" pressed twice: the first press edits the question without
    # buttons; the second ended the chat with "unexpected error: ValueError: message 2 has
    # no button" (as a snoozed reminder's Snooze pressed twice did).
    async with chat_in_terminal(tmp_path) as terminal:
        await terminal.prompted(1, START_SECONDS)
        for count, line in enumerate(["/start", "1.1", "2.1", "2.1", "/quit"], start=2):
            terminal.type(line)
            if line != "/quit":
                await terminal.prompted(count)
    screen = terminal.screen
    assert "✓ Ada" in screen
    assert f"{PROMPT}2.1\n(message 2 has no button 1 now)\n" in screen
    assert "unexpected error" not in screen and "Traceback" not in screen


@pytest.mark.timeout(400)
async def test_a_slow_coach_answer_shows_before_the_next_prompt(tmp_path: Path) -> None:
    """The coach types and streams drafts for seconds before its answer: the chat waits for
    the answer (it used to print the silence, show the prompt, and never print the answer)."""
    async with FakeAnthropic("chat-test-key", latency=3.0) as model:
        config = tmp_path / "config.toml"
        config.write_text(
            f'[anthropic]\napi_key = "chat-test-key"\nbase_url = "{model.base_url}"\n'
        )
        async with chat_in_terminal(tmp_path, "--config", str(config)) as terminal:
            await terminal.prompted(1, START_SECONDS)
            terminal.type("hello there, how should I start my day?")
            await terminal.prompted(2)
            terminal.type("/quit")
    answered = terminal.screen.split(f"{PROMPT}hello there, how should I start my day?\n", 1)[1]
    answer, _ = answered.split(PROMPT, 1)
    assert answer.startswith("bot: ") and len(answer) > 20, terminal.screen[-2000:]
    assert model.requests, "the answer came from the model, not a canned reply"
