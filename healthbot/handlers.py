"""What every feature's handlers share: registering a sender, answering a button press."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery
from aiogram.types import User as TelegramUser

if TYPE_CHECKING:  # annotations only: the profile feature's own handlers import this module
    from healthbot.profile.repository import User
    from healthbot.profile.service import ProfileService

log = logging.getLogger(__name__)


async def ensure_registered(
    sender: TelegramUser, user: User | None, profiles: ProfileService
) -> None:
    """Create the users row of someone who never sent /start (logs reference it)."""
    if user is None:
        await profiles.register(
            sender.id,
            first_name=sender.first_name,
            username=sender.username,
            last_name=sender.last_name,
            language_code=sender.language_code,
        )


async def answer_query(
    query: CallbackQuery, text: str | None = None, *, alert: bool = False
) -> None:
    """Answer a button press; a retried update finds it answered already, which is fine."""
    try:
        await query.answer(text, show_alert=alert)
    except TelegramBadRequest as error:
        log.info("callback query %s not answered: %s", query.id, error)
