"""The fake Telegram server: the areas of the Bot API, on one HTTP app."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import Any, Final

from aiohttp import web

from healthbot.offline.telegram.bot import BotInfoApi
from healthbot.offline.telegram.files import FilesApi
from healthbot.offline.telegram.params import ApiError, Params, RawJson, error_response, read_params
from healthbot.offline.telegram.users import Users
from healthbot.offline.telegram.webhook import WebhookApi

log = logging.getLogger(__name__)

_SERVER_ERRORS: Final = {500: "Internal Server Error", 502: "Bad Gateway"}
_Handler = Callable[[Params], Awaitable[Any]]


class FakeTelegram(Users, FilesApi, BotInfoApi, WebhookApi):
    """An in-memory Telegram Bot API server for one bot, with the users it talks to.

    All methods must be called from the event loop that runs the server.
    """

    @cached_property
    def _methods(self) -> dict[str, tuple[str, _Handler]]:
        """Bot API method (lower case, as Telegram matches it) -> its name and handler."""
        return {
            name.lower(): (name, handler)
            for name, handler in {
                "getMe": self._get_me,
                "getUpdates": self._get_updates,
                "setWebhook": self._set_webhook,
                "deleteWebhook": self._delete_webhook,
                "getWebhookInfo": self._get_webhook_info,
                "setMyCommands": self._set_my_commands,
                "getMyCommands": self._get_my_commands,
                "deleteMyCommands": self._return_true,
                "sendChatAction": self._send_chat_action,
                "answerCallbackQuery": self._answer_callback_query,
                "sendMessage": self._send_message,
                "editMessageText": self._edit_message_text,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "deleteMessage": self._delete_message,
                "sendMessageDraft": self._send_message_draft,
                "sendPhoto": self._send_photo,
                "sendDocument": self._send_document,
                "getFile": self._get_file,
                "getChat": self._get_chat,
                "setMyDescription": self._set_my_description,
                "getMyDescription": self._get_my_description,
                "setMyShortDescription": self._set_my_short_description,
                "getMyShortDescription": self._get_my_short_description,
            }.items()
        }

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/_fake/{control}/users/{user_id}/text", self._control_send_text)
        app.router.add_get("/_fake/{control}/chats/{chat_id}/messages", self._control_messages)
        app.router.add_route("*", "/_fake/{tail:.*}", self._control_refused)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        return app

    @property
    def control_url(self) -> str:
        """The base URL of the control API, its token included: ``<base_url>/_fake/<token>``."""
        return f"{self.base_url}/_fake/{self.control_token}"

    async def stop(self) -> None:
        """Stop delivering by webhook, then serving."""
        await self._stop_webhook()
        await super().stop()

    def _before_stop(self) -> None:
        """Answer a pending long poll with no updates."""
        if self._poll_waiter is not None and not self._poll_waiter.done():
            self._poll_waiter.set_result(False)

    async def _handle_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return error_response(ApiError(401, "Unauthorized"))
        entry = self._methods.get(request.match_info["method"].lower())
        if entry is None:
            return error_response(ApiError(404, "Not Found"))
        name, handler = entry
        self.calls[name] += 1
        if (self.delays or self.jitter or self.drops or self.server_errors) and (
            fault := await self._inject_faults(name, request)
        ):
            return fault
        try:
            params = await read_params(request)
            result = await handler(params)
        except ApiError as error:
            return error_response(error)
        except Exception:  # the HTTP boundary: answer like Telegram, keep serving
            log.exception("fake Telegram failed on %s", name)
            return error_response(ApiError(500, "Internal Server Error"))
        if self.holds:
            await self._held(name, params)
        if isinstance(result, RawJson):
            body = f'{{"ok":true,"result":{result}}}'
        else:
            body = json.dumps({"ok": True, "result": result}, ensure_ascii=False)
        return web.Response(text=body, content_type="application/json")

    async def _held(self, name: str, params: Params) -> None:
        """Wait, a call carried out, until its hold (if any) is released."""
        chat_id = params.opt_int("chat_id")
        for hold in self.holds:
            if hold.method == name and hold.chat_id == chat_id:
                hold.taken.set()
                await hold.released.wait()

    async def _inject_faults(self, name: str, request: web.Request) -> web.Response | None:
        """Delay the call; answer it with a fault instead of running it, or return None."""
        delay = self.delays.get(name, 0.0)
        if self.jitter:
            delay += self.random.uniform(0.0, self.jitter)
        if delay > 0:
            await asyncio.sleep(delay)
        if self.drops and self._draw(self.drops, name):
            self.injected["drop"] += 1
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)  # never written: the connection is gone
        if self.server_errors and self._draw(self.server_errors, name):
            status = self.random.choice((500, 502))
            self.injected[str(status)] += 1
            return error_response(ApiError(status, _SERVER_ERRORS[status]))
        return None

    def _draw(self, shares: Mapping[str, float], method: str) -> bool:
        """Draw whether a fault with the method's share (or the ``"*"`` share) happens."""
        share = shares.get(method)
        if share is None:
            share = shares.get("*", 0.0)
        return share > 0 and self.random.random() < share
