"""The fake Anthropic server: Messages and count_tokens, with latency and faults."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, Final

from aiohttp import web

from healthbot.offline.anthropic.noted import noted
from healthbot.offline.anthropic.records import (
    DEFAULT_TOOL_NAMES,
    MAX_REQUEST_BYTES,
    Answer,
    Answered,
    Faults,
    JsonDict,
    Latency,
    RecordedRequest,
)
from healthbot.offline.anthropic.requests import (
    ApiError,
    Request,
    estimate_input_tokens,
    invalid,
    parse_request,
    result_text,
    token_count,
)
from healthbot.offline.anthropic.results import after_tools_text, tool_names
from healthbot.offline.anthropic.rules import (
    SYNONYMS,
    conform,
    find_tool,
    matching_rules,
    natural_input,
)
from healthbot.offline.anthropic.stream import StreamWriter, json_pieces, retry_after_headers, words
from healthbot.offline.anthropic.texts import (
    MEMORY_EXTRACTOR,
    UNCLEAR_PHOTO,
    coach_text,
    extracted_memories,
    last_user_text,
    photo_descriptions,
)
from healthbot.offline.server import FakeServer

log = logging.getLogger(__name__)

KEPT_IN_MIND: Final = "I'll keep that in mind whenever we talk about food."

_REDACTED_HEADERS: Final = frozenset({"x-api-key", "authorization"})


class FakeAnthropic(FakeServer):
    """An in-memory Anthropic Messages API server with deterministic, rule-based answers.

    All methods must be called from the event loop that runs the server.
    """

    name = "fake Anthropic"

    def __init__(
        self,
        api_key: str | None = "test-key",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: Latency | float = 0.0,
        faults: Faults | None = None,
        seed: int = 0,
        tool_names: Mapping[str, Sequence[str]] | None = None,
        reply_tokens: int = 40,
        tool_preamble: bool = False,
        models: Collection[str] | None = None,
        keep_requests: int = 1000,
    ):
        super().__init__(host, port)
        self.api_key = api_key
        """The key clients must send; None accepts any non-empty key."""
        self.latency = latency if isinstance(latency, Latency) else Latency.fixed(latency)
        self.faults = faults or Faults()
        self.random = random.Random(seed)  # noqa: S311 - replayable faults, not secrets
        """Draws the faults and the jitter; reseed it to replay a run."""
        self.tool_names: dict[str, tuple[str, ...]] = {
            rule: tuple(names) for rule, names in (tool_names or DEFAULT_TOOL_NAMES).items()
        }
        """For each rule, the tool names it looks for (see ``DEFAULT_TOOL_NAMES``)."""
        self.reply_tokens = reply_tokens
        """About how many tokens a plain text reply has."""
        self.tool_preamble = tool_preamble
        """Whether a tool_use answer starts with a short text block, as models often do."""
        self.after_tools: Callable[[list[str]], Sequence[tuple[str, JsonDict]]] | None = None
        """A test's script for the answer to tool results: given their texts, the tool calls
        (name, input) to answer with; none (or no script) for the usual text."""
        self.models = None if models is None else frozenset(models)
        """Model names served; None serves any name starting with "claude"."""
        self.requests: deque[RecordedRequest] = deque(maxlen=keep_requests)
        """The latest requests received (at most ``keep_requests``), oldest first."""
        self.answered: deque[Answered] = deque(maxlen=100_000)
        """The timing of the latest answered (200) requests, oldest first."""
        self.statuses: Counter[int] = Counter()
        """Answers given, by HTTP status."""
        self.injected: Counter[str] = Counter()
        """Faults injected, by kind: rate_limited, overloaded, server_error, timeout, ..."""
        self.tool_uses: Counter[str] = Counter()
        """tool_use blocks answered, by tool name."""
        self.usage: Counter[str] = Counter()
        """Tokens answered in total: ``input_tokens`` and ``output_tokens``."""
        self._next_id = 1

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        app.router.add_post("/v1/messages", self._handle_messages)
        app.router.add_post("/v1/messages/count_tokens", self._handle_count_tokens)
        app.router.add_route("*", "/{tail:.*}", self._handle_not_found)
        return app

    def _new_id(self, prefix: str) -> str:
        number = self._next_id
        self._next_id += 1
        return f"{prefix}_01fake{number:018d}"

    async def _record(self, request: web.Request) -> RecordedRequest:
        """Keep the request (its JSON body parsed, its key left out) for tests to read."""
        raw = await request.read()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        headers = {
            name.lower(): value
            for name, value in request.headers.items()
            if name.lower() not in _REDACTED_HEADERS
        }
        record = RecordedRequest(request.method, request.path, headers, body, time.monotonic())
        self.requests.append(record)
        return record

    def _check(self, request: web.Request, body: Any) -> Request:
        """Check the key, the version header and the body, in the real API's order."""
        self._authenticate(request)
        if not request.headers.get("anthropic-version"):
            raise invalid("anthropic-version: header is required")
        if body is None:
            raise invalid("There was an issue with your request body: expected a JSON object")
        parsed = parse_request(body)
        known = (
            parsed.model in self.models
            if self.models is not None
            else parsed.model.startswith("claude")
        )
        if not known:
            raise ApiError(404, "not_found_error", f"model: {parsed.model}")
        return parsed

    def _authenticate(self, request: web.Request) -> None:
        key = request.headers.get("x-api-key")
        if not key:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            key = token.strip() if scheme.lower() == "bearer" else ""
        if not key:
            raise ApiError(401, "authentication_error", "x-api-key header is required")
        if self.api_key is not None and key != self.api_key:
            raise ApiError(401, "authentication_error", "invalid x-api-key")

    def _error(self, record: RecordedRequest | None, error: ApiError) -> web.Response:
        """Answer with the API's error envelope (and retry hints for 429/5xx)."""
        headers = {"request-id": self._new_id("req")}
        if error.status == 429:
            headers.update(retry_after_headers(self.faults.retry_after))
        elif error.status >= 500 and self.faults.server_retry_after is not None:
            headers.update(retry_after_headers(self.faults.server_retry_after))
        body = {"type": "error", "error": {"type": error.error_type, "message": error.message}}
        self.statuses[error.status] += 1
        if record is not None:
            record.status = error.status
        return web.json_response(body, status=error.status, headers=headers)

    async def _handle_not_found(self, request: web.Request) -> web.Response:
        return self._error(None, ApiError(404, "not_found_error", "Not Found"))

    async def _handle_count_tokens(self, request: web.Request) -> web.Response:
        record = await self._record(request)
        body = record.body
        if isinstance(body, dict):
            body = {"max_tokens": 1, **body}  # count_tokens takes no max_tokens
        try:
            parsed = self._check(request, body)
        except ApiError as error:
            return self._error(record, error)
        record.status = 200
        self.statuses[200] += 1
        return web.json_response(
            {"input_tokens": estimate_input_tokens(parsed)},
            headers={"request-id": self._new_id("req")},
        )

    async def _handle_messages(self, request: web.Request) -> web.StreamResponse:
        record = await self._record(request)
        try:
            parsed = self._check(request, record.body)
            if await self._inject_faults():
                if request.transport is not None:
                    request.transport.close()
                return web.Response(status=500)  # never written: the connection is gone
        except ApiError as error:
            return self._error(record, error)
        answer = self._answer(parsed)
        input_tokens = estimate_input_tokens(parsed)
        self.usage["input_tokens"] += input_tokens
        self.usage["output_tokens"] += answer.output_tokens
        self.tool_uses.update(answer.tool_names)
        message = {
            "id": self._new_id("msg"),
            "type": "message",
            "role": "assistant",
            "model": parsed.model,
            "content": answer.content,
            "stop_reason": answer.stop_reason,
            "stop_sequence": answer.stop_sequence,
            "usage": {"input_tokens": input_tokens, "output_tokens": answer.output_tokens},
        }
        record.status = 200
        self.statuses[200] += 1
        if parsed.stream:
            return await self._stream(request, record, message, answer)
        await self._sleep(self.latency.first_token + self.latency.per_token * answer.output_tokens)
        self._done(record)
        return web.json_response(message, headers={"request-id": self._new_id("req")})

    async def _inject_faults(self) -> bool:
        """Raise an injected error, or hang and return True (drop the connection), or pass."""
        faults = self.faults
        if not (faults.rate_limited or faults.overloaded or faults.server_error or faults.timeout):
            return False
        draw = self.random.random()
        if draw < (edge := faults.rate_limited):
            self.injected["rate_limited"] += 1
            raise ApiError(
                429,
                "rate_limit_error",
                "This request would exceed your organization's rate limit. Please try again later.",
            )
        if draw < (edge := edge + faults.overloaded):
            self.injected["overloaded"] += 1
            raise ApiError(529, "overloaded_error", "Overloaded")
        if draw < (edge := edge + faults.server_error):
            self.injected["server_error"] += 1
            raise ApiError(500, "api_error", "Internal server error")
        if draw < edge + faults.timeout:
            self.injected["timeout"] += 1
            # Hang like a stuck upstream; the client's timeout (or this bound) ends it.
            await asyncio.sleep(faults.hang)
            return True
        return False

    async def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if jitter := self.latency.jitter:
            seconds *= self.random.uniform(1.0 - jitter, 1.0 + jitter)
        await asyncio.sleep(seconds)

    def _answer(self, request: Request) -> Answer:
        if MEMORY_EXTRACTOR in request.system:
            return self._text_answer(request, extracted_memories(request))
        last = request.messages[-1]
        prefill = ""
        if last["role"] == "assistant":  # a prefilled answer: continue it
            prefill = " ".join(b.get("text", "") for b in last["content"] if b["type"] == "text")
            last = request.messages[-2] if len(request.messages) > 1 else last
        choice = request.tool_choice["type"]
        seen = photo_descriptions(last) if last["role"] == "user" else []  # each image decoded once
        user_text = last_user_text(last, seen) if last["role"] == "user" else ""
        if request.tools and choice != "none" and user_text is not None and not prefill:
            tool_uses = self._tool_uses(request, user_text)
            if tool_uses:
                return self._tool_answer(request, tool_uses)
        if user_text is None:
            results = [b for b in last["content"] if b["type"] == "tool_result"]
            if scripted := self._scripted(request, results):
                return self._tool_answer(request, scripted, fit=False)
            before = request.messages[-2] if len(request.messages) > 1 else None
            text = after_tools_text(results, tool_names(before))
            if said := noted(_said(request.messages)):  # "I'm vegan, I had a salad"
                text = f"{said} {text}"
        elif None in seen:
            text = UNCLEAR_PHOTO
        elif said := noted(user_text):
            text = f"{said} {KEPT_IN_MIND}"
        else:
            history = f"{len(request.messages)}:{user_text}:{request.system[:200]}"
            text = coach_text(history, self.reply_tokens)
        return self._text_answer(request, text)

    def _scripted(
        self, request: Request, results: list[JsonDict]
    ) -> Sequence[tuple[str, JsonDict]]:
        """The tool calls a test scripted as the answer to these results (``after_tools``)."""
        if self.after_tools is None or request.tool_choice["type"] == "none":
            return ()
        return [use for use in self.after_tools([result_text(b) for b in results])
                if use[0] in request.tools]  # fmt: skip

    def _tool_uses(self, request: Request, text: str) -> list[tuple[str, JsonDict]]:
        """The (tool name, natural input) pairs the text calls for among the offered tools."""
        choice = request.tool_choice
        if choice["type"] == "tool":
            name = choice["name"]
            rule = next(
                (r for r, names in self.tool_names.items() if find_tool(names, [name])), None
            )
            return [(name, natural_input(rule, text) if rule else {"text": text})]
        uses: list[tuple[str, JsonDict]] = []
        for rule in matching_rules(text):
            name = find_tool(self.tool_names.get(rule, ()), request.tools)
            if name is not None and all(name != used for used, _ in uses):
                uses.append((name, natural_input(rule, text)))
        if choice.get("disable_parallel_tool_use"):
            uses = uses[:1]
        if not uses and choice["type"] == "any":
            uses = [(next(iter(request.tools)), {"text": text})]
        return uses

    def _tool_answer(
        self, request: Request, uses: Iterable[tuple[str, JsonDict]], *, fit: bool = True
    ) -> Answer:
        content: list[JsonDict] = []
        output_tokens = 0
        names = []
        if self.tool_preamble:
            content.append({"type": "text", "text": "Let me take care of that."})
            output_tokens += token_count(content[0]["text"])
        for name, natural in uses:
            schema = request.tools[name].get("input_schema") if fit else None
            tool_input = conform(natural, schema, natural.get("text", ""), SYNONYMS)
            content.append(
                {"type": "tool_use", "id": self._new_id("toolu"), "name": name, "input": tool_input}
            )
            output_tokens += 10 + token_count(json.dumps(tool_input))
            names.append(name)
        return Answer(content, "tool_use", output_tokens=output_tokens, tool_names=names)

    def _text_answer(self, request: Request, text: str) -> Answer:
        stop_reason, stop_sequence = "end_turn", None
        found = [(text.find(stop), stop) for stop in request.stop_sequences if stop in text]
        if found:
            position, stop_sequence = min(found)  # the generation stops at the first one
            text, stop_reason = text[:position], "stop_sequence"
        if token_count(text) > request.max_tokens:
            text, stop_reason, stop_sequence = text[: request.max_tokens * 4], "max_tokens", None
        return Answer(
            [{"type": "text", "text": text}],
            stop_reason,
            stop_sequence,
            output_tokens=token_count(text),
        )

    async def _stream(
        self, request: web.Request, record: RecordedRequest, message: JsonDict, answer: Answer
    ) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "content-type": "text/event-stream; charset=utf-8",
                "cache-control": "no-cache",
                "request-id": self._new_id("req"),
            }
        )
        await self._sleep(self.latency.first_token)
        await response.prepare(request)
        start = {
            **message,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {**message["usage"], "output_tokens": 1},
        }
        events = StreamWriter(response, self.latency.per_token, self._sleep, record)
        events.add("message_start", {"type": "message_start", "message": start})
        fail_at = None
        if self.faults.stream_error and self.random.random() < self.faults.stream_error:
            self.injected["stream_error"] += 1
            fail_at = max(1, answer.output_tokens // 2)
        for index, block in enumerate(answer.content):
            if block["type"] == "text":
                first: JsonDict = {"type": "text", "text": ""}
                pieces = [("text_delta", "text", piece) for piece in words(block["text"])]
            else:
                first = {**block, "input": {}}
                pieces = [
                    ("input_json_delta", "partial_json", piece)
                    for piece in json_pieces(json.dumps(block["input"]))
                ]
            events.add(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": first},
            )
            if index == 0:
                events.add("ping", {"type": "ping"})
            for kind, key, piece in pieces:
                if fail_at is not None and events.tokens >= fail_at:
                    events.add(
                        "error",
                        {
                            "type": "error",
                            "error": {"type": "overloaded_error", "message": "Overloaded"},
                        },
                    )
                    await events.flush()
                    return response
                await events.delta(
                    token_count(piece),
                    {
                        "type": "content_block_delta",
                        "index": index,
                        "delta": {"type": kind, key: piece},
                    },
                )
            events.add("content_block_stop", {"type": "content_block_stop", "index": index})
        events.add(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": answer.stop_reason,
                    "stop_sequence": answer.stop_sequence,
                },
                "usage": {"output_tokens": answer.output_tokens},
            },
        )
        events.add("message_stop", {"type": "message_stop"})
        await events.flush()
        await response.write_eof()
        self._done(record)
        return response

    def _done(self, record: RecordedRequest) -> None:
        record.done_at = time.monotonic()
        self.answered.append(
            Answered(record.user_id, record.at, record.first_text_at, record.done_at)
        )


def _said(messages: Sequence[JsonDict]) -> str:
    """The text of the user's last message (not a tool result): what the tools answer."""
    for message in reversed(messages):
        if message["role"] == "user" and (said := last_user_text(message, [])) is not None:
            return said
    return ""
