"""Driving the meal feature's chats: send, press, wait for edits, read the entries."""

from __future__ import annotations

import json
from typing import Any

import psycopg

from loadgen.anthropic import FakeAnthropic
from loadgen.telegram import SentMessage
from tests.support.daemon import RunningBot
from tests.support.harness import Harness
from tests.support.telegram import ForgingTelegram, shown
from tests.support.waiting import until


class Logged:
    """The handlers (tests/support/harness.py) or a running daemon, its fake Telegram, and
    its database."""

    def __init__(self, bot: Harness | RunningBot, fake: ForgingTelegram, url: str) -> None:
        self.bot = bot
        self.fake = fake
        self.url = url

    def user(self, user_id: int) -> int:
        if user_id not in self.fake._chats:
            self.fake.add_user(user_id, first_name=f"U{user_id}")
        return user_id

    async def say(self, user_id: int, text: str, replies: int = 1) -> list[SentMessage]:
        """Send text as the user; return the bot's `replies` new messages."""
        self.fake.send_text(self.user(user_id), text)
        got = await self.fake.wait_for_messages(user_id, replies, timeout=90)
        assert len(got) == replies, [shown(m) for m in got]
        return got

    async def reply_with(self, user_id: int, words: str) -> SentMessage:
        """The bot's next message with these words (the XP lines a log earns come on their
        own, before or after it: they are passed over)."""
        for _ in range(6):
            for reply in await self.fake.wait_for_messages(user_id, 1, timeout=60):
                if words in shown(reply):
                    return reply
        raise AssertionError(f"no message with {words!r} came")

    async def ask(self, user_id: int, text: str) -> str:
        return shown((await self.say(user_id, text))[0])

    def press(self, user_id: int, message: SentMessage, data: str) -> None:
        assert message.message_id is not None
        self.fake.press_button(user_id, message.message_id, data)

    def forge(self, user_id: int, message: SentMessage, data: str) -> None:
        assert message.message_id is not None
        self.fake.forge_press(user_id, message.message_id, data)

    async def edited(self, user_id: int, count: int) -> SentMessage:
        """Wait for the chat's `count`-th edit of a message text; return it."""
        await self.settled()
        await until(
            lambda: len(self.fake.sent(user_id, "editMessageText")) >= count,
            what=f"edit #{count}",
            timeout=60,
        )
        return self.fake.sent(user_id, "editMessageText")[count - 1]

    async def settled(self) -> None:
        """With the harness, every update sent so far handled (a handler's error raised)."""
        if isinstance(self.bot, Harness):
            await self.bot.settled()

    async def answers(self, user_id: int, count: int) -> list[SentMessage]:
        await self.settled()
        await until(
            lambda: len(self.fake.sent(user_id, "answerCallbackQuery")) >= count,
            what=f"{count} button answers",
            timeout=60,
        )
        return self.fake.sent(user_id, "answerCallbackQuery")

    async def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        async with await psycopg.AsyncConnection.connect(self.url) as conn:
            cur = await conn.execute(sql, params)
            return await cur.fetchall()

    async def entries(self, user_id: int) -> list[tuple[Any, ...]]:
        """(meal, kcal, deleted, item count) of the user's entries, oldest first."""
        return await self.rows(
            "SELECT meal, kcal, deleted_at IS NOT NULL,"
            " (SELECT count(*) FROM food_entry_items i WHERE i.entry_id = e.id)"
            " FROM food_entries e WHERE user_id = %s ORDER BY id",
            user_id,
        )

    async def entry_id(self, user_id: int) -> int:
        rows = await self.rows(
            "SELECT id FROM food_entries WHERE user_id = %s ORDER BY id DESC LIMIT 1", user_id
        )
        return int(rows[0][0])


class Coached(Logged):
    """The meal tests' chats, with the fake model the coach asks."""

    model: FakeAnthropic

    def asked(self, text: str) -> bool:
        """Whether the coach asked the model about the user's `text`."""
        for request in list(self.model.requests):
            said = request.body.get("messages", []) if isinstance(request.body, dict) else []
            if any(m["role"] == "user" and text in json.dumps(m["content"]) for m in said):
                return True
        return False

    async def items(self, user_id: int) -> list[tuple[Any, ...]]:
        """(typed words, grams) of the user's items, in order."""
        return await self.rows(
            "SELECT i.typed, i.grams FROM food_entry_items i JOIN food_entries e"
            " ON e.id = i.entry_id WHERE e.user_id = %s ORDER BY e.id, i.position",
            user_id,
        )

    async def logged(self, user_id: int, text: str) -> list[tuple[Any, ...]]:
        """/log `text`: its card, and the XP lines it earned, read; the items it logged."""
        await self.say(user_id, f"/log {text}")
        await self.settled()
        chat = self.fake._chat(user_id)
        chat.read = len(chat.replies)  # the XP lines, sent after the card
        return await self.items(user_id)


async def edit(logged: Logged, uid: int, logged_text: str, correction: str) -> str:
    """Log `logged_text`, press Edit on its card, send `correction`: the new card as shown."""
    [card] = await logged.say(uid, f"/log {logged_text}")
    entry_id = await logged.entry_id(uid)
    logged.press(uid, card, f"meal:edit:{entry_id}")
    [prompt] = await logged.fake.wait_for_messages(uid, 1, timeout=60)
    assert shown(prompt).startswith("✏️ Send the corrected list")
    assert "or just the item that changed" in shown(prompt)
    return await logged.ask(uid, correction)
