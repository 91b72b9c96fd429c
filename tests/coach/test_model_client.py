"""The model's client without the SDK, against the fake Anthropic over HTTP: a streamed answer
and a plain one, the SDK's retries (429 and 5xx with the server's retry-after, a refusal not
retried), an error in the stream, a server that hangs; and the daemon's coach imports no SDK."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from pydantic import SecretStr

from healthbot.coach.llm import Encoded, ModelClient, ModelError, encode, read_stream
from healthbot.config import AnthropicSettings
from loadgen.anthropic import FakeAnthropic, Faults, Latency

KEY = "test-key"
BODY: dict[str, Any] = {
    "model": "claude-haiku-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "what is a good breakfast?"}],
}


@pytest.fixture
async def model() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic(KEY) as fake:
        yield fake


def _client(model: FakeAnthropic, key: str = KEY, **settings: Any) -> ModelClient:
    return ModelClient(
        AnthropicSettings(api_key=SecretStr(key), base_url=model.base_url, **settings)
    )


async def test_a_streamed_answer_and_a_plain_one(model: FakeAnthropic) -> None:
    model.latency = Latency(per_token=0.005)  # the stream comes in several reads
    client = await _client(model).get()
    try:
        drafts: list[str] = []
        streamed = await client.stream(BODY, drafts.append)
        plain = await client.create(BODY)
    finally:
        await client.close()
    [text] = [b["text"] for b in streamed["content"] if b["type"] == "text"]
    assert drafts and drafts[-1] == text and len(drafts) > 1
    assert streamed["stop_reason"] == "end_turn" and streamed["usage"]["output_tokens"] > 0
    assert plain["content"][0]["type"] == "text" and plain["usage"]["input_tokens"] > 0
    first = model.requests[0]
    assert first.body["stream"] is True and "stream" not in model.requests[1].body
    assert first.headers["anthropic-version"] == "2023-06-01"


async def test_a_paced_stream_hands_on_its_text_once_a_pace_and_at_its_end(
    model: FakeAnthropic,
) -> None:
    # Read as it comes, this stream hands its text on at each of its many reads (the test
    # above). Paced, what comes after the first text waits unread until the pace is over or
    # the stream ends: here the end (a pace of 600 s; the bound fails a pause not cut short).
    model.latency = Latency(per_token=0.02)  # ~0.8 s: dozens of reads, as they come
    client = await _client(model).get()
    try:
        drafts: list[str] = []
        async with asyncio.timeout(120):
            streamed = await client.stream(BODY, drafts.append, pace=600)
    finally:
        await client.close()
    [text] = [b["text"] for b in streamed["content"] if b["type"] == "text"]
    assert 1 <= len(drafts) <= 2 and drafts[-1] == text
    assert streamed["stop_reason"] == "end_turn"


def test_a_body_with_values_encoded_before_is_the_same_json() -> None:
    tools = [{"name": "log_food", "input_schema": {"type": "object"}}]
    body = {"model": "claude-haiku-4-5", "tools": Encoded(json.dumps(tools)), "n": [1, "é"]}
    assert json.loads(encode(body)) == {**body, "tools": tools}
    assert json.loads(encode({"tools": Encoded("[]")})) == {"tools": []}
    assert json.loads(encode({"model": "m"})) == {"model": "m"}


def _events(*events: tuple[str, dict[str, Any]]) -> list[str]:
    lines = []
    for name, data in events:
        lines += [f"event: {name}", f"data: {json.dumps(data)}", ""]
    return lines


def _text(index: int, text: str) -> tuple[str, dict[str, Any]]:
    delta = {"type": "text_delta", "text": text}
    return "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}


async def test_the_text_so_far_is_handed_on_once_for_each_read_that_added_to_it() -> None:
    start = {"type": "message_start", "message": {"id": "m", "usage": {"input_tokens": 3}}}
    block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text"}}
    end = {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
           "usage": {"output_tokens": 5}}  # fmt: skip
    reads = [
        _events(("message_start", start), ("content_block_start", block), _text(0, "Eat "),
                _text(0, "more "), ("ping", {"type": "ping"}), _text(0, "greens")),
        _events(("ping", {"type": "ping"})),  # nothing new: nothing handed on
        _events(_text(0, ", and "), _text(0, "sleep."), ("message_delta", end),
                ("message_stop", {"type": "message_stop"})),
    ]  # fmt: skip

    async def batches() -> AsyncIterator[list[str]]:
        for lines in reads:
            yield lines

    drafts: list[str] = []
    message = await read_stream(batches(), drafts.append)
    assert drafts == ["Eat more greens", "Eat more greens, and sleep."]
    assert message["content"] == [{"type": "text", "text": "Eat more greens, and sleep."}]
    assert message["stop_reason"] == "end_turn" and message["usage"] == {
        "input_tokens": 3, "output_tokens": 5
    }  # fmt: skip


async def test_a_paced_stream_is_not_paused_once_the_message_says_it_stopped() -> None:
    # A server that lingers between the stop and the body's end would hold the answer for
    # a whole pace: only the reads before the stop are paused after.
    start = {"type": "message_start", "message": {"id": "m", "usage": {"input_tokens": 3}}}
    block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text"}}
    end = {"type": "message_delta", "delta": {"stop_reason": "end_turn"}}
    reads = [
        _events(("message_start", start), ("content_block_start", block), _text(0, "Eat ")),
        _events(_text(0, "more ")),
        _events(_text(0, "greens"), ("message_delta", end)),
    ]

    async def batches() -> AsyncIterator[list[str]]:
        for lines in reads:
            yield lines

    paused: list[int] = []

    async def pause() -> None:
        paused.append(1)

    message = await read_stream(batches(), lambda _: None, pause)
    assert message["content"] == [{"type": "text", "text": "Eat more greens"}]
    assert len(paused) == 2


@pytest.mark.parametrize(
    ("faults", "kind", "status"),
    [
        (Faults(rate_limited=1.0, retry_after=0.01), "rate_limited", 429),
        (Faults(overloaded=1.0, server_retry_after=0.01), "overloaded", 529),
        (Faults(server_error=1.0, server_retry_after=0.01), "server_error", 500),
    ],
)
async def test_busy_or_failing_servers_are_retried_then_given_up_on(
    model: FakeAnthropic, faults: Faults, kind: str, status: int
) -> None:
    model.faults = faults
    client = await _client(model, max_retries=2).get()
    try:
        with pytest.raises(ModelError) as failed:
            await client.stream(BODY, lambda _: None)
    finally:
        await client.close()
    assert failed.value.status == status
    assert model.injected[kind] == 3  # the first try and two retries


async def test_a_refused_key_is_not_retried_and_its_error_says_no_key(
    model: FakeAnthropic,
) -> None:
    client = await _client(model, key="wrong-key", max_retries=2).get()
    try:
        with pytest.raises(ModelError) as failed:
            await client.create(BODY)
    finally:
        await client.close()
    assert failed.value.status == 401 and "authentication_error" in str(failed.value)
    assert "wrong-key" not in str(failed.value)
    assert len(model.requests) == 1


async def test_an_error_in_the_stream_and_a_hanging_server_fail(model: FakeAnthropic) -> None:
    model.faults = Faults(stream_error=1.0)
    client = await _client(model, max_retries=0, timeout_seconds=0.5).get()
    try:
        with pytest.raises(ModelError, match="overloaded_error"):
            await client.stream(BODY, lambda _: None)
        model.faults = Faults(timeout=1.0, hang=5.0)
        with pytest.raises(ModelError, match="no answer"):
            await client.create(BODY)
    finally:
        await client.close()


async def test_a_proxy_named_in_the_environment_carries_the_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The API's host does not resolve: only the proxy can answer.
    seen: list[str] = []

    async def forward(request: web.Request) -> web.Response:
        seen.append(str(request.url))
        return web.json_response({"content": [{"type": "text", "text": "via the proxy"}]})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    for name in ("NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    settings = AnthropicSettings(api_key=SecretStr(KEY), base_url="http://model.invalid")
    client = await ModelClient(settings).get()
    try:
        answers = [await client.create(BODY), await client.create(BODY)]
    finally:
        await client.close()
        await runner.cleanup()
    assert [a["content"][0]["text"] for a in answers] == ["via the proxy"] * 2
    assert seen == ["http://model.invalid/v1/messages"] * 2


def test_the_coach_answers_without_importing_the_sdk() -> None:
    # The offline stand-in on the same client as the real API; the SDK (45 MB) stays out.
    script = (
        "import asyncio, sys; from healthbot.coach.llm import ModelClient; "
        "from healthbot.config import AnthropicSettings\n"
        "async def main():\n"
        "    client = await ModelClient(AnthropicSettings()).get()\n"
        "    body = {'model': 'claude-haiku-4-5', 'max_tokens': 1024,\n"
        "            'messages': [{'role': 'user', 'content': 'hello'}]}\n"
        "    answer = await client.stream(body, lambda _: None)\n"
        "    await client.close()\n"
        "    print(answer['stop_reason'], 'anthropic' in sys.modules)\n"
        "asyncio.run(main())"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["end_turn", "False"]
