"""The user context: each update's stored user record, read through the cache."""

from __future__ import annotations

from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from healthbot.profile.service import ProfileService
from healthbot.telegram.middlewares import Handler


class UserContextMiddleware(BaseMiddleware):
    """Outer update middleware: puts `user` (our record of the sender, or None) in the data.

    The record comes from the user-profile cache (a local hit costs microseconds), so every
    handler knows the user's timezone, language and settings without a query of its own.
    """

    def __init__(self, profiles: ProfileService) -> None:
        self.profiles = profiles

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Look the sender up, then handle the update."""
        sender: User | None = data.get("event_from_user")
        data["user"] = await self.profiles.get(sender.id) if sender is not None else None
        return await handler(event, data)
