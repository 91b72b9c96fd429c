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


class Seconds:
    """A settable monotonic clock (seconds), for what reads `time.monotonic` through a hook."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds
