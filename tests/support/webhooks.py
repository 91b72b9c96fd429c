"""Webhook mode in tests: the settings of a receiving daemon, a feature that echoes numbered
messages (to check order and exactly-once), and a load balancer before several receivers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from itertools import cycle

import aiohttp
from aiogram import F, Router
from aiogram.types import Message
from aiohttp import web
from pydantic import SecretStr

from healthbot.config import Settings
from healthbot.feature import Feature
from loadgen.telegram import FakeTelegram
from tests.support.daemon import feature

SECRET = "webhook-secret_0123456789"
PATH = "/telegram"
FORWARDED = frozenset({"content-type", "x-telegram-bot-api-secret-token"})


def webhook_settings(settings: Settings, port: int, *, url: str | None = None) -> Settings:
    """`settings` in webhook mode, listening on `port`; Telegram calls `url` (that port by
    default, or a load balancer before it)."""
    webhook = settings.webhook.model_copy(
        update={
            "enabled": True,
            "url": url or f"http://127.0.0.1:{port}{PATH}",
            "secret_token": SecretStr(SECRET),
            "port": port,
            "path": PATH,
        }
    )
    return settings.model_copy(update={"webhook": webhook})


def echo(copies: int = 1) -> Feature:
    """Answers "#<text>" with "echo <text>" (`copies` times), once per message handled."""

    def router() -> Router:
        echoing = Router(name="echo")

        @echoing.message(F.text.startswith("#"))
        async def answer(message: Message) -> None:
            assert message.text is not None
            for _ in range(copies):
                await message.answer(f"echo {message.text[1:]}")

        return echoing

    return feature("echo", router)


def echoed(fake: FakeTelegram, user: int) -> list[str]:
    """What the bot echoed to `user`, in order."""
    return [m.text.removeprefix("echo ") for m in fake.sent(user, "sendMessage") if m.text]


@asynccontextmanager
async def balancer(
    port: int, targets: Sequence[str], *, lose_every: int = 0
) -> AsyncIterator[list[tuple[str, int]]]:
    """A round-robin proxy on `port` before `targets` (URLs): each POST goes to the next
    one, its answer comes back as is (502 when the target does not answer). With
    `lose_every` = N, every Nth answer is lost on the way back (502 after the target
    answered): Telegram then delivers again an update that was stored. Yields each POST's
    target and status, in order."""
    seen: list[tuple[str, int]] = []
    turn = cycle(targets)

    async def forward(request: web.Request) -> web.Response:
        target = next(turn)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() in FORWARDED}
        try:
            async with http.post(target, data=body, headers=headers) as answer:
                await answer.read()
                status = answer.status
        except aiohttp.ClientError:
            status = 0
        seen.append((target, status))
        lost = lose_every and len(seen) % lose_every == 0
        return web.Response(status=502 if lost or status == 0 else status)

    async with aiohttp.ClientSession() as http:
        app = web.Application()
        app.router.add_post(PATH, forward)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, "127.0.0.1", port).start()
            yield seen
        finally:
            await runner.cleanup()
