"""The chat's clock: the daemon's services read now shifted by what `/clock` added.

A first week with the bot cannot be tried in minutes on the real clock: `healthbot chat`
gives its daemon's services this clock (each service's `clock`), and `/clock +1d` moves it
on. Only the offline chat does this; the daemon run by the operator keeps the real clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

_SHIFT = re.compile(r"^\+\s*((?:\d+\s*[dhm]\s*)+)$", re.IGNORECASE)
_PART = re.compile(r"(\d+)\s*([dhm])", re.IGNORECASE)
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
MAX_SHIFT = timedelta(days=400)


class ShiftedClock:
    """Now (UTC) plus a shift that only grows: time in the chat never goes back."""

    def __init__(self, shift: timedelta = timedelta()) -> None:
        self.shift = shift

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.shift

    def advance(self, by: timedelta) -> datetime:
        """Move the clock on by `by`; the new now."""
        self.shift += by
        return self()


def read_shift(text: str) -> timedelta | None:
    """The time "+1d", "+2h30m" or "+90m" moves the clock on; None for anything else (a
    shift back, none, or past `MAX_SHIFT`)."""
    match = _SHIFT.match(text.strip())
    if match is None:
        return None
    shift = timedelta()
    for amount, unit in _PART.findall(match[1]):
        shift += timedelta(**{_UNITS[unit.lower()]: int(amount)})
    return shift if timedelta() < shift <= MAX_SHIFT else None


def set_clocks(roots: Iterable[object], clock: ShiftedClock) -> int:
    """Give every healthbot object reachable from `roots` whose `clock` (or `..._clock`)
    tells the time of day (a datetime, not a monotonic float) this clock instead; how many
    were set."""
    seen: set[int] = set()
    stack = list(roots)
    count = 0
    while stack:
        item = stack.pop()
        if id(item) in seen or not type(item).__module__.startswith("healthbot."):
            continue
        seen.add(id(item))
        for name, value in list(getattr(item, "__dict__", {}).items()):
            if name.endswith("clock") and callable(value) and isinstance(value(), datetime):
                setattr(item, name, clock)
                count += 1
            else:
                stack.append(value)
    return count
