"""A Bot API session without HTTP: each call is recorded and answered in-process by the fake
Telegram's own method handlers.

The answers are the fake's (a sent message with its id, an edit, a refused call with its
error code), so a handler sees what it would see over HTTP, HTML checked as strictly; the
fake's chat logs, `sent()` and `wait_for_messages()` work as for a daemon. Only the transport
is gone: no server, no sockets, no JSON over the wire.
"""

from __future__ import annotations

import io
import json
from collections.abc import AsyncGenerator
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InputFile
from aiohttp.web_request import FileField
from multidict import CIMultiDict, CIMultiDictProxy

from healthbot.offline.telegram import FakeTelegram
from healthbot.offline.telegram.params import ApiError, Params, RawJson


class RecordingSession(BaseSession):
    """Answers the bot's calls from `fake` (which need not be serving) and keeps each one in
    `calls`, in order."""

    def __init__(self, fake: FakeTelegram) -> None:
        super().__init__()
        self.fake = fake
        self.calls: list[TelegramMethod[Any]] = []

    def methods(self, name: str) -> list[TelegramMethod[Any]]:
        """The recorded calls of one Bot API method ("sendMessage")."""
        return [call for call in self.calls if call.__api_method__ == name]

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,
    ) -> TelegramType:
        """Record the call, run the fake's handler for it, and answer as the Bot API would."""
        self.calls.append(method)
        name = method.__api_method__
        entry = self.fake._methods.get(name.lower())
        if entry is None:
            raise AssertionError(f"the fake Telegram has no method {name}")
        canonical, handler = entry
        self.fake.calls[canonical] += 1
        try:
            result = await handler(Params(await self._values(bot, method)))
        except ApiError as error:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.parameters:
                body["parameters"] = error.parameters
            self.check_response(bot, method, error.status, json.dumps(body))
            raise AssertionError("check_response returns only for a success") from error
        raw = result if isinstance(result, RawJson) else json.dumps(result, ensure_ascii=False)
        response = self.check_response(bot, method, 200, f'{{"ok":true,"result":{raw}}}')
        return response.result  # type: ignore[return-value]

    async def _values(self, bot: Bot, method: TelegramMethod[Any]) -> dict[str, Any]:
        """The call's parameters as the fake reads them from a request: JSON values, and
        each uploaded file as the form field aiohttp would give it."""
        files: dict[str, InputFile] = {}
        values: dict[str, Any] = {}
        for key, value in method.model_dump(warnings=False).items():
            prepared = self.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            if prepared is not None and prepared != "":
                values[key] = prepared
        # Through JSON as over the wire: enums become their values, and nothing the handler
        # passed is shared with the fake's state.
        values = json.loads(json.dumps(values))
        for key, upload in files.items():
            data = b"".join([chunk async for chunk in upload.read(bot)])
            values[key] = FileField(
                name=key,
                filename=upload.filename or key,
                file=io.BytesIO(data),
                content_type="application/octet-stream",
                headers=CIMultiDictProxy(CIMultiDict()),
            )
        return values

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        """A file the bot downloads (after getFile named its path), from the fake's store."""
        path = url.split(f"/file/bot{self.fake.token}/", 1)[-1]
        stored = self.fake._file_paths.get(path)
        if stored is None or stored.content is None:
            raise AssertionError(f"the fake Telegram has no file at {path}")
        self.fake.calls["file"] += 1
        for start in range(0, len(stored.content), chunk_size):
            yield stored.content[start : start + chunk_size]

    async def close(self) -> None:
        """Nothing to close: there is no connection."""
