"""The fake Telegram's webhook: updates POSTed with the secret, retried until answered 2xx,
one at a time per chat; getUpdates refused while a webhook is set."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramConflictError
from aiohttp import web

from healthbot.telegram.session import JsonSession
from loadgen.telegram import FakeTelegram
from tests.support.processes import free_port
from tests.support.telegram import TOKEN

A, B = 24_410_001, 24_410_002


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as telegram:
        telegram.add_user(A)
        telegram.add_user(B)
        yield telegram


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    session = JsonSession(api=TelegramAPIServer.from_base(fake.base_url))
    async with Bot(TOKEN, session=session) as b:
        yield b


async def test_updates_are_posted_retried_and_kept_in_order_per_chat(
    fake: FakeTelegram, bot: Bot
) -> None:
    posts: list[tuple[int, str, str | None]] = []  # (chat, text, secret) of each POST
    release = asyncio.Event()

    async def receive(request: web.Request) -> web.Response:
        update = json.loads(await request.read())
        message = update["message"]
        posts.append((message["chat"]["id"], message["text"],
                      request.headers.get("X-Telegram-Bot-Api-Secret-Token")))  # fmt: skip
        if message["text"] == "a1":
            await release.wait()  # A's first is slow: A's second must wait, B's need not
        if message["text"] == "b1" and sum(1 for p in posts if p[1] == "b1") == 1:
            return web.Response(status=500)  # refused once: delivered again
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        url = f"http://127.0.0.1:{port}/hook"
        assert await bot.set_webhook(url, secret_token="s3cret", max_connections=5)
        with pytest.raises(TelegramConflictError):
            await bot.get_updates()
        for text in ("a1", "b1", "a2", "b2"):
            fake.send_text(A if text[0] == "a" else B, text)
        async with asyncio.timeout(60):
            while [p[1] for p in posts if p[0] == B] != ["b1", "b1", "b2"]:
                await asyncio.sleep(0.02)
        assert [p[1] for p in posts if p[0] == A] == ["a1"]  # a2 waits for a1's answer
        release.set()
        async with asyncio.timeout(60):
            while fake.pending_updates:
                await asyncio.sleep(0.02)
        assert [p[1] for p in posts if p[0] == A] == ["a1", "a2"]
        assert {p[2] for p in posts} == {"s3cret"}
        assert fake.webhook_posts[500] == 1 and fake.webhook_posts[200] == 4
        info = await bot.get_webhook_info()
        assert info.url == url and info.max_connections == 5
        assert info.last_error_message == "Wrong response from the webhook: 500"
        assert await bot.delete_webhook()
        fake.send_text(A, "a3")
        [update] = await bot.get_updates(timeout=0)  # polling again
        assert update.message is not None and update.message.text == "a3"
    finally:
        await runner.cleanup()
