"""Files and folders from elsewhere: used only when no other user could have written them.

Trusted owners are root and this user (and, in a user namespace, the overflow uid); a file or
folder that another user owns, or that group or others may write, could have been swapped,
planted or read by that user. The config's secret files, the data dir with its lock and
logs, and an operator's embedding model folder all go through these checks.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from healthbot.errors import StartupError


class Refused(Exception):
    """A file or folder we do not use: of the wrong kind, too large, or open to other users."""


def trusted_owners() -> frozenset[int]:
    """Root and this user; in a user namespace, also the overflow uid ("nobody")."""
    owners = {0, os.geteuid()}
    # Under systemd's PrivateUsers=, files owned by users outside the namespace, root's
    # credential files among them, show up as owned by the overflow uid: there it is root.
    try:
        if Path("/proc/self/uid_map").read_text().split() != ["0", "0", "4294967295"]:
            owners.add(int(Path("/proc/sys/kernel/overflowuid").read_text()))
    except (OSError, ValueError):
        pass
    return frozenset(owners)


def check_owner(link: os.stat_result, st: os.stat_result) -> None:
    """Refuse a file or folder (or the symlink that names it) that someone else could have
    written."""
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise Refused("writable by group or others (chmod go-w it)")
    owners = trusted_owners()
    if st.st_uid not in owners:
        raise Refused(f"owned by uid {st.st_uid}, neither root nor this user (chown it)")
    if stat.S_ISLNK(link.st_mode) and link.st_uid not in owners:
        raise Refused(
            f"a symlink owned by uid {link.st_uid}, neither root nor this user (remove it)"
        )


def check_path(path: Path, *, folder: bool) -> None:
    """Refuse `path` (a folder, or else a regular file) unless it is trusted, through a
    symlink too; OSError if it cannot be looked at."""
    link = path.lstat()
    st = path.stat() if stat.S_ISLNK(link.st_mode) else link
    if folder and not stat.S_ISDIR(st.st_mode):
        raise Refused("not a folder")
    if not folder and not stat.S_ISREG(st.st_mode):
        raise Refused("not a regular file")
    check_owner(link, st)


def own_folder(path: Path, what: str) -> None:
    """Create a folder of ours (0700, its parents as needed) or check the one there (see
    `check_folder`)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StartupError(f"{what} {path}: cannot use it: {exc.strerror or exc}") from None
    check_folder(path, what)


def check_folder(path: Path, what: str) -> None:
    """Refuse a folder that another user owns or could write, with one line that names it
    (after the setting `what`) and the fix; a missing folder is fine."""
    _check(path, what, folder=True)


def check_file(path: Path, what: str) -> None:
    """Refuse a file that another user owns or could write, as `check_folder` does."""
    _check(path, what, folder=False)


def _check(path: Path, what: str, *, folder: bool) -> None:
    try:
        check_path(path, folder=folder)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StartupError(f"{what} {path}: cannot use it: {exc.strerror or exc}") from None
    except Refused as exc:
        raise StartupError(f"{what} {path}: refused, {exc}") from None


def open_own_file(path: Path, flags: int, mode: int = 0o600) -> int:
    """Open a file of ours without following a symlink (a link left in its place is
    refused, not written through); refuse one that another user owns or could write."""
    try:
        # O_NONBLOCK: a FIFO left in its place must not hang the start.
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StartupError(f"{path}: refused, a symlink (remove it)") from None
        raise StartupError(f"{path}: cannot open it: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Refused("not a regular file (remove it)")
        check_owner(st, st)
    except Refused as exc:
        os.close(fd)
        raise StartupError(f"{path}: refused, {exc}") from None
    os.set_blocking(fd, True)
    return fd
