"""Logging setup: one line per record, the update's request id, and secrets redacted.

Two formats: text for people (the default) and JSON lines for log shippers (one object per
line: timestamp, level, logger, request_id, update_id, chat_id, message, exception).
`redact` is the one redactor: both formatters, `healthbot check` and every error line the
CLI prints go through it. Secrets are registered once, when the config is loaded.
"""

from __future__ import annotations

import contextvars
import json
import logging
import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
# The update being handled and its chat (None outside an update: a job, the intake itself).
UPDATE: contextvars.ContextVar[tuple[int | None, int | None]] = contextvars.ContextVar(
    "update", default=(None, None)
)

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
MASK = "***"
# Shorter values are not secrets worth the name, and hiding "a" or "on" would shred every line.
MIN_SECRET_LENGTH = 4

_lock = threading.Lock()
_secrets: tuple[str, ...] = ()


def register_secrets(secrets: Iterable[str]) -> None:
    """Add values that `redact` hides from now on (short or empty ones are ignored)."""
    global _secrets  # noqa: PLW0603 - one process-wide list, replaced whole so readers need no lock
    with _lock:
        known = set(_secrets) | {s for s in secrets if len(s) >= MIN_SECRET_LENGTH}
        # Longest first, so that a secret containing another is hidden whole.
        _secrets = tuple(sorted(known, key=len, reverse=True))


def redact(text: str) -> str:
    """Replace every registered secret in `text` by `***`."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RequestIdFilter(logging.Filter):
    """Adds the request id (or "-"), update id and chat id of the update being handled to
    every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Attach the current request id, update id and chat id."""
        record.request_id = REQUEST_ID.get()
        record.update_id, record.chat_id = UPDATE.get()
        return True


class RedactingFormatter(logging.Formatter):
    """Formats a record, tracebacks included, then passes the line through `redact`."""

    def format(self, record: logging.LogRecord) -> str:
        """Format, then redact."""
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line, every text field redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line."""
        entry: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "update_id": getattr(record, "update_id", None),
            "chat_id": getattr(record, "chat_id", None),
            "message": redact(record.getMessage()),
        }
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exception"] = redact(record.exc_text)
        return json.dumps(entry, ensure_ascii=False, default=str)


class Throttle:
    """At most one line per key every `seconds`. A saturated daemon finds every query and
    every update slow: a line for each (10,000 in 40 s under a load test) costs CPU that makes
    it slower still. The metrics count every one; the line says how many it stands for."""

    def __init__(self, seconds: float = 10.0) -> None:
        self.seconds = seconds
        self._last: dict[str, float] = {}
        self._held: Counter[str] = Counter()

    def __call__(self, key: str) -> int | None:
        """None: stay quiet this time; else how many were held back since the last line."""
        now = time.monotonic()
        if now - self._last.get(key, -math.inf) < self.seconds:
            self._held[key] += 1
            return None
        self._last[key] = now
        return self._held.pop(key, 0)


def more_held_back(held: int, noun: str) -> str:
    """The end of a throttled line: how many like it were not written."""
    return f" ({held} more slow {noun} lines held back)" if held else ""


def setup_logging(level: str, secrets: Iterable[str] = (), *, json_lines: bool = False) -> None:
    """Configure the root logger for the daemon (stderr; journald adds timestamps too)."""
    register_secrets(secrets)
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if json_lines else RedactingFormatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Our timing middleware logs slow updates; aiogram's own line for every update is noise.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    # The pool logs each failed reconnection attempt; one warning per outage is ours to write.
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
    # The Anthropic and OpenAI clients' httpx log a line for every request at INFO.
    for name in ("httpx", "httpx2"):
        logging.getLogger(name).setLevel(logging.WARNING)


def log_to_file(path: Path) -> None:
    """Write the log to `path` instead of stderr, formatted as it was: `healthbot chat`,
    whose terminal is the conversation."""
    root = logging.getLogger()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.addFilter(RequestIdFilter())
    formatter = next((h.formatter for h in root.handlers if h.formatter), None)
    handler.setFormatter(formatter or RedactingFormatter(FORMAT))
    root.handlers[:] = [handler]
