"""PostgreSQL's client programs (pg_dump, pg_restore) and how to call them safely.

pgserver ships version 16 of each, matching the embedded server. A configured server may be
newer, and pg_dump refuses a server newer than itself: the newest of pgserver's program and
the one on PATH is taken, and refused when it is still older than the server.
The password never goes on a command line (other users see those in `ps`): the programs get
a connection string without it, and the password in PGPASSWORD.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from healthbot.errors import StartupError

_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")
APPLICATION_NAME = "healthbot-backup"


@dataclass(frozen=True, slots=True)
class Program:
    """A client program and its major version."""

    path: Path
    major: int


@dataclass(frozen=True, slots=True)
class Target:
    """A database to connect to: a connection string without the password, and the password."""

    conninfo: str
    password: str | None

    @classmethod
    def from_url(cls, url: str, password: str | None = None) -> Target:
        """Split a URL or key=value string; a password in it wins over `password`."""
        params = conninfo_to_dict(url)
        found = params.pop("password", None)
        params.setdefault("application_name", APPLICATION_NAME)
        return cls(make_conninfo("", **params), str(found) if found else password)

    @property
    def dsn(self) -> str:
        """The full connection string, for psycopg in this process (never for a child)."""
        if self.password is None:
            return self.conninfo
        return make_conninfo(self.conninfo, password=self.password)

    def env(self) -> dict[str, str]:
        """A child's environment: ours without healthbot's settings (they may hold secrets),
        plus the password."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHBOT_")}
        if self.password:
            env["PGPASSWORD"] = self.password
        return env


def program(name: str, server_major: int | None = None) -> Program:
    """The newest `name` of pgserver's and PATH's; with `server_major`, one at least as new."""
    found = [p for p in (_bundled(name), _on_path(name)) if p is not None]
    if not found:
        raise StartupError(f"{name}: not found (neither in pgserver nor on PATH)")
    best = max(found, key=lambda p: p.major)
    if server_major is not None and best.major < server_major:
        raise StartupError(
            f"{name} {best.major} cannot work with a PostgreSQL {server_major} server; install "
            f"PostgreSQL {server_major}'s client programs (e.g. postgresql-client-{server_major})"
        )
    return best


def _bundled(name: str) -> Program | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pgserver warns at import when XDG_RUNTIME_DIR is unset
        from pgserver._commands import POSTGRES_BIN_PATH
    return _version_of(Path(POSTGRES_BIN_PATH) / name)


def _on_path(name: str) -> Program | None:
    path = shutil.which(name)
    return _version_of(Path(path)) if path else None


@functools.cache
def _version_of(path: Path) -> Program | None:
    if not path.is_file():
        return None
    try:
        # A fixed argument; the program is pgserver's or the one PATH names.
        out = subprocess.run(  # noqa: S603
            [str(path), "--version"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = _VERSION.search(out)
    return Program(path, int(match[1])) if match else None


def stderr_line(errors: IO[bytes]) -> str:
    """The line that says why a program failed: its first ERROR, else its last line."""
    errors.seek(0)
    lines = [ln.strip() for ln in errors.read().decode(errors="replace").splitlines() if ln.strip()]
    for line in lines:
        if "ERROR:" in line:
            return " ".join(line[line.index("ERROR:") :].split())
    return lines[-1] if lines else "no message"


def last_line(text: str) -> str:
    """The last non-empty line of an error's text (psycopg's end with the server's reason)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else "no message"
