"""The fake Anthropic's settings (latency, faults, tool names) and its records of requests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

JsonDict = dict[str, Any]

API_VERSION: Final = "2023-06-01"
MAX_REQUEST_BYTES: Final = 32 * 1024 * 1024  # the real API's limit for Messages requests
MAX_IMAGE_BYTES: Final = 5 * 1024 * 1024  # per image


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
    "profile": ("update_profile", "set_profile", "profile"),
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


@dataclass(slots=True)
class Answer:
    """What the fake answers a request with, before it is sent whole or streamed."""

    content: list[JsonDict]
    stop_reason: str
    stop_sequence: str | None = None
    output_tokens: int = 0
    tool_names: list[str] = field(default_factory=list)
