"""The embedded servers against the machine's other users: their sockets, and root's footprint.

The other user is `nobody`, started with setpriv and Debian's own python3 (the default
python3 here lives under /root, which nobody can enter); these tests need root for that.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis, process

SYSTEM_PYTHON = "/usr/bin/python3"
NOBODY = 65534
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None or not Path(SYSTEM_PYTHON).exists(),
    reason="needs root, setpriv and /usr/bin/python3 to act as another user",
)

_CONNECT = """
import socket, sys
for path in sys.argv[1:]:
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.connect(path)
        except OSError as exc:
            print("refused", exc.errno)
        else:
            print("CONNECTED", path)
"""


def connect_as_nobody(*sockets: Path) -> list[str]:
    """What `nobody` gets when it connects to each socket."""
    result = subprocess.run(
        [*AS_NOBODY, SYSTEM_PYTHON, "-c", _CONNECT, *map(str, sockets)],
        capture_output=True, text=True, timeout=30, check=True,
    )  # fmt: skip
    return result.stdout.splitlines()


def status_ids(pid: int) -> dict[str, list[int]]:
    """The Uid, Gid and Groups lines of /proc/<pid>/status."""
    ids = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("Uid", "Gid", "Groups"):
            ids[key] = [int(v) for v in value.split()]
    return ids


def modes_above(*paths: Path) -> dict[Path, tuple[int, int, int]]:
    """Mode and owner of every existing folder above the given paths."""
    return {
        parent: (st.st_mode, st.st_uid, st.st_gid)
        for path in paths
        for parent in path.parents
        if (st := parent.stat())
    }


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[tuple[EmbeddedPostgres, EmbeddedRedis]]:
    """Both servers in a data dir whose path is too long for a socket below it."""
    data_dir = tmp_path / ("long-" * 20)
    assert len(str(data_dir)) > 100
    pg, cache = EmbeddedPostgres(data_dir), EmbeddedRedis(data_dir)
    yield pg, cache
    pg.stop()
    cache.stop()


def socket_dir(server: EmbeddedPostgres | EmbeddedRedis) -> Path:
    """The folder of a server's socket, from its URL."""
    if isinstance(server, EmbeddedPostgres):
        return Path(server.url.split("?host=", 1)[1])
    return Path(server.url.removeprefix("unix://")).parent


def predictable_folders(pg: EmbeddedPostgres, cache: EmbeddedRedis) -> list[Path]:
    """The /tmp folders an older healthbot used for long data dirs (any user can guess them)."""
    return [
        Path("/tmp") / f"healthbot-{hashlib.sha256(str(folder).encode()).hexdigest()[:12]}"
        for folder in (pg.pgdata, cache.dir)
    ]


def test_another_user_cannot_connect_to_either_socket_with_a_long_data_dir(
    servers: tuple[EmbeddedPostgres, EmbeddedRedis],
) -> None:
    pg, cache = servers
    pg.start()
    cache.start()
    sockets = [socket_dir(pg) / ".s.PGSQL.5432", socket_dir(cache) / "redis.sock"]
    server_uid = status_ids(pg.pid() or 0)["Uid"][0]
    for sock in sockets:
        folder = sock.parent.lstat()
        assert stat.S_ISDIR(folder.st_mode) and stat.S_IMODE(folder.st_mode) == 0o700, sock
        assert folder.st_uid == server_uid
        assert sock.parent not in predictable_folders(pg, cache)
    assert connect_as_nobody(*sockets) == ["refused 13", "refused 13"]  # EACCES


def test_a_socket_folder_made_in_advance_by_another_user_is_never_used(
    servers: tuple[EmbeddedPostgres, EmbeddedRedis],
) -> None:
    pg, cache = servers
    traps = predictable_folders(pg, cache)
    try:
        for trap in traps:
            trap.mkdir(exist_ok=True)
            os.chown(trap, NOBODY, NOBODY)
            trap.chmod(0o777)  # nobody could now swap the sockets made in it
        pg.start()
        cache.start()
        assert socket_dir(pg) not in traps and socket_dir(cache) not in traps
        assert all(not any(trap.iterdir()) for trap in traps)
        # After a restart the server gets the same folder back, unless someone took its name.
        taken = socket_dir(pg)
        pg.stop()
        taken.mkdir()
        os.chown(taken, NOBODY, NOBODY)
        traps.append(taken)
        pg.start()
        assert socket_dir(pg) != taken and not any(taken.iterdir())
        assert stat.S_IMODE(socket_dir(pg).lstat().st_mode) == 0o700
    finally:
        for trap in traps:
            shutil.rmtree(trap, ignore_errors=True)


@pytest.fixture
def fresh_server_user(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A server user name that does not exist yet (a fresh CI machine); removed afterwards."""
    name = f"hbtest-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(process, "SERVER_USER", name)
    yield name
    subprocess.run(["userdel", name], capture_output=True, timeout=30, check=False)


def test_as_root_the_servers_run_unprivileged_and_nothing_outside_the_data_dir_changes(
    tmp_path: Path, fresh_server_user: str, caplog: pytest.LogCaptureFixture
) -> None:
    # tmp_path lies under pytest's 0700 root folder: the server user cannot traverse it.
    data_dir = tmp_path / "data"
    pg, cache = EmbeddedPostgres(data_dir), EmbeddedRedis(data_dir)
    binaries = [Path(pg._bin) / "postgres", Path(cache._binary)]
    before = modes_above(data_dir, *binaries)
    try:
        with caplog.at_level(logging.INFO, logger="healthbot.embedded"):
            pg.start()
            cache.start()
        for pid in (pg.pid(), cache.pid):
            assert pid is not None
            ids = status_ids(pid)
            assert 0 not in ids["Uid"] and 0 not in ids["Gid"], ids
            assert ids["Groups"] == []
        assert modes_above(data_dir, *binaries) == before
        created = [r for r in caplog.records if "created system user" in r.getMessage()]
        assert len(created) == 1 and fresh_server_user in created[0].getMessage()
    finally:
        pg.stop()
        cache.stop()


def test_as_root_an_install_the_server_user_cannot_reach_runs_from_a_private_copy(
    tmp_path: Path,
) -> None:
    pg, cache = EmbeddedPostgres(tmp_path / "data"), EmbeddedRedis(tmp_path / "data")
    # A venv under a 0700 folder (as under /root): here, pytest's temp root.
    venv = tmp_path / "venv"
    site, inner = pg._bin.parents[2], pg._bin.parent.relative_to(pg._bin.parents[2])
    members = [f"{inner}/{m}" for m in ("bin/postgres", "bin/initdb", "lib/postgresql")]
    for member in [*members, f"{inner}/share/postgresql", "pgserver.libs"]:
        source, target = site / member, venv / member
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = shutil.copytree if source.is_dir() else shutil.copy2
        copy(source, target)
    shutil.copy2(cache._binary, venv / "redis-server")
    pg._bin, cache._binary = venv / inner / "bin", venv / "redis-server"
    pg._inner = inner
    before = modes_above(venv / "redis-server", pg._bin / "postgres")
    try:
        pg.start()
        cache.start()
        for pid in (pg.pid(), cache.pid):
            exe = Path(f"/proc/{pid}/exe").readlink()
            assert exe.parts[:2] == ("/", "tmp") and exe.parts[2].startswith("healthbot-"), exe
            assert 0 not in status_ids(pid or 0)["Uid"]
    finally:
        pg.stop()
        cache.stop()
    assert modes_above(venv / "redis-server", pg._bin / "postgres") == before
