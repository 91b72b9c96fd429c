"""Builds and wires the daemon: the one place that opens and closes every resource."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from types import TracebackType

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import BotCommand

from healthbot.cache import Cache, connect_redis
from healthbot.config import Settings, redact_url
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from healthbot.errors import StartupError
from healthbot.metrics import MetricsServer, watch_event_loop_lag
from healthbot.profile import router as profile
from healthbot.profile.repository import UserRepository
from healthbot.telegram import fallback
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.intake import Intake
from healthbot.telegram.middlewares import HandlerNameMiddleware, TimingMiddleware
from healthbot.telegram.outbox import OutboxRepository
from healthbot.telegram.sender import PacedSender, SendLimits
from healthbot.telegram.session import ApiMetricsMiddleware, PinnedResponseTypes
from healthbot.texts.en import EN

log = logging.getLogger(__name__)

# Update types the bot handles; Telegram sends nothing else.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")


def build_dispatcher(settings: Settings, **dependencies: object) -> Dispatcher:
    """The dispatcher with every feature router, the middlewares and the dependencies."""
    dp = Dispatcher()
    dp.workflow_data.update(dependencies)
    dp.update.outer_middleware(TimingMiddleware(settings.telegram.slow_update_seconds))
    for observer in (dp.message, dp.edited_message, dp.callback_query, dp.my_chat_member):
        observer.middleware(HandlerNameMiddleware())
    # Feature routers first; the fallback router answers whatever they leave.
    dp.include_routers(profile.build_router(), fallback.build_router())
    return dp


def build_bot(settings: Settings, token: str, sender: PacedSender) -> Bot:
    """A Bot talking to the configured Bot API server through the paced sender."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram.api_base))
    session.middleware(sender)  # outermost: pacing and retries around each call
    session.middleware(ApiMetricsMiddleware())  # every HTTP attempt is counted
    session.middleware(PinnedResponseTypes())
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
        global_burst=max(1, int(t.global_messages_per_second)),
    )


class App:
    """The running daemon's resources; `async with App(...)` opens them, exit closes them."""

    def __init__(self, settings: Settings, token: str) -> None:
        self.settings = settings
        self.token = token
        self._stack = AsyncExitStack()
        self.db: Database
        self.cache: Cache
        self.bot: Bot
        self.dispatcher: Dispatcher
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
        settings.data_dir.mkdir(parents=True, exist_ok=True)

        database_url = settings.database.url
        if database_url is None:
            database_url = await self._embedded(EmbeddedPostgres(settings.data_dir))
        password = settings.database.password
        self.db = await Database.open(
            database_url,
            password=password.get_secret_value() if password else None,
            min_size=settings.database.pool_min,
            max_size=settings.database.pool_max,
            connect_timeout=settings.database.connect_timeout,
            slow_query_ms=settings.database.slow_query_ms,
        )
        stack.push_async_callback(self.db.close)
        if settings.database.auto_migrate:
            applied = await apply_migrations(self.db.conninfo)
            if applied:
                log.info("applied migrations: %s", ", ".join(m.filename for m in applied))

        redis_url = settings.redis.url
        if redis_url is None:
            redis_url = await self._embedded(EmbeddedRedis(settings.data_dir))
        redis = connect_redis(redis_url, settings.redis.timeout_seconds)
        stack.push_async_callback(redis.aclose)
        try:
            await redis.ping()
        except Exception as exc:  # redis-py raises several unrelated classes here
            raise StartupError(f"redis: cannot connect to {redact_url(redis_url)}: {exc}") from None
        self.cache = Cache.from_settings(
            settings.cache, redis, timeout=settings.redis.timeout_seconds
        )

        if settings.metrics.enabled:
            self.metrics = MetricsServer(settings.metrics.host, settings.metrics.port)
            self.metrics.start()
            stack.callback(self.metrics.stop)

        lag = asyncio.create_task(watch_event_loop_lag(), name="event-loop-lag")
        stack.push_async_callback(_cancel, lag)

        users = UserRepository(self.db, self.cache)
        outbox = OutboxRepository(self.db)
        sender = PacedSender(send_limits(settings), on_blocked=users.mark_blocked)
        self.bot = build_bot(settings, self.token, sender)
        stack.push_async_callback(self.bot.session.close)
        self.dispatcher = build_dispatcher(settings, users=users, cache=self.cache)
        t = settings.telegram
        if t.durable_intake:
            self.intake = Intake(
                self.bot,
                self.dispatcher,
                InboxRepository(self.db),
                outbox,
                poll_timeout=t.poll_timeout,
                max_active_chats=t.max_concurrent_updates,
                max_queued=t.max_queued_updates,
                max_attempts=t.max_attempts,
                drain_seconds=t.drain_seconds,
                retention_hours=t.inbox_retention_hours,
                allowed_updates=ALLOWED_UPDATES,
            )

    async def _embedded(self, server: EmbeddedPostgres | EmbeddedRedis) -> str:
        """Start an embedded server for as long as the app is open; return its URL."""
        await asyncio.to_thread(server.start)
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

    async def serve(self, stop: asyncio.Event) -> None:
        """Announce the commands, then poll until `stop` is set and the handlers drained."""
        try:
            await self.bot.set_my_commands(
                [BotCommand(command=name, description=about) for name, about in EN.commands]
            )
        except Exception as exc:  # cosmetic: the bot works without its command menu
            log.warning("could not set the command menu: %s", exc)
        if self.intake is not None:
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
        await stop.wait()
        await self.dispatcher.stop_polling()
        await polling


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
