"""A user as the model's API sees them: an opaque id, the same for every call."""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(bot_token: str, user_id: int) -> str:
    """The user as the Messages API's `metadata.user_id` (Anthropic asks for one to trace
    abuse): stable, opaque, and not reversible without the bot's token."""
    digest = hmac.new(bot_token.encode(), f"user:{user_id}".encode(), hashlib.sha256)
    return digest.hexdigest()[:32]
