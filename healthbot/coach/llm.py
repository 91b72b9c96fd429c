"""The model's client: Anthropic's Messages API with the configured key, or the offline
stand-in model when there is none (the coach then says it is offline; every command works the
same).

The API is called over the daemon's own HTTP client (aiohttp, which aiogram runs on) rather
than the SDK: importing the SDK cost the daemon 45-48 MB of RSS for good (3,300 modules of
typed models, 2,000 of them the beta API's) and 1-3 s of CPU at the first coach answer, for
one POST and its server-sent events, which were parsed here already. What the SDK did
besides is kept: its headers, its retries (408, 409, 429 and 5xx, and a connection that
failed, with the server's retry-after or a growing pause, `max_retries` times) and its
timeout (`timeout_seconds` to connect, and between two reads).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from yarl import URL

from healthbot.config import AnthropicSettings
from healthbot.offline.anthropic import FakeAnthropic

__all__ = ["OFFLINE_KEY", "Encoded", "ModelClient", "ModelError", "read_stream"]

log = logging.getLogger(__name__)

OFFLINE_KEY = "offline"  # the in-process fake accepts any key
API_VERSION = "2023-06-01"
_RETRIED = frozenset({408, 409, 429})  # and every 5xx, as the SDK does
_FIRST_PAUSE = 0.5  # seconds before the first retry, doubled each time (the SDK's)
_LONGEST_PAUSE = 8.0
_LONGEST_RETRY_AFTER = 60.0  # a server's longer hint is not waited for: the pause applies


class Encoded(str):
    """A value of a request's body already encoded as JSON, sent as it is: the tools'
    schemas are the same in every call (6.6 kB, a third of a millisecond to encode)."""

    __slots__ = ()


def encode(body: dict[str, Any]) -> bytes:
    """A request's body as JSON; its `Encoded` values go in as the JSON they are."""
    ready = {key: value for key, value in body.items() if isinstance(value, Encoded)}
    if not ready:
        return json.dumps(body).encode()
    rest = json.dumps({key: value for key, value in body.items() if key not in ready})[1:-1]
    parts = [rest] if rest else []
    parts += [f"{json.dumps(key)}: {value}" for key, value in ready.items()]
    return ("{" + ", ".join(parts) + "}").encode()


class ModelError(Exception):
    """The model's API failed (after its retries): an error status, an error in the
    stream, a connection that failed or ended early. `status`: the HTTP status, if any."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ModelClient:
    """Opens the client on first use (the offline fake is a server to start) and closes it."""

    def __init__(self, settings: AnthropicSettings) -> None:
        self.settings = settings
        self.offline = settings.api_key is None
        self._session: aiohttp.ClientSession | None = None
        self._url = ""
        self._headers: dict[str, str] = {}
        self._proxy: _Proxy = (None, None)
        self._fake: FakeAnthropic | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> ModelClient:
        """This client, opened (once)."""
        if self._session is None:
            async with self._lock:
                if self._session is None:
                    await self._open()
        return self

    async def _open(self) -> None:
        s = self.settings
        if s.api_key is not None:
            key, base_url = s.api_key.get_secret_value(), s.base_url
        else:
            fake = FakeAnthropic(api_key=None, latency=0.2)
            await fake.start()
            self._fake = fake
            key, base_url = OFFLINE_KEY, fake.base_url
            log.info("coach offline: no anthropic.api_key, answering with the stand-in model")
        self._url = base_url.rstrip("/") + "/v1/messages"
        self._headers = {
            "x-api-key": key,
            "anthropic-version": API_VERSION,
            "content-type": "application/json",
            "accept": "application/json",
        }
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=s.timeout_seconds, sock_read=s.timeout_seconds
        )
        # An HTTPS_PROXY (or NO_PROXY) in the environment applies, as with the SDK; looked up
        # once, not per request as aiohttp's trust_env does (two hops to a thread a call).
        self._proxy = await asyncio.to_thread(_env_proxy, self._url)
        self._session = aiohttp.ClientSession(timeout=timeout)

    async def close(self) -> None:
        """Close the client and stop the fake, if they were opened."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()
        fake, self._fake = self._fake, None
        if fake is not None:
            await fake.stop()

    async def stream(
        self, body: dict[str, Any], on_text: Callable[[str], None], *, pace: float = 0.0
    ) -> dict[str, Any]:
        """One streamed Messages call (`body` as the API takes it, `stream` set here): the
        final message as the API's JSON; `on_text` gets the answer's text so far, at most
        every `pace` seconds (and at the end) when it is more than 0 (see `_unread`)."""
        async with self._response({**body, "stream": True}) as response:
            pause = None if pace <= 0 else functools.partial(_unread, response.content, pace)
            try:
                return await read_stream(_batches(response), on_text, pause)
            except (aiohttp.ClientError, ValueError) as exc:
                raise ModelError(f"the answer's stream failed: {type(exc).__name__}") from None

    async def create(self, body: dict[str, Any]) -> dict[str, Any]:
        """One Messages call, not streamed: the message as the API's JSON."""
        async with self._response(body) as response:
            try:
                message: dict[str, Any] = await response.json(content_type=None)
            except (aiohttp.ClientError, ValueError) as exc:
                raise ModelError(f"the answer could not be read: {type(exc).__name__}") from None
        return message

    def _response(self, body: dict[str, Any]) -> _Retried:
        if self._session is None:
            raise RuntimeError("the model client is not open (call get() first)")
        session, retries = self._session, self.settings.max_retries
        return _Retried(session, self._url, self._headers, body, retries, proxy=self._proxy)


_Proxy = tuple[URL | None, aiohttp.BasicAuth | None]


def _env_proxy(url: str) -> _Proxy:
    """The proxy the environment names for `url` (`HTTPS_PROXY`, `NO_PROXY`, and the proxy's
    credentials in ~/.netrc), and its credentials; (None, None) for none."""
    try:
        return get_env_proxy_for_url(URL(url))
    except LookupError:
        return None, None


class _Retried:
    """The response to a POST, retried as the SDK retries; a context manager that releases it."""

    def __init__(
        self, session: aiohttp.ClientSession, url: str, headers: dict[str, str],
        body: dict[str, Any], retries: int, *, proxy: _Proxy = (None, None),
    ) -> None:  # fmt: skip
        self.session, self.url, self.headers, self.retries = session, url, headers, retries
        self.proxy, self.proxy_auth = proxy
        self.data = encode(body)
        self.response: aiohttp.ClientResponse | None = None

    async def __aenter__(self) -> aiohttp.ClientResponse:
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = await self.session.post(
                    self.url, data=self.data, headers=self.headers, proxy=self.proxy,
                    proxy_auth=self.proxy_auth,
                )  # fmt: skip
            except (aiohttp.ClientError, TimeoutError) as exc:
                if last:
                    raise ModelError(
                        f"no answer from the model's API: {type(exc).__name__}"
                    ) from None
                await asyncio.sleep(_pause(attempt, None))
                continue
            if response.status < 400:
                self.response = response
                return response
            error = await _error(response)
            should = response.headers.get("x-should-retry")
            retried = response.status in _RETRIED or response.status >= 500
            if should is not None:
                retried = should == "true"
            if last or not retried:
                raise error
            await asyncio.sleep(_pause(attempt, response.headers))
        raise AssertionError("unreachable")

    async def __aexit__(self, *exc: object) -> None:
        if self.response is not None:
            self.response.release()


async def _error(response: aiohttp.ClientResponse) -> ModelError:
    """The API's error envelope as an exception (its type and message; never the request)."""
    try:
        data = await response.json(content_type=None)
        error = data.get("error", {}) if isinstance(data, dict) else {}
        text = f"{error.get('type', 'error')}: {error.get('message', '')}"
    except (aiohttp.ClientError, ValueError):
        text = "an answer that is not the API's error"
    finally:
        response.release()
    return ModelError(f"HTTP {response.status}: {text}", response.status)


def _pause(attempt: int, headers: Any) -> float:
    """Seconds before retry `attempt + 1`: the server's hint, else the SDK's backoff."""
    if headers is not None:
        for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
            try:
                hinted = float(headers.get(name, "")) * scale
            except ValueError:
                continue
            if 0 <= hinted <= _LONGEST_RETRY_AFTER:
                return hinted
    pause = min(_FIRST_PAUSE * 2.0**attempt, _LONGEST_PAUSE)
    return pause * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not a secret


async def _batches(response: aiohttp.ClientResponse) -> AsyncIterator[list[str]]:
    """The body's lines as they arrive: the complete lines of each chunk read, decoded,
    without their line ends (however long a line is)."""
    pending = b""
    async for chunk in response.content.iter_any():
        pending += chunk
        *lines, pending = pending.split(b"\n")
        if lines:
            yield [line.rstrip(b"\r").decode() for line in lines]
    if pending:
        yield [pending.rstrip(b"\r").decode()]


async def _unread(content: aiohttp.StreamReader, seconds: float) -> None:
    """Let the stream run unread for `seconds`, or until it ends: what comes meanwhile is then
    read in one go. Read as it came, each of a streamed answer's events (a word or two, a
    few milliseconds apart) woke the daemon to read, parse and join the text so far, about
    40 times an answer, for a draft shown at most every 300 ms."""
    if content.is_eof():
        return
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await content.wait_eof()  # a failed connection raises here, as a read would


# Events that say nothing the answer needs (a block or the message ends: the stop reason
# comes in message_delta): not parsed.
_SKIPPED = frozenset({"ping", "content_block_stop", "message_stop"})


async def read_stream(
    batches: AsyncIterator[list[str]], on_text: Callable[[str], None],
    pause: Callable[[], Awaitable[None]] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """A streamed Messages answer, read from its server-sent events: the final message as
    the API's JSON (content blocks, stop reason, usage). `on_text` gets the answer's text so
    far after each batch of lines (what one read of the connection brought) that added to
    it; then `pause`, if given, is awaited before the next batch is read (unless the
    message has said why it stopped: only the stream's end is left to read).

    The events are parsed here with `json.loads` rather than by the SDK's stream helper,
    which builds and merges typed objects for every delta: measured here, that halved the
    CPU a streamed answer cost the daemon (about 14 ms to 7 ms a call). The text so far is
    joined once a batch, not once a delta: a stream that comes faster than it is read (a
    fake's, all at once) costs one draft's worth of work, not one a word.
    """
    answer = _Answer()
    event = ""
    async for lines in batches:
        grew = False
        for line in lines:
            if not line:  # the end of an event: the next one names itself
                event = ""
            elif line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event not in _SKIPPED:
                grew = answer.take(json.loads(line[5:]), event) or grew
        if grew:
            on_text(answer.text())
            if pause is not None and answer.message.get("stop_reason") is None:
                await pause()  # not once the message says it stopped: its end is near
    return answer.finished()


class _Answer:
    """The message as its stream's events build it."""

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}
        self.partial: dict[int, list[str]] = {}  # a tool_use block's input JSON, in pieces

    def take(self, data: dict[str, Any], event: str) -> bool:
        """Apply one event's data; whether it added to the text."""
        kind = data.get("type", event)
        if kind == "content_block_delta":
            delta, index = data["delta"], data["index"]
            if delta["type"] == "text_delta":
                block = self.blocks[index]
                block["text"] = block.get("text", "") + delta["text"]
                return True
            if delta["type"] == "input_json_delta":
                self.partial.setdefault(index, []).append(delta["partial_json"])
        elif kind == "message_start":
            self.message = data["message"]
        elif kind == "content_block_start":
            self.blocks[data["index"]] = dict(data["content_block"])
        elif kind == "message_delta":
            self.message.update(data.get("delta", {}))
            self.message["usage"] = {**self.message.get("usage", {}), **data.get("usage", {})}
        elif kind == "error":
            error = data.get("error", {})
            raise ModelError(f"{error.get('type', 'error')}: {error.get('message', '')}")
        return False

    def text(self) -> str:
        """The text so far, of every text block."""
        return "".join(block.get("text", "") for block in self.blocks.values())

    def finished(self) -> dict[str, Any]:
        """The final message (raises if the stream ended before it did)."""
        message, blocks = self.message, self.blocks
        if not message or message.get("stop_reason") is None:
            raise ModelError("the answer's stream ended early")
        for index, pieces in self.partial.items():
            blocks[index]["input"] = json.loads("".join(pieces) or "{}")
        message["content"] = [blocks[index] for index in sorted(blocks)]
        return message
