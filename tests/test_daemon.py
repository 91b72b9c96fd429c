"""`healthbot run` as a real process: start errors, SIGTERM drain, and no secrets in its output."""

from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from loadgen.telegram import FakeTelegram
from tests.support.processes import TOKEN, daemon_env, finish, start_daemon

pytestmark = pytest.mark.slow


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
            code, stderr = await finish(process, timeout=60)
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


@pytest.mark.parametrize("folder", ["data", "model"])
async def test_a_folder_others_can_write_is_a_clear_start_error(
    tmp_path: Path, services: dict[str, str], folder: str
) -> None:
    # The data dir (its lock could be swapped) and a model folder (a graph could be planted).
    path = tmp_path / folder
    path.mkdir()
    path.chmod(0o777)
    env = daemon_env(
        tmp_path, HEALTHBOT_TELEGRAM__API_BASE="http://127.0.0.1:9",
        HEALTHBOT_MEMORY__ENABLED="true", HEALTHBOT_MEMORY__MODEL=str(tmp_path / "model"),
        **services,
    )  # fmt: skip
    code, stderr = await finish(await start_daemon(env))
    assert code == 1
    assert "Traceback" not in stderr
    setting = "data_dir" if folder == "data" else "memory.model"
    assert stderr.strip().splitlines()[-1] == (
        f"healthbot: {setting} {path}: refused, writable by group or others (chmod go-w it)"
    )
