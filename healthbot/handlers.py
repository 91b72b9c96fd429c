"""What every feature's handlers share: answering a button press (registering a sender is
`healthbot.users.ensure_registered`)."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery

log = logging.getLogger(__name__)


async def answer_query(
    query: CallbackQuery, text: str | None = None, *, alert: bool = False
) -> None:
    """Answer a button press; a retried update finds it answered already, which is fine."""
    try:
        await query.answer(text, show_alert=alert)
    except TelegramBadRequest as error:
        log.info("callback query %s not answered: %s", query.id, error)
