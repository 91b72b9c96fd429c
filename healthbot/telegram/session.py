"""How Bot API calls go over HTTP: a leaner session than aiogram's, and the request
middleware that counts and times every call."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from http import HTTPStatus
from typing import Any, Final, cast

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    GetUpdates,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import Response, TelegramType
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, TelegramObject, Update
from aiohttp import ClientError, ClientTimeout
from pydantic import ValidationError

from healthbot.metrics import LAST_GET_UPDATES, TELEGRAM_CALLS, TELEGRAM_LATENCY, child

_JSON_BODY: Final = {"Content-Type": "application/json"}
WARM_METHODS: Final[tuple[type[TelegramMethod[Any]], ...]] = (
    GetUpdates, SendMessage, AnswerCallbackQuery,
)  # fmt: skip
"""The calls every update makes: their validators and their answers' (`warm`). Not the edits
a button makes (EditMessageText and its answer: 0.7 s of CPU on a loaded machine, for READY
to wait): `WARM_LATER` are built after READY."""
WARM_LATER: Final[tuple[type[TelegramMethod[Any]], ...]] = (
    EditMessageReplyMarkup, EditMessageText,
)  # fmt: skip
"""The edits, built `WARM_LATER_SECONDS` after `warm` (`warm_later`): a /log whose card
takes the buttons off an older one edits it, and its answer's model (Message or True) was
built at the first such /log, 0.1 s of CPU at load 10 (0.5 s of the loop's time in py-spy),
in the middle of a benchmark's measured window."""
WARM_LATER_SECONDS: Final = 1.0
WARM_TYPES: Final[tuple[type[TelegramObject], ...]] = (
    Update, InlineKeyboardMarkup, InlineKeyboardButton,
)  # fmt: skip
"""The types every update is read as, or that replies build (`warm`)."""


class JsonSession(AiohttpSession):
    """aiogram's aiohttp session, sending each call as one JSON body and reading the answer
    with pydantic's JSON parser.

    aiogram sends every call as a form, each nested value a JSON string of its own, and
    parses an answer twice (`json.loads`, then validation of the dict). A sendMessage with a
    keyboard costs 0.78-0.83 of aiogram's CPU this way (`bench/bench_telegram.py`: 1.4 ms
    against 1.7-1.8 ms here). Calls that upload a file still go as aiogram sends them
    (multipart). The Bot API takes both forms; which values are left out follows
    aiogram's own rule (None anywhere, an empty string at the top level).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Also pins each `Response[T]`: pydantic keeps parametrized models only weakly, and
        # one rebuilt after a garbage collection costs milliseconds.
        self._response_types: dict[type[TelegramMethod[Any]], type[Response[Any]]] = {}

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - aiogram's signature
    ) -> TelegramType:
        """Send `method` and return its result, or raise aiogram's error for the answer."""
        response_type = self._response_type(method)
        body = self._json_body(bot, method)
        if body is None:  # a file to upload
            return await super().make_request(bot, method, timeout)
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(
                url, data=body, headers=_JSON_BODY,
                timeout=ClientTimeout(total=self.timeout if timeout is None else timeout),
            ) as resp:  # fmt: skip
                raw = await resp.read()
        except TimeoutError as e:
            raise TelegramNetworkError(method=method, message="Request timeout error") from e
        except ClientError as e:
            raise TelegramNetworkError(method=method, message=f"{type(e).__name__}: {e}") from e
        if HTTPStatus.OK <= resp.status <= HTTPStatus.IM_USED:
            try:
                response = _parsed(raw, response_type, method, bot)
            except ValidationError:
                pass  # aiogram's own check below raises its decode error for it
            else:
                if response.ok:
                    return cast(TelegramType, response.result)
        # Errors (and an answer that does not parse): aiogram's check raises the right one.
        text = raw.decode("utf-8", errors="replace")
        response = self.check_response(bot, method, resp.status, text)
        return cast(TelegramType, response.result)

    def _json_body(self, bot: Bot, method: TelegramMethod[Any]) -> bytes | None:
        """The call's parameters as one JSON object; None if it carries a file."""
        files: dict[str, Any] = {}
        fields = {}
        for key, value in method.model_dump(warnings=False).items():
            prepared = self.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            if prepared is not None and prepared != "":
                fields[key] = prepared
        if files:
            return None
        return json.dumps(fields).encode()

    def _response_type(self, method: TelegramMethod[Any]) -> type[Response[Any]]:
        return self._response_type_of(type(method))

    def _response_type_of(self, kind: type[TelegramMethod[Any]]) -> type[Response[Any]]:
        found = self._response_types.get(kind)
        if found is None:
            # A type known only at run time: mypy cannot check a subscript by a variable.
            found = self._response_types[kind] = Response[kind.__returning__]  # type: ignore[name-defined]
        return found

    def warm(self) -> None:
        """Build, before the daemon serves, what the first updates would otherwise build
        while others wait: pydantic makes a model's validator the first time it is used
        (aiogram's are deferred: `healthbot.lazy_schemas`), and each is CPU on the event
        loop (the standalone Update 40-240 ms, sendMessage's answer 30-190 ms, idle to
        loaded machine): the updates of a run's first second waited for them."""
        for kind in WARM_METHODS:
            with contextlib.suppress(ValidationError):
                self._response_type_of(kind).model_validate_json(b"{}")
        for model in (*WARM_METHODS, *WARM_TYPES):
            with contextlib.suppress(ValidationError):  # built, then the empty input refused
                model.model_validate({})
        with contextlib.suppress(RuntimeError):  # no event loop: nothing is built later
            asyncio.get_running_loop().call_later(WARM_LATER_SECONDS, self.warm_later)

    def warm_later(self) -> None:
        """Build the edits' validators and their answers' (`WARM_LATER`), once the daemon
        serves: one pause of the loop early on, not in the middle of a later update."""
        for kind in WARM_LATER:
            with contextlib.suppress(ValidationError):
                self._response_type_of(kind).model_validate_json(b"{}")
            with contextlib.suppress(ValidationError):
                kind.model_validate({})


def _parsed(
    raw: bytes, response_type: type[Response[Any]], method: TelegramMethod[Any], bot: Bot
) -> Response[Any]:
    """The answer to `method`, validated; a message's inline keyboard, which Telegram
    echoes as it was sent, is the keyboard sent, not validated again.

    aiogram's types run Python for every object validated (its bot context, pydantic's
    private attributes): a card's keyboard of 9-35 buttons cost 0.1-0.8 ms of a /log's
    sendMessage, the largest share of its answer (a CPU profile of the daemon).
    """
    context = {"bot": bot}
    sent = getattr(method, "reply_markup", None)
    if isinstance(sent, InlineKeyboardMarkup) and b'"reply_markup"' in raw:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None  # pydantic's parser says why, below
        result = data.get("result") if isinstance(data, dict) else None
        if isinstance(result, dict) and isinstance(result.get("reply_markup"), dict):
            result["reply_markup"] = sent
            return response_type.model_validate(data, context=context)
    return response_type.model_validate_json(raw, context=context)


class ApiMetricsMiddleware(BaseRequestMiddleware):
    """Counts Bot API calls by method and outcome, times them, and notes the last good poll."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        """Time one call; the outcome is "ok" or the exception's class name."""
        name: str = method.__api_method__
        start = time.perf_counter()
        outcome = "ok"
        try:
            response = await make_request(bot, method)
        except BaseException as exc:
            outcome = type(exc).__name__
            raise
        finally:
            child(TELEGRAM_LATENCY, name).observe(time.perf_counter() - start)
            child(TELEGRAM_CALLS, name, outcome).inc()
        if name == "getUpdates":  # the alert on a stalled intake watches this one
            LAST_GET_UPDATES.set_to_current_time()
        return response
