"""Webhook mode: the daemon receives updates by POST from the fake Telegram, stores each in
the inbox before answering 200, refuses a POST without the secret, and is retried by Telegram
for what it did not store; every update is handled exactly once and each chat's in order."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import psycopg
import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from pydantic import SecretStr

from healthbot.app import ALLOWED_UPDATES, App
from healthbot.config import Settings
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.errors import StartupError
from healthbot.systemd import Notifier
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.session import JsonSession
from healthbot.telegram.webhook import WebhookReceiver
from loadgen.telegram import FakeTelegram
from tests.support.daemon import bot_settings
from tests.support.processes import free_port
from tests.support.telegram import TOKEN
from tests.support.users import new_user_id
from tests.support.webhooks import PATH, SECRET, balancer, echo, echoed, webhook_settings


@asynccontextmanager
async def receiving(settings: Settings) -> AsyncIterator[App]:
    """The daemon in webhook mode (with only the echo feature, and no pacing: not the
    subject here), serving."""
    telegram = settings.telegram.model_copy(update={"rate_limits": False})
    settings = settings.model_copy(update={"telegram": telegram})
    async with App(settings, TOKEN, features=(echo(),)) as app, app.serving():
        yield app


async def wait_for(fake: FakeTelegram, users: list[int], count: int, timeout: float = 20) -> None:
    """Until each user has `count` echoes."""
    async with asyncio.timeout(timeout):
        while any(len(echoed(fake, user)) < count for user in users):
            await asyncio.sleep(0.05)


async def inbox_ids(url: str, users: list[int]) -> list[tuple[int, int]]:
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute(
            "SELECT chat_id, update_id FROM update_inbox WHERE chat_id = ANY(%s)"
            " ORDER BY update_id",
            (users,),
        )
        return [(row[0], row[1]) for row in await cur.fetchall()]


async def post(port: int, body: bytes, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"http://127.0.0.1:{port}{PATH}", data=body, headers=headers) as answer,
    ):
        return answer.status


async def test_updates_come_by_webhook_once_each_and_in_order_per_chat(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    users = [new_user_id() for _ in range(4)]
    async with FakeTelegram(TOKEN) as fake:
        port = free_port()
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with receiving(webhook_settings(settings, port)) as app:
            async with asyncio.timeout(60):
                while not fake.webhook_active:
                    await asyncio.sleep(0.02)
            assert fake.webhook_secret == SECRET
            info = await app.bot.get_webhook_info()
            assert info.url == f"http://127.0.0.1:{port}{PATH}"
            assert info.max_connections == settings.webhook.max_connections
            assert sorted(info.allowed_updates or []) == sorted(ALLOWED_UPDATES)
            for user in users:
                fake.add_user(user)
            for n in range(8):  # interleaved: the chats' updates alternate
                for user in users:
                    fake.send_text(user, f"#{n}")
            await wait_for(fake, users, 8)
        assert fake.calls["getUpdates"] == 0
        for user in users:
            assert echoed(fake, user) == [str(n) for n in range(8)]
        assert fake.pending_updates == 0


async def test_a_post_without_the_secret_is_refused_and_stores_nothing(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    user = new_user_id()
    update = {
        "update_id": 24_400_001,
        "message": {
            "message_id": 1, "date": 0, "text": "#forged",
            "chat": {"id": user, "type": "private", "first_name": "F"},
            "from": {"id": user, "is_bot": False, "first_name": "F"},
        },
    }  # fmt: skip
    body = json.dumps(update).encode()
    async with FakeTelegram(TOKEN) as fake:
        port = free_port()
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with receiving(webhook_settings(settings, port)):
            async with asyncio.timeout(60):
                while not fake.webhook_active:
                    await asyncio.sleep(0.02)
            assert await post(port, body, None) == 401
            assert await post(port, body, SECRET + "x") == 401
            assert await post(port, body, SECRET[:-1]) == 401
            assert await post(port, body, "") == 401
            assert await inbox_ids(empty_database_url, [user]) == []
            assert await post(port, b"not json", SECRET) == 400
            assert await post(port, body, SECRET) == 200
            assert await post(port, body, SECRET) == 200  # Telegram's retry: stored once
            assert await inbox_ids(empty_database_url, [user]) == [(user, 24_400_001)]


async def test_what_was_not_stored_is_delivered_again_and_handled_once(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    # The database refuses this chat's updates for a while (a trigger): the receiver answers
    # 503 and stores nothing; the fake retries until they are stored.
    users = [new_user_id(), new_user_id()]
    refused = users[0]
    async with FakeTelegram(TOKEN) as fake:
        port = free_port()
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with receiving(webhook_settings(settings, port)):
            async with asyncio.timeout(60):
                while not fake.webhook_active:
                    await asyncio.sleep(0.02)
            async with await psycopg.AsyncConnection.connect(
                empty_database_url, autocommit=True
            ) as conn:
                await conn.execute(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    f" IF NEW.chat_id = {refused} THEN RAISE EXCEPTION 'refused'; END IF;"
                    " RETURN NEW; END $$"
                )
                await conn.execute(
                    "CREATE TRIGGER refuse BEFORE INSERT ON update_inbox"
                    " FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
                for user in users:
                    fake.add_user(user)
                for n in range(3):
                    for user in users:
                        fake.send_text(user, f"#{n}")
                await wait_for(fake, [users[1]], 3)  # the other chat is not held up
                async with asyncio.timeout(60):
                    while fake.webhook_posts[503] < 2:  # tried, and tried again
                        await asyncio.sleep(0.02)
                assert echoed(fake, refused) == []
                await conn.execute("DROP TRIGGER refuse ON update_inbox")
            await wait_for(fake, users, 3)
        for user in users:
            assert echoed(fake, user) == ["0", "1", "2"]


async def test_updates_sent_while_no_receiver_runs_arrive_after_it_starts(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    user = new_user_id()
    async with FakeTelegram(TOKEN) as fake:
        fake.add_user(user)
        port = free_port()
        settings = webhook_settings(
            bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url), port
        )
        async with receiving(settings):
            fake.send_text(user, "#0")
            await wait_for(fake, [user], 1)
        assert fake.webhook_active  # a stopping receiver leaves it set for the others
        fake.send_text(user, "#1")
        fake.send_text(user, "#2")
        async with asyncio.timeout(60):
            while fake.webhook_posts[0] < 2:  # refused: nobody listens
                await asyncio.sleep(0.02)
        async with receiving(settings):
            await wait_for(fake, [user], 3)
        assert echoed(fake, user) == ["0", "1", "2"]


async def test_webhook_mode_needs_a_url_and_a_well_formed_secret(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    settings = webhook_settings(
        bot_settings(tmp_path, empty_database_url, redis_url, "http://127.0.0.1:9"), free_port()
    )
    bad = settings.webhook.model_copy(update={"secret_token": SecretStr("has spaces")})
    with pytest.raises(StartupError, match="webhook.secret_token") as caught:
        async with App(settings.model_copy(update={"webhook": bad}), TOKEN, features=(echo(),)):
            pass
    assert "has spaces" not in str(caught.value)
    no_url = settings.webhook.model_copy(update={"url": None})
    with pytest.raises(StartupError, match="webhook.url"):
        async with App(settings.model_copy(update={"webhook": no_url}), TOKEN, features=(echo(),)):
            pass


@asynccontextmanager
async def store_only_receiver(
    fake: FakeTelegram, database_url: str, settings: Settings
) -> AsyncIterator[WebhookReceiver]:
    """A receiver that only stores (no lanes: the updates are for workers elsewhere)."""
    db = await Database.open(database_url, min_size=1, max_size=2)
    session = JsonSession(api=TelegramAPIServer.from_base(fake.base_url))
    stop = asyncio.Event()
    try:
        async with Bot(TOKEN, session=session) as bot:
            receiver = WebhookReceiver(
                bot, None, Notifier(None), inbox=InboxRepository(db), settings=settings.webhook,
                sender=None, allowed_updates=None,
            )  # fmt: skip
            serving = asyncio.create_task(receiver.poll(stop))
            try:
                yield receiver
            finally:
                stop.set()
                await serving
    finally:
        await db.close()


async def test_two_receivers_fill_one_inbox_once_each_in_order_for_one_worker(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    # Two receivers behind a load balancer that loses every third answer on its way back
    # (so Telegram delivers a stored update again, often to the other receiver); then one
    # worker takes the inbox. Cross-process claims (workers on several machines) are not here.
    users = [new_user_id() for _ in range(5)]
    await apply_migrations(empty_database_url)
    async with FakeTelegram(TOKEN) as fake:
        ports = [free_port() for _ in range(3)]
        front = f"http://127.0.0.1:{ports[0]}{PATH}"
        base = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        one, two = (webhook_settings(base, port, url=front) for port in ports[1:])
        targets = [f"http://127.0.0.1:{port}{PATH}" for port in ports[1:]]
        async with (
            balancer(ports[0], targets, lose_every=3) as seen,
            store_only_receiver(fake, empty_database_url, one),
            store_only_receiver(fake, empty_database_url, two),
        ):
            async with asyncio.timeout(60):
                while not fake.webhook_active:
                    await asyncio.sleep(0.02)
            for user in users:
                fake.add_user(user)
            for n in range(6):
                for user in users:
                    fake.send_text(user, f"#{n}")
            async with asyncio.timeout(60):
                while fake.pending_updates:
                    await asyncio.sleep(0.05)
        assert {target for target, _ in seen} == set(targets)  # both received
        assert len(seen) > 30  # the lost answers were delivered again
        stored = await inbox_ids(empty_database_url, users)
        assert len(stored) == 30 == len(set(stored))
        async with receiving(webhook_settings(base, free_port(), url=front)):
            await wait_for(fake, users, 6)
        for user in users:
            assert echoed(fake, user) == [str(n) for n in range(6)]


async def test_two_daemons_behind_a_balancer_answer_each_update_once_in_order(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    # Two whole daemons (role all: each receives and works, claiming chats from the one
    # inbox) behind a load balancer that loses every third answer on its way back.
    users = [new_user_id() for _ in range(6)]
    async with FakeTelegram(TOKEN) as fake:
        ports = [free_port() for _ in range(3)]
        front = f"http://127.0.0.1:{ports[0]}{PATH}"
        targets = [f"http://127.0.0.1:{port}{PATH}" for port in ports[1:]]
        one, two = (
            webhook_settings(
                bot_settings(tmp_path / name, empty_database_url, redis_url, fake.base_url),
                port,
                url=front,
            )
            for name, port in zip(("one", "two"), ports[1:], strict=True)
        )
        for user in users:
            fake.add_user(user)
        async with (
            balancer(ports[0], targets, lose_every=3) as seen,
            receiving(one),
            receiving(two),
        ):
            async with asyncio.timeout(60):
                while not fake.webhook_active:
                    await asyncio.sleep(0.02)
            for n in range(6):
                for user in users:
                    fake.send_text(user, f"#{n}")
            await wait_for(fake, users, 6, timeout=90)
            async with asyncio.timeout(60):
                while fake.pending_updates:
                    await asyncio.sleep(0.05)
        assert {target for target, _ in seen} == set(targets)  # both received
        assert len(seen) > 36  # the lost answers were delivered again
        for user in users:
            assert echoed(fake, user) == [str(n) for n in range(6)]
        assert len(await inbox_ids(empty_database_url, users)) == 36
