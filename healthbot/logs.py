"""Logging setup: one line per record, the update's request id, and secrets redacted."""

from __future__ import annotations

import contextvars
import logging
import sys
from collections.abc import Iterable

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


class RequestIdFilter(logging.Filter):
    """Adds the request id of the update being handled (or "-") to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Attach the current request id."""
        record.request_id = REQUEST_ID.get()
        return True


class RedactingFormatter(logging.Formatter):
    """Replaces every known secret in the formatted line, tracebacks included."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        # Longest first, so that a secret containing another is hidden whole.
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        """Format, then redact."""
        line = super().format(record)
        for secret in self._secrets:
            line = line.replace(secret, "***")
        return line


def setup_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Configure the root logger for the daemon (stderr; journald adds timestamps too)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(RedactingFormatter(FORMAT, secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Our timing middleware logs slow updates; aiogram's own line for every update is noise.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    # The pool logs each failed reconnection attempt; one warning per outage is ours to write.
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
