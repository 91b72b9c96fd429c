"""`healthbot servers`: the embedded PostgreSQL and Redis on their own, for several daemons."""

from __future__ import annotations

import asyncio
import signal
import stat
import sys
from pathlib import Path

import psycopg
import pytest
import redis.asyncio as aioredis

from healthbot.servers import DATABASE_VARIABLE, REDIS_VARIABLE
from tests.support.fleet import servers
from tests.support.fleet import stderr_of as _stderr
from tests.support.processes import daemon_env

pytestmark = pytest.mark.slow


async def test_servers_print_urls_that_daemons_can_use_and_stop_on_sigterm(tmp_path: Path) -> None:
    async with servers(tmp_path / "data") as (process, urls):
        assert set(urls) == {DATABASE_VARIABLE, REDIS_VARIABLE}
        async with await psycopg.AsyncConnection.connect(urls[DATABASE_VARIABLE]) as conn:
            cur = await conn.execute("SELECT count(*) FROM schema_migrations")
            row = await cur.fetchone()
            assert row is not None and row[0] > 0  # migrated once, for every daemon
        client = aioredis.Redis.from_url(urls[REDIS_VARIABLE])
        try:
            assert await client.ping()
        finally:
            await client.aclose()
        redis_socket = Path(urls[REDIS_VARIABLE].removeprefix("unix://"))
        pg_folder = Path(urls[DATABASE_VARIABLE].split("host=", 1)[1])
        for folder in (redis_socket.parent, pg_folder):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder

        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 60)
        assert code == 0, await _stderr(process)
        assert not redis_socket.exists()  # noqa: ASYNC240 - the process has exited
        with pytest.raises(psycopg.OperationalError):
            await psycopg.AsyncConnection.connect(urls[DATABASE_VARIABLE], connect_timeout=3)


async def test_a_second_servers_on_the_same_data_dir_is_refused(tmp_path: Path) -> None:
    async with servers(tmp_path / "data") as (first, _):
        env = daemon_env(tmp_path, HEALTHBOT_DATA_DIR=str(tmp_path / "data"))
        second = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "healthbot", "servers", env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(second.communicate(), 60)
        assert second.returncode == 1
        assert not out and f"pid {first.pid}" in err.decode()
