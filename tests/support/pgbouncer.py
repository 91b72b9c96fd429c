"""A real PgBouncer (Debian's `pgbouncer` package) in transaction mode before the tests'
PostgreSQL: `PgBouncer.url_for(direct_url)` is the same database through it.

As root, PgBouncer refuses to run; it then runs as the embedded servers' unprivileged user,
the one that may use the embedded PostgreSQL's socket.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from healthbot.config import Settings
from healthbot.embedded.process import server_account
from tests.support.processes import free_port

ENV = "HB_TEST_PGBOUNCER"
"""Set (to 1) to run the suite's daemons through PgBouncer (`through` for those in the test's
process, `env_through` for daemon processes): their pools go through it in transaction mode,
their sessions to PostgreSQL itself."""

BINARY = shutil.which("pgbouncer") or (
    "/usr/sbin/pgbouncer" if Path("/usr/sbin/pgbouncer").exists() else None
)
MISSING = "pgbouncer is not installed (apt-get install pgbouncer; .ci/run installs it)"


class PgBouncer:
    """A running PgBouncer: every database of one PostgreSQL server, in transaction mode."""

    def __init__(self, port: int, user: str, server_url: str) -> None:
        self.port = port
        self.user = user
        self._server = _where(server_url)

    def fronts(self, url: str) -> bool:
        """Whether `url` is a database of the server this PgBouncer stands before."""
        return _where(url) == self._server

    def url_for(self, direct_url: str) -> str:
        """The database of `direct_url`, through PgBouncer."""
        database = conninfo_to_dict(direct_url).get("dbname") or urlsplit(direct_url).path[1:]
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"


ACTIVE: PgBouncer | None = None
"""The session's PgBouncer while HB_TEST_PGBOUNCER is set (tests/conftest.py starts it)."""


def through(settings: Settings, bouncer: PgBouncer | None = None) -> Settings:
    """`settings` with the pool on PgBouncer (`bouncer`, else the session's if any) and
    sessions on PostgreSQL itself; unchanged without a PgBouncer or a database URL."""
    direct = settings.database.url
    if (bouncer := _before(direct, bouncer)) is None or direct is None:
        return settings  # a test's own server, say
    database = settings.database.model_copy(
        update={"url": bouncer.url_for(direct), "session_url": direct, "pgbouncer": True}
    )
    return settings.model_copy(update={"database": database})


def env_through(env: dict[str, str], bouncer: PgBouncer | None = None) -> dict[str, str]:
    """A daemon process's environment as `through` makes its settings: the pool on
    PgBouncer (`bouncer`, else the session's if any), sessions on PostgreSQL itself."""
    direct = env.get("HEALTHBOT_DATABASE__URL")
    if (bouncer := _before(direct, bouncer)) is None or direct is None:
        return env
    return {
        **env,
        "HEALTHBOT_DATABASE__URL": bouncer.url_for(direct),
        "HEALTHBOT_DATABASE__SESSION_URL": direct,
        "HEALTHBOT_DATABASE__PGBOUNCER": "true",
    }


def _before(direct: str | None, bouncer: PgBouncer | None) -> PgBouncer | None:
    """`bouncer` (else the session's) when it stands before the server of `direct`."""
    bouncer = bouncer or ACTIVE
    return bouncer if bouncer is not None and direct and bouncer.fronts(direct) else None


def _where(url: str) -> tuple[str, str]:
    params = conninfo_to_dict(url)
    return str(params.get("host") or ""), str(params.get("port") or "5432")


def _config(folder: Path, server_url: str, port: int) -> Path:
    params = conninfo_to_dict(server_url)
    user = str(params.get("user") or "postgres")
    target = make_conninfo(
        "", host=params.get("host") or "127.0.0.1", port=params.get("port") or 5432, user=user
    )
    (folder / "users.txt").write_text(f'"{user}" ""\n')
    ini = folder / "pgbouncer.ini"
    ini.write_text(
        "[databases]\n"
        f"* = {target}\n"  # any database name: the tests create theirs as they go
        "[pgbouncer]\n"
        "listen_addr = 127.0.0.1\n"
        f"listen_port = {port}\n"
        "unix_socket_dir =\n"
        "auth_type = trust\n"
        f"auth_file = {folder / 'users.txt'}\n"
        "pool_mode = transaction\n"
        "max_client_conn = 400\n"
        "default_pool_size = 10\n"
        "ignore_startup_parameters = extra_float_digits\n"
        f"stats_users = {user}\n"  # SHOW STATS: tests see that their queries went through
    )
    return ini


@contextmanager
def pgbouncer(folder: Path, server_url: str) -> Iterator[PgBouncer]:
    """PgBouncer before the PostgreSQL of `server_url` (a URL with the right to connect to
    every database) until the block ends."""
    assert BINARY is not None, MISSING
    port = free_port()
    ini = _config(folder, server_url, port)
    command = [BINARY, "-q"]
    account = server_account(folder / "nothing")  # None unless root
    if account is not None:
        command += ["-u", account.name]
    log = (folder / "pgbouncer.log").open("wb")
    process = subprocess.Popen([*command, str(ini)], stdout=log, stderr=subprocess.STDOUT)
    try:
        user = str(conninfo_to_dict(server_url).get("user") or "postgres")
        bouncer = PgBouncer(port, user, server_url)
        _wait_ready(bouncer, server_url, process)
        yield bouncer
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_ready(bouncer: PgBouncer, server_url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 15
    while True:
        try:
            with psycopg.connect(bouncer.url_for(server_url), connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)
