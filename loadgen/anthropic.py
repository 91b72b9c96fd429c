"""A fake Anthropic Messages API server for tests, the offline coach and load tests.

The bot under test talks to it over HTTP exactly as to api.anthropic.com (official SDK:
``AsyncAnthropic(base_url=fake.base_url, api_key=...)``); tests read what the bot sent from
``fake.requests`` and shape the answers through ``latency``, ``faults`` and ``tool_names``.

Choices worth knowing:
- Answers are deterministic: the text of a reply is picked by hashing the conversation, ids
  are counters, and the faults and the jitter come from one ``random.Random(seed)``.
- Tools are used by rules, not understanding: when the request offers tools and its last
  user message is text, food words lead to the food-logging tool (not in "I'm allergic to
  peanuts", "I hate olives" or "I ate too much": nothing named that was eaten), "remind me"
  to the reminder tool, and so on (``_RULES``). Statements only: a question ("?", or
  starting with "how", "what", "can"...) logs nothing, but may still ask for stats or a
  reminder. A reminder request uses no other tool; the logging rules may fire together and
  then answer with parallel ``tool_use`` blocks. The input follows the tool's
  ``input_schema``: known property names get values parsed from the text, other required
  properties get the user's text (strings) or its first number.
- Photos: the fake reads what a `loadgen.images.food_photo` shows from its metadata and
  takes it as "I had <that>" (the caption aside), so the food rules apply; a photo it cannot
  name gets ``UNCLEAR_PHOTO``. Image blocks are checked like the real API's (type, base64,
  5 MB, the bytes matching the media type).
- After a ``tool_result`` the answer is a short text that quotes the result, unless a test
  scripted the next step (``after_tools``: the results' texts in, tool calls out, their input
  sent as given, unfitted to the schema, so a test can send what a careless model would).
- mem0's fact extraction (its system prompt names a "Memory Extractor") gets JSON: each new
  user message as one memory, ``"User said: <message>"``.
- Requests are validated like the real API where a bot's bug would show: headers, required
  fields, roles, and the pairing of ``tool_use`` and ``tool_result`` blocks.
- Both ``x-api-key`` and ``Authorization: Bearer`` carry the key (SDK 2.x sends the latter).
- Tokens are estimated: input ~ characters / 4; output ~ characters / 4 of the answer.
- 429 answers carry ``retry-after`` (whole seconds) and ``retry-after-ms``; the SDK prefers
  the latter, so a small ``Faults.retry_after`` keeps retry tests fast.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import math
import random
import re
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from aiohttp import web

from loadgen.images import IMAGE_TYPES, description_of, image_type
from loadgen.server import FakeServer

log = logging.getLogger(__name__)

JsonDict = dict[str, Any]

API_VERSION: Final = "2023-06-01"
MAX_REQUEST_BYTES: Final = 32 * 1024 * 1024  # the real API's limit for Messages requests
MAX_IMAGE_BYTES: Final = 5 * 1024 * 1024  # per image
_TOOL_NAME: Final = re.compile(r"^[a-zA-Z0-9_-]{1,128}$")
_REDACTED_HEADERS: Final = frozenset({"x-api-key", "authorization"})


# ---------------------------------------------------------------------------------------------
# Configuration


@dataclass(frozen=True, slots=True)
class Latency:
    """How long answers take: a time to first token plus a time per output token.

    Non-streaming answers wait the whole sum; streaming ones wait ``first_token`` before the
    first event and space the deltas by ``per_token`` per token. ``jitter`` is relative:
    every delay is multiplied by a uniform draw from ``[1 - jitter, 1 + jitter]``.
    """

    first_token: float = 0.0
    per_token: float = 0.0
    jitter: float = 0.0

    @classmethod
    def fixed(cls, seconds: float, jitter: float = 0.0) -> Latency:
        """A latency that does not depend on the answer's length."""
        return cls(first_token=seconds, jitter=jitter)


@dataclass(frozen=True, slots=True)
class Faults:
    """Shares of requests that fail, each drawn once per valid request (so they add up)."""

    rate_limited: float = 0.0
    """429 rate_limit_error, with ``retry-after``."""
    overloaded: float = 0.0
    """529 overloaded_error."""
    server_error: float = 0.0
    """500 api_error."""
    timeout: float = 0.0
    """No answer: the request hangs ``hang`` seconds (or until the client gives up)."""
    stream_error: float = 0.0
    """Streaming only: an ``error`` event (overloaded_error) halfway through the answer."""
    hang: float = 30.0
    """How long a timed-out request hangs before its connection is closed."""
    retry_after: float = 1.0
    """Seconds a 429 asks the client to wait."""
    server_retry_after: float | None = None
    """If set, 500 and 529 answers carry retry-after headers too (the real API's do not;
    this keeps retry tests fast)."""


DEFAULT_TOOL_NAMES: Final[Mapping[str, tuple[str, ...]]] = {
    "reminder": ("create_reminder", "set_reminder", "add_reminder", "reminder"),
    "weight": ("log_weight", "weight"),
    "water": ("log_water", "water"),
    "food": ("log_food", "log_meal", "food", "meal"),
    "stats": ("get_stats", "get_progress", "stats", "progress"),
}
"""For each rule, the tool names to look for among the offered tools: exact names first,
then any offered tool whose name contains one of them."""


@dataclass(slots=True)
class RecordedRequest:
    """One request the fake received (the API key left out of the headers)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    """The parsed JSON body; None if it was not JSON."""
    at: float
    """``time.monotonic()`` when the request arrived."""
    status: int | None = None
    """The HTTP status answered; None while in progress or when no answer was given."""
    first_text_at: float | None = None
    """Streaming: ``time.monotonic()`` when the first text delta was written."""
    done_at: float | None = None
    """``time.monotonic()`` when the answer was complete (200 answers only)."""

    @property
    def user_id(self) -> str | None:
        """The request's ``metadata.user_id``, if it named one."""
        metadata = self.body.get("metadata") if isinstance(self.body, dict) else None
        user_id = metadata.get("user_id") if isinstance(metadata, dict) else None
        return user_id if isinstance(user_id, str) else None


@dataclass(frozen=True, slots=True)
class Answered:
    """When one answered request came, started its text and ended (``time.monotonic()``),
    and for whom (its ``metadata.user_id``): what load tests correlate with replies."""

    user_id: str | None
    at: float
    first_text_at: float | None
    done_at: float


class _ApiError(Exception):
    """An API error answer: HTTP status, error type and message."""

    def __init__(self, status: int, error_type: str, message: str):
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message


def _invalid(message: str) -> _ApiError:
    return _ApiError(400, "invalid_request_error", message)


# ---------------------------------------------------------------------------------------------
# Requests


@dataclass(frozen=True, slots=True)
class _Request:
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
        raise _invalid(f"{where}: Input should be a valid string or list")
    for index, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise _invalid(f"{where}.{index}: Input should be a content block object")
        if block["type"] == "text" and not isinstance(block.get("text"), str):
            raise _invalid(f"{where}.{index}.text: Field required")
        if block["type"] == "image":
            _check_image(block, f"{where}.{index}")
    return content


def _check_image(block: JsonDict, where: str) -> None:
    """An image block as the real API checks it: base64 data of a supported type that
    matches its declared media type, at most 5 MB (or a URL)."""
    source = block.get("source")
    if not isinstance(source, dict) or source.get("type") not in {"base64", "url"}:
        raise _invalid(f"{where}.source: Input tag does not match 'base64' or 'url'")
    if source["type"] == "url":
        if not isinstance(source.get("url"), str):
            raise _invalid(f"{where}.source.url: Field required")
        return
    media_type = source.get("media_type")
    if media_type not in IMAGE_TYPES:
        raise _invalid(f"{where}.source.media_type: Input should be one of {sorted(IMAGE_TYPES)}")
    try:
        data = base64.b64decode(source.get("data") or "", validate=True)
    except (ValueError, TypeError):
        raise _invalid(f"{where}.source.data: invalid base64 data") from None
    if not data:
        raise _invalid(f"{where}.source.data: image cannot be empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise _invalid(f"{where}.source.base64: image exceeds 5 MB maximum")
    if image_type(data) != media_type:
        raise _invalid(f"{where}: Image does not match the provided media type {media_type}")


def _parse_request(body: Any) -> _Request:
    """Validate a Messages request body like the real API."""
    if not isinstance(body, dict):
        raise _invalid("Input should be an object")
    for name in ("model", "max_tokens", "messages"):
        if name not in body:
            raise _invalid(f"{name}: Field required")
    model = body["model"]
    if not isinstance(model, str) or not model:
        raise _invalid("model: Input should be a valid string")
    max_tokens = body["max_tokens"]
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise _invalid("max_tokens: Input should be a valid integer greater than or equal to 1")
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
        raise _invalid("stream: Input should be a valid boolean")
    _check_metadata(body.get("metadata"))
    stop_sequences = body.get("stop_sequences") or []
    if not isinstance(stop_sequences, list) or not all(
        isinstance(stop, str) and stop for stop in stop_sequences
    ):
        raise _invalid("stop_sequences: Input should be a list of non-empty strings")
    return _Request(
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
        raise _invalid("metadata.user_id: Input should be a valid string")
    if user_id is not None and len(user_id) > 256:
        raise _invalid("metadata.user_id: String should have at most 256 characters")


def _parse_tool_choice(raw: Any, tools: Mapping[str, JsonDict]) -> JsonDict:
    choice = raw or {"type": "auto"}
    if not isinstance(choice, dict) or choice.get("type") not in {"auto", "any", "tool", "none"}:
        raise _invalid("tool_choice: Input tag does not match 'auto', 'any', 'tool' or 'none'")
    if choice["type"] == "tool" and choice.get("name") not in tools:
        raise _invalid(f"tool_choice: tool '{choice.get('name')}' not found in tools")
    if choice["type"] in {"any", "tool"} and not tools:
        raise _invalid("tool_choice: tool_choice may only be specified while providing tools")
    return choice


def _parse_messages(raw: Any) -> list[JsonDict]:
    if not isinstance(raw, list) or not raw:
        raise _invalid("messages: at least one message is required")
    messages: list[JsonDict] = []
    for index, message in enumerate(raw):
        where = f"messages.{index}"
        if not isinstance(message, dict):
            raise _invalid(f"{where}: Input should be an object")
        role = message.get("role")
        if role not in {"user", "assistant"}:
            raise _invalid(f"{where}.role: Input should be 'user' or 'assistant'")
        content = _blocks(message.get("content"), f"{where}.content")
        is_final_assistant = role == "assistant" and index == len(raw) - 1
        if not is_final_assistant and not any(_block_has_content(block) for block in content):
            raise _invalid(
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
                raise _invalid(
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
                raise _invalid(
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
        raise _invalid("tools: Input should be a valid list")
    tools: dict[str, JsonDict] = {}
    for index, tool in enumerate(raw):
        if not isinstance(tool, dict):
            raise _invalid(f"tools.{index}: Input should be an object")
        name = tool.get("name")
        if not isinstance(name, str) or not _TOOL_NAME.match(name):
            raise _invalid(
                f"tools.{index}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{{1,128}}$'"
            )
        if tool.get("type") in {None, "custom"}:
            schema = tool.get("input_schema")
            if not isinstance(schema, dict) or schema.get("type") != "object":
                raise _invalid(f"tools.{index}.custom.input_schema.type: Input should be 'object'")
        if name in tools:
            raise _invalid("tools: Tool names must be unique.")
        tools[name] = tool
    return tools


def _estimate_input_tokens(request: _Request) -> int:
    chars = len(request.system)
    for message in request.messages:
        for block in message["content"]:
            kind = block["type"]
            if kind == "text":
                chars += len(block["text"])
            elif kind == "tool_use":
                chars += len(block.get("name", "")) + len(json.dumps(block.get("input", {})))
            elif kind == "tool_result":
                chars += len(_result_text(block))
            else:
                chars += 400  # an image or a document: a flat guess
    if request.tools:
        chars += len(json.dumps(list(request.tools.values())))
    return max(1, math.ceil(chars / 4))


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / 4)) if text else 0


# ---------------------------------------------------------------------------------------------
# Answers


_FOOD_FORMS: Final = {
    form: name
    for name, forms in {
        "egg": ("egg", "eggs"),
        "toast": ("toast", "toasts"),
        "apple": ("apple", "apples"),
        "banana": ("banana", "bananas"),
        "rice": ("rice",),
        "chicken": ("chicken",),
        "salad": ("salad", "salads"),
        "pasta": ("pasta",),
        "coffee": ("coffee", "coffees"),
        "milk": ("milk",),
        "oatmeal": ("oatmeal", "porridge", "oats"),
        "yogurt": ("yogurt", "yoghurt", "yogurts"),
        "bread": ("bread",),
        "cheese": ("cheese",),
        "pizza": ("pizza", "pizzas"),
        "sandwich": ("sandwich", "sandwiches"),
        "soup": ("soup",),
        "steak": ("steak", "steaks"),
        "fish": ("fish",),
        "salmon": ("salmon",),
        "avocado": ("avocado", "avocados"),
        "orange": ("orange", "oranges"),
        "potato": ("potato", "potatoes"),
        "burger": ("burger", "burgers"),
        "cereal": ("cereal",),
        "tea": ("tea",),
        "juice": ("juice",),
        "nuts": ("nuts", "almonds", "peanuts"),
        "cookie": ("cookie", "cookies"),
        "chocolate": ("chocolate",),
    }.items()
    for form in forms
}
_FOOD_RE: Final = re.compile(
    r"\b(" + "|".join(sorted(_FOOD_FORMS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_ATE_RE: Final = re.compile(
    r"\b(i ate|ate|eaten|had\b.{0,60}?\b(breakfast|lunch|dinner|snack))\b",
    re.IGNORECASE,
)
_MEAL_RE: Final = re.compile(r"\b(breakfast|lunch|dinner|snack)\b", re.IGNORECASE)
_NUMBER_WORDS: Final = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "half": 0.5,
    "half a": 0.5,
}
_UNITS: Final = {
    "g": "g",
    "gram": "g",
    "grams": "g",
    "kg": "kg",
    "ml": "ml",
    "l": "l",
    "cup": "cup",
    "cups": "cup",
    "slice": "slice",
    "slices": "slice",
    "bowl": "bowl",
    "bowls": "bowl",
    "piece": "piece",
    "pieces": "piece",
    "glass": "glass",
    "glasses": "glass",
    "tbsp": "tbsp",
    "tsp": "tsp",
    "oz": "oz",
    "plate": "plate",
    "plates": "plate",
    "handful": "handful",
}
_QUANTITY_BEFORE: Final = re.compile(
    r"(?P<qty>\b\d+(?:[.,]\d+)?|\b(?:half a|half|an|a|one|two|three|four|five|six)\b)\s*"
    r"(?:(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b\s*)?"
    r"(?:of\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_REMIND_RE: Final = re.compile(r"\bremind me\b", re.IGNORECASE)
_REMIND_WHAT: Final = re.compile(
    r"\bremind me\s+(?:to\s+|about\s+|that\s+)?(?P<what>[^.!?]+)", re.IGNORECASE
)
_RECURRING: Final = re.compile(
    r"\b(every day|daily|each day|every morning|every evening)\b", re.IGNORECASE
)
_AT_TIME: Final = re.compile(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", re.IGNORECASE)
_IN_TIME: Final = re.compile(r"\bin\s+(\d+)\s*(minutes?|mins?|hours?|h)\b", re.IGNORECASE)
_WATER_AMOUNT: Final = re.compile(
    r"(?P<qty>\b\d+(?:[.,]\d+)?|\b(?:an|a|one|two|three|four|five|six)\b)\s*"
    r"(?P<unit>ml|l|liters?|litres?|oz|cups?|glass(?:es)?|bottles?)\b",
    re.IGNORECASE,
)
_WATER_ML: Final = {"ml": 1, "l": 1000, "oz": 30, "cup": 240, "glass": 250, "bottle": 500}
_WEIGHT_RE: Final = re.compile(
    r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>kgs?|kilos?|kilograms?|lbs?|pounds?)\b",
    re.IGNORECASE,
)
_WEIGH_NUMBER: Final = re.compile(r"\bweigh\s+(?P<value>\d+(?:[.,]\d+)?)", re.IGNORECASE)
_STATS_RE: Final = re.compile(r"\b(my xp|xp|streak|level|my stats|my progress)\b", re.IGNORECASE)
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)?")


def _number(text: str) -> float:
    if text.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[text.lower()]
    return float(text.replace(",", "."))


def _plain_number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def _food_input(text: str) -> JsonDict:
    items: list[JsonDict] = []
    previous_end = 0
    for match in _FOOD_RE.finditer(text):
        name = _FOOD_FORMS[match.group(1).lower()]
        quantity: float = 1.0
        unit = "serving"
        # An amount belongs to the nearest food after it: look back no further than the last.
        window = text[max(previous_end, match.start() - 40) : match.start()]
        previous_end = match.end()
        before = _QUANTITY_BEFORE.search(window)
        if before is not None:
            quantity = _number(before.group("qty"))
            unit = _UNITS[before.group("unit").lower()] if before.group("unit") else "piece"
        items.append({"name": name, "quantity": _plain_number(quantity), "unit": unit})
    result: JsonDict = {"description": text, "text": text, "items": items}
    if meal := _MEAL_RE.search(text):
        result["meal"] = meal.group(1).lower()
    return result


def _reminder_input(text: str) -> JsonDict:
    # What to remind of is what is left once the time phrases are taken out.
    rest = _RECURRING.sub(" ", _IN_TIME.sub(" ", _AT_TIME.sub(" ", text)))
    what = _REMIND_WHAT.search(rest)
    result: JsonDict = {"text": " ".join(what.group("what").split()) if what else text}
    if at := _AT_TIME.search(text):
        hour, minute = int(at.group(1)), int(at.group(2) or 0)
        suffix = (at.group(3) or "").lower()
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        result["time"] = f"{hour % 24:02d}:{minute:02d}"
    elif in_time := _IN_TIME.search(text):
        minutes = int(in_time.group(1)) * (60 if in_time.group(2).lower().startswith("h") else 1)
        result["in_minutes"] = minutes
        result["time"] = f"in {minutes} minutes"
    if _RECURRING.search(text):
        result["recurrence"] = "daily"
    return result


def _water_input(text: str) -> JsonDict:
    amount = 250.0
    if match := _WATER_AMOUNT.search(text):
        unit = match.group("unit").lower()
        unit = next(key for key in _WATER_ML if unit.startswith(key))
        amount = _number(match.group("qty")) * _WATER_ML[unit]
    return {"amount_ml": _plain_number(round(amount)), "unit": "ml", "text": text}


def _weight_input(text: str) -> JsonDict:
    unit = "kg"
    match = _WEIGHT_RE.search(text)
    if match is not None:
        value = _number(match.group("value"))
        unit = "lb" if match.group("unit").lower().startswith(("lb", "pound")) else "kg"
    elif weigh := _WEIGH_NUMBER.search(text):
        value = _number(weigh.group("value"))
    else:
        value = 0.0
    kilograms = value * 0.45359237 if unit == "lb" else value
    return {
        "weight": _plain_number(value),
        "unit": unit,
        "weight_kg": round(kilograms, 1),
        "text": text,
    }


def _stats_input(text: str) -> JsonDict:
    return {"text": text}


def _matches_reminder(text: str) -> bool:
    return bool(_REMIND_RE.search(text))


def _matches_stats(text: str) -> bool:
    return bool(_STATS_RE.search(text))


# "how many calories in a banana": a question, even without its question mark.
_QUESTION_RE: Final = re.compile(
    r"\s*(how|what|which|who|why|when|where|is|are|can|could|should|do|does|would|will)\b",
    re.IGNORECASE,
)
# "I'm allergic to peanuts", "I hate olives", "I ate too much": about food, but no food named
# that was eaten.
_NOT_EATEN_RE: Final = re.compile(
    r"\b(allergic|allergy|allergies|intolerant|hate|dislike|don'?t (?:like|eat)|never eat"
    r"|overate|ate (?:too much|too little|a lot|nothing|less|more))\b",
    re.IGNORECASE,
)


def _matches_food(text: str) -> bool:
    if _NOT_EATEN_RE.search(text):
        return False
    return bool(_FOOD_RE.search(text) or _ATE_RE.search(text))


def _matches_water(text: str) -> bool:
    lowered = text.lower()
    if re.search(r"\bwater\b", lowered):
        return bool(
            re.search(r"\d|\b(glass|glasses|cup|cups|bottle|bottles|drank|drink)\b", lowered)
        )
    return bool(re.search(r"\bdrank\b", lowered)) and not _FOOD_RE.search(text)


def _matches_weight(text: str) -> bool:
    lowered = text.lower()
    return "i weigh" in lowered or ("weigh" in lowered and bool(_WEIGHT_RE.search(text)))


# rule -> (does the text call for it, the tool input it suggests); in the order tried.
_RULES: Final = {
    "reminder": (_matches_reminder, _reminder_input),
    "weight": (_matches_weight, _weight_input),
    "water": (_matches_water, _water_input),
    "food": (_matches_food, _food_input),
    "stats": (_matches_stats, _stats_input),
}
_LOGGING_RULES: Final = frozenset({"weight", "water", "food"})


def _matching_rules(text: str) -> list[str]:
    """The rules the user's text calls for, in order (see the module docstring)."""
    if _REMIND_RE.search(text):
        return ["reminder"]  # "remind me to drink water" logs no water
    question = "?" in text or bool(_QUESTION_RE.match(text))
    rules = [
        rule
        for rule, (matches, _) in _RULES.items()
        if not (question and rule in _LOGGING_RULES) and matches(text)
    ]
    if "weight" in rules and "food" in rules and not _FOOD_RE.search(text):
        rules.remove("food")  # "I weigh 70 kg, ate less" is about the weight
    return rules


def _natural_input(rule: str, text: str) -> JsonDict:
    return _RULES[rule][1](text)


def _find_tool(candidates: Sequence[str], offered: Collection[str]) -> str | None:
    for name in candidates:
        if name in offered:
            return name
    for name in candidates:
        for tool in offered:
            if name in tool.lower():
                return tool
    return None


# property name -> key of the natural input that answers it
_SYNONYMS: Final = {
    "food": "description",
    "foods": "items",
    "food_items": "items",
    "meal_description": "description",
    "query": "description",
    "input": "description",
    "note": "description",
    "meal_type": "meal",
    "message": "text",
    "reminder": "text",
    "reminder_text": "text",
    "title": "text",
    "task": "text",
    "what": "text",
    "at": "time",
    "when": "time",
    "remind_at": "time",
    "time_of_day": "time",
    "repeat": "recurrence",
    "ml": "amount_ml",
    "amount": "amount_ml",
    "volume_ml": "amount_ml",
    "milliliters": "amount_ml",
    "kg": "weight_kg",
    "value": "weight",
    "weight_value": "weight",
}
_ITEM_SYNONYMS: Final = {
    "food": "name",
    "item": "name",
    "description": "name",
    "amount": "quantity",
    "qty": "quantity",
    "count": "quantity",
    "servings": "quantity",
    "units": "unit",
}


def _conform(natural: JsonDict, schema: Any, text: str, synonyms: Mapping[str, str]) -> JsonDict:
    """Fit the natural input to a JSON schema's properties, filling required ones."""
    if not isinstance(schema, dict):
        return natural
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return natural  # a free-form object: give everything the rule found
    required = set(schema.get("required") or ())
    result: JsonDict = {}
    for name, prop in properties.items():
        key = name if name in natural else synonyms.get(name.lower(), name)
        value = natural.get(key)
        if value is None and name not in required:
            continue
        value = _fit(value, prop if isinstance(prop, dict) else {}, text)
        if value is not None:
            result[name] = value
    return result


def _fit(value: Any, prop: JsonDict, text: str) -> Any:  # noqa: PLR0911 - a return per type
    """Make a value match a property's type, or invent one from the text (None: give up)."""
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    enum = prop.get("enum")
    if isinstance(enum, list) and enum:
        return value if value in enum else enum[0]
    if kind == "string":
        return value if isinstance(value, str) else text
    if kind in {"number", "integer"}:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            found = _NUMBER.search(text)
            value = float(found.group().replace(",", ".")) if found else 1
        return round(value) if kind == "integer" else value
    if kind == "boolean":
        return value if isinstance(value, bool) else False
    if kind == "array":
        if not isinstance(value, list):
            return []
        item_schema = prop.get("items")
        return [
            _conform(item, item_schema, text, _ITEM_SYNONYMS) if isinstance(item, dict) else item
            for item in value
        ]
    if kind == "object":
        return _conform(value if isinstance(value, dict) else {}, prop, text, _SYNONYMS)
    return value if value is not None else text


def _result_text(block: JsonDict) -> str:
    content = block.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(part.get("text", "")) for part in content if isinstance(part, dict)
        ).strip()
    return ""


def _last_user_text(message: JsonDict, seen: Sequence[str | None]) -> str | None:
    """The text of a user message, or None if it carries tool results. With photos, what
    they show (`seen`: see `_seen`) as "I had <that>." in place of the caption."""
    if any(block["type"] == "tool_result" for block in message["content"]):
        return None
    if named := [f"I had {what}." for what in seen if what]:
        return " ".join(named)
    return " ".join(b["text"] for b in message["content"] if b["type"] == "text").strip()


def _seen(message: JsonDict) -> list[str | None]:
    """What each base64 image of the message shows (None: nothing the fake can name)."""
    return [
        description_of(base64.b64decode(b["source"]["data"]))
        for b in message["content"]
        if b["type"] == "image" and b["source"].get("type") == "base64"
    ]


_OPENERS: Final = (
    "Nice work checking in!",
    "Thanks for sharing that.",
    "Good question.",
    "Great to hear from you.",
    "Happy to help with that.",
    "You're doing well to keep track.",
)
_SENTENCES: Final = (
    "Small, steady habits beat big plans that fade after a week.",
    "Aim for a plate that is half vegetables, a quarter protein and a quarter whole grains.",
    "Drinking a glass of water before each meal is an easy win.",
    "A short walk after dinner helps your digestion and your sleep.",
    "Protein at breakfast keeps you full until lunch.",
    "Try to get seven to nine hours of sleep; recovery matters as much as effort.",
    "Logging your meals for a week shows patterns you would otherwise miss.",
    "If you slip up, just log it and carry on: consistency counts more than perfection.",
    "Fibre from beans, oats and vegetables keeps your energy even through the day.",
    "Keep a piece of fruit within reach for when a snack craving hits.",
)
_CLOSERS: Final = (
    "Keep it up!",
    "You've got this.",
    "Let me know how it goes.",
    "One step at a time.",
)


MEMORY_EXTRACTOR: Final = "Memory Extractor"
"""In the system prompt of mem0's fact extraction (mem0 2.x ``ADDITIVE_EXTRACTION_PROMPT``)."""
EXTRACTED_PREFIX: Final = "User said: "


def _extracted_memories(request: _Request) -> str:
    """mem0's fact extraction answered: each new user message becomes one memory, as JSON
    (``{"memory": [{"text": "User said: ..."}]}``). Assistant messages give none."""
    prompt = " ".join(
        b["text"] for m in request.messages for b in m["content"] if b["type"] == "text"
    )
    section = prompt.partition("## New Messages\n")[2].partition("\n\n## ")[0]
    said = [
        line.removeprefix("user: ").strip()
        for line in section.splitlines()
        if line.startswith("user: ") and line.removeprefix("user: ").strip()
    ]
    return json.dumps({"memory": [{"text": EXTRACTED_PREFIX + text} for text in said]})


UNCLEAR_PHOTO: Final = (
    "I can't make out the food in this photo. What's on the plate? Tell me and I'll log it."
)


def _coach_text(seed_text: str, target_tokens: int) -> str:
    """A friendly, deterministic reply of about ``target_tokens`` tokens."""
    digest = hashlib.blake2b(seed_text.encode(), digest_size=8).digest()
    pick = int.from_bytes(digest, "big")
    parts = [_OPENERS[pick % len(_OPENERS)]]
    index = pick // len(_OPENERS)
    length = len(parts[0])
    closer = _CLOSERS[pick % len(_CLOSERS)]
    while (length + len(closer)) / 4 < target_tokens:
        sentence = _SENTENCES[index % len(_SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        index += 1
    parts.append(closer)
    return " ".join(parts)


def _after_tools_text(results: list[JsonDict]) -> str:
    summaries = []
    failed = False
    for block in results:
        summary = " ".join(_result_text(block).split())
        if len(summary) > 120:
            summary = summary[:117] + "..."
        failed = failed or bool(block.get("is_error"))
        if summary:
            summaries.append(summary)
    said = "; ".join(summaries) or "done"
    if failed:
        return f"Sorry, that did not work: {said}. Could you try again?"
    return f"All set: {said}. Keep it up!"


@dataclass(slots=True)
class _Answer:
    content: list[JsonDict]
    stop_reason: str
    stop_sequence: str | None = None
    output_tokens: int = 0
    tool_names: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# The server


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
        self.random = random.Random(seed)
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

    # -- lifecycle -----------------------------------------------------------------------------

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        app.router.add_post("/v1/messages", self._handle_messages)
        app.router.add_post("/v1/messages/count_tokens", self._handle_count_tokens)
        app.router.add_route("*", "/{tail:.*}", self._handle_not_found)
        return app

    # -- internals: HTTP -----------------------------------------------------------------------

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

    def _check(self, request: web.Request, body: Any) -> _Request:
        """Check the key, the version header and the body, in the real API's order."""
        self._authenticate(request)
        if not request.headers.get("anthropic-version"):
            raise _invalid("anthropic-version: header is required")
        if body is None:
            raise _invalid("There was an issue with your request body: expected a JSON object")
        parsed = _parse_request(body)
        known = (
            parsed.model in self.models
            if self.models is not None
            else parsed.model.startswith("claude")
        )
        if not known:
            raise _ApiError(404, "not_found_error", f"model: {parsed.model}")
        return parsed

    def _authenticate(self, request: web.Request) -> None:
        key = request.headers.get("x-api-key")
        if not key:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            key = token.strip() if scheme.lower() == "bearer" else ""
        if not key:
            raise _ApiError(401, "authentication_error", "x-api-key header is required")
        if self.api_key is not None and key != self.api_key:
            raise _ApiError(401, "authentication_error", "invalid x-api-key")

    def _error(self, record: RecordedRequest | None, error: _ApiError) -> web.Response:
        """Answer with the API's error envelope (and retry hints for 429/5xx)."""
        headers = {"request-id": self._new_id("req")}
        if error.status == 429:
            headers.update(_retry_after_headers(self.faults.retry_after))
        elif error.status >= 500 and self.faults.server_retry_after is not None:
            headers.update(_retry_after_headers(self.faults.server_retry_after))
        body = {"type": "error", "error": {"type": error.error_type, "message": error.message}}
        self.statuses[error.status] += 1
        if record is not None:
            record.status = error.status
        return web.json_response(body, status=error.status, headers=headers)

    async def _handle_not_found(self, request: web.Request) -> web.Response:
        return self._error(None, _ApiError(404, "not_found_error", "Not Found"))

    async def _handle_count_tokens(self, request: web.Request) -> web.Response:
        record = await self._record(request)
        body = record.body
        if isinstance(body, dict):
            body = {"max_tokens": 1, **body}  # count_tokens takes no max_tokens
        try:
            parsed = self._check(request, body)
        except _ApiError as error:
            return self._error(record, error)
        record.status = 200
        self.statuses[200] += 1
        return web.json_response(
            {"input_tokens": _estimate_input_tokens(parsed)},
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
        except _ApiError as error:
            return self._error(record, error)
        answer = self._answer(parsed)
        input_tokens = _estimate_input_tokens(parsed)
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
            raise _ApiError(
                429,
                "rate_limit_error",
                "This request would exceed your organization's rate limit. Please try again later.",
            )
        if draw < (edge := edge + faults.overloaded):
            self.injected["overloaded"] += 1
            raise _ApiError(529, "overloaded_error", "Overloaded")
        if draw < (edge := edge + faults.server_error):
            self.injected["server_error"] += 1
            raise _ApiError(500, "api_error", "Internal server error")
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

    # -- internals: answers --------------------------------------------------------------------

    def _answer(self, request: _Request) -> _Answer:
        if MEMORY_EXTRACTOR in request.system:
            return self._text_answer(request, _extracted_memories(request))
        last = request.messages[-1]
        prefill = ""
        if last["role"] == "assistant":  # a prefilled answer: continue it
            prefill = " ".join(b.get("text", "") for b in last["content"] if b["type"] == "text")
            last = request.messages[-2] if len(request.messages) > 1 else last
        choice = request.tool_choice["type"]
        seen = _seen(last) if last["role"] == "user" else []  # each image decoded once
        user_text = _last_user_text(last, seen) if last["role"] == "user" else ""
        if request.tools and choice != "none" and user_text is not None and not prefill:
            tool_uses = self._tool_uses(request, user_text)
            if tool_uses:
                return self._tool_answer(request, tool_uses)
        if user_text is None:
            results = [b for b in last["content"] if b["type"] == "tool_result"]
            if scripted := self._scripted(request, results):
                return self._tool_answer(request, scripted, fit=False)
            text = _after_tools_text(results)
        elif None in seen:
            text = UNCLEAR_PHOTO
        else:
            history = f"{len(request.messages)}:{user_text}:{request.system[:200]}"
            text = _coach_text(history, self.reply_tokens)
        return self._text_answer(request, text)

    def _scripted(
        self, request: _Request, results: list[JsonDict]
    ) -> Sequence[tuple[str, JsonDict]]:
        """The tool calls a test scripted as the answer to these results (``after_tools``)."""
        if self.after_tools is None or request.tool_choice["type"] == "none":
            return ()
        return [use for use in self.after_tools([_result_text(b) for b in results])
                if use[0] in request.tools]  # fmt: skip

    def _tool_uses(self, request: _Request, text: str) -> list[tuple[str, JsonDict]]:
        """The (tool name, natural input) pairs the text calls for among the offered tools."""
        choice = request.tool_choice
        if choice["type"] == "tool":
            name = choice["name"]
            rule = next(
                (r for r, names in self.tool_names.items() if _find_tool(names, [name])), None
            )
            return [(name, _natural_input(rule, text) if rule else {"text": text})]
        uses: list[tuple[str, JsonDict]] = []
        for rule in _matching_rules(text):
            name = _find_tool(self.tool_names.get(rule, ()), request.tools)
            if name is not None and all(name != used for used, _ in uses):
                uses.append((name, _natural_input(rule, text)))
        if choice.get("disable_parallel_tool_use"):
            uses = uses[:1]
        if not uses and choice["type"] == "any":
            uses = [(next(iter(request.tools)), {"text": text})]
        return uses

    def _tool_answer(
        self, request: _Request, uses: Iterable[tuple[str, JsonDict]], *, fit: bool = True
    ) -> _Answer:
        content: list[JsonDict] = []
        output_tokens = 0
        names = []
        if self.tool_preamble:
            content.append({"type": "text", "text": "Let me take care of that."})
            output_tokens += _tokens(content[0]["text"])
        for name, natural in uses:
            schema = request.tools[name].get("input_schema") if fit else None
            tool_input = _conform(natural, schema, natural.get("text", ""), _SYNONYMS)
            content.append(
                {"type": "tool_use", "id": self._new_id("toolu"), "name": name, "input": tool_input}
            )
            output_tokens += 10 + _tokens(json.dumps(tool_input))
            names.append(name)
        return _Answer(content, "tool_use", output_tokens=output_tokens, tool_names=names)

    def _text_answer(self, request: _Request, text: str) -> _Answer:
        stop_reason, stop_sequence = "end_turn", None
        found = [(text.find(stop), stop) for stop in request.stop_sequences if stop in text]
        if found:
            position, stop_sequence = min(found)  # the generation stops at the first one
            text, stop_reason = text[:position], "stop_sequence"
        if _tokens(text) > request.max_tokens:
            text, stop_reason, stop_sequence = text[: request.max_tokens * 4], "max_tokens", None
        return _Answer(
            [{"type": "text", "text": text}],
            stop_reason,
            stop_sequence,
            output_tokens=_tokens(text),
        )

    # -- internals: streaming ------------------------------------------------------------------

    async def _stream(
        self, request: web.Request, record: RecordedRequest, message: JsonDict, answer: _Answer
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
        events = _StreamWriter(response, self.latency.per_token, self._sleep, record)
        events.add("message_start", {"type": "message_start", "message": start})
        fail_at = None
        if self.faults.stream_error and self.random.random() < self.faults.stream_error:
            self.injected["stream_error"] += 1
            fail_at = max(1, answer.output_tokens // 2)
        for index, block in enumerate(answer.content):
            if block["type"] == "text":
                first: JsonDict = {"type": "text", "text": ""}
                pieces = [("text_delta", "text", piece) for piece in _words(block["text"])]
            else:
                first = {**block, "input": {}}
                pieces = [
                    ("input_json_delta", "partial_json", piece)
                    for piece in _json_pieces(json.dumps(block["input"]))
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
                    _tokens(piece),
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


_MIN_WRITE_INTERVAL: Final = 0.02  # deltas closer together than this go out in one write


class _StreamWriter:
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


def _words(text: str) -> list[str]:
    """Split a text into deltas the way the API streams it: a word with its leading space."""
    return re.findall(r"\s*\S+|\s+$", text) or [text]


def _json_pieces(text: str, size: int = 24) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text), size)] or [""]


def _retry_after_headers(seconds: float) -> dict[str, str]:
    return {
        "retry-after": str(max(0, math.ceil(seconds))),
        "retry-after-ms": str(max(0, round(seconds * 1000))),
    }
