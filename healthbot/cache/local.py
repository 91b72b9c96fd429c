"""The cache's first tier: a bounded LRU of live Python objects in this process.

A hit costs a dict lookup and no decoding, which is why cached values must be treated as
immutable: every caller shares the same object.
"""

from __future__ import annotations

import enum
import time
from collections import OrderedDict
from typing import Any, Literal


class _Missing(enum.Enum):
    MISSING = enum.auto()  # not in the local tier


MISSING: Literal[_Missing.MISSING] = _Missing.MISSING


class LocalTier:
    """A bounded LRU of live Python objects with a deadline per entry."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        # key -> (deadline, stored at, value), monotonic times
        self._data: OrderedDict[tuple[str, str], tuple[float, float, Any]] = OrderedDict()

    def get(self, key: tuple[str, str], since: float | None = None) -> Any:
        """The value, unless missing, expired, or stored before `since` (when given)."""
        entry = self._data.get(key)
        if entry is None:
            return MISSING
        now = time.monotonic()
        if entry[0] <= now:
            del self._data[key]
            return MISSING
        if since is not None and entry[1] < since:
            return MISSING
        self._data.move_to_end(key)
        return entry[2]

    def set(self, key: tuple[str, str], value: Any, ttl: float) -> None:
        if self.max_entries <= 0:
            return
        now = time.monotonic()
        self._data[key] = (now + ttl, now, value)
        self._data.move_to_end(key)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    def pop(self, key: tuple[str, str]) -> None:
        self._data.pop(key, None)

    def drop_namespace(self, namespace: str) -> None:
        for key in [k for k in self._data if k[0] == namespace]:
            del self._data[key]

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
