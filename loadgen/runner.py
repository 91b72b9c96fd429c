"""Driving virtual users against the fake Telegram, and starting the bot under test.

One loadgen process hosts the fake Telegram and the virtual users (no HTTP between them);
the bot under test is another process that long-polls the fake.

How a reply is correlated to the message it answers: a user sends one message at a time and
waits, so everything the bot does in the chat after a message was sent, and before the user
sends the next one, belongs to that message. Per message:

- ``first`` = the first visible response: a draft (``sendMessageDraft``), a message or an edit;
- ``final`` = the first ``sendMessage`` (for a button press: the first message or edit, or a
  lone ``answerCallbackQuery`` when nothing else follows within ``BUTTON_SETTLE`` s);
- further ``sendMessage`` calls before the user's next message count as extra replies of it.

Times come from the fake's ``SentMessage.at`` (taken when it accepted the call), so they do
not depend on when loadgen looks. A message without a final reply within the timeout is an
error; that user's session then ends (a fresh user takes the slot), so that a late reply is
never taken for the answer to a later message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import re
import signal
import socket
import sys
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from loadgen.monitor import ProcessProbe, Progress
from loadgen.report import Sample, percentile
from loadgen.telegram import FakeTelegram, SentMessage
from loadgen.users import (
    PhraseBook,
    Task,
    TaskKind,
    TaskMix,
    choose_button,
    next_task,
    persona,
)

log = logging.getLogger(__name__)

DEFAULT_ERROR_PATTERN: Final = r"something went wrong|\berror\b|internal error"
VISIBLE_METHODS: Final = frozenset(
    {"sendMessage", "sendMessageDraft", "editMessageText", "sendPhoto", "sendDocument"}
)
_EARLY_METHODS: Final = tuple(VISIBLE_METHODS - {"sendMessage"})
BUTTON_FINAL_METHODS: Final = frozenset(
    {"sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage", "sendPhoto"}
)
BUTTON_SETTLE: Final = 1.0
"""Seconds after a bare answerCallbackQuery before it counts as the whole answer."""
RECENT_WINDOW: Final = 10.0
"""Seconds of recent replies behind the live P95."""


@dataclass(frozen=True, slots=True)
class LoadConfig:
    """How the virtual users behave."""

    users: int
    duration: float
    spawn_rate: float = 0.0
    """Users started per second during ramp-up; 0 starts them all at once."""
    think_min: float = 5.0
    think_max: float = 15.0
    session_cap: int = 50
    """Messages per session (0: unlimited); then the user leaves and a new one arrives."""
    max_sessions: int = 0
    """Sessions in all (0: unlimited); the run ends early once they are done."""
    mix: TaskMix = field(default_factory=lambda: TaskMix({TaskKind.CHAT: 1.0}))
    timeout: float = 30.0
    button_rate: float = 0.3
    """Chance of pressing a button of a reply that offers an inline keyboard."""
    typo_rate: float = 0.08
    seed: int = 1
    first_user_id: int = 7_000_000_000
    error_pattern: str = DEFAULT_ERROR_PATTERN


@dataclass(slots=True)
class _Stats:
    """Counters that the progress line and the monitor read while the run goes on."""

    users: int = 0
    sessions: int = 0
    sent: int = 0
    replies: int = 0
    errors: int = 0
    recent: deque[tuple[float, float]] = field(default_factory=deque)  # (final_at, latency)


class LoadRun:
    """Virtual users against one fake Telegram, until the duration is up."""

    def __init__(self, fake: FakeTelegram, config: LoadConfig):
        self.fake = fake
        self.config = config
        self.samples: list[Sample] = []
        self.stats = _Stats()
        self.started_at = 0.0
        self.finished_at = 0.0
        self.unexpected_replies = 0
        self._deadline = 0.0
        self._next_user = config.first_user_id
        self._chats: list[int] = []
        self._settled: dict[int, int] = {}  # chat -> sendMessage calls accounted for
        self._last_sample: dict[int, Sample] = {}  # chat -> its latest message
        self._error_re = re.compile(config.error_pattern, re.IGNORECASE)
        self._book = PhraseBook(config.seed, typo_rate=config.typo_rate)

    # -- the run -----------------------------------------------------------------------------

    async def run(self, *, grace: float = 0.5) -> list[Sample]:
        """Run every user to the end; then wait ``grace`` s and count unexpected replies."""
        config = self.config
        self.started_at = time.monotonic()
        self._deadline = self.started_at + config.duration
        async with asyncio.TaskGroup() as group:
            for slot in range(config.users):
                delay = slot / config.spawn_rate if config.spawn_rate > 0 else 0.0
                group.create_task(self._slot(delay))
        self.finished_at = time.monotonic()
        await asyncio.sleep(grace)
        for chat_id in self._chats:
            total = len(self.fake.sent(chat_id, "sendMessage"))
            self.unexpected_replies += total - self._settled.get(chat_id, 0)
        return self.samples

    @property
    def elapsed(self) -> float:
        """Seconds from the start to the last reply awaited (or to now while running)."""
        end = self.finished_at or time.monotonic()
        return end - self.started_at if self.started_at else 0.0

    def progress(self) -> Progress:
        """Counters and the recent P95, for the monitor and the progress line."""
        stats = self.stats
        horizon = time.monotonic() - RECENT_WINDOW
        while stats.recent and stats.recent[0][0] < horizon:
            stats.recent.popleft()
        latencies = sorted(latency for _, latency in stats.recent)
        return Progress(
            users=stats.users,
            sent=stats.sent,
            replies=stats.replies,
            errors=stats.errors,
            p95=percentile(latencies, 0.95) if latencies else None,
        )

    async def _slot(self, delay: float) -> None:
        """One concurrent user slot: sessions one after another until the deadline."""
        if delay:
            await asyncio.sleep(delay)
        limit = self.config.max_sessions
        while time.monotonic() < self._deadline and not (limit and self.stats.sessions >= limit):
            user_id = self._next_user
            self._next_user += 1
            self.stats.users += 1
            self.stats.sessions += 1
            try:
                await self._session(user_id)
            finally:
                self.stats.users -= 1

    async def _session(self, user_id: int) -> None:
        """One user: /start, then tasks with think time, pressing buttons now and then."""
        config = self.config
        # One generator per user: what a user says does not depend on scheduling.
        rng = random.Random(config.seed * 1_000_003 + user_id)
        who = persona(user_id, rng)
        self.fake.add_user(
            user_id, first_name=who.first_name, username=who.username,
            language_code=who.language_code,
        )  # fmt: skip
        self._chats.append(user_id)
        self._settled[user_id] = 0
        sequence = 0
        task = Task(TaskKind.START, "/start")
        while True:
            sample, reply = await self._exchange(user_id, task)
            sequence += 1
            if sample.error in ("timeout", "send_failed"):
                return
            if config.session_cap and sequence >= config.session_cap:
                break
            if (
                reply is not None
                and reply.reply_markup is not None
                and "inline_keyboard" in reply.reply_markup
                and rng.random() < config.button_rate
                and reply.message_id is not None
            ):
                data = choose_button(rng, reply.reply_markup["inline_keyboard"])
                if data is not None:
                    pressed = await self._press(user_id, reply.message_id, data)
                    sequence += 1
                    if pressed.error in ("timeout", "send_failed"):
                        return
                    if config.session_cap and sequence >= config.session_cap:
                        break
            if not await self._think(rng):
                break
            task = next_task(config.mix, self._book, rng, user_id=user_id, sequence=sequence)
        await self._settle(user_id)

    async def _think(self, rng: random.Random) -> bool:
        """Pause like a person; False when the run is over."""
        config = self.config
        now = time.monotonic()
        if now >= self._deadline:
            return False
        if config.think_max > 0:
            pause = rng.uniform(config.think_min, config.think_max)
            if now + pause >= self._deadline:
                await asyncio.sleep(self._deadline - now)
                return False
            await asyncio.sleep(pause)
        return True

    # -- one message ---------------------------------------------------------------------------

    async def _settle(self, user_id: int) -> None:
        """Attribute replies that arrived since the last look to the chat's last message."""
        late = await self.fake.wait_for_messages(user_id, 0, timeout=0)
        if late:
            self._settled[user_id] += len(late)
            if (last := self._last_sample.get(user_id)) is not None:
                last.replies += len(late)

    async def _exchange(self, user_id: int, task: Task) -> tuple[Sample, SentMessage | None]:
        """Send one message and wait for its final reply."""
        fake = self.fake
        try:
            fake.send_text(user_id, task.text)
        except (KeyError, ValueError) as exc:
            log.warning("user %d could not send: %s", user_id, exc)
            return self._record(Sample(user_id, task.kind, task.text, time.monotonic(),
                                       error="send_failed")), None  # fmt: skip
        sample = Sample(user_id, task.kind, task.text, time.monotonic())
        self.stats.sent += 1
        deadline = sample.sent_at + self.config.timeout
        while True:
            try:
                replies = await fake.wait_for_messages(
                    user_id, 1, timeout=max(deadline - time.monotonic(), 0.0)
                )
            except TimeoutError:
                sample.error = "timeout"
                sample.first_at = self._first_visible(user_id, sample.sent_at)
                return self._record(sample), None
            self._settled[user_id] += len(replies)
            if replies[0].at < sample.sent_at:
                # Replies to the previous message that came during the pause: its extras.
                stale = sum(1 for reply in replies if reply.at < sample.sent_at)
                if (previous := self._last_sample.get(user_id)) is not None:
                    previous.replies += stale
                replies = replies[stale:]
                if not replies:
                    continue
            break
        final = replies[0]
        sample.replies = len(replies)
        sample.final_at = final.at
        sample.reply_text = final.plain_text if final.plain_text is not None else final.text
        sample.first_at = self._first_visible(user_id, sample.sent_at, final.at)
        if sample.reply_text and self._error_re.search(sample.reply_text):
            sample.error = "error_reply"
        return self._record(sample), final

    async def _press(self, user_id: int, message_id: int, data: str) -> Sample:
        """Press an inline button; wait for the message or edit that answers it.

        The fake signals only sendMessage, so this polls the chat's log (cheap; buttons are
        a small share of the traffic). Times still come from the log entries.
        """
        await self._settle(user_id)
        start = len(self.fake.sent(user_id))
        sample = Sample(user_id, TaskKind.BUTTON, data, time.monotonic())
        try:
            self.fake.press_button(user_id, message_id, data)
        except (KeyError, ValueError) as exc:
            log.warning("user %d could not press %r: %s", user_id, data, exc)
            sample.error = "send_failed"
            return self._record(sample)
        self.stats.sent += 1
        deadline = sample.sent_at + self.config.timeout
        pause = 0.002
        while True:
            entries = self.fake.sent(user_id)[start:]
            final = next((e for e in entries if e.method in BUTTON_FINAL_METHODS), None)
            answered = next((e for e in entries if e.method == "answerCallbackQuery"), None)
            now = time.monotonic()
            if final is None and answered is not None and now - answered.at >= BUTTON_SETTLE:
                final = answered
            if final is not None:
                break
            if now >= deadline:
                sample.error = "timeout"
                sample.first_at = entries[0].at if entries else None
                return self._record(sample)
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.05)
        sample.final_at = final.at
        sample.first_at = next(
            (e.at for e in entries if e.method in VISIBLE_METHODS or e is answered), final.at
        )
        sample.reply_text = final.plain_text or final.text
        replies = await self.fake.wait_for_messages(user_id, 0, timeout=0)
        self._settled[user_id] += len(replies)
        sample.replies = len(replies)
        if sample.reply_text and self._error_re.search(sample.reply_text):
            sample.error = "error_reply"
        return self._record(sample)

    def _first_visible(
        self, user_id: int, sent_at: float, final_at: float | None = None
    ) -> float | None:
        """When the first draft, message or edit since ``sent_at`` arrived.

        Only the tail of the chat's log is read: entries are in time order, and everything
        before ``sent_at`` was settled earlier. While the bot has never drafted or edited
        anything (the fake counts calls), the final reply is the first visible one.
        """
        calls = self.fake.calls
        if final_at is not None and not any(calls[method] for method in _EARLY_METHODS):
            return final_at
        first = final_at
        for entry in reversed(self.fake.sent(user_id)):
            if entry.at < sent_at:
                break
            if entry.method in VISIBLE_METHODS and (first is None or entry.at <= first):
                first = entry.at
        return first

    def _record(self, sample: Sample) -> Sample:
        self.samples.append(sample)
        self._last_sample[sample.user_id] = sample
        stats = self.stats
        if sample.error is not None:
            stats.errors += 1
        if sample.final_at is not None:
            stats.replies += 1
            stats.recent.append((sample.final_at, sample.final_at - sample.sent_at))
        return sample


# ---------------------------------------------------------------------------------------------
# The bot under test, as a process


class BotStartError(RuntimeError):
    """The bot under test did not come up (it exited, or never polled)."""


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class BotProcess:
    """A bot under test that loadgen starts and stops (SIGTERM, then SIGKILL)."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        env: Mapping[str, str],
        log_path: Path,
        cwd: Path | None = None,
    ):
        self.name = name
        self.argv = list(argv)
        self.env = dict(env)
        self.log_path = log_path
        self.cwd = cwd
        self.process: asyncio.subprocess.Process | None = None
        self.probe: ProcessProbe | None = None

    @property
    def pid(self) -> int | None:
        """The PID while it runs."""
        return None if self.process is None else self.process.pid

    async def start(self, fake: FakeTelegram, *, within: float = 180.0) -> None:
        """Start it and wait until it long-polls the fake."""
        polls_before = fake.calls["getUpdates"]
        with self.log_path.open("ab") as log_file:
            self.process = await asyncio.create_subprocess_exec(
                *self.argv, env=self.env, stdin=asyncio.subprocess.DEVNULL,
                stdout=log_file, stderr=asyncio.subprocess.STDOUT, cwd=self.cwd,
            )  # fmt: skip
        self.probe = ProcessProbe(self.process.pid)
        deadline = time.monotonic() + within
        while fake.calls["getUpdates"] <= polls_before:
            if self.process.returncode is not None:
                raise BotStartError(
                    f"{self.name} exited with code {self.process.returncode} before polling; "
                    f"its log ({self.log_path}) ends with:\n{self.log_tail()}"
                )
            if time.monotonic() > deadline:
                await self.stop()
                raise BotStartError(f"{self.name} did not poll within {within:.0f} s")
            await asyncio.sleep(0.1)

    async def stop(self, grace: float = 30.0) -> int | None:
        """SIGTERM, wait up to ``grace`` s, then SIGKILL; return the exit code."""
        process = self.process
        if process is None:
            return None
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), grace)
            except TimeoutError:
                log.warning("%s ignored SIGTERM for %.0f s; killing it", self.name, grace)
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        return process.returncode

    def log_tail(self, lines: int = 15) -> str:
        """The last lines of its output."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def _clean_env() -> dict[str, str]:
    # The bot's config comes only from what loadgen sets: no HEALTHBOT_* from the caller's
    # shell (a production token or database must never be used by a load test by accident).
    return {key: value for key, value in os.environ.items() if not key.startswith("HEALTHBOT_")}


def daemon_process(
    *,
    api_base: str,
    token: str,
    data_dir: Path,
    metrics_port: int,
    log_path: Path,
    database_url: str | None = None,
    redis_url: str | None = None,
    pacing: bool = True,
    extra_env: Mapping[str, str] | None = None,
) -> BotProcess:
    """``healthbot run`` pointed at the fake (embedded PostgreSQL/Redis unless URLs given).

    ``pacing`` is the daemon's own flood control (``telegram.rate_limits``): on when the fake
    enforces Telegram's limits, off for throughput runs against a fake without them, where
    pacing at 30 messages/s would measure the pacer instead of the bot.
    """
    env = _clean_env()
    env.update(
        {
            "HEALTHBOT_TELEGRAM__TOKEN": token,
            "HEALTHBOT_TELEGRAM__API_BASE": api_base,
            "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "10",
            "HEALTHBOT_DATA_DIR": str(data_dir),
            "HEALTHBOT_METRICS__PORT": str(metrics_port),
            "HEALTHBOT_TELEGRAM__RATE_LIMITS": "true" if pacing else "false",
        }
    )
    if database_url:
        env["HEALTHBOT_DATABASE__URL"] = database_url
    if redis_url:
        env["HEALTHBOT_REDIS__URL"] = redis_url
    env.update(extra_env or {})
    # `python -m` puts the working directory ahead of PYTHONPATH: a daemon given another
    # checkout's code (a benchmark's --before) runs in that checkout, or it would import ours.
    checkout = (extra_env or {}).get("PYTHONPATH", "").split(os.pathsep)[0]
    cwd = Path(checkout) if checkout else None
    argv = [sys.executable, "-m", "healthbot", "run"]
    return BotProcess("healthbot", argv, env, log_path, cwd)


def ref_bot_process(*, api_base: str, token: str, log_path: Path) -> BotProcess:
    """The reference echo bot (``python -m loadgen ref-bot``) pointed at the fake."""
    argv = [sys.executable, "-m", "loadgen", "ref-bot", "--api-base", api_base, "--token", token]
    return BotProcess("ref-bot", argv, _clean_env(), log_path)
