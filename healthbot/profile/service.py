"""Profile use cases, free of aiogram types: handlers and the coach's tools call these."""

from __future__ import annotations

from healthbot.profile.repository import Registration, User, UserRepository


class ProfileService:
    """Registration and the user record."""

    def __init__(self, users: UserRepository) -> None:
        self.users = users

    async def register(
        self,
        user_id: int,
        *,
        first_name: str,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str | None = None,
    ) -> Registration:
        """Create the user or refresh their names (a returning user is unblocked)."""
        return await self.users.register(
            user_id,
            first_name=first_name,
            username=username,
            last_name=last_name,
            language_code=language_code,
        )

    async def get(self, user_id: int) -> User | None:
        """The user's record (through the cache), or None before their first /start."""
        return await self.users.get(user_id)

    async def erase(self, user_id: int) -> int:
        """Delete everything stored about the user (cached copies too); return rows deleted."""
        return await self.users.erase(user_id)
