"""Telegram's flood limits, as the fake Telegram applies them: token buckets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Telegram's flood limits as token buckets: a sustained rate per second and a burst."""

    per_chat: float = 1.0
    per_chat_burst: int = 3
    overall: float = 30.0
    overall_burst: int = 30
    drafts_per_chat: float = 3.0
    drafts_burst: int = 5
    slack: float = 0.1
    """Seconds a call may come before its token and still pass (the debt is carried over).

    A bot that paces itself with the same figures sends exactly on time, and network jitter
    alone must not turn that into 429s; a bot that is steadily too fast still gets them."""


class Bucket:
    """A token bucket: ``burst`` tokens, refilled at ``rate`` per second."""

    __slots__ = ("burst", "rate", "slack", "stamp", "tokens")

    def __init__(self, rate: float, burst: int, now: float, slack: float):
        self.rate = rate
        self.burst = float(burst)
        self.slack = slack
        self.tokens = float(burst)
        self.stamp = now

    def wait(self, now: float) -> float:
        """Refill up to ``now``; return the seconds until a token is there (0: pass now)."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        wait = (1.0 - self.tokens) / self.rate
        return 0.0 if wait <= self.slack else wait


# Methods that count as messages for the flood limits; drafts are limited on their own.
MESSAGE_METHODS: Final = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup"}
)
