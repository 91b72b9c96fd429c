"""Clocks a test sets and moves."""

from __future__ import annotations

from datetime import datetime, timedelta


class Clock:
    """A settable clock for the service (UTC)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock forward."""
        self.now += timedelta(**delta)
