"""Builds and wires the daemon: the one place that opens and closes every resource."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from types import TracebackType

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import BotCommand
from redis.asyncio import Redis

from healthbot import users as users_module
from healthbot.backoff import Backoff, sleep_unless, unless_stopped
from healthbot.cache import Cache, connect_redis
from healthbot.config import RetentionSettings, Settings, redact_url
from healthbot.db import Database, migrations
from healthbot.db.migrations import apply_migrations
from healthbot.dialogs import DialogStorage
from healthbot.embedded import DataDirLock, EmbeddedPostgres, EmbeddedRedis
from healthbot.errors import DatabaseUnavailable, StartupError, StopRequested
from healthbot.feature import Core, Dependencies, Feature, JobContext, Menu, check_dependencies
from healthbot.logbook import Logbooks
from healthbot.metrics import SYSTEM, MetricsServer, watch_event_loop_lag
from healthbot.registry import FEATURES
from healthbot.retention import Retention
from healthbot.systemd import Notifier
from healthbot.tables import Table
from healthbot.telegram import fallback, inbox, ledger
from healthbot.telegram.filters import run_filters_inline
from healthbot.telegram.flood import SharedFlood
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.intake import Intake, Role
from healthbot.telegram.ledger import LedgerRepository
from healthbot.telegram.middlewares import PER_UPDATE, HandlerNameMiddleware, TimingMiddleware
from healthbot.telegram.sender import PacedSender, SendLimits
from healthbot.telegram.session import ApiMetricsMiddleware, JsonSession
from healthbot.turns import Turns
from healthbot.users import USER_PROFILE, UserContextMiddleware, UserRepository

log = logging.getLogger(__name__)

CORE_TABLES: tuple[Table, ...] = (
    *users_module.TABLES,
    *inbox.TABLES,
    *ledger.TABLES,
    *migrations.TABLES,
)
"""The core's own tables (the features' follow: `Feature.tables`)."""

# Update types the bot handles; Telegram sends nothing else.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")


def build_dispatcher(
    settings: Settings,
    features: Sequence[Feature],
    dependencies: Dependencies,
    storage: BaseStorage | None = None,
) -> Dispatcher:
    """The dispatcher: middlewares, every feature's router, then the fallback router.

    `dependencies` reach handlers as typed keyword parameters; a handler that needs one
    that is missing (or of another type) fails the start, not each update.
    """
    dp = Dispatcher(storage=storage or MemoryStorage())
    dp.workflow_data.update(dependencies.named)
    dp.update.outer_middleware(TimingMiddleware(settings.telegram.slow_update_seconds))
    users = dependencies.named.get("users")
    if isinstance(users, UserRepository):  # every update's sender, read once for all
        dp.update.outer_middleware(UserContextMiddleware(users))
    for feature in features:
        for middleware in feature.middlewares(dependencies):
            dp.update.outer_middleware(middleware)
    for observer in (dp.message, dp.edited_message, dp.callback_query, dp.my_chat_member):
        observer.middleware(HandlerNameMiddleware())
    # Feature routers first; the fallback router answers whatever they leave.
    dp.include_routers(*(feature.router() for feature in features), fallback.build_router())
    run_filters_inline(dp)
    check_dependencies(dp, dependencies.named, PER_UPDATE)
    return dp


def check_namespaces(features: Sequence[Feature]) -> None:
    """Refuse to start when two cache namespaces (the kernel's and the features') share a
    name: their values would share keys."""
    names = Counter(
        n.name for n in (USER_PROFILE, *(n for f in features for n in f.cache_namespaces))
    )
    if clashes := sorted(name for name, count in names.items() if count > 1):
        raise StartupError(f"cache namespaces declared twice: {', '.join(clashes)}")


def build_retention(
    db: Database, settings: RetentionSettings, features: Sequence[Feature] = FEATURES
) -> Retention:
    """What housekeeping prunes: the core's rules, then each feature's."""
    return Retention(db, settings, [rule for f in features for rule in f.retention(settings)])


def build_bot(settings: Settings, token: str, sender: PacedSender) -> Bot:
    """A Bot talking to the configured Bot API server through the paced sender."""
    session = JsonSession(api=TelegramAPIServer.from_base(settings.telegram.api_base))
    session.middleware(sender)  # outermost: pacing and retries around each call
    session.middleware(ApiMetricsMiddleware())  # every HTTP attempt is counted
    return Bot(token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))


def send_limits(settings: Settings) -> SendLimits | None:
    """The sender's limits from the config (None when switched off)."""
    t = settings.telegram
    if not t.rate_limits:
        return None
    return SendLimits(
        chat_rate=t.chat_messages_per_second,
        chat_burst=t.chat_burst,
        global_rate=t.global_messages_per_second,
    )


def shared_flood(
    settings: Settings, token: str, redis: Redis, role: Role = "all"
) -> SharedFlood | None:
    """The flood limits in Redis, when every daemon of the bot must share them: as set, or
    (unset) whenever the role says the daemon is one of several."""
    limits = send_limits(settings)
    shared = settings.telegram.shared_rate_limits
    if limits is None or not (role != "all" if shared is None else shared):
        return None
    bot_id = token.partition(":")[0]  # the bot's public id: a key in Redis, not a secret
    return SharedFlood(
        redis,
        int(bot_id) if bot_id.isdigit() else 0,
        chat_rate=limits.chat_rate,
        chat_burst=limits.chat_burst,
        global_rate=limits.global_rate,
        global_burst=limits.global_burst,
    )


class App:
    """The running daemon's resources; `async with App(...)` opens them, exit closes them."""

    def __init__(
        self,
        settings: Settings,
        token: str,
        features: Sequence[Feature] = FEATURES,
        *,
        notifier: Notifier | None = None,
        stop: asyncio.Event | None = None,
        role: Role = "all",
    ) -> None:
        self.settings = settings
        self.role = role
        self.token = token
        self.features = tuple(features)
        # systemd hears of each stage; a stop set during the start ends its waits.
        self.notifier = notifier or Notifier(None)
        self._start_stop = stop or asyncio.Event()
        self._stack = AsyncExitStack()
        self.db: Database
        self.cache: Cache
        self.bot: Bot
        self.dispatcher: Dispatcher
        self.core: Core
        self.dependencies = Dependencies({})
        self.intake: Intake | None = None
        self.metrics: MetricsServer | None = None

    async def __aenter__(self) -> App:
        try:
            await self._open()
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._stack.aclose()
        log.info("stopped")

    async def _open(self) -> None:
        settings = self.settings
        stack = self._stack
        # Only a live daemon owns a data dir: a second one stops here, before touching it.
        lock = DataDirLock(settings.data_dir)
        lock.acquire()
        stack.callback(lock.release)
        # From the loop: a blocked loop misses its pings and systemd restarts the daemon.
        watchdog = asyncio.create_task(self.notifier.watchdog(), name="watchdog")
        stack.push_async_callback(_cancel, watchdog)

        database_url = settings.database.url
        if database_url is None:
            self.notifier.status("starting the embedded PostgreSQL")
            database_url = await self._embedded(EmbeddedPostgres(settings.data_dir))
        self.db = await self._open_database(database_url)
        stack.push_async_callback(self.db.close)
        if settings.database.auto_migrate:
            self.notifier.status("applying database migrations")
            applied = await apply_migrations(self.db.session_conninfo)  # a session lock
            if applied:
                log.info("applied migrations: %s", ", ".join(m.filename for m in applied))

        redis = await self._open_cache()

        if settings.metrics.enabled:
            SYSTEM.data_dir = settings.data_dir
            self.metrics = MetricsServer(settings.metrics.host, settings.metrics.port)
            self.metrics.start()
            stack.callback(self.metrics.stop)

        lag = asyncio.create_task(watch_event_loop_lag(), name="event-loop-lag")
        stack.push_async_callback(_cancel, lag)

        self.core = self._core()
        users = self.core.users
        self.dependencies = self._provide()
        ledger = LedgerRepository(self.db)
        sender = PacedSender(
            send_limits(settings),
            on_blocked=users.mark_blocked,
            shared=shared_flood(settings, self.token, redis, self.role),
        )
        self.bot = build_bot(settings, self.token, sender)
        stack.push_async_callback(self.bot.session.close)
        dialogs = DialogStorage(redis, ttl_seconds=int(settings.cache.dialog_ttl_hours * 3600))
        self.dispatcher = build_dispatcher(settings, self.features, self.dependencies, dialogs)
        t = settings.telegram
        if self.role != "all" and not t.durable_intake:
            raise StartupError(f"--role {self.role} needs telegram.durable_intake (the inbox)")
        if t.durable_intake:
            self.intake = Intake(
                self.bot,
                self.dispatcher,
                InboxRepository(self.db),
                ledger,
                sender=sender,
                poll_timeout=t.poll_timeout,
                max_active_chats=t.max_concurrent_updates,
                max_queued=t.max_queued_updates,
                max_queued_per_chat=t.max_queued_per_chat,
                max_attempts=t.max_attempts,
                drain_seconds=t.drain_seconds,
                retention=build_retention(self.db, settings.retention, self.features),
                allowed_updates=ALLOWED_UPDATES,
                notifier=self.notifier,
                webhook=settings.webhook if settings.webhook.enabled else None,
                role=self.role,
                turns=tuple(self.dependencies.all(Turns)),
            )
        for feature in self.features:
            if feature.prepare is not None:
                await feature.prepare(self.dependencies)
        session = self.bot.session
        if isinstance(session, JsonSession):
            session.warm()

    async def _open_cache(self) -> Redis:
        """Redis (embedded unless configured) and the cache in front of it; the client."""
        redis_url = self.settings.redis.url
        self.notifier.status("connecting to Redis")
        if redis_url is None:
            redis_url = await self._embedded(
                EmbeddedRedis(self.settings.data_dir, maxmemory_mb=self.settings.redis.maxmemory_mb)
            )
        redis = connect_redis(redis_url, self.settings.redis.timeout_seconds)
        self._stack.push_async_callback(redis.aclose)
        try:
            await redis.ping()
        except Exception as exc:  # redis-py raises several unrelated classes here
            raise StartupError(f"redis: cannot connect to {redact_url(redis_url)}: {exc}") from None
        self.cache = Cache.from_settings(
            self.settings.cache, redis, timeout=self.settings.redis.timeout_seconds
        )
        # Other daemons may share this Redis: their writes must reach our local tier.
        coherence = self.cache.share(redis_url)
        self._stack.push_async_callback(_cancel, coherence)
        return redis

    def _core(self) -> Core:
        """The shared resources the features build on, with every table claimed (the
        core's, then each feature's) and the cache namespaces checked."""
        check_namespaces(self.features)
        tables = (*CORE_TABLES, *(table for f in self.features for table in f.tables))
        namespaces = tuple(n for f in self.features for n in f.cache_namespaces)
        users = UserRepository(self.db, self.cache, tables, namespaces)
        reports = tuple(report for f in self.features for report in f.reports)
        return Core(self.settings, self.db, self.cache, users, tables, reports)

    def _provide(self) -> Dependencies:
        """What the handlers, jobs and close hooks get: the core's and each feature's (and
        every feature's logbooks, as one `Logbooks`); the features' close hooks run when the
        app closes (after the jobs, before the database and the cache)."""
        dependencies = Dependencies(
            {"cache": self.cache, "menu": Menu(self.features), "users": self.core.users}
        )
        for feature in self.features:
            dependencies.named.update(feature.provide(self.core))
        books = (book for feature in self.features for book in feature.logbooks(dependencies))
        dependencies.named["logbooks"] = Logbooks(tuple(books))
        for feature in self.features:
            if feature.close is not None:
                self._stack.push_async_callback(feature.close, dependencies)
        return dependencies

    async def _open_database(self, url: str) -> Database:
        """Open the pool; a database that does not answer yet is waited for, up to
        `database.start_wait_seconds` (systemd is told, and a stop ends the wait)."""
        s = self.settings.database
        loop = asyncio.get_running_loop()
        deadline = loop.time() + s.start_wait_seconds
        backoff = Backoff(1.0, 10.0)
        while True:
            try:
                return await Database.open(
                    url,
                    password=s.password.get_secret_value() if s.password else None,
                    min_size=s.pool_min,
                    max_size=s.pool_max,
                    connect_timeout=s.connect_timeout,
                    slow_query_ms=s.slow_query_ms,
                    pgbouncer=s.pgbouncer,
                    session_url=s.session_url,
                )
            except DatabaseUnavailable as exc:
                delay = backoff.delay()
                if loop.time() + delay > deadline:
                    raise
                status = f"waiting for PostgreSQL: {exc}"
                log.warning("%s; retrying in %.1f s", status, delay)
                self.notifier.extend_start(delay + s.connect_timeout + 30, status)
                if await sleep_unless(self._start_stop, delay):
                    raise StopRequested("stopped while waiting for PostgreSQL") from None

    async def _embedded(self, server: EmbeddedPostgres | EmbeddedRedis) -> str:
        """Start an embedded server for as long as the app is open; return its URL."""
        # We hold the data dir's lock: a server still running there is an orphan of a daemon
        # that died, and is replaced.
        await asyncio.to_thread(server.start, replace_orphan=True)
        self._stack.callback(server.stop)
        return server.url

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[App]:
        """Serve in the background for the duration of the block, then stop and drain."""
        stop = asyncio.Event()
        task = asyncio.create_task(self.serve(stop), name="serve")
        try:
            yield self
        finally:
            stop.set()
            await task

    def menu(self) -> list[tuple[str, str]]:
        """The command menu in the default language."""
        return self.dependencies.get(Menu).commands()

    @asynccontextmanager
    async def jobs(self) -> AsyncIterator[None]:
        """Run every feature's background jobs for the duration of the block."""
        if self.intake is None:  # aiogram's plain polling has no lanes to send through
            yield
            return
        context = JobContext(
            core=self.core, bot=self.bot, lanes=self.intake, dependencies=self.dependencies
        )
        tasks = [
            asyncio.create_task(job(context), name=f"job:{feature.name}")
            for feature in self.features
            for job in feature.jobs
        ]
        try:
            yield
        finally:
            for task in tasks:
                await _cancel(task)

    async def serve(self, stop: asyncio.Event) -> None:
        """Announce the commands, then poll until `stop` is set and the handlers drained."""
        # In the background: with the Bot API away it is retried, and it must hold up neither
        # the start nor the stop (the reference keeps the task from being collected).
        menu = [BotCommand(command=name, description=about) for name, about in self.menu()]
        self._announcing = asyncio.create_task(_announce(self.bot, menu, stop), name="commands")
        if self.intake is not None:
            async with self.jobs():
                await self.intake.run(stop)
            return
        # aiogram's plain polling: confirms updates before they are handled and does not wait
        # for running handlers at stop. Kept only to measure what the durable intake costs.
        polling = asyncio.create_task(
            self.dispatcher.start_polling(
                self.bot, handle_signals=False, close_bot_session=False,
                polling_timeout=self.settings.telegram.poll_timeout,
                allowed_updates=list(ALLOWED_UPDATES),
            )
        )  # fmt: skip
        self.notifier.ready("polling (plain aiogram polling, durable intake off)")
        await stop.wait()
        await self.dispatcher.stop_polling()
        await polling


async def _announce(bot: Bot, menu: list[BotCommand], stop: asyncio.Event) -> None:
    """Set the command menu, unless `stop` comes first."""
    try:
        done = await unless_stopped(bot.set_my_commands(menu), stop)
    except Exception as exc:  # cosmetic: the bot works without its command menu
        log.warning("could not set the command menu: %s", exc)
        return
    if done is None:
        log.info("stopped before the command menu was set")


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
