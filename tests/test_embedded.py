"""The embedded default: who owns a data dir, orphans of a dead daemon, the servers' settings."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import psutil
import pytest
import redis

from healthbot.config import Settings, load_settings
from healthbot.embedded import DataDirLock, EmbeddedPostgres, EmbeddedRedis, process
from healthbot.errors import StartupError
from healthbot.health import check_all
from loadgen.telegram import FakeTelegram
from tests.support.conversations import converse
from tests.support.processes import (
    TOKEN,
    Daemon,
    alive,
    daemon_env,
    finish,
    start_daemon,
    wait_until,
)


def postmaster_pid(data_dir: Path) -> int:
    """The pid PostgreSQL recorded in the data dir."""
    return int((data_dir / "postgres" / "postmaster.pid").read_text().split()[0])


def redis_pid(daemon_pid: int) -> int:
    """The pid of the daemon's embedded Redis."""
    (child,) = [
        p for p in psutil.Process(daemon_pid).children(recursive=True) if p.name() == "redis-server"
    ]
    return child.pid


def test_a_data_dir_has_one_owner_at_a_time(tmp_path: Path) -> None:
    first, second = DataDirLock(tmp_path / "data"), DataDirLock(tmp_path / "data")
    first.acquire()
    with pytest.raises(StartupError) as refused:
        second.acquire()
    assert str(refused.value) == (
        f"another healthbot (pid {os.getpid()}) is running with data_dir {tmp_path / 'data'}"
    )
    assert not second.try_acquire()
    first.release()
    second.acquire()  # the owner's death or exit frees it
    second.release()


def test_a_data_dir_that_cannot_be_made_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StartupError, match=r"data_dir .*/file/data: cannot use it: Not a dir"):
        DataDirLock(tmp_path / "file" / "data").acquire()


OTHER_UID = 12345  # a user who is neither root nor this one
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another")


def test_a_data_dir_others_can_write_is_refused_naming_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    data_dir.chmod(0o777)  # another user could swap the lock: two daemons on one data dir
    refusal = f"data_dir {data_dir}: refused, writable by group or others (chmod go-w it)"
    with pytest.raises(StartupError) as refused:
        DataDirLock(data_dir).acquire()
    assert str(refused.value) == refusal
    with pytest.raises(StartupError) as refused:
        EmbeddedRedis(data_dir).start()  # a tool that starts a server without the lock
    assert str(refused.value) == refusal
    assert list(data_dir.iterdir()) == []
    data_dir.chmod(0o700)
    DataDirLock(data_dir).acquire()


async def test_check_reports_a_data_dir_others_can_write(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    data_dir.chmod(0o777)
    results = {result.name: result for result in await check_all(Settings(data_dir=data_dir))}
    for name in ("postgresql", "redis"):  # the embedded servers `run` would refuse to start
        assert not results[name].ok
        assert results[name].detail == (
            f"data_dir {data_dir}: refused, writable by group or others (chmod go-w it)"
        )


def test_a_data_dir_made_by_the_daemon_is_private(tmp_path: Path) -> None:
    lock = DataDirLock(tmp_path / "new" / "data")
    lock.acquire()
    lock.release()
    assert (tmp_path / "new" / "data").stat().st_mode & 0o777 == 0o700
    assert lock.path.stat().st_mode & 0o777 == 0o600


@as_root
def test_a_data_dir_of_another_user_is_refused_naming_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    os.chown(data_dir, OTHER_UID, OTHER_UID)
    with pytest.raises(StartupError) as refused:
        DataDirLock(data_dir).acquire()
    assert str(refused.value) == (
        f"data_dir {data_dir}: refused, owned by uid {OTHER_UID}, neither root nor this user "
        "(chown it)"
    )


def test_a_lock_that_is_a_symlink_is_refused_and_not_followed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    target = tmp_path / "elsewhere"
    target.write_text("not the lock\n")
    (data_dir / "healthbot.lock").symlink_to(target)
    with pytest.raises(StartupError) as refused:
        DataDirLock(data_dir).acquire()
    assert str(refused.value) == f"{data_dir / 'healthbot.lock'}: refused, a symlink (remove it)"
    assert target.read_text() == "not the lock\n"
    assert DataDirLock(data_dir).holder() is None  # read without following it either


def test_a_server_log_that_is_a_symlink_is_neither_written_nor_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("a line the operator must not be shown\n")
    log = tmp_path / "postgres.log"
    log.symlink_to(secret)
    with pytest.raises(StartupError, match=rf"^{re.escape(str(log))}: refused, a symlink"):
        process.open_log(log)
    assert process.last_line(log) == "?"
    assert secret.read_text() == "a line the operator must not be shown\n"


def test_embedded_postgres_refuses_a_symlink_in_place_of_its_log(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("")
    (tmp_path / "postgres.log").symlink_to(target)
    server = EmbeddedPostgres(tmp_path)
    try:
        with pytest.raises(StartupError, match=r"postgres\.log: refused, a symlink"):
            server.start()
    finally:
        server.stop()
    assert target.read_text() == ""
    assert not server.is_running()


@as_root
@pytest.mark.parametrize("name", ["healthbot.lock", "postgres.log"])
def test_a_lock_or_log_of_another_user_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("")
    os.chown(path, OTHER_UID, OTHER_UID)  # its owner could read it, or swap it
    refusal = rf"^{re.escape(str(path))}: refused, owned by uid {OTHER_UID}, neither root"
    with pytest.raises(StartupError, match=refusal):
        if name == "healthbot.lock":
            DataDirLock(tmp_path).acquire()
        else:
            process.open_log(path)


def memory_settings(server: EmbeddedRedis) -> dict[str, str]:
    """maxmemory and maxmemory-policy, as the running server reports them."""
    server.start()
    try:
        client = redis.Redis.from_url(server.url, decode_responses=True)
        settings = client.config_get("maxmemory*")
        client.close()
        return {str(key): str(value) for key, value in settings.items()}
    finally:
        server.stop()


def test_embedded_redis_has_a_memory_cap_for_its_eviction_policy(tmp_path: Path) -> None:
    default = memory_settings(EmbeddedRedis(tmp_path / "a"))
    assert default["maxmemory"] == str(64 << 20)  # without it, the policy never applies
    assert default["maxmemory-policy"] == "allkeys-lru"
    assert memory_settings(EmbeddedRedis(tmp_path / "b", 32))["maxmemory"] == str(32 << 20)
    assert load_settings(None, environ={}).redis.maxmemory_mb == 64  # what the daemon passes


_STARTER = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
    data = Path(sys.argv[1])
    pg, cache = EmbeddedPostgres(data), EmbeddedRedis(data)
    pg.start()
    cache.start()
    print(pg.pid(), cache.pid, flush=True)
    threading.Event().wait()
    """
)


def test_servers_die_with_the_process_that_started_them(tmp_path: Path) -> None:
    # A stand-in for a daemon that the OOM killer will kill.
    with subprocess.Popen(
        [sys.executable, "-c", _STARTER, str(tmp_path / "data")], stdout=subprocess.PIPE, text=True
    ) as starter:
        try:
            assert starter.stdout is not None
            pids = [int(pid) for pid in starter.stdout.readline().split()]
            assert len(pids) == 2 and all(alive(pid) for pid in pids)
            # Their own sessions: a Ctrl-C or a SIGTERM to the daemon's group misses them.
            assert all(os.getsid(pid) == pid for pid in pids)
        finally:
            starter.kill()
    wait_until(lambda: not any(alive(pid) for pid in pids), 30, "servers exit")
    # What the next start would take back: the private socket folders, if any.
    for server in (EmbeddedPostgres(tmp_path / "data"), EmbeddedRedis(tmp_path / "data")):
        server.start(replace_orphan=True)
        server.stop()


def _orphan_redis(server: EmbeddedRedis) -> subprocess.Popen[bytes]:
    """A Redis on the data dir's socket that nobody owns (as an older healthbot left it)."""
    server.start()
    orphan = server._process  # the test takes the server away from its owner
    server._process = None
    assert orphan is not None
    return orphan


def test_the_data_dir_owner_replaces_an_orphan_redis(tmp_path: Path) -> None:
    orphan = _orphan_redis(EmbeddedRedis(tmp_path))
    try:
        with pytest.raises(StartupError, match="already answers"):
            EmbeddedRedis(tmp_path).start()  # no lock held: someone may be using it
        owner = EmbeddedRedis(tmp_path)
        owner.start(replace_orphan=True)
        try:
            assert orphan.wait(10) is not None
            assert owner.pid is not None and owner.pid != orphan.pid
            assert redis.Redis.from_url(owner.url).ping()
        finally:
            owner.stop()
    finally:
        orphan.kill()
        orphan.wait()


def test_the_data_dir_owner_replaces_an_orphan_postgres(tmp_path: Path) -> None:
    first = EmbeddedPostgres(tmp_path)
    first.start()
    orphan = first._process  # the test takes the server away from its owner
    first._process = None
    assert orphan is not None
    try:
        reuser = EmbeddedPostgres(tmp_path)
        reuser.start()  # `healthbot check` beside a live daemon: reuse, leave it running
        assert reuser.pid() == orphan.pid
        reuser.stop()
        assert orphan.poll() is None
        owner = EmbeddedPostgres(tmp_path)
        owner.start(replace_orphan=True)
        try:
            assert orphan.wait(30) is not None
            assert owner.pid() not in (None, orphan.pid)
        finally:
            owner.stop()
    finally:
        orphan.kill()
        orphan.wait()


slow = pytest.mark.slow  # daemons as subprocesses


@slow
async def test_a_second_daemon_on_a_data_dir_refuses_and_the_first_keeps_serving(
    tmp_path: Path,
) -> None:
    async with FakeTelegram(TOKEN) as fake:
        first = Daemon(daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE=fake.base_url))
        await first.start(fake)
        try:
            assert first.process is not None
            second = daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE=fake.base_url)
            code, stderr = await finish(await start_daemon(second))
            assert code == 1
            assert "Traceback" not in stderr
            assert stderr.strip().splitlines()[-1] == (
                f"healthbot: another healthbot (pid {first.process.pid}) is running "
                f"with data_dir {tmp_path / 'data'}"
            )
            # The operator's tools still work beside the daemon, on its PostgreSQL.
            tool = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "healthbot", "migrate", "--status", env=second,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            code, _ = await finish(tool)
            assert code == 0
            outcome = await converse(fake, range(100, 103), 2, timeout=120)
            assert len(outcome.latencies) == 6
        finally:
            code, _ = await first.stop()
        assert code == 0


@slow
async def test_a_data_dir_that_cannot_be_made_stops_the_daemon_with_one_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "file").write_text("where the data dir should be")
    data_dir = tmp_path / "file" / "data"
    env = daemon_env(tmp_path, HEALTHBOT_DATA_DIR=str(data_dir))
    env["HEALTHBOT_TELEGRAM__API_BASE"] = "http://127.0.0.1:9"
    code, stderr = await finish(await start_daemon(env))
    assert code in (1, 2)
    assert "Traceback" not in stderr
    assert (
        stderr.strip().splitlines()[-1].startswith(f"healthbot: data_dir {data_dir}: cannot use it")
    )


@slow
async def test_the_servers_get_no_secret_of_the_daemon(tmp_path: Path) -> None:
    async with FakeTelegram(TOKEN) as fake:
        env = daemon_env(tmp_path, HEALTHBOT_TELEGRAM__API_BASE=fake.base_url)
        env["HEALTHBOT_ANTHROPIC__API_KEY"] = "sk-ant-api-secret-key"
        daemon = Daemon(env)
        await daemon.start(fake)
        try:
            assert daemon.process is not None
            for pid in (postmaster_pid(tmp_path / "data"), redis_pid(daemon.process.pid)):
                environ = Path(f"/proc/{pid}/environ").read_bytes()  # noqa: ASYNC240 - tiny
                assert TOKEN.encode() not in environ
                assert b"sk-ant-api-secret-key" not in environ
                assert b"HEALTHBOT_" not in environ
        finally:
            code, _ = await daemon.stop()
        assert code == 0
