"""The data dir's owner: an flock held by the live daemon for its whole life.

The kernel drops the lock when the holder dies, however it dies (kill -9, OOM killer), so
a lock that can be taken means that any server still running on the data dir is an orphan
of a dead daemon, and may be replaced.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from healthbot.embedded.process import read_small
from healthbot.errors import StartupError
from healthbot.trust import open_own_file, own_folder

LOCK_NAME = "healthbot.lock"


class DataDirLock:
    """An exclusive, advisory lock on a data dir; the file records the holder's pid."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        """Own the data dir (creating it), or fail with the one line an operator needs."""
        if not self.try_acquire():
            holder = self.holder()
            who = f"pid {holder}" if holder else "another process"
            raise StartupError(
                f"another healthbot ({who}) is running with data_dir {self.data_dir}"
            )

    def try_acquire(self) -> bool:
        """Own the data dir if nobody does; False when a live process holds it."""
        if self._fd is not None:
            return True
        # A data dir or a lock that another user could swap would let two daemons share it.
        own_folder(self.data_dir, "data_dir")
        # O_CLOEXEC (open_own_file sets it): a server we start must not keep the lock alive.
        fd = open_own_file(self.path, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> int | None:
        """The pid recorded by the current (or last) holder."""
        try:
            return int((read_small(self.path) or "").split()[0])
        except (ValueError, IndexError):
            return None

    def release(self) -> None:
        """Give the data dir up (the file stays: removing it would race with a new holder)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)
