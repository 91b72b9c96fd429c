"""`healthbot run` as a real process: start errors, SIGTERM drain, and no secrets in its output."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from loadgen.telegram import FakeTelegram

TOKEN = "123456:daemon-secret-token-xyz"
pytestmark = pytest.mark.slow


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def daemon_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """The environment of a daemon subprocess: config only from HEALTHBOT_* variables."""
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
        # Nor the coach's embedding model (tens of seconds of CPU).
        "HEALTHBOT_MEMORY__ENABLED": "false",
    }
    env.update(overrides)
    return env


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


@pytest.fixture
def services(empty_database_url: str, redis_url: str) -> Iterator[dict[str, str]]:
    """Environment entries for a new database (the daemon migrates it) and the session's Redis."""
    yield {"HEALTHBOT_DATABASE__URL": empty_database_url, "HEALTHBOT_REDIS__URL": redis_url}


async def test_sigterm_lets_the_handler_in_flight_finish(
    tmp_path: Path, services: dict[str, str]
) -> None:
    async with FakeTelegram(TOKEN) as fake:
        fake.add_user(8001, first_name="Jo")
        process = await start_daemon(
            daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE=fake.base_url, **services)
        )
        try:
            for _ in range(300):  # the daemon polls once it is up
                if fake.calls["getUpdates"]:
                    break
                await asyncio.sleep(0.1)
            assert fake.calls["getUpdates"], "the daemon never polled"
            fake.delays["sendMessage"] = 2.0  # the reply is in flight for 2 s
            fake.send_text(8001, "/help")
            for _ in range(100):
                if fake.calls["sendMessage"]:
                    break
                await asyncio.sleep(0.05)
            assert fake.calls["sendMessage"] == 1
            process.send_signal(signal.SIGTERM)
            code, stderr = await finish(process, timeout=30)
        finally:
            if process.returncode is None:
                process.kill()
        assert code == 0, stderr
        replies = fake.sent(8001, "sendMessage")
        assert len(replies) == 1 and "/start" in (replies[0].text or "")
        assert fake.pending_updates == 0, "the handled update was confirmed before exit"
        assert "Traceback" not in stderr
        assert TOKEN not in stderr
        assert TOKEN.split(":")[1] not in stderr


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"HEALTHBOT_DATABASE__URL": "postgresql://bot:pw-secret@127.0.0.1:1/x"},
         "database: cannot connect to postgresql://bot:***@127.0.0.1:1/x"),
        ({"HEALTHBOT_REDIS__URL": "redis://127.0.0.1:1/0"}, "redis: cannot connect"),
    ],
    ids=["database", "redis"],
)  # fmt: skip
async def test_unreachable_service_at_start_is_one_clear_line(
    tmp_path: Path, services: dict[str, str], overrides: dict[str, str], expected: str
) -> None:
    env = daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE="http://127.0.0.1:9", **services)
    env.update(overrides)
    env["HEALTHBOT_DATABASE__START_WAIT_SECONDS"] = "0"  # fail at once, not after a wait
    code, stderr = await finish(await start_daemon(env))
    assert code == 1
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith(f"healthbot: {expected}")
    assert "pw-secret" not in stderr


async def test_busy_metrics_port_is_a_clear_start_error(
    tmp_path: Path, services: dict[str, str]
) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = daemon_env(tmp_path, HEALTHBOT_METRICS__PORT=str(port), **services)
        code, stderr = await finish(await start_daemon(env))
    assert code == 1
    assert "Traceback" not in stderr
    assert f"metrics.port: cannot listen on 127.0.0.1:{port}" in stderr.strip().splitlines()[-1]


async def test_rejected_token_is_a_clear_start_error(
    tmp_path: Path, services: dict[str, str]
) -> None:
    async with FakeTelegram("999:other-token") as fake:
        env = daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE=fake.base_url, **services)
        code, stderr = await finish(await start_daemon(env))
    assert code == 1
    assert "telegram.token: rejected by the Bot API" in stderr.strip().splitlines()[-1]
    assert TOKEN not in stderr


@pytest.mark.parametrize("folder", ["data", "models"])
async def test_a_folder_others_can_write_is_a_clear_start_error(
    tmp_path: Path, services: dict[str, str], folder: str
) -> None:
    # The data dir (its lock could be swapped) and the model cache (a graph could be planted).
    path = tmp_path / folder
    path.mkdir()
    path.chmod(0o777)
    env = daemon_env(
        tmp_path, HEALTHBOT_TELEGRAM__API_BASE="http://127.0.0.1:9",
        HEALTHBOT_MEMORY__ENABLED="true", HEALTHBOT_MEMORY__MODEL_CACHE=str(tmp_path / "models"),
        **services,
    )  # fmt: skip
    code, stderr = await finish(await start_daemon(env))
    assert code == 1
    assert "Traceback" not in stderr
    setting = "data_dir" if folder == "data" else "memory.model_cache"
    assert stderr.strip().splitlines()[-1] == (
        f"healthbot: {setting} {path}: refused, writable by group or others (chmod go-w it)"
    )
