"""Embedded PostgreSQL 16 (pgserver's binaries, with pgvector) under the data dir."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import tempfile
import time
import warnings
from pathlib import Path

from healthbot.embedded.process import (
    MAX_SOCKET_PATH,
    Account,
    child_env,
    credentials,
    end_server,
    is_server,
    last_line,
    open_log,
    private_dir,
    reachable,
    read_small,
    remember_dir,
    remembered_dir,
    remove_private_dir,
    runnable,
    server_account,
    server_folder,
    spawn,
    wait_for,
)
from healthbot.errors import StartupError
from healthbot.trust import own_folder

log = logging.getLogger("healthbot.embedded")

_SOCKET = ".s.PGSQL.5432"
# What the server needs of pgserver's install; PostgreSQL finds lib/ and share/ from bin/,
# and initdb finds libpq in the wheel's pgserver.libs (RPATH $ORIGIN/../../../pgserver.libs).
_INSTALL = ("bin/postgres", "bin/initdb", "lib/postgresql", "share/postgresql")
_WHEEL_LIBS = "pgserver.libs"
# Fixed settings: fsync stays on (durability); JIT off (it costs more than it saves on
# short OLTP queries); unix socket only, and only for the server's own user.
_SETTINGS = {
    "listen_addresses": "",
    "unix_socket_permissions": "0700",
    "jit": "off",
    "fsync": "on",
    "max_connections": "200",
    "shared_buffers": "128MB",
}


class EmbeddedPostgres:
    """A PostgreSQL 16 server (with pgvector) owned by this process."""

    def __init__(self, data_dir: Path, database: str = "healthbot") -> None:
        with warnings.catch_warnings():
            # pgserver computes a runtime dir at import and warns when XDG_RUNTIME_DIR is unset
            # (systemd services, CI); we do not use that dir.
            warnings.simplefilter("ignore")
            from pgserver._commands import POSTGRES_BIN_PATH

        self.pgdata = (data_dir / "postgres").resolve()
        self.database = database
        self._bin = Path(POSTGRES_BIN_PATH)
        self._inner = self._bin.parent.relative_to(self._bin.parents[2])  # pgserver/pginstall
        self._copy: Path | None = None  # a private copy of the install (see `runnable`)
        self._log = self.pgdata.parent / "postgres.log"
        self._memo = self.pgdata.parent / "postgres.socket-dir"  # a private one, if any
        self._account: Account | None = None
        self._socket_dir: Path | None = None  # chosen at start, kept across restarts
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The libpq URL of the embedded database (unix socket, trust auth)."""
        return f"postgresql://postgres@/{self.database}?host={self.socket_dir}"

    @property
    def socket_dir(self) -> Path:
        """The folder of the server's socket: ours once started, else what the server recorded."""
        if self._socket_dir is not None:
            return self._socket_dir
        lines = (read_small(self.pgdata / "postmaster.pid") or "").splitlines()
        return Path(lines[4]) if len(lines) > 4 and lines[4].startswith("/") else self.pgdata

    def start(self, *, replace_orphan: bool = False) -> None:
        """Create the cluster if needed and start the server, or reuse the one running.

        With `replace_orphan` (the caller holds the data dir's lock), a server still running
        is an orphan of a dead daemon: it is stopped and replaced by a child of ours.
        """
        if self._process is not None and self._process.poll() is None:
            return
        self._account = server_account(self.pgdata)
        if self._copy is None:  # else: the copy made before a kill()
            site = self._bin.parents[2]  # site-packages, holding pgserver/ and pgserver.libs/
            members = [str(self._inner / member) for member in _INSTALL]
            members += [_WHEEL_LIBS] if (site / _WHEEL_LIBS).is_dir() else []
            root = runnable(site, members, self._account)
            self._copy = root if root != site else None
        own_folder(self.pgdata.parent, "data_dir")
        server_folder(self.pgdata, self._account)
        running = self.pid()
        if running is not None and not replace_orphan:
            log.info("embedded PostgreSQL already running in %s; reusing it", self.pgdata)
        else:
            if running is not None:
                self._stop_orphan(running)
            if not (self.pgdata / "PG_VERSION").exists():
                self._initdb()
            self._launch()
        self._ensure_database()

    def stop(self) -> None:
        """Stop the server if this process started it (fast shutdown: clients are cut)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)  # fast shutdown: a clean checkpoint, quickly
            if not wait_for(process, 60):
                process.kill()
                process.wait()
            log.info("embedded PostgreSQL stopped")
        # _socket_dir is set only when we started a server (even one killed since).
        if self._socket_dir is not None and self._socket_dir != self.pgdata:
            remove_private_dir(self._socket_dir)
            remember_dir(self._memo, None)
        if self._copy is not None:
            remove_private_dir(self._copy)
            self._copy = None

    def kill(self) -> None:
        """Kill the postmaster with SIGKILL (for fault tests)."""
        pid = self.pid()
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
        process, self._process = self._process, None
        if process is not None:
            process.wait()

    def pid(self) -> int | None:
        """The postmaster's PID, or None when it is not running."""
        if self._process is not None and self._process.poll() is None:
            return self._process.pid
        try:
            pid = int((read_small(self.pgdata / "postmaster.pid") or "").split("\n", 1)[0])
        except ValueError:
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # running as another user: it exists
        return pid

    def is_running(self) -> bool:
        """Whether a postmaster serves this data directory."""
        return self.pid() is not None

    @property
    def _install(self) -> Path:
        return self._copy / self._inner if self._copy else self._bin.parent

    def _launch(self) -> None:
        self._socket_dir = self._choose_socket_dir()
        settings = {**_SETTINGS, "unix_socket_directories": _quoted(self._socket_dir)}
        args = [str(self._install / "bin" / "postgres"), "-D", self._datadir_arg()]
        for name, value in settings.items():
            args += ["-c", f"{name}={value}"]
        log_fd = open_log(self._log)
        try:
            # SIGINT on the daemon's death: a fast shutdown, so the next start finds a clean
            # cluster (and replaces the server if it is still shutting down).
            self._process = spawn(
                args, cwd=self.pgdata, log_fd=log_fd, account=self._account,
                death_signal=signal.SIGINT,
            )  # fmt: skip
        finally:
            os.close(log_fd)
        self._wait_ready(self._process, timeout=60)
        private = self._socket_dir if self._socket_dir != self.pgdata else None
        remember_dir(self._memo, private)
        log.info("embedded PostgreSQL up (socket dir %s)", self._socket_dir)

    def _wait_ready(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                self._process = None
                raise StartupError(f"embedded PostgreSQL exited at start: {last_line(self._log)}")
            lines = (read_small(self.pgdata / "postmaster.pid") or "").splitlines()
            if len(lines) > 7 and lines[0] == str(process.pid) and lines[7].strip() == "ready":
                return
            time.sleep(0.02)
        self.stop()
        raise StartupError(f"embedded PostgreSQL did not start within {timeout:.0f} s")

    def _choose_socket_dir(self) -> Path:
        """The cluster's own folder (0700) when the path fits, else a private folder of ours."""
        fits = len(str(self.pgdata / _SOCKET)) <= MAX_SOCKET_PATH
        if fits and reachable(self.pgdata, self._account):
            return self.pgdata
        before = self._socket_dir or remembered_dir(self._memo)
        return private_dir(self._account, before if before != self.pgdata else None)

    def _datadir_arg(self) -> str:
        """How the server names its data dir.

        As root, the data dir may sit below folders the server's user cannot traverse (the
        default under /root, pytest's 0700 temp root), and we change no parent folder. The
        server starts in the data dir (entered before the switch of user), and reaches it
        through /proc/self/cwd, a link the kernel follows without checking the folders above.
        """
        if reachable(self.pgdata, self._account):
            return str(self.pgdata)
        return "/proc/self/cwd"

    def _stop_orphan(self, pid: int) -> None:
        uid = self._account.uid if self._account else os.geteuid()
        if is_server(pid, "postgres", uid):
            log.warning(
                "stopping the embedded PostgreSQL (pid %d) that a healthbot which died left "
                "running", pid,
            )  # fmt: skip
            end_server(pid, signal.SIGINT, timeout=30)
        else:  # the pid was recycled by another program: the lock file is stale
            (self.pgdata / "postmaster.pid").unlink(missing_ok=True)

    def _initdb(self) -> None:
        log.info("initialising embedded PostgreSQL in %s", self.pgdata)
        args = [
            str(self._install / "bin" / "initdb"), "-D", self._datadir_arg(), "--auth=trust",
            "-U", "postgres", "--encoding=UTF8", "--locale=C",
        ]  # fmt: skip
        with tempfile.TemporaryFile("w+") as output:
            try:
                # pgserver's own binary; the arguments are ours.
                subprocess.run(  # noqa: S603
                    args, check=True, stdout=output, stderr=subprocess.STDOUT, timeout=120,
                    cwd=self.pgdata, env=child_env(), **credentials(self._account),
                )  # fmt: skip
            except subprocess.CalledProcessError:
                output.seek(0)
                lines = output.read().strip().splitlines()
                raise StartupError(
                    f"embedded PostgreSQL: initdb failed: {lines[-1] if lines else '?'}"
                ) from None
            except subprocess.TimeoutExpired:
                raise StartupError("embedded PostgreSQL: initdb timed out") from None

    def _ensure_database(self) -> None:
        import psycopg

        admin = f"postgresql://postgres@/postgres?host={self.socket_dir}"
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (self.database,)
            ).fetchone()
            if not exists:
                # Identifiers cannot be parameters; the name is ours, not user input.
                conn.execute(f'CREATE DATABASE "{self.database}"')


def _quoted(path: Path) -> str:
    """A folder as one element of PostgreSQL's comma-separated list of socket folders."""
    return '"' + str(path).replace('"', '""') + '"'
