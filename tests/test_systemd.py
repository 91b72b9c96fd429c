"""systemd's notify protocol: a socket here plays systemd's part (sd_notify(3)).

The daemon runs as the unit starts it (its ExecStart, environment and credentials, see
tests/test_commands.py) with $NOTIFY_SOCKET and $WATCHDOG_USEC set as systemd sets them for
Type=notify and WatchdogSec=: READY=1 only once the first getUpdates has answered, STATUS=
lines for each stage, STOPPING=1 on SIGTERM, and watchdog pings from the event loop.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
import socket
import time
from pathlib import Path

import pytest
from psycopg.conninfo import make_conninfo

from healthbot.logs import register_secrets
from healthbot.systemd import Notifier
from loadgen.telegram import FakeTelegram
from tests.support.notify import fake_systemd
from tests.support.processes import daemon_env, finish, free_port, start_daemon
from tests.support.units import UNIT, emulate_unit, unit_settings
from tests.support.waiting import until

# -- the notifier alone ------------------------------------------------------------------------


def test_without_notify_socket_nothing_is_sent_and_nothing_fails() -> None:
    notifier = Notifier.from_environment({})
    assert not notifier.enabled
    notifier.ready("polling")
    notifier.status("x")
    notifier.stopping("y")


def test_fields_arrive_as_systemd_reads_them_and_secrets_are_masked() -> None:
    register_secrets(["notify-secret-123"])
    with fake_systemd() as systemd:
        notifier = Notifier.from_environment({"NOTIFY_SOCKET": systemd.path})
        notifier.ready("polling")
        notifier.status("getUpdates failing (token notify-secret-123\nrefused)")
        notifier.extend_start(12.5, "waiting")
        notifier.stopping("draining")
        deadline = time.monotonic() + 5
        while len(systemd.messages) < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        notifier.close()
    assert [m.fields for m in systemd.messages] == [
        {"READY": "1", "STATUS": "polling"},
        {"STATUS": "getUpdates failing (token *** refused)"},
        {"EXTEND_TIMEOUT_USEC": "12500000", "STATUS": "waiting"},
        {"STOPPING": "1", "STATUS": "draining"},
    ]


def test_abstract_socket_address_is_used_as_systemd_writes_it() -> None:
    name = f"hb-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        notifier = Notifier.from_environment({"NOTIFY_SOCKET": "@" + name})
        notifier.ready("up")
        notifier.close()
        assert sock.recv(100) == b"READY=1\nSTATUS=up"


def test_watchdog_is_ours_only_when_watchdog_pid_names_this_process() -> None:
    env = {"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "4000000"}
    assert Notifier.from_environment(env).watchdog_seconds == 4.0
    assert Notifier.from_environment({**env, "WATCHDOG_PID": str(os.getpid())}).watchdog_seconds
    assert Notifier.from_environment({**env, "WATCHDOG_PID": "1"}).watchdog_seconds is None
    assert Notifier.from_environment({**env, "WATCHDOG_USEC": "0"}).watchdog_seconds is None


def test_a_missing_socket_is_logged_once_and_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    notifier = Notifier.from_environment({"NOTIFY_SOCKET": "/nonexistent/notify"})
    for _ in range(3):
        notifier.status("polling")
    assert len([r for r in caplog.records if "cannot notify systemd" in r.message]) == 1


async def test_a_blocked_event_loop_stops_the_watchdog_pings() -> None:
    with fake_systemd() as systemd:
        notifier = Notifier(systemd.path, watchdog_seconds=0.2)  # a ping every 0.1 s
        pings = asyncio.create_task(notifier.watchdog())

        def count() -> int:
            return sum(m.fields == {"WATCHDOG": "1"} for m in systemd.messages)

        await until(lambda: count() >= 3, 60, what="three pings")
        time.sleep(1.0)  # noqa: ASYNC251 - blocks the loop: no ping can go out
        blocked = count()
        await until(lambda: count() >= blocked + 3, 60, what="pings again after the block")
        pings.cancel()
        notifier.close()
    times = [m.at for m in systemd.messages if m.fields == {"WATCHDOG": "1"}]
    # A gap of the whole block (a loaded machine only makes gaps longer); pings from a thread
    # of their own would have gone on every 0.1 s.
    assert max(b - a for a, b in itertools.pairwise(times)) >= 0.95


# -- the daemon as the unit runs it ------------------------------------------------------------


def test_the_unit_is_type_notify_with_a_watchdog() -> None:
    service = unit_settings(UNIT.read_text())
    assert service["Type"] == ["notify"]
    assert service["NotifyAccess"] == ["main"]
    assert int(service["WatchdogSec"][-1]) >= 10


@pytest.mark.slow
async def test_unit_start_is_ready_after_the_first_get_updates_and_stops_with_stopping(
    tmp_path: Path,
) -> None:
    async with FakeTelegram("123456:commands-test-token") as fake:
        config = tmp_path / "config.toml"
        config.write_text(
            f'[telegram]\napi_base = "{fake.base_url}"\npoll_timeout = 5\n\n[metrics]\nport = 0\n'
        )
        unit = emulate_unit(tmp_path, config)
        with fake_systemd(fake) as systemd:
            # As systemd sets them, with a 1 s watchdog so that pings come quickly.
            env = {**unit.env, "NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "1000000"}
            process = await asyncio.create_subprocess_exec(
                *unit.argv, env=env, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
            try:
                ready = await systemd.wait_for("READY", "1")
                fake.add_user(7301, first_name="Op")
                fake.send_text(7301, "/help")
                await fake.wait_for_messages(7301, 1, timeout=60)
                await until(
                    lambda: (
                        sum(
                            m.fields == {"WATCHDOG": "1"} and m.at > ready.at
                            for m in systemd.messages
                        )
                        >= 2
                    ),
                    60,
                    what="pings go on while it serves",
                )
                process.send_signal(signal.SIGTERM)
                out, _ = await asyncio.wait_for(process.communicate(), 60)
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
            stopping = await systemd.wait_for("STOPPING", "1", timeout=60)
    assert process.returncode == 0, out.decode()
    # Ready only once a getUpdates has answered: it had been called before READY=1 came.
    assert ready.get_updates_before >= 1
    statuses = systemd.values("STATUS")
    assert (
        statuses.index("starting the embedded PostgreSQL")
        < statuses.index("applying database migrations")
        < statuses.index("connecting to Redis")
        < statuses.index(ready.fields["STATUS"])
    )
    assert ready.fields["STATUS"] == "polling"
    assert stopping.at > ready.at
    pings = [m for m in systemd.messages if m.fields == {"WATCHDOG": "1"}]
    assert len([p for p in pings if p.at > ready.at]) >= 2, "pings go on while it serves"
    # The first getUpdates does not long-poll (readiness waits for it); later ones do.
    assert fake.poll_timeouts[0] == 0 and 5 in fake.poll_timeouts


@pytest.mark.slow
async def test_waiting_for_telegram_extends_the_start_and_sigterm_still_stops_it(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    env = daemon_env(
        tmp_path,
        HEALTHBOT_TELEGRAM__API_BASE=f"http://127.0.0.1:{free_port()}",
        HEALTHBOT_DATABASE__URL=empty_database_url,
        HEALTHBOT_REDIS__URL=redis_url,
    )
    with fake_systemd() as systemd:
        env["NOTIFY_SOCKET"] = systemd.path
        process = await start_daemon(env)
        try:
            waiting = await systemd.wait_for("EXTEND_TIMEOUT_USEC")
            process.send_signal(signal.SIGTERM)
            code, stderr = await finish(process, timeout=60)
        finally:
            if process.returncode is None:
                process.kill()
        await systemd.wait_for("STOPPING", "1", timeout=60)
    assert code == 0, stderr
    # Why it waits: the last Bot API call being retried (getMe, or the command menu's).
    assert re.match(
        r"waiting for Telegram: \w+ failed \(.*Cannot connect", waiting.fields["STATUS"]
    )
    assert int(waiting.fields["EXTEND_TIMEOUT_USEC"]) > 0
    assert systemd.first("READY") is None, "never ready without Telegram"


@pytest.mark.slow
async def test_waiting_for_postgresql_is_told_and_sigterm_ends_the_wait(
    tmp_path: Path, redis_url: str
) -> None:
    env = daemon_env(
        tmp_path,
        HEALTHBOT_TELEGRAM__API_BASE="http://127.0.0.1:9",
        HEALTHBOT_DATABASE__URL=f"postgresql://bot:pw-secret@127.0.0.1:{free_port()}/x",
        HEALTHBOT_REDIS__URL=redis_url,
    )
    with fake_systemd() as systemd:
        env["NOTIFY_SOCKET"] = systemd.path
        process = await start_daemon(env)
        try:
            first = await systemd.wait_for("EXTEND_TIMEOUT_USEC", timeout=60)
            await until(  # a few more attempts
                lambda: len(systemd.values("EXTEND_TIMEOUT_USEC")) >= 2, 60, what="it kept trying"
            )
            process.send_signal(signal.SIGTERM)
            code, stderr = await finish(process, timeout=60)
        finally:
            if process.returncode is None:
                process.kill()
    assert code == 0, stderr
    assert first.fields["STATUS"].startswith(
        "waiting for PostgreSQL: database: cannot connect to postgresql://bot:***@127.0.0.1:"
    )
    assert len(systemd.values("EXTEND_TIMEOUT_USEC")) >= 2, "it kept trying"
    assert "stopped while waiting for PostgreSQL" in stderr
    assert "pw-secret" not in stderr and "Traceback" not in stderr


@pytest.mark.slow
async def test_a_database_that_refuses_us_fails_at_once_despite_the_wait(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    wrong = make_conninfo(empty_database_url, dbname="no_such_database")
    env = daemon_env(
        tmp_path,
        HEALTHBOT_TELEGRAM__API_BASE="http://127.0.0.1:9",
        HEALTHBOT_DATABASE__URL=wrong,
        HEALTHBOT_DATABASE__START_WAIT_SECONDS="600",
        HEALTHBOT_REDIS__URL=redis_url,
    )
    code, stderr = await finish(await start_daemon(env), timeout=60)
    assert code == 1
    assert stderr.strip().splitlines()[-1].startswith("healthbot: database: cannot connect to")
    assert "does not exist" in stderr
