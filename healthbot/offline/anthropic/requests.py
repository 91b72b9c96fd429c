"""A Messages request to the fake Anthropic, validated as the real API does."""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from healthbot.offline.anthropic.records import MAX_IMAGE_BYTES, JsonDict
from healthbot.offline.images import IMAGE_TYPES, image_type

_TOOL_NAME: Final = re.compile(r"^[a-zA-Z0-9_-]{1,128}$")


class ApiError(Exception):
    """An API error answer: HTTP status, error type and message."""

    def __init__(self, status: int, error_type: str, message: str):
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message


def invalid(message: str) -> ApiError:
    """A 400 invalid_request_error."""
    return ApiError(400, "invalid_request_error", message)


@dataclass(frozen=True, slots=True)
class Request:
    """A validated Messages request: what the answer depends on."""

    model: str
    max_tokens: int
    messages: list[JsonDict]  # content always as a list of blocks
    system: str
    tools: dict[str, JsonDict]  # name -> tool
    tool_choice: JsonDict
    stream: bool
    stop_sequences: list[str]


def _blocks(content: Any, where: str) -> list[JsonDict]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if not isinstance(content, list):
        raise invalid(f"{where}: Input should be a valid string or list")
    for index, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise invalid(f"{where}.{index}: Input should be a content block object")
        if block["type"] == "text" and not isinstance(block.get("text"), str):
            raise invalid(f"{where}.{index}.text: Field required")
        if block["type"] == "image":
            _check_image(block, f"{where}.{index}")
    return content


def _check_image(block: JsonDict, where: str) -> None:
    """An image block as the real API checks it: base64 data of a supported type that
    matches its declared media type, at most 5 MB (or a URL)."""
    source = block.get("source")
    if not isinstance(source, dict) or source.get("type") not in {"base64", "url"}:
        raise invalid(f"{where}.source: Input tag does not match 'base64' or 'url'")
    if source["type"] == "url":
        if not isinstance(source.get("url"), str):
            raise invalid(f"{where}.source.url: Field required")
        return
    media_type = source.get("media_type")
    if media_type not in IMAGE_TYPES:
        raise invalid(f"{where}.source.media_type: Input should be one of {sorted(IMAGE_TYPES)}")
    try:
        data = base64.b64decode(source.get("data") or "", validate=True)
    except (ValueError, TypeError):
        raise invalid(f"{where}.source.data: invalid base64 data") from None
    if not data:
        raise invalid(f"{where}.source.data: image cannot be empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise invalid(f"{where}.source.base64: image exceeds 5 MB maximum")
    if image_type(data) != media_type:
        raise invalid(f"{where}: Image does not match the provided media type {media_type}")


def parse_request(body: Any) -> Request:
    """Validate a Messages request body like the real API."""
    if not isinstance(body, dict):
        raise invalid("Input should be an object")
    for name in ("model", "max_tokens", "messages"):
        if name not in body:
            raise invalid(f"{name}: Field required")
    model = body["model"]
    if not isinstance(model, str) or not model:
        raise invalid("model: Input should be a valid string")
    max_tokens = body["max_tokens"]
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise invalid("max_tokens: Input should be a valid integer greater than or equal to 1")
    messages = _parse_messages(body["messages"])
    system = body.get("system")
    if system is None:
        system_text = ""
    elif isinstance(system, str):
        system_text = system
    else:
        system_text = " ".join(block.get("text", "") for block in _blocks(system, "system"))
    tools = _parse_tools(body.get("tools"))
    tool_choice = _parse_tool_choice(body.get("tool_choice"), tools)
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise invalid("stream: Input should be a valid boolean")
    _check_metadata(body.get("metadata"))
    stop_sequences = body.get("stop_sequences") or []
    if not isinstance(stop_sequences, list) or not all(
        isinstance(stop, str) and stop for stop in stop_sequences
    ):
        raise invalid("stop_sequences: Input should be a list of non-empty strings")
    return Request(
        model=model,
        max_tokens=max_tokens,
        messages=messages,
        system=system_text,
        tools=tools,
        tool_choice=tool_choice,
        stream=stream,
        stop_sequences=stop_sequences,
    )


def _check_metadata(metadata: Any) -> None:
    if metadata is None:
        return
    user_id = metadata.get("user_id") if isinstance(metadata, dict) else None
    if not isinstance(metadata, dict) or not isinstance(user_id, str | None):
        raise invalid("metadata.user_id: Input should be a valid string")
    if user_id is not None and len(user_id) > 256:
        raise invalid("metadata.user_id: String should have at most 256 characters")


def _parse_tool_choice(raw: Any, tools: Mapping[str, JsonDict]) -> JsonDict:
    choice = raw or {"type": "auto"}
    if not isinstance(choice, dict) or choice.get("type") not in {"auto", "any", "tool", "none"}:
        raise invalid("tool_choice: Input tag does not match 'auto', 'any', 'tool' or 'none'")
    if choice["type"] == "tool" and choice.get("name") not in tools:
        raise invalid(f"tool_choice: tool '{choice.get('name')}' not found in tools")
    if choice["type"] in {"any", "tool"} and not tools:
        raise invalid("tool_choice: tool_choice may only be specified while providing tools")
    return choice


def _parse_messages(raw: Any) -> list[JsonDict]:
    if not isinstance(raw, list) or not raw:
        raise invalid("messages: at least one message is required")
    messages: list[JsonDict] = []
    for index, message in enumerate(raw):
        where = f"messages.{index}"
        if not isinstance(message, dict):
            raise invalid(f"{where}: Input should be an object")
        role = message.get("role")
        if role not in {"user", "assistant"}:
            raise invalid(f"{where}.role: Input should be 'user' or 'assistant'")
        content = _blocks(message.get("content"), f"{where}.content")
        is_final_assistant = role == "assistant" and index == len(raw) - 1
        if not is_final_assistant and not any(_block_has_content(block) for block in content):
            raise invalid(
                f"{where}: all messages must have non-empty content except for the "
                "optional final assistant message"
            )
        messages.append({"role": role, "content": content})
    _check_tool_pairs(messages)
    return messages


def _block_has_content(block: JsonDict) -> bool:
    return block["type"] != "text" or bool(block["text"].strip())


def _check_tool_pairs(messages: list[JsonDict]) -> None:
    """Every tool_use needs its tool_result right after, and every tool_result its tool_use."""
    for index, message in enumerate(messages):
        previous = messages[index - 1] if index else None
        if message["role"] == "assistant":
            used = [b["id"] for b in message["content"] if b["type"] == "tool_use"]
            if not used:
                continue
            following = messages[index + 1] if index + 1 < len(messages) else None
            answered = set() if following is None else _result_ids(following)
            if missing := [tool_id for tool_id in used if tool_id not in answered]:
                raise invalid(
                    f"messages.{index}: `tool_use` ids were found without `tool_result` blocks "
                    f"immediately after: {', '.join(missing)}. Each `tool_use` block must have "
                    "a corresponding `tool_result` block in the next message."
                )
            continue
        offered = set()
        if previous is not None and previous["role"] == "assistant":
            offered = {b["id"] for b in previous["content"] if b["type"] == "tool_use"}
        for position, block in enumerate(message["content"]):
            if block["type"] == "tool_result" and block.get("tool_use_id") not in offered:
                raise invalid(
                    f"messages.{index}.content.{position}: unexpected `tool_use_id` found in "
                    f"`tool_result` blocks: {block.get('tool_use_id')}. Each `tool_result` "
                    "block must have a corresponding `tool_use` block in the previous message."
                )


def _result_ids(message: JsonDict) -> set[str]:
    if message["role"] != "user":
        return set()
    return {b.get("tool_use_id", "") for b in message["content"] if b["type"] == "tool_result"}


def _parse_tools(raw: Any) -> dict[str, JsonDict]:
    if raw is None:
        return {}
    if not isinstance(raw, list):
        raise invalid("tools: Input should be a valid list")
    tools: dict[str, JsonDict] = {}
    for index, tool in enumerate(raw):
        if not isinstance(tool, dict):
            raise invalid(f"tools.{index}: Input should be an object")
        name = tool.get("name")
        if not isinstance(name, str) or not _TOOL_NAME.match(name):
            raise invalid(
                f"tools.{index}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{{1,128}}$'"
            )
        if tool.get("type") in {None, "custom"}:
            schema = tool.get("input_schema")
            if not isinstance(schema, dict) or schema.get("type") != "object":
                raise invalid(f"tools.{index}.custom.input_schema.type: Input should be 'object'")
        if name in tools:
            raise invalid("tools: Tool names must be unique.")
        tools[name] = tool
    return tools


def estimate_input_tokens(request: Request) -> int:
    """The request's input tokens, about: its characters (tools' JSON too) / 4, an image 400."""
    chars = len(request.system)
    for message in request.messages:
        for block in message["content"]:
            kind = block["type"]
            if kind == "text":
                chars += len(block["text"])
            elif kind == "tool_use":
                chars += len(block.get("name", "")) + len(json.dumps(block.get("input", {})))
            elif kind == "tool_result":
                chars += len(result_text(block))
            else:
                chars += 400  # an image or a document: a flat guess
    if request.tools:
        chars += len(json.dumps(list(request.tools.values())))
    return max(1, math.ceil(chars / 4))


def token_count(text: str) -> int:
    """The tokens of a text, about: characters / 4 (at least 1 for a text)."""
    return max(1, math.ceil(len(text) / 4)) if text else 0


def result_text(block: JsonDict) -> str:
    """The text of a tool_result block, its content a string or text blocks."""
    content = block.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(part.get("text", "")) for part in content if isinstance(part, dict)
        ).strip()
    return ""
