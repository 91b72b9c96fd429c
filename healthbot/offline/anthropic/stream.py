"""The fake Anthropic's streamed answers: server-sent events, written in batches."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Awaitable, Callable
from typing import Final

from aiohttp import web

from healthbot.offline.anthropic.records import JsonDict, RecordedRequest

_MIN_WRITE_INTERVAL: Final = 0.02  # deltas closer together than this go out in one write


class StreamWriter:
    """Writes SSE events, pacing deltas by the latency model and batching close ones."""

    def __init__(
        self,
        response: web.StreamResponse,
        per_token: float,
        sleep: Callable[[float], Awaitable[None]],
        record: RecordedRequest,
    ):
        self._response = response
        self._per_token = per_token
        self._sleep = sleep
        self._record = record
        self._text_queued = False
        self._buffer: list[str] = []
        self._owed = 0.0  # seconds of token time not slept yet
        self.tokens = 0

    def add(self, event: str, data: JsonDict) -> None:
        """Queue one event."""
        self._buffer.append(f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n")

    async def delta(self, tokens: int, data: JsonDict) -> None:
        """Queue a content delta after its tokens' time (slept in steps of 20 ms or more)."""
        if self._per_token > 0:
            self._owed += self._per_token * tokens
            if self._owed >= _MIN_WRITE_INTERVAL:
                await self.flush()
                await self._sleep(self._owed)
                self._owed = 0.0
        self.tokens += tokens
        self.add("content_block_delta", data)
        self._text_queued |= data["delta"]["type"] == "text_delta"

    async def flush(self) -> None:
        """Send the queued events (noting when the first text went out)."""
        if self._buffer:
            await self._response.write("".join(self._buffer).encode())
            self._buffer.clear()
            if self._text_queued and self._record.first_text_at is None:
                self._record.first_text_at = time.monotonic()


def words(text: str) -> list[str]:
    """Split a text into deltas the way the API streams it: a word with its leading space."""
    return re.findall(r"\s*\S+|\s+$", text) or [text]


def json_pieces(text: str, size: int = 24) -> list[str]:
    """A tool input's JSON in the pieces of its input_json_delta events."""
    return [text[start : start + size] for start in range(0, len(text), size)] or [""]


def retry_after_headers(seconds: float) -> dict[str, str]:
    """retry-after (whole seconds) and retry-after-ms, as the real API sends them."""
    return {
        "retry-after": str(max(0, math.ceil(seconds))),
        "retry-after-ms": str(max(0, round(seconds * 1000))),
    }
