"""`healthbot servers`: the embedded PostgreSQL and Redis on their own, shared by daemons.

Several daemons on one host (a poller and workers, or three `--role all`) need one database
and one Redis between them; without an operator installing anything, this process runs the
same embedded servers a lone daemon would, with the same safety (it owns the data dir by its
lock, sockets in 0700 folders, an unprivileged user when root, a minimal environment), and
prints their URLs for the daemons' `database.url` and `redis.url`. It applies the migrations
once (when `database.auto_migrate`), so that daemons started together find nothing to do,
and keeps the servers up until SIGTERM or SIGINT.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from contextlib import ExitStack

from healthbot.config import Settings
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import DataDirLock, EmbeddedPostgres, EmbeddedRedis
from healthbot.systemd import Notifier

log = logging.getLogger(__name__)

DATABASE_VARIABLE = "HEALTHBOT_DATABASE__URL"
REDIS_VARIABLE = "HEALTHBOT_REDIS__URL"


def url_lines(database_url: str, redis_url: str) -> list[str]:
    """What a daemon's environment needs to use the servers (a shell can `export` them)."""
    return [f"{DATABASE_VARIABLE}={database_url}", f"{REDIS_VARIABLE}={redis_url}"]


async def run_servers(settings: Settings, announce: Callable[[list[str]], None]) -> None:
    """Start both servers under the data dir, `announce` their URLs, and keep them up until
    SIGTERM or SIGINT; then stop them (PostgreSQL with a fast shutdown)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    notifier = Notifier.from_environment()
    with ExitStack() as stack:
        # A daemon on the same data dir would start servers of its own there: one owner.
        lock = DataDirLock(settings.data_dir)
        lock.acquire()
        stack.callback(lock.release)
        postgres = EmbeddedPostgres(settings.data_dir)
        stack.callback(postgres.stop)
        await asyncio.to_thread(postgres.start, replace_orphan=True)
        redis = EmbeddedRedis(settings.data_dir, maxmemory_mb=settings.redis.maxmemory_mb)
        stack.callback(redis.stop)
        await asyncio.to_thread(redis.start, replace_orphan=True)
        if settings.database.auto_migrate:
            applied = await apply_migrations(postgres.url)
            if applied:
                log.info("applied migrations: %s", ", ".join(m.filename for m in applied))
        announce(url_lines(postgres.url, redis.url))
        notifier.ready("serving PostgreSQL and Redis")
        await stop.wait()
        log.info("stopping the servers")
        notifier.stopping("stopping the servers")
    notifier.close()
