"""The model's client: Anthropic with the configured key, or the offline stand-in model when
there is none (the coach then says it is offline; every command works the same)."""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from healthbot.config import AnthropicSettings
from healthbot.offline.anthropic import FakeAnthropic

if TYPE_CHECKING:
    from anthropic import AsyncAnthropic
    from anthropic._response import AsyncAPIResponse

__all__ = ["OFFLINE_KEY", "ModelClient", "read_stream"]

log = logging.getLogger(__name__)

OFFLINE_KEY = "offline"  # the in-process fake accepts any key


class ModelClient:
    """Opens the client on first use (the offline fake is a server to start) and closes it.

    The SDK is imported then, not with the daemon (1-2 s of its start here, ~40 MB): a
    daemon without a coach message, or without the coach, never loads it."""

    def __init__(self, settings: AnthropicSettings) -> None:
        self.settings = settings
        self.offline = settings.api_key is None
        self._client: AsyncAnthropic | None = None
        self._fake: FakeAnthropic | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> AsyncAnthropic:
        """The client (started once)."""
        if self._client is None:
            async with self._lock:
                if self._client is None:
                    self._client = await self._open()
        return self._client

    async def warm(self) -> None:
        """Import the SDK in a thread, so that the first answer after start does not wait
        for it (`get` imports it too, if a message comes first)."""
        await asyncio.to_thread(importlib.import_module, "anthropic")

    async def _open(self) -> AsyncAnthropic:
        s = self.settings
        sdk = await asyncio.to_thread(importlib.import_module, "anthropic")  # off the loop
        if s.api_key is not None:
            key, base_url = s.api_key.get_secret_value(), s.base_url
        else:
            fake = FakeAnthropic(api_key=None, latency=0.2)
            await fake.start()
            self._fake = fake
            key, base_url = OFFLINE_KEY, fake.base_url
            log.info("coach offline: no anthropic.api_key, answering with the stand-in model")
        client: AsyncAnthropic = sdk.AsyncAnthropic(
            api_key=key, base_url=base_url, max_retries=s.max_retries, timeout=s.timeout_seconds
        )
        return client

    async def close(self) -> None:
        """Close the client and stop the fake, if they were opened."""
        if self._client is not None:
            await self._client.close()
            self._client = None
        fake, self._fake = self._fake, None
        if fake is not None:
            await fake.stop()


async def read_stream(
    response: AsyncAPIResponse[Any], on_text: Callable[[str], None]
) -> dict[str, Any]:
    """A streamed Messages answer, read from its server-sent events: the final message as
    the API's JSON (content blocks, stop reason, usage). `on_text` gets the answer's text so
    far after each text delta.

    The events are parsed here with `json.loads` rather than by the SDK's stream helper,
    which builds and merges typed objects for every delta: measured here, that halves the
    CPU a streamed answer costs the daemon (about 14 ms to 7 ms a call).
    """
    message: dict[str, Any] = {}
    blocks: dict[int, dict[str, Any]] = {}
    partial: dict[int, list[str]] = {}  # a tool_use block's input JSON, in pieces
    event = ""
    async for line in response.iter_lines():
        if line.startswith("event:"):
            event = line[6:].strip()
            continue
        if not line.startswith("data:") or event == "ping":
            continue
        data = json.loads(line[5:])
        kind = data.get("type", event)
        if kind == "message_start":
            message = data["message"]
        elif kind == "content_block_start":
            blocks[data["index"]] = dict(data["content_block"])
        elif kind == "content_block_delta":
            delta, index = data["delta"], data["index"]
            if delta["type"] == "text_delta":
                blocks[index]["text"] = blocks[index].get("text", "") + delta["text"]
                on_text("".join(b.get("text", "") for b in blocks.values()))
            elif delta["type"] == "input_json_delta":
                partial.setdefault(index, []).append(delta["partial_json"])
        elif kind == "message_delta":
            message.update(data.get("delta", {}))
            message["usage"] = {**message.get("usage", {}), **data.get("usage", {})}
        elif kind == "error":
            import anthropic

            error = data.get("error", {})
            raise anthropic.APIError(
                f"{error.get('type', 'error')}: {error.get('message', '')}",
                response.http_request,
                body=data,
            )
    if not message or message.get("stop_reason") is None:
        import anthropic

        raise anthropic.APIConnectionError(
            message="the answer's stream ended early", request=response.http_request
        )
    for index, pieces in partial.items():
        blocks[index]["input"] = json.loads("".join(pieces) or "{}")
    message["content"] = [blocks[index] for index in sorted(blocks)]
    return message
