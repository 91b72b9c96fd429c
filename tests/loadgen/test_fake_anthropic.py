"""The fake Anthropic Messages API, driven by the official SDK over HTTP."""

import base64
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import anthropic
import pytest
from anthropic import AsyncAnthropic
from anthropic.types import Message, TextBlock, ToolUseBlock

from healthbot.offline.anthropic import UNCLEAR_PHOTO, FakeAnthropic, Faults, Latency
from healthbot.offline.images import food_photo

KEY = "sk-test-key"
MODEL = "claude-sonnet-4-6"  # 4-5 is deprecated in the SDK: a DeprecationWarning, an error here

LOG_FOOD: dict[str, Any] = {
    "name": "log_food",
    "description": "Log what the user ate.",
    "input_schema": {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "quantity": {"type": "number"},
                        "unit": {"type": "string"},
                    },
                    "required": ["name"],
                },
            },
        },
        "required": ["description"],
    },
}


def tool(name: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "name": name,
        "description": name.replace("_", " "),
        "input_schema": {"type": "object", "properties": properties, "required": required},
    }


TOOLS = [
    LOG_FOOD,
    tool(
        "create_reminder",
        {"text": {"type": "string"}, "time": {"type": "string"}},
        ["text", "time"],
    ),
    tool("log_water", {"amount_ml": {"type": "integer"}}, ["amount_ml"]),
    tool("log_weight", {"weight_kg": {"type": "number"}}, ["weight_kg"]),
    tool("get_stats", {}, []),
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic(KEY) as fake:
        yield fake


@pytest.fixture
async def client(fake: FakeAnthropic) -> AsyncIterator[AsyncAnthropic]:
    async with AsyncAnthropic(base_url=fake.base_url, api_key=KEY, max_retries=0) as client:
        yield client


def user(text: str) -> list[Any]:
    return [{"role": "user", "content": text}]


async def test_a_plain_answer(fake: FakeAnthropic, client: AsyncAnthropic) -> None:
    message = await client.messages.create(
        model=MODEL, max_tokens=256, system="You are a coach.", messages=user("Hi coach!")
    )

    assert isinstance(message, Message)
    assert message.id.startswith("msg_")
    assert (message.role, message.model, message.stop_reason) == ("assistant", MODEL, "end_turn")
    [block] = message.content
    assert isinstance(block, TextBlock) and len(block.text) > 40
    assert message.usage.input_tokens > 0
    assert message.usage.output_tokens == -(-len(block.text) // 4)

    # Deterministic: the same conversation gets the same answer.
    again = await client.messages.create(
        model=MODEL, max_tokens=256, system="You are a coach.", messages=user("Hi coach!")
    )
    assert again.content == message.content
    assert again.id != message.id

    [first, _] = fake.requests
    assert first.path == "/v1/messages"
    assert first.body["messages"] == user("Hi coach!")
    assert first.body["system"] == "You are a coach."
    assert first.headers["anthropic-version"]
    assert "authorization" not in first.headers and "x-api-key" not in first.headers
    assert first.status == 200
    assert fake.statuses == {200: 2}
    assert fake.usage["output_tokens"] == 2 * message.usage.output_tokens


async def test_streaming_text(fake: FakeAnthropic, client: AsyncAnthropic) -> None:
    async with client.messages.stream(
        model=MODEL, max_tokens=256, messages=user("How do I eat better?")
    ) as stream:
        pieces = [text async for text in stream.text_stream]
        final = await stream.get_final_message()

    assert len(pieces) > 5
    [block] = final.content
    assert isinstance(block, TextBlock)
    assert "".join(pieces) == block.text
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens == -(-len(block.text) // 4)
    assert final.usage.input_tokens > 0
    assert fake.requests[-1].body["stream"] is True


async def test_the_event_stream_is_the_apis(fake: FakeAnthropic) -> None:
    body = {"model": MODEL, "max_tokens": 64, "messages": user("hello"), "stream": True}
    headers = {"x-api-key": KEY, "anthropic-version": "2023-06-01"}
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{fake.base_url}/v1/messages", json=body, headers=headers) as response,
    ):
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["request-id"].startswith("req_")
        raw = await response.text()

    events = [chunk.split("\n")[0].removeprefix("event: ") for chunk in raw.split("\n\n") if chunk]
    deltas = events.count("content_block_delta")
    assert deltas > 1
    assert events == [
        "message_start",
        "content_block_start",
        "ping",
        *["content_block_delta"] * deltas,
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]


async def test_tool_use_round_trip(fake: FakeAnthropic, client: AsyncAnthropic) -> None:
    text = "I had 2 eggs and a slice of toast for breakfast"
    messages: list[Any] = user(text)

    first = await client.messages.create(
        model=MODEL, max_tokens=512, tools=TOOLS, messages=messages
    )

    assert first.stop_reason == "tool_use"
    [use] = first.content
    assert isinstance(use, ToolUseBlock)
    assert use.id.startswith("toolu_")
    assert use.name == "log_food"
    assert use.input == {
        "description": text,
        "items": [
            {"name": "egg", "quantity": 2, "unit": "piece"},
            {"name": "toast", "quantity": 1, "unit": "slice"},
        ],
    }

    messages += [
        {"role": "assistant", "content": [block.model_dump() for block in first.content]},
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": use.id, "content": "Logged 310 kcal"}
            ],
        },
    ]
    final = await client.messages.create(
        model=MODEL, max_tokens=512, tools=TOOLS, messages=messages
    )

    assert final.stop_reason == "end_turn"
    [block] = final.content
    assert isinstance(block, TextBlock)
    assert "Logged 310 kcal" in block.text
    assert fake.tool_uses == {"log_food": 1}


def after_two_tools(*results: Any) -> list[Any]:
    """A conversation whose last turn is the results (texts, or lists of text blocks) of
    the tool calls the model made: log_food first, log_water after."""
    uses = [("toolu_1", "log_food", {"description": "2 eggs"}),
            ("toolu_2", "log_water", {"amount_ml": 250})]  # fmt: skip
    return [
        *user("I had 2 eggs and a glass of water"),
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": use_id, "name": name, "input": tool_input}
            for use_id, name, tool_input in uses
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": use_id, "content": result}
            for (use_id, _, _), result in zip(uses, results, strict=True)
        ]},
    ]  # fmt: skip


async def test_a_test_scripts_the_tool_calls_that_answer_tool_results(
    fake: FakeAnthropic, client: AsyncAnthropic
) -> None:
    seen: list[list[str]] = []

    def after(results: list[str]) -> list[tuple[str, dict[str, Any]]]:
        seen.append(results)
        careless = {"amount_ml": "a lot", "kcal": 90}  # off the schema: sent as it is
        return [("log_water", careless), ("no_such_tool", {})]

    fake.after_tools = after
    messages = after_two_tools("Logged 150 kcal", [{"type": "text", "text": "Logged 250 ml"}])
    message = await client.messages.create(
        model=MODEL, max_tokens=512, tools=TOOLS, messages=messages
    )

    assert seen == [["Logged 150 kcal", "Logged 250 ml"]]  # each result's text, in order
    assert message.stop_reason == "tool_use"
    uses = [(b.name, b.input) for b in message.content if isinstance(b, ToolUseBlock)]
    # The careless input as the script gave it; the tool not offered is left out.
    assert uses == [("log_water", {"amount_ml": "a lot", "kcal": 90})]
    assert fake.tool_uses == {"log_water": 1}


@pytest.mark.parametrize(
    ("script", "tool_choice"),
    [
        pytest.param(lambda results: [], {"type": "auto"}, id="the script calls nothing"),
        pytest.param(lambda results: [("get_stats", {})], {"type": "none"}, id="tools off"),
    ],
)
async def test_without_scripted_calls_tool_results_get_the_usual_text(
    fake: FakeAnthropic, client: AsyncAnthropic, script: Any, tool_choice: Any
) -> None:
    fake.after_tools = script
    message = await client.messages.create(
        model=MODEL, max_tokens=512, tools=TOOLS, tool_choice=tool_choice,
        messages=after_two_tools("Logged 150 kcal", "Logged 250 ml"),
    )  # fmt: skip

    assert message.stop_reason == "end_turn"
    [block] = message.content
    assert isinstance(block, TextBlock)
    assert "Logged 150 kcal; Logged 250 ml" in block.text
    assert fake.tool_uses == {}


async def test_streamed_tool_use_carries_the_input(client: AsyncAnthropic) -> None:
    async with client.messages.stream(
        model=MODEL, max_tokens=512, tools=TOOLS, messages=user("I ate a banana and 200g rice")
    ) as stream:
        final = await stream.get_final_message()

    assert final.stop_reason == "tool_use"
    [use] = final.content
    assert isinstance(use, ToolUseBlock)
    assert use.input["items"] == [
        {"name": "banana", "quantity": 1, "unit": "piece"},
        {"name": "rice", "quantity": 200, "unit": "g"},
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Remind me to take my vitamins at 8pm",
            [("create_reminder", {"text": "take my vitamins", "time": "20:00"})],
        ),
        (
            "remind me to drink water at 7:30",
            [("create_reminder", {"text": "drink water", "time": "07:30"})],
        ),
        ("I drank a glass of water", [("log_water", {"amount_ml": 250})]),
        ("just had 500 ml of water", [("log_water", {"amount_ml": 500})]),
        ("I weigh 72.5 kg today", [("log_weight", {"weight_kg": 72.5})]),
        ("I weigh 160 lbs", [("log_weight", {"weight_kg": 72.6})]),
        ("What's my streak?", [("get_stats", {})]),
        (
            "Ate an apple and drank 2 glasses of water",
            [
                ("log_water", {"amount_ml": 500}),
                (
                    "log_food",
                    {
                        "description": "Ate an apple and drank 2 glasses of water",
                        "items": [{"name": "apple", "quantity": 1, "unit": "piece"}],
                    },
                ),
            ],
        ),
        ("Should I eat an apple before running?", []),
        ("How are you today", []),
    ],
)
async def test_tool_rules(
    client: AsyncAnthropic, text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    message = await client.messages.create(
        model=MODEL, max_tokens=512, tools=TOOLS, messages=user(text)
    )

    uses = [(b.name, b.input) for b in message.content if isinstance(b, ToolUseBlock)]
    assert uses == expected
    assert message.stop_reason == ("tool_use" if expected else "end_turn")


async def test_tool_input_follows_the_offered_schema(client: AsyncAnthropic) -> None:
    odd_tool = tool(
        "healthbot_log_food_entry",  # found by substring
        {
            "note": {"type": "string"},
            "calories": {"type": "integer"},
            "meal": {"type": "string", "enum": ["breakfast", "lunch", "dinner", "snack"]},
            "optional_thing": {"type": "string"},
        },
        ["note", "calories", "meal"],
    )

    message = await client.messages.create(
        model=MODEL,
        max_tokens=512,
        tools=[odd_tool],
        messages=user("Pizza for dinner, about 800 kcal"),
    )

    [use] = message.content
    assert isinstance(use, ToolUseBlock)
    assert use.name == "healthbot_log_food_entry"
    assert use.input == {
        "note": "Pizza for dinner, about 800 kcal",
        "calories": 800,
        "meal": "dinner",
    }


async def test_tool_choice(client: AsyncAnthropic) -> None:
    forced = await client.messages.create(
        model=MODEL,
        max_tokens=512,
        tools=TOOLS,
        tool_choice={"type": "tool", "name": "get_stats"},
        messages=user("hello there"),
    )
    none = await client.messages.create(
        model=MODEL,
        max_tokens=512,
        tools=TOOLS,
        tool_choice={"type": "none"},
        messages=user("I ate 2 eggs"),
    )

    assert [(b.type, getattr(b, "name", None)) for b in forced.content] == [
        ("tool_use", "get_stats")
    ]
    assert [b.type for b in none.content] == ["text"]


async def test_custom_tool_names_and_a_preamble() -> None:
    async with (
        FakeAnthropic(KEY, tool_names={"food": ["track_meal"]}, tool_preamble=True) as fake,
        AsyncAnthropic(base_url=fake.base_url, api_key=KEY, max_retries=0) as client,
    ):
        message = await client.messages.create(
            model=MODEL,
            max_tokens=512,
            tools=[tool("track_meal", {"text": {"type": "string"}}, ["text"])],
            messages=user("ate a sandwich"),
        )

    assert [b.type for b in message.content] == ["text", "tool_use"]
    assert isinstance(message.content[1], ToolUseBlock)
    assert message.content[1].input == {"text": "ate a sandwich"}


async def test_max_tokens_and_stop_sequences(client: AsyncAnthropic) -> None:
    short = await client.messages.create(model=MODEL, max_tokens=5, messages=user("Hi"))
    stopped = await client.messages.create(
        model=MODEL, max_tokens=500, stop_sequences=["."], messages=user("Hi")
    )

    assert short.stop_reason == "max_tokens"
    assert short.usage.output_tokens <= 5
    assert stopped.stop_reason == "stop_sequence"
    assert stopped.stop_sequence == "."
    [block] = stopped.content
    assert isinstance(block, TextBlock) and "." not in block.text


async def test_tool_results_must_pair_with_tool_uses(client: AsyncAnthropic) -> None:
    orphan_result: list[Any] = [
        {"role": "user", "content": "I ate 2 eggs"},
        {"role": "assistant", "content": "Noted."},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "toolu_x", "content": "ok"}],
        },
    ]
    with pytest.raises(anthropic.BadRequestError, match="unexpected `tool_use_id`"):
        await client.messages.create(model=MODEL, max_tokens=64, messages=orphan_result)

    unanswered: list[Any] = [
        {"role": "user", "content": "I ate 2 eggs"},
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "toolu_y", "name": "log_food", "input": {}}],
        },
        {"role": "user", "content": "and?"},
    ]
    with pytest.raises(anthropic.BadRequestError, match="without `tool_result` blocks"):
        await client.messages.create(model=MODEL, max_tokens=64, tools=TOOLS, messages=unanswered)


async def test_invalid_requests_get_the_error_envelope(fake: FakeAnthropic) -> None:
    url = f"{fake.base_url}/v1/messages"
    headers = {"x-api-key": KEY, "anthropic-version": "2023-06-01"}
    async with aiohttp.ClientSession() as http:
        async with http.post(
            url, json={"model": MODEL, "messages": user("hi")}, headers=headers
        ) as response:
            assert response.status == 400
            assert response.headers["request-id"].startswith("req_")
            assert await response.json() == {
                "type": "error",
                "error": {"type": "invalid_request_error", "message": "max_tokens: Field required"},
            }
        body = {"model": MODEL, "max_tokens": 10, "messages": user("hi")}
        async with http.post(url, json=body, headers={"x-api-key": KEY}) as response:
            assert response.status == 400
            assert "anthropic-version" in (await response.json())["error"]["message"]
        async with http.post(url, data=b"{not json", headers=headers) as response:
            assert response.status == 400
        async with http.post(
            url, json={**body, "messages": user("  ")}, headers=headers
        ) as response:
            assert response.status == 400
            assert "non-empty content" in (await response.json())["error"]["message"]
        async with http.post(f"{fake.base_url}/v1/nothing", json=body, headers=headers) as response:
            assert response.status == 404
            assert (await response.json())["error"]["type"] == "not_found_error"
    assert fake.statuses == {400: 4, 404: 1}
    assert len(fake.requests) == 4  # unknown paths are not recorded


async def test_unknown_model_is_not_found(client: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.NotFoundError, match="model: gpt-4"):
        await client.messages.create(model="gpt-4", max_tokens=10, messages=user("hi"))


async def test_a_wrong_key_is_an_authentication_error(fake: FakeAnthropic) -> None:
    async with AsyncAnthropic(base_url=fake.base_url, api_key="sk-wrong", max_retries=2) as bad:
        with pytest.raises(anthropic.AuthenticationError, match="invalid x-api-key") as raised:
            await bad.messages.create(model=MODEL, max_tokens=10, messages=user("hi"))

    assert raised.value.status_code == 401
    assert raised.value.request_id is not None
    assert len(fake.requests) == 1  # 401 is not retried


async def test_without_a_configured_key_any_key_passes() -> None:
    async with FakeAnthropic(None) as fake:
        async with AsyncAnthropic(base_url=fake.base_url, api_key="anything") as client:
            message = await client.messages.create(model=MODEL, max_tokens=10, messages=user("hi"))
        assert message.content
        async with aiohttp.ClientSession() as http:
            body = {"model": MODEL, "max_tokens": 10, "messages": user("hi")}
            headers = {"anthropic-version": "2023-06-01"}
            async with http.post(f"{fake.base_url}/v1/messages", json=body, headers=headers) as r:
                assert r.status == 401
                assert (await r.json())["error"]["type"] == "authentication_error"


@pytest.mark.parametrize(
    ("faults", "error", "status"),
    [
        (Faults(overloaded=1.0, server_retry_after=0.01), anthropic.OverloadedError, 529),
        (Faults(rate_limited=1.0, retry_after=0.01), anthropic.RateLimitError, 429),
        (Faults(server_error=1.0, server_retry_after=0.01), anthropic.InternalServerError, 500),
    ],
)
async def test_injected_errors_arrive_after_the_sdks_retries(
    faults: Faults, error: type[anthropic.APIStatusError], status: int
) -> None:
    async with (
        FakeAnthropic(KEY, faults=faults) as fake,
        AsyncAnthropic(base_url=fake.base_url, api_key=KEY, max_retries=2) as client,
    ):
        with pytest.raises(error) as raised:
            await client.messages.create(model=MODEL, max_tokens=10, messages=user("hi"))

    assert raised.value.status_code == status
    assert [r.headers["x-stainless-retry-count"] for r in fake.requests] == ["0", "1", "2"]
    assert fake.statuses == {status: 3}
    assert fake.injected.total() == 3


async def test_the_429_retry_after_headers(fake: FakeAnthropic) -> None:
    fake.faults = Faults(rate_limited=1.0, retry_after=2.5)
    body = {"model": MODEL, "max_tokens": 10, "messages": user("hi")}
    headers = {"x-api-key": KEY, "anthropic-version": "2023-06-01"}
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{fake.base_url}/v1/messages", json=body, headers=headers) as response,
    ):
        assert response.status == 429
        assert (response.headers["retry-after"], response.headers["retry-after-ms"]) == (
            "3",
            "2500",
        )
        assert (await response.json())["error"]["type"] == "rate_limit_error"


async def test_a_hung_request_times_out_in_the_client() -> None:
    async with (
        FakeAnthropic(KEY, faults=Faults(timeout=1.0, hang=5.0)) as fake,
        AsyncAnthropic(base_url=fake.base_url, api_key=KEY, max_retries=0, timeout=0.3) as client,
    ):
        with pytest.raises(anthropic.APITimeoutError):
            await client.messages.create(model=MODEL, max_tokens=10, messages=user("hi"))

    assert fake.injected == {"timeout": 1}
    assert fake.requests[0].status is None


async def test_an_error_event_mid_stream(fake: FakeAnthropic, client: AsyncAnthropic) -> None:
    fake.faults = Faults(stream_error=1.0)
    received: list[str] = []

    with pytest.raises(anthropic.APIStatusError, match="overloaded_error"):
        async with client.messages.stream(
            model=MODEL, max_tokens=256, messages=user("Tell me about protein")
        ) as stream:
            async for text in stream.text_stream:
                received.append(text)

    assert received  # part of the answer arrived before the error
    assert fake.injected == {"stream_error": 1}


async def test_faults_are_deterministic_for_a_seed() -> None:
    async def pattern(seed: int) -> list[int]:
        async with (
            FakeAnthropic(KEY, faults=Faults(overloaded=0.5), seed=seed) as fake,
            AsyncAnthropic(base_url=fake.base_url, api_key=KEY, max_retries=0) as client,
        ):
            statuses = []
            for _ in range(16):
                try:
                    await client.messages.create(model=MODEL, max_tokens=10, messages=user("hi"))
                    statuses.append(200)
                except anthropic.OverloadedError:
                    statuses.append(529)
            return statuses

    first = await pattern(1)

    assert first == await pattern(1)
    assert {200, 529} == set(first)
    assert first != await pattern(2)


async def test_latency_model() -> None:
    latency = Latency(first_token=0.1, per_token=0.002)
    async with (
        FakeAnthropic(KEY, latency=latency, reply_tokens=100) as fake,
        AsyncAnthropic(base_url=fake.base_url, api_key=KEY, max_retries=0) as client,
    ):
        started = time.monotonic()
        message = await client.messages.create(model=MODEL, max_tokens=500, messages=user("hi"))
        whole = time.monotonic() - started

        started = time.monotonic()
        async with client.messages.stream(
            model=MODEL, max_tokens=500, messages=user("hi")
        ) as stream:
            arrivals = [time.monotonic() - started async for _ in stream.text_stream]

    expected = 0.1 + 0.002 * message.usage.output_tokens
    assert whole >= expected * 0.95
    assert arrivals[0] >= 0.1 * 0.95
    assert arrivals[-1] - arrivals[0] >= 0.002 * (message.usage.output_tokens - 10)
    assert Latency.fixed(0.5) == Latency(first_token=0.5)


async def test_count_tokens(client: AsyncAnthropic) -> None:
    counted = await client.messages.count_tokens(model=MODEL, messages=user("x" * 400), tools=TOOLS)
    created = await client.messages.create(
        model=MODEL, max_tokens=10, messages=user("x" * 400), tools=TOOLS
    )

    assert counted.input_tokens == created.usage.input_tokens > 100


def photo_message(image: bytes, media_type: str, caption: str = "") -> list[Any]:
    data = base64.b64encode(image).decode()
    block = {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}
    return [{"role": "user", "content": [block, {"type": "text", "text": caption or "(photo)"}]}]


async def test_a_photo_is_seen_through_its_description(client: AsyncAnthropic) -> None:
    for kind in ("png", "jpeg"):
        image = food_photo("2 eggs and a slice of toast", kind=kind)
        message = await client.messages.create(
            model=MODEL, max_tokens=200, tools=TOOLS,
            messages=photo_message(image, f"image/{kind}", "what is this?"),
        )  # fmt: skip
        [use] = [b for b in message.content if isinstance(b, ToolUseBlock)]
        assert use.name == "log_food"
        assert "2 eggs and a slice of toast" in json.dumps(use.input)
    unclear = await client.messages.create(
        model=MODEL, max_tokens=200, tools=TOOLS,
        messages=photo_message(food_photo(None), "image/png", "I had this"),
    )  # fmt: skip
    assert [b.type for b in unclear.content] == ["text"]
    assert isinstance(unclear.content[0], TextBlock) and unclear.content[0].text == UNCLEAR_PHOTO


@pytest.mark.parametrize(
    ("image", "media_type", "error"),
    [
        (food_photo("toast"), "image/jpeg", "does not match the provided media type"),
        (food_photo("toast"), "image/heic", "media_type: Input should be one of"),
        (b"", "image/png", "image cannot be empty"),
        (food_photo("toast", kind="jpeg") + bytes(5 * 1024 * 1024), "image/jpeg", "exceeds 5 MB"),
    ],
)
async def test_bad_images_are_refused_like_the_api(
    client: AsyncAnthropic, image: bytes, media_type: str, error: str
) -> None:
    with pytest.raises(anthropic.BadRequestError, match=error):
        await client.messages.create(
            model=MODEL, max_tokens=50, messages=photo_message(image, media_type)
        )


async def test_image_data_that_is_not_base64_is_refused(client: AsyncAnthropic) -> None:
    block = {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": "not base64!"}}  # fmt: skip
    with pytest.raises(anthropic.BadRequestError, match="invalid base64"):
        await client.messages.create(
            model=MODEL, max_tokens=50,
            messages=[{"role": "user", "content": [block, {"type": "text", "text": "x"}]}],  # type: ignore[list-item]
        )  # fmt: skip
