"""`healthbot run` as a real process: its environment, starting, stopping and waiting for it.

For tests whose subject is the process (faults, signals, systemd, the CLI, logs).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from loadgen.telegram import FakeTelegram

TOKEN = "123456:daemon-secret-token-xyz"
"""The bot token of daemon processes (tests check that it never shows in their output)."""


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def daemon_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """The environment of a daemon subprocess: config only from HEALTHBOT_* variables (its
    pool through the session's PgBouncer when HB_TEST_PGBOUNCER is set)."""
    from tests.support.pgbouncer import env_through  # it imports this module

    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "HEALTHBOT_DATA_DIR": str(tmp_path / "data"),
        "HEALTHBOT_TELEGRAM__TOKEN": TOKEN,
        "HEALTHBOT_TELEGRAM__POLL_TIMEOUT": "1",
        "HEALTHBOT_METRICS__PORT": str(free_port()),
        # These daemons never /log: the food table (3 s of CPU on a new database) would only
        # compete with what they measure (a spike's pacing, a drain's timing).
        "HEALTHBOT_FOOD__LOAD_DELAY_SECONDS": "600",
        "HEALTHBOT_FOOD__READY_WAIT_SECONDS": "120",  # as tests/support/daemon.py's
        # Nor the coach's embedding model (tens of seconds of CPU).
        "HEALTHBOT_MEMORY__ENABLED": "false",
    }
    env.update(overrides)
    return env_through(env)


async def start_daemon(env: dict[str, str]) -> asyncio.subprocess.Process:
    """`python -m healthbot run` with the given environment."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthbot", "run",
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def finish(process: asyncio.subprocess.Process, timeout: float = 60) -> tuple[int, str]:
    """Wait for the process; return its exit code and stderr."""
    _, stderr = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return process.returncode, stderr.decode()


def wait_until(condition: object, timeout: float, what: str) -> None:
    """Poll `condition()` until it is true; fail after `timeout` seconds."""
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout} s")
        time.sleep(0.05)


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@dataclass
class Daemon:
    """`healthbot run` as a subprocess that a test may kill, stop and start again."""

    env: dict[str, str]
    process: asyncio.subprocess.Process | None = None

    async def start(self, fake: FakeTelegram) -> None:
        """Start it and wait for its first getUpdates."""
        polls = fake.calls["getUpdates"]
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "healthbot", "run", env=self.env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 120  # a bound on a hang: a loaded machine starts slowly
        while time.monotonic() < deadline:
            if fake.calls["getUpdates"] > polls:
                return
            if self.process.returncode is not None:
                break
            await asyncio.sleep(0.05)
        raise AssertionError(f"the daemon did not start: {await self.stderr()}")

    async def stderr(self) -> str:
        """Its log (after it exited)."""
        assert self.process is not None and self.process.stderr is not None
        return (await self.process.stderr.read()).decode()

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> tuple[int, float]:
        """Send `sig`; return the exit code and the seconds it took to exit."""
        assert self.process is not None
        start = time.monotonic()
        self.process.send_signal(sig)
        await asyncio.wait_for(self.process.wait(), timeout)
        assert self.process.returncode is not None
        return self.process.returncode, time.monotonic() - start


def daemon_for(
    fake: FakeTelegram, tmp_path: Path, database_url: str, redis_url: str, *, rate_limits: bool
) -> Daemon:
    """A daemon (not started yet) on the fake, the given services, with or without pacing."""
    return Daemon(
        daemon_env(
            tmp_path,
            HEALTHBOT_TELEGRAM__API_BASE=fake.base_url,
            HEALTHBOT_DATABASE__URL=database_url,
            HEALTHBOT_REDIS__URL=redis_url,
            HEALTHBOT_TELEGRAM__RATE_LIMITS=str(rate_limits).lower(),
        )
    )


@asynccontextmanager
async def scene(
    tmp_path: Path, database_url: str, redis_url: str, *, rate_limits: bool
) -> AsyncIterator[tuple[FakeTelegram, Daemon]]:
    """A fake Telegram (flood limits as asked) and a daemon for it, killed if left running."""
    async with FakeTelegram(TOKEN, rate_limits=rate_limits) as fake:
        bot = daemon_for(fake, tmp_path, database_url, redis_url, rate_limits=rate_limits)
        try:
            yield fake, bot
        finally:
            if bot.process is not None and bot.process.returncode is None:
                bot.process.kill()
                await bot.process.wait()
