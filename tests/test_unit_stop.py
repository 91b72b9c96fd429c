"""The systemd unit: its stop as systemd performs it, `systemd-analyze verify` and its exposure.

systemd is not PID 1 here, so the stop is redone by hand: with KillMode=mixed, SIGTERM goes to
the main process only; after it exits (or TimeoutStopSec passes), SIGKILL goes to whatever is
left in the cgroup. The "cgroup" is taken as the daemon's descendants plus every process
working in its data dir (an embedded server that was re-parented still counts).

Why not KillMode=control-group (SIGTERM to every process of the cgroup at once): measured with
this test's scene and `stop_like_systemd(..., "control-group", ...)` (2026-11-28), the embedded
PostgreSQL and Redis got SIGTERM together with the daemon, the drain could not record what it
had sent, and after the restart the 20 messages had 40 replies, every one sent twice (the
issue's own simulated stop gave 21 for 20). With KillMode=mixed: 20, and nothing left to kill.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import psycopg
import pytest

from healthbot.embedded import EmbeddedPostgres
from loadgen.telegram import FakeTelegram
from tests.support.processes import TOKEN, daemon_env
from tests.support.units import UNIT, healthbot_argv, unit_settings

pytestmark = pytest.mark.slow

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_systemd_analyze = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed (apt install systemd)"
)


def service_value(key: str) -> str:
    """The effective (last) value of a [Service] setting of the unit."""
    return unit_settings(UNIT.read_text())[key][-1]


def cgroup(daemon_pid: int, data_dir: Path) -> dict[int, psutil.Process]:
    """What the unit's cgroup would hold: the daemon, its descendants, and every process whose
    working directory is in its data dir (with their descendants)."""
    members: dict[int, psutil.Process] = {}
    with contextlib.suppress(psutil.NoSuchProcess):
        daemon = psutil.Process(daemon_pid)
        members.update({p.pid: p for p in [daemon, *daemon.children(recursive=True)]})
    for process in psutil.process_iter():
        with contextlib.suppress(psutil.Error):
            if Path(process.cwd()).is_relative_to(data_dir):
                members.update({p.pid: p for p in [process, *process.children(recursive=True)]})
    return members


async def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait until `condition()` holds, failing after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        await asyncio.sleep(0.05)


async def stop_like_systemd(
    process: asyncio.subprocess.Process, data_dir: Path, kill_mode: str, timeout: float
) -> tuple[int | None, int]:
    """Stop the daemon as systemd's KillMode= does; return its exit code (None if it had to
    be killed) and how many other processes of the cgroup were still alive for the SIGKILL."""
    members = cgroup(process.pid, data_dir)
    if kill_mode == "mixed":
        process.send_signal(signal.SIGTERM)
    elif kill_mode == "control-group":
        for member in members.values():
            with contextlib.suppress(psutil.NoSuchProcess):
                member.send_signal(signal.SIGTERM)
    else:
        raise ValueError(f"KillMode={kill_mode} is not emulated here")
    code: int | None
    try:
        code = await asyncio.wait_for(process.wait(), timeout)
    except TimeoutError:
        code = None  # systemd's final SIGKILL below takes the daemon too
    members.update(cgroup(process.pid, data_dir))
    left = [m for m in members.values() if m.pid != process.pid and m.is_running()]
    for member in [*left, *members.values()]:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.kill()
    psutil.wait_procs(list(members.values()), timeout=10)
    await process.wait()
    return code, len(left)


async def start_daemon(env: dict[str, str], fake: FakeTelegram) -> asyncio.subprocess.Process:
    """`healthbot run` on the embedded default; returns once it polls the fake."""
    polls = fake.calls["getUpdates"]
    process = await asyncio.create_subprocess_exec(
        *healthbot_argv(), "run", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await until(
        lambda: fake.calls["getUpdates"] > polls or process.returncode is not None, 120, "a poll"
    )
    assert process.returncode is None, f"the daemon exited at start with {process.returncode}"
    return process


def unfinished_updates(data_dir: Path) -> int:
    """Updates the daemon's inbox has not finished (done or given up)."""
    with psycopg.connect(EmbeddedPostgres(data_dir).url, connect_timeout=5) as conn:
        row = conn.execute(
            "SELECT count(*) FROM update_inbox WHERE status NOT IN ('done', 'failed')"
        ).fetchone()
    return int(row[0]) if row else 0


async def test_stop_as_the_unit_does_it_drains_and_duplicates_nothing(tmp_path: Path) -> None:
    kill_mode, timeout = service_value("KillMode"), float(service_value("TimeoutStopSec"))
    assert kill_mode == "mixed", "see this module's docstring"
    users = range(7300, 7320)
    data_dir = (tmp_path / "data").resolve()
    async with FakeTelegram(TOKEN) as fake:
        env = daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE=fake.base_url)  # no URLs
        daemon = await start_daemon(env, fake)
        try:
            fake.delays["sendMessage"] = 2.0  # every reply is in flight for 2 s
            for user in users:
                fake.add_user(user, first_name=f"U{user}")
                fake.send_text(user, f"/ping_{user}")
            await until(lambda: fake.calls["sendMessage"] >= len(users), 60, "20 sends begun")
            code, left = await stop_like_systemd(daemon, data_dir, kill_mode, timeout)
        finally:
            if daemon.returncode is None:
                daemon.kill()
        print(f"\nKillMode={kill_mode}: exit {code}, {left} process(es) left for SIGKILL")
        assert code == 0
        fake.delays.clear()

        daemon = await start_daemon(env, fake)  # finishes whatever the stop left
        try:
            await until(lambda: all(fake.sent(u, "sendMessage") for u in users), 120, "replies")
            await until(lambda: unfinished_updates(data_dir) == 0, 120, "inbox finished")
            daemon.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(daemon.wait(), timeout) == 0
        finally:
            if daemon.returncode is None:
                daemon.kill()
    replies = {u: [m.text for m in fake.sent(u, "sendMessage")] for u in users}
    assert all(
        len(texts) == 1 and f"/ping_{u}" in (texts[0] or "") for u, texts in replies.items()
    ), replies


def _runnable_unit_copy(tmp_path: Path) -> Path:
    """The unit with ExecStart's binary swapped for the checkout's (verify wants it to exist)."""
    argv = healthbot_argv()
    text = re.sub(
        r"^ExecStart=\S+", lambda _: "ExecStart=" + " ".join(argv), UNIT.read_text(), flags=re.M
    )
    copy = tmp_path / UNIT.name
    copy.write_text(text)
    return copy


@needs_systemd_analyze
def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    assert SYSTEMD_ANALYZE is not None
    result = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", str(_runnable_unit_copy(tmp_path))],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    # verify exits 0 on a line it ignores ("Invalid syntax, ignoring"): any output is a finding.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@needs_systemd_analyze
def test_unit_exposure_stays_at_1_1_or_lower() -> None:
    assert SYSTEMD_ANALYZE is not None
    result = subprocess.run(
        [SYSTEMD_ANALYZE, "security", "--offline=true", str(UNIT)],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert match, result.stdout + result.stderr
    assert float(match.group(1)) <= 1.1


def test_unit_needs_no_anthropic_key_file_and_its_fallback_means_no_key(tmp_path: Path) -> None:
    import codecs

    from healthbot.config import load_settings

    service = unit_settings(UNIT.read_text())
    fallbacks = dict(v.split(":", 1) for v in service.get("SetCredential", []))
    assert "anthropic_api_key" in fallbacks, "a missing key file would fail the start (243)"
    key_file = tmp_path / "anthropic_api_key"
    key_file.write_text(codecs.decode(fallbacks["anthropic_api_key"], "unicode_escape"))
    key_file.chmod(0o400)
    settings = load_settings(None, environ={"HEALTHBOT_ANTHROPIC__API_KEY_FILE": str(key_file)})
    assert settings.anthropic.api_key is None
