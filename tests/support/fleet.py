"""Several daemons on one PostgreSQL and Redis: `healthbot servers`, daemons as processes that a
test kills, and who holds the poller's lock."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from asyncio.subprocess import Process
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from healthbot.servers import DATABASE_VARIABLE, REDIS_VARIABLE
from healthbot.telegram.election import POLLER_LOCK_KEY
from tests.support.processes import daemon_env


@asynccontextmanager
async def servers(data_dir: Path) -> AsyncIterator[tuple[Process, dict[str, str]]]:
    """`healthbot servers` on `data_dir`, with the URLs it printed; killed if left running."""
    env = daemon_env(data_dir.parent, HEALTHBOT_DATA_DIR=str(data_dir))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "healthbot", "servers", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        urls: dict[str, str] = {}
        async with asyncio.timeout(90):
            while len(urls) < 2:
                line = (await process.stdout.readline()).decode()
                assert line, f"exited {process.returncode}: {await stderr_of(process)}"
                name, _, value = line.strip().partition("=")
                urls[name] = value
        yield process, urls
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()


async def stderr_of(process: Process) -> str:
    """What a process piped to stderr (once it exited)."""
    assert process.stderr is not None
    return (await process.stderr.read()).decode()


@dataclass
class Member:
    """One daemon of a fleet: `healthbot run --role ROLE`, its log in a file."""

    name: str
    env: dict[str, str]
    role: str = "all"
    log: Path = field(init=False)
    process: Process | None = None

    def __post_init__(self) -> None:
        self.log = Path(self.env["HEALTHBOT_DATA_DIR"]).parent / f"{self.name}.log"

    async def start(self) -> None:
        """Start it (its log goes to a file: a pipe nobody reads would block it)."""
        # `python -m` puts the working directory ahead of PYTHONPATH: a daemon given a
        # checkout's code (a benchmark's) runs in that checkout, or it would import the caller's.
        first = self.env.get("PYTHONPATH", "").split(os.pathsep)[0]
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "healthbot", "run", "--role", self.role, env=self.env,
                stdout=asyncio.subprocess.DEVNULL, stderr=log, cwd=first or None,
            )  # fmt: skip

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def said(self, text: str) -> bool:
        """Whether its log holds `text`."""
        return text in self.log.read_text(errors="replace")

    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        await self.process.wait()

    async def stop(self) -> int:
        """SIGTERM; return the exit code."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 60)


def fleet_env(
    base: Path, name: str, urls: dict[str, str], api_base: str, **extra: str
) -> dict[str, str]:
    """A daemon's environment: a data dir of its own, the shared servers, the fake Telegram."""
    folder = base / name
    folder.mkdir(parents=True, exist_ok=True)
    return daemon_env(
        folder,
        HEALTHBOT_DATABASE__URL=urls[DATABASE_VARIABLE],
        HEALTHBOT_REDIS__URL=urls[REDIS_VARIABLE],
        HEALTHBOT_TELEGRAM__API_BASE=api_base,
        **extra,
    )


async def poller_pid(database_url: str) -> int | None:
    """The pid of the daemon that holds the poller's lock (its session's application name)."""
    async with await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn:
        cur = await conn.execute(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
            " WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted"
            " AND l.classid = %s::bigint::oid AND l.objid = %s::bigint::oid"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            (POLLER_LOCK_KEY >> 32, POLLER_LOCK_KEY & 0xFFFFFFFF),
        )
        row = await cur.fetchone()
    if row is None:
        return None
    return int(str(row[0]).rsplit(":", 1)[1])
