"""The fake Telegram's users' side: what tests and drivers do as the users, and see."""

from __future__ import annotations

import asyncio
import dataclasses
import secrets
import time

from aiohttp import web

from healthbot.offline.telegram.html import utf16_len
from healthbot.offline.telegram.objects import FakeChat, FakeUser, JsonDict, SentMessage
from healthbot.offline.telegram.state import TelegramState


class Users(TelegramState):
    """Acting as the users (in this process or, by the control API, from another) and
    observing the bot."""

    def add_user(
        self,
        user_id: int,
        first_name: str = "User",
        username: str | None = None,
        language_code: str | None = "en",
    ) -> FakeUser:
        """Register a user (idempotent: an existing user gets the new profile, keeps the chat)."""
        user = FakeUser(user_id, first_name, username, language_code)
        chat = self._chats.get(user_id)
        if chat is None:
            self._chats[user_id] = FakeChat(user)
        else:
            chat.user = user
        return user

    def block(self, user_id: int) -> None:
        """Make the user block the bot: the bot's later sends to the chat fail with 403."""
        self._chat(user_id).blocked = True

    def unblock(self, user_id: int) -> None:
        """Make the user unblock the bot."""
        self._chat(user_id).blocked = False

    def send_text(self, user_id: int, text: str) -> int:
        """Send a text message from the user to the bot; return the update id.

        A text starting with ``/`` carries a ``bot_command`` entity, as Telegram adds one.
        """
        extra: JsonDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            extra["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        return self.send_message_update(user_id, extra)

    def send_edited_text(self, user_id: int, message_id: int, text: str) -> int:
        """Make the user edit one of their text messages; return the update id."""
        chat = self._chat(user_id)
        message = chat.messages.get(message_id)
        if message is None or message["from"]["id"] != user_id:
            raise ValueError(f"user {user_id} has no message {message_id} to edit")
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        chat.messages[message_id] = edited
        return self._enqueue("edited_message", {"edited_message": edited})

    def press_button(
        self, user_id: int, message_id: int, callback_data: str, *, forged: bool = False
    ) -> int:
        """Make the user press an inline button of a bot message; return the update id.

        `forged=True` sends `callback_data` even if no button carries it: what a modified
        client can do (Telegram relays any data up to 64 bytes), for tests of bad input.
        """
        chat = self._chat(user_id)
        message = chat.messages.get(message_id)
        if message is None or message["from"]["id"] != self.bot_id:
            raise ValueError(f"chat {user_id} has no bot message {message_id}")
        keyboard = message.get("reply_markup", {}).get("inline_keyboard", [])
        if not forged and not any(
            button.get("callback_data") == callback_data for row in keyboard for button in row
        ):
            raise ValueError(f"message {message_id} has no button with data {callback_data!r}")
        query_id = str(self._next_callback_id)
        self._next_callback_id += 1
        self._callback_chats[query_id] = user_id
        query = {
            "id": query_id,
            "from": chat.user.to_api(),
            "message": message,
            "chat_instance": str(user_id),
            "data": callback_data,
        }
        return self._enqueue("callback_query", {"callback_query": query})

    def sent(self, chat_id: int, method: str | None = None) -> list[SentMessage]:
        """Return what the bot did in the chat, in order, optionally only one method's calls."""
        entries = self._chat(chat_id).log
        return [entry for entry in entries if method is None or entry.method == method]

    async def wait_for_messages(
        self,
        chat_id: int,
        count: int = 1,
        *,
        # The deadline belongs to the helper: a test wants a clear failure, not a hang.
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """Wait for at least ``count`` new messages from the bot and return all new ones.

        Messages are sendMessage, sendPhoto and sendDocument calls (not drafts or edits).

        "New" means not returned by an earlier ``wait_for_messages`` for the chat, so a script
        can alternate ``send_text`` and ``wait_for_messages``.
        """
        chat = self._chat(chat_id)
        target = chat.read + count
        if len(chat.replies) < target:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            entry = (target, waiter)
            chat.waiters.append(entry)
            try:
                async with asyncio.timeout(timeout):
                    await waiter
            except TimeoutError:
                got = [reply.text for reply in chat.replies[chat.read :]]
                raise TimeoutError(
                    f"chat {chat_id}: expected {count} new message(s) from the bot "
                    f"within {timeout} s, got {len(got)}: {got!r}"
                ) from None
            finally:
                if entry in chat.waiters:
                    chat.waiters.remove(entry)
        new = chat.replies[chat.read :]
        chat.read = len(chat.replies)
        return new

    def _control_allowed(self, request: web.Request) -> bool:
        return secrets.compare_digest(request.match_info.get("control", ""), self.control_token)

    async def _control_refused(self, _: web.Request) -> web.Response:
        return web.json_response({"error": "forbidden: the control token is missing"}, status=403)

    async def _control_send_text(self, request: web.Request) -> web.Response:
        """POST <control_url>/users/<id>/text {"text": ..., "first_name"?: ...} -> update_id."""
        if not self._control_allowed(request):
            return await self._control_refused(request)
        try:
            user_id = int(request.match_info["user_id"])
            body = await request.json()
            text = body["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as error:
            return web.json_response({"error": f"bad request: {error}"}, status=400)
        if user_id not in self._chats:
            self.add_user(
                user_id,
                first_name=body.get("first_name", f"User {user_id}"),
                username=body.get("username"),
                language_code=body.get("language_code", "en"),
            )
        return web.json_response({"update_id": self.send_text(user_id, text)})

    async def _control_messages(self, request: web.Request) -> web.Response:
        """GET <control_url>/chats/<id>/messages?since=N -> the chat's log from entry N on."""
        if not self._control_allowed(request):
            return await self._control_refused(request)
        try:
            chat_id = int(request.match_info["chat_id"])
            since = int(request.query.get("since", "0"))
        except ValueError as error:
            return web.json_response({"error": f"bad request: {error}"}, status=400)
        chat = self._chats.get(chat_id)
        if chat is None:
            return web.json_response({"error": f"unknown chat {chat_id}"}, status=404)
        return web.json_response([dataclasses.asdict(entry) for entry in chat.log[since:]])
