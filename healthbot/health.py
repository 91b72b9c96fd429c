"""`healthbot check`: reach each dependency by name and say ok or why not."""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from healthbot.config import Settings, redact_url
from healthbot.embedded import DataDirLock, EmbeddedPostgres, EmbeddedRedis
from healthbot.errors import StartupError
from healthbot.logs import redact
from healthbot.trust import check_folder

CHECK_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One dependency's state."""

    name: str
    ok: bool
    detail: str


@contextmanager
def database_url(settings: Settings, *, exclusive: bool = False) -> Iterator[str]:
    """The configured database URL, or the embedded server's.

    While a daemon owns the data dir, its server is used and left running (`exclusive`:
    refused instead, for commands that must not run beside the daemon). Otherwise this
    process owns the data dir for the block (a daemon started meanwhile refuses) and runs
    the server, replacing one that a daemon which died left behind, until the block ends.
    """
    if settings.database.url is not None:  # PostgreSQL itself (pg_dump, session locks)
        yield settings.database.session_url or settings.database.url
        return
    server = EmbeddedPostgres(settings.data_dir)
    lock = DataDirLock(settings.data_dir)
    if not lock.try_acquire():
        if exclusive:
            raise StartupError(
                f"a running healthbot (pid {lock.holder()}) owns data_dir {settings.data_dir}; "
                "stop it first (systemctl stop healthbot)"
            )
        if not server.is_running():
            raise StartupError(
                f"another healthbot (pid {lock.holder()}) owns data_dir {settings.data_dir} "
                "and its PostgreSQL is not up yet; try again in a moment"
            )
        yield server.url
        return
    try:
        server.start(replace_orphan=True)
        try:
            yield server.url
        finally:
            server.stop()
    finally:
        lock.release()


async def check_all(settings: Settings) -> list[CheckResult]:
    """Check PostgreSQL, Redis, Telegram and Anthropic concurrently."""
    checks: list[tuple[str, Callable[[Settings], Awaitable[str]]]] = [
        ("postgresql", _check_postgres),
        ("redis", _check_redis),
        ("telegram", _check_telegram),
        ("anthropic", _check_anthropic),
    ]
    _import_clients(settings)
    details = await asyncio.gather(
        *(asyncio.wait_for(check(settings), CHECK_TIMEOUT) for _, check in checks),
        return_exceptions=True,
    )
    results = []
    for (name, _), detail in zip(checks, details, strict=True):
        # Exception texts may quote a URL with the token in its path or a connection string:
        # every detail goes through the redactor that knows the configured secrets.
        if isinstance(detail, BaseException):
            reason = str(detail).strip().splitlines()[-1] if str(detail).strip() else ""
            results.append(CheckResult(name, False, redact(reason) or type(detail).__name__))
        else:
            results.append(CheckResult(name, True, redact(detail)))
    return results


def _import_clients(settings: Settings) -> None:
    """Import the client libraries before any check's timer starts.

    An import blocks the event loop (aiogram and anthropic take seconds on a busy machine),
    and the checks run concurrently: imported inside them, it would eat into every timeout.
    """
    modules = ["psycopg", "healthbot.cache", "aiogram.client.session.aiohttp"]
    if settings.anthropic.api_key is not None:
        modules.append("anthropic")
    for module in modules:
        importlib.import_module(module)


async def _check_postgres(settings: Settings) -> str:
    if settings.database.url is None:
        check_folder(settings.data_dir, "data_dir")  # `run` would refuse it
        server = EmbeddedPostgres(settings.data_dir)
        if not server.is_running():
            return f"embedded, not running (starts with `run`; data in {server.pgdata})"
        url = server.url
    else:
        url = settings.database.url
    password = settings.database.password
    secret = password.get_secret_value() if password else None
    detail = await _postgres_version(url, secret)
    if settings.database.session_url is not None:  # PostgreSQL itself, behind PgBouncer
        detail += f"; sessions: {await _postgres_version(settings.database.session_url, secret)}"
    return detail


async def _postgres_version(url: str, password: str | None) -> str:
    import psycopg

    start = time.perf_counter()
    async with await psycopg.AsyncConnection.connect(
        url, password=password, connect_timeout=5, prepare_threshold=None
    ) as conn:
        cur = await conn.execute("SHOW server_version")
        row = await cur.fetchone()
    elapsed = (time.perf_counter() - start) * 1000
    version = row[0] if row else "?"
    return f"PostgreSQL {version} at {redact_url(url)} ({elapsed:.0f} ms)"


async def _check_redis(settings: Settings) -> str:
    from healthbot.cache import connect_redis

    if settings.redis.url is None:
        check_folder(settings.data_dir, "data_dir")
        server = EmbeddedRedis(settings.data_dir)
        url = server.url
        if not server.socket_answers():
            return "embedded, not running (starts with `run`)"
    else:
        url = settings.redis.url
    client = connect_redis(url, timeout=2.0)
    try:
        start = time.perf_counter()
        await client.ping()
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        await client.aclose()
    return f"Redis at {redact_url(url)} ({elapsed:.0f} ms)"


async def _check_telegram(settings: Settings) -> str:
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    if settings.telegram.token is None:
        raise RuntimeError("telegram.token is not set (`healthbot demo` needs none)")
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram.api_base))
    bot = Bot(settings.telegram.token.get_secret_value(), session=session)
    try:
        me = await bot.get_me(request_timeout=5)
    finally:
        await session.close()
    return f"@{me.username} via {settings.telegram.api_base}"


async def _check_anthropic(settings: Settings) -> str:
    if settings.anthropic.api_key is None:
        return "no api_key: the coach runs offline; every command still works"
    from anthropic import AsyncAnthropic

    async with AsyncAnthropic(
        api_key=settings.anthropic.api_key.get_secret_value(),
        base_url=settings.anthropic.base_url,
        timeout=5.0,
        max_retries=0,
    ) as client:
        await client.models.retrieve(settings.anthropic.model)
    return f"model {settings.anthropic.model} at {settings.anthropic.base_url}"
